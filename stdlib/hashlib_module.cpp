// `_hashlib`: the digests behind hashlib (stdlib/lib/hashlib.py). MD5, the
// SHA-1/SHA-2/SHA-3 families and SHAKE come from OpenSSL's libcrypto (EVP);
// BLAKE2b and BLAKE2s are implemented here (RFC 7693), because hashlib's
// blake2 constructors take parameters (digest_size, key, salt, person, tree
// hashing) that OpenSSL's digests do not. Also pbkdf2_hmac (OpenSSL) and
// compare_digest (constant time, as CPython's _operator._compare_digest).
#include <openssl/evp.h>

#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

// ---------------------------------------------------------------- BLAKE2

const uint8_t kSigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};

// One BLAKE2 variant: W is the word type (uint64_t: BLAKE2b, uint32_t: BLAKE2s).
template <class W>
struct Blake2 {
  static constexpr bool kB = sizeof(W) == 8;
  static constexpr size_t kBlock = 16 * sizeof(W);
  static constexpr int kRounds = kB ? 12 : 10;
  static constexpr W iv(int i) {
    constexpr uint64_t iv64[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull,
                                  0xa54ff53a5f1d36f1ull, 0x510e527fade682d1ull, 0x9b05688c2b3e6c1full,
                                  0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
    return kB ? static_cast<W>(iv64[i]) : static_cast<W>(iv64[i] >> 32);
  }
  static W rotr(W x, int n) { return static_cast<W>((x >> n) | (x << (8 * sizeof(W) - n))); }
  static W load(const uint8_t* p) {
    W w = 0;
    for (size_t k = 0; k < sizeof(W); ++k) w |= static_cast<W>(p[k]) << (8 * k);
    return w;
  }

  W h[8];
  W t[2] = {0, 0};
  uint8_t buf[kBlock];
  size_t buflen = 0;
  size_t outlen = 0;
  bool last_node = false;

  void compress(const uint8_t* block, bool last) {
    W m[16], v[16];
    for (int i = 0; i < 16; ++i) m[i] = load(block + i * sizeof(W));
    for (int i = 0; i < 8; ++i) {
      v[i] = h[i];
      v[i + 8] = iv(i);
    }
    v[12] ^= t[0];
    v[13] ^= t[1];
    if (last) {
      v[14] = static_cast<W>(~v[14]);
      if (last_node) v[15] = static_cast<W>(~v[15]);
    }
    const int r1 = kB ? 32 : 16, r2 = kB ? 24 : 12, r3 = kB ? 16 : 8, r4 = kB ? 63 : 7;
    auto g = [&](int a, int b, int c, int d, W x, W y) {
      v[a] = v[a] + v[b] + x;
      v[d] = rotr(v[d] ^ v[a], r1);
      v[c] = v[c] + v[d];
      v[b] = rotr(v[b] ^ v[c], r2);
      v[a] = v[a] + v[b] + y;
      v[d] = rotr(v[d] ^ v[a], r3);
      v[c] = v[c] + v[d];
      v[b] = rotr(v[b] ^ v[c], r4);
    };
    for (int r = 0; r < kRounds; ++r) {
      const uint8_t* s = kSigma[r];
      g(0, 4, 8, 12, m[s[0]], m[s[1]]);
      g(1, 5, 9, 13, m[s[2]], m[s[3]]);
      g(2, 6, 10, 14, m[s[4]], m[s[5]]);
      g(3, 7, 11, 15, m[s[6]], m[s[7]]);
      g(0, 5, 10, 15, m[s[8]], m[s[9]]);
      g(1, 6, 11, 12, m[s[10]], m[s[11]]);
      g(2, 7, 8, 13, m[s[12]], m[s[13]]);
      g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; ++i) h[i] ^= v[i] ^ v[i + 8];
  }

  void count(size_t n) {
    t[0] += static_cast<W>(n);
    if (t[0] < static_cast<W>(n)) ++t[1];
  }

  // The parameter block (RFC 7693 2.5, with BLAKE2's tree fields).
  void init(size_t digest_size, std::string_view key, std::string_view salt, std::string_view person,
            int fanout, int depth, uint32_t leaf_size, uint64_t node_offset, int node_depth,
            int inner_size, bool last) {
    uint8_t p[kB ? 64 : 32] = {};
    p[0] = static_cast<uint8_t>(digest_size);
    p[1] = static_cast<uint8_t>(key.size());
    p[2] = static_cast<uint8_t>(fanout);
    p[3] = static_cast<uint8_t>(depth);
    for (int k = 0; k < 4; ++k) p[4 + k] = static_cast<uint8_t>(leaf_size >> (8 * k));
    for (int k = 0; k < (kB ? 8 : 6); ++k) p[8 + k] = static_cast<uint8_t>(node_offset >> (8 * k));
    p[kB ? 16 : 14] = static_cast<uint8_t>(node_depth);
    p[kB ? 17 : 15] = static_cast<uint8_t>(inner_size);
    // (An empty view may hold a null pointer, which memcpy must not get.)
    if (!salt.empty()) std::memcpy(p + (kB ? 32 : 16), salt.data(), salt.size());
    if (!person.empty()) std::memcpy(p + (kB ? 48 : 24), person.data(), person.size());
    for (int i = 0; i < 8; ++i) h[i] = iv(i) ^ load(p + i * sizeof(W));
    outlen = digest_size;
    last_node = last;
    if (!key.empty()) {
      uint8_t block[kBlock] = {};
      std::memcpy(block, key.data(), key.size());
      update(block, kBlock);
    }
  }

  void update(const uint8_t* data, size_t n) {
    while (n > 0) {
      if (buflen == kBlock) {
        count(kBlock);
        compress(buf, false);
        buflen = 0;
      }
      size_t take = std::min(n, kBlock - buflen);
      if (take) std::memcpy(buf + buflen, data, take);
      buflen += take;
      data += take;
      n -= take;
    }
  }

  std::string final() const {
    Blake2 c = *this;  // digest() may be called again, and update() after it
    c.count(c.buflen);
    std::memset(c.buf + c.buflen, 0, kBlock - c.buflen);
    c.compress(c.buf, true);
    std::string out(outlen, '\0');
    for (size_t i = 0; i < outlen; ++i) out[i] = static_cast<char>(c.h[i / sizeof(W)] >> (8 * (i % sizeof(W))));
    return out;
  }
};

// ---------------------------------------------------------------- hash objects

enum class HashKind : uint8_t { Evp, Blake2b, Blake2s };

struct HashObj : Foreign {
  HashKind kind;
  std::string name;  // hashlib's name: 'sha256', 'blake2b', ...
  EVP_MD_CTX* ctx;
  bool xof;
  Blake2<uint64_t> b2b;
  Blake2<uint32_t> b2s;
};

void hash_destroy(Obj* self) {
  auto* h = static_cast<HashObj*>(self);
  if (h->ctx) EVP_MD_CTX_free(h->ctx);
  h->~HashObj();
}

const ForeignClass kHashClass = {"HASH", nullptr, hash_destroy};

struct HashlibState : Extension {
  Type* hash_type = nullptr;
  Type* xof_type = nullptr;
  Type* blake2b_type = nullptr;
  Type* blake2s_type = nullptr;
  void trace(Heap& heap) override {
    heap.mark(hash_type);
    heap.mark(xof_type);
    heap.mark(blake2b_type);
    heap.mark(blake2s_type);
  }
};

HashlibState* state(VM& vm) {
  auto it = vm.extensions.find("_hashlib");
  return it == vm.extensions.end() ? nullptr : static_cast<HashlibState*>(it->second.get());
}

bool is_hash(Value v) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::Foreign &&
         static_cast<Foreign*>(v.as_obj())->cls == &kHashClass;
}

HashObj* as_hash(Value v) { return static_cast<HashObj*>(v.as_obj()); }

// hashlib's names and OpenSSL's.
struct Algorithm {
  const char* name;
  const char* openssl;
};
const Algorithm kAlgorithms[] = {
    {"md5", "MD5"},           {"sha1", "SHA1"},         {"sha224", "SHA224"},
    {"sha256", "SHA256"},     {"sha384", "SHA384"},     {"sha512", "SHA512"},
    {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"}, {"sha3_384", "SHA3-384"},
    {"sha3_512", "SHA3-512"}, {"shake_128", "SHAKE128"}, {"shake_256", "SHAKE256"},
    {"sha512_224", "SHA512-224"}, {"sha512_256", "SHA512-256"}, {"md5-sha1", "MD5-SHA1"},
    {"sm3", "SM3"},
};

const EVP_MD* find_md(std::string_view name, std::string& canonical) {
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const Algorithm& a : kAlgorithms) {
    std::string os = a.openssl;
    for (char& c : os) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == a.name || lower == os) {
      canonical = a.name;
      return EVP_get_digestbyname(a.openssl);
    }
  }
  return nullptr;
}

// Data for update(): bytes or bytearray; str must be encoded first.
bool hash_data(VM& vm, Value v, std::string_view& out) {
  if (bytes_like(v, out)) return true;
  if (is_str(v)) {
    vm.raise(vm.types.TypeError, "Strings must be encoded before hashing");
  } else {
    vm.raise_fmt(vm.types.TypeError, "object supporting the buffer API required");
  }
  return false;
}

void hash_update_raw(HashObj* h, std::string_view data) {
  auto* p = reinterpret_cast<const uint8_t*>(data.data());
  switch (h->kind) {
    case HashKind::Evp: EVP_DigestUpdate(h->ctx, p, data.size()); break;
    case HashKind::Blake2b: h->b2b.update(p, data.size()); break;
    case HashKind::Blake2s: h->b2s.update(p, data.size()); break;
  }
}

int digest_size_of(HashObj* h) {
  switch (h->kind) {
    case HashKind::Evp: return h->xof ? 0 : EVP_MD_get_size(EVP_MD_CTX_get0_md(h->ctx));
    case HashKind::Blake2b: return static_cast<int>(h->b2b.outlen);
    case HashKind::Blake2s: return static_cast<int>(h->b2s.outlen);
  }
  return 0;
}

int block_size_of(HashObj* h) {
  switch (h->kind) {
    case HashKind::Evp: return EVP_MD_get_block_size(EVP_MD_CTX_get0_md(h->ctx));
    case HashKind::Blake2b: return 128;
    case HashKind::Blake2s: return 64;
  }
  return 0;
}

// The digest so far (the object can go on being updated); `length` for SHAKE.
bool hash_final(VM& vm, HashObj* h, size_t length, std::string& out) {
  if (h->kind == HashKind::Blake2b) {
    out = h->b2b.final();
    return true;
  }
  if (h->kind == HashKind::Blake2s) {
    out = h->b2s.final();
    return true;
  }
  EVP_MD_CTX* copy = EVP_MD_CTX_new();
  if (!copy || !EVP_MD_CTX_copy_ex(copy, h->ctx)) {
    if (copy) EVP_MD_CTX_free(copy);
    vm.raise(vm.types.ValueError, "could not copy the digest state");
    return false;
  }
  bool ok;
  if (h->xof) {
    out.assign(length, '\0');
    ok = length == 0 || EVP_DigestFinalXOF(copy, reinterpret_cast<unsigned char*>(out.data()), length);
  } else {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    ok = EVP_DigestFinal_ex(copy, md, &n);
    out.assign(reinterpret_cast<char*>(md), n);
  }
  EVP_MD_CTX_free(copy);
  if (!ok) vm.raise(vm.types.ValueError, "digest failed");
  return ok;
}

HashObj* alloc_hash(VM& vm, Type* type, HashKind kind, std::string name) {
  auto* h = vm.alloc<HashObj>(ObjKind::Foreign, type);
  h->cls = &kHashClass;
  h->kind = kind;
  h->name = std::move(name);
  h->ctx = nullptr;
  h->xof = false;
  return h;
}

// An OpenSSL digest by hashlib name; null() with ValueError when unknown.
Value new_evp(VM& vm, std::string_view name) {
  std::string canonical;
  const EVP_MD* md = find_md(name, canonical);
  if (!md) {
    std::string n(name);
    return vm.raise_fmt(vm.types.ValueError, "unsupported hash type %s", n.c_str());
  }
  bool xof = EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF;
  HashlibState* st = state(vm);
  HashObj* h = alloc_hash(vm, xof ? st->xof_type : st->hash_type, HashKind::Evp, canonical);
  h->xof = xof;
  h->ctx = EVP_MD_CTX_new();
  if (!h->ctx || !EVP_DigestInit_ex(h->ctx, md, nullptr)) {
    return vm.raise_fmt(vm.types.ValueError, "unsupported hash type %s", canonical.c_str());
  }
  return Value::object(h);
}

// new(name, data=b'', *, usedforsecurity=True)
Value hashlib_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[3];
  if (!parse_args(vm, "new", args, nargs, kwnames, {"name", "data", "usedforsecurity"}, 1, p, 2)) {
    return Value::exception();
  }
  if (!is_str(p[0])) return vm.raise(vm.types.TypeError, "name must be a string");
  std::string_view data;
  if (!p[1].is_null() && !hash_data(vm, p[1], data)) return Value::exception();
  Value h = new_evp(vm, as_str(p[0])->view());
  if (h.is_exception()) return h;
  hash_update_raw(as_hash(h), data);
  return h;
}

// blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'',
// fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
// inner_size=0, last_node=False, usedforsecurity=True); blake2s alike.
template <class W>
Value blake2_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  constexpr bool kB = sizeof(W) == 8;
  const char* name = kB ? "blake2b" : "blake2s";
  const int64_t max_digest = kB ? 64 : 32, max_salt = kB ? 16 : 8;
  Value p[13];
  if (!parse_args(vm, name, args, nargs, kwnames,
                  {"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                   "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"},
                  0, p, 1)) {
    return Value::exception();
  }
  auto int_param = [&](Value v, int64_t dflt, int64_t& out) {
    out = dflt;
    return v.is_null() || vm.index_value(v, out);
  };
  auto bytes_param = [&](Value v, std::string_view& out) {
    if (v.is_null()) return true;
    if (bytes_like(v, out)) return true;
    vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
    return false;
  };
  int64_t digest_size, fanout, depth, leaf_size, node_offset, node_depth, inner_size;
  std::string_view data, key, salt, person;
  if (!int_param(p[1], max_digest, digest_size) || !bytes_param(p[2], key) || !bytes_param(p[3], salt) ||
      !bytes_param(p[4], person) || !int_param(p[5], 1, fanout) || !int_param(p[6], 1, depth) ||
      !int_param(p[7], 0, leaf_size) || !int_param(p[8], 0, node_offset) ||
      !int_param(p[9], 0, node_depth) || !int_param(p[10], 0, inner_size)) {
    return Value::exception();
  }
  if (!p[0].is_null() && !hash_data(vm, p[0], data)) return Value::exception();
  if (digest_size < 1 || digest_size > max_digest) {
    return vm.raise_fmt(vm.types.ValueError, "digest_size must be between 1 and %d bytes", static_cast<int>(max_digest));
  }
  if (static_cast<int64_t>(key.size()) > max_digest) {
    return vm.raise_fmt(vm.types.ValueError, "maximum key length is %d bytes", static_cast<int>(max_digest));
  }
  if (static_cast<int64_t>(salt.size()) > max_salt) {
    return vm.raise_fmt(vm.types.ValueError, "maximum salt length is %d bytes", static_cast<int>(max_salt));
  }
  if (static_cast<int64_t>(person.size()) > max_salt) {
    return vm.raise_fmt(vm.types.ValueError, "maximum person length is %d bytes", static_cast<int>(max_salt));
  }
  if (fanout < 0 || fanout > 255) return vm.raise(vm.types.ValueError, "fanout must be between 0 and 255");
  if (depth <= 0 || depth > 255) return vm.raise(vm.types.ValueError, "depth must be between 1 and 255");
  if (leaf_size < 0 || leaf_size > 0xFFFFFFFFll) return vm.raise(vm.types.OverflowError, "leaf_size is too large");
  if (node_offset < 0 || (!kB && node_offset > 0xFFFFFFFFFFFFll)) {
    return vm.raise(vm.types.OverflowError, "node_offset is too large");
  }
  if (node_depth < 0 || node_depth > 255) return vm.raise(vm.types.ValueError, "node_depth must be between 0 and 255");
  if (inner_size < 0 || inner_size > max_digest) {
    return vm.raise_fmt(vm.types.ValueError, "inner_size must be between 0 and is %d", static_cast<int>(max_digest));
  }
  int last = 0;
  if (!p[11].is_null() && (last = vm.truthy(p[11])) < 0) return Value::exception();
  HashlibState* st = state(vm);
  HashObj* h = alloc_hash(vm, kB ? st->blake2b_type : st->blake2s_type,
                          kB ? HashKind::Blake2b : HashKind::Blake2s, name);
  if constexpr (kB) {
    h->b2b.init(digest_size, key, salt, person, static_cast<int>(fanout), static_cast<int>(depth),
                static_cast<uint32_t>(leaf_size), static_cast<uint64_t>(node_offset),
                static_cast<int>(node_depth), static_cast<int>(inner_size), last);
  } else {
    h->b2s.init(digest_size, key, salt, person, static_cast<int>(fanout), static_cast<int>(depth),
                static_cast<uint32_t>(leaf_size), static_cast<uint64_t>(node_offset),
                static_cast<int>(node_depth), static_cast<int>(inner_size), last);
  }
  hash_update_raw(h, data);
  return Value::object(h);
}

// ---------------------------------------------------------------- methods

HashObj* hash_self(VM& vm, Value* args, int nargs, const char* method) {
  if (nargs >= 1 && is_hash(args[0])) return as_hash(args[0]);
  vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a 'HASH' object", method);
  return nullptr;
}

Value hash_update(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  HashObj* h = hash_self(vm, args, nargs, "update");
  if (!h || !no_kwargs(vm, "update", kwnames) || !check_nargs(vm, "update", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  std::string_view data;
  if (!hash_data(vm, args[1], data)) return Value::exception();
  hash_update_raw(h, data);
  return Value::none();
}

// The length argument of a SHAKE digest; -1 with an error pending.
int64_t xof_length(VM& vm, HashObj* h, Value* args, int nargs, Tuple* kwnames, const char* method) {
  if (!h->xof) {
    if (!no_kwargs(vm, method, kwnames) || !check_nargs(vm, method, nargs - 1, 0, 0)) return -1;
    return 0;
  }
  Value p[1];
  if (!parse_args(vm, method, args + 1, nargs - 1, kwnames, {"length"}, 1, p)) return -1;
  int64_t n;
  if (!vm.index_value(p[0], n)) return -1;
  if (n < 0) {
    vm.raise(vm.types.ValueError, "length must be non-negative");
    return -1;
  }
  return n;
}

Value hash_digest(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  HashObj* h = hash_self(vm, args, nargs, "digest");
  if (!h) return Value::exception();
  int64_t n = xof_length(vm, h, args, nargs, kwnames, "digest");
  if (n < 0) return Value::exception();
  std::string out;
  if (!hash_final(vm, h, static_cast<size_t>(n), out)) return Value::exception();
  return Value::object(bytes_new(vm, out));
}

Value hash_hexdigest(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  HashObj* h = hash_self(vm, args, nargs, "hexdigest");
  if (!h) return Value::exception();
  int64_t n = xof_length(vm, h, args, nargs, kwnames, "hexdigest");
  if (n < 0) return Value::exception();
  std::string out;
  if (!hash_final(vm, h, static_cast<size_t>(n), out)) return Value::exception();
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : out) {
    hex += kHex[c >> 4];
    hex += kHex[c & 15];
  }
  return vm.str_value(hex);
}

Value hash_copy(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  HashObj* h = hash_self(vm, args, nargs, "copy");
  if (!h || !no_kwargs(vm, "copy", kwnames) || !check_nargs(vm, "copy", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  HashObj* c = alloc_hash(vm, h->type, h->kind, h->name);
  c->xof = h->xof;
  c->b2b = h->b2b;
  c->b2s = h->b2s;
  if (h->ctx) {
    c->ctx = EVP_MD_CTX_new();
    if (!c->ctx || !EVP_MD_CTX_copy_ex(c->ctx, h->ctx)) {
      return vm.raise(vm.types.ValueError, "could not copy the digest state");
    }
  }
  return Value::object(c);
}

Value hash_getattr(VM& vm, Value self, Str* name) {
  HashObj* h = as_hash(self);
  std::string_view n = name->view();
  if (n == "name") return vm.str_value(h->name);
  if (n == "digest_size") return vm.make_int(digest_size_of(h));
  if (n == "block_size") return vm.make_int(block_size_of(h));
  return generic_getattr(vm, self, name, true);
}

Value hash_repr(VM& vm, Value self) {
  HashObj* h = as_hash(self);
  char buf[160];
  if (h->kind == HashKind::Evp) {
    std::snprintf(buf, sizeof buf, "<%s %s object @ %p>", h->name.c_str(), h->xof ? "_hashlib.HASHXOF" : "_hashlib.HASH",
                  static_cast<void*>(h));
  } else {
    std::snprintf(buf, sizeof buf, "<_blake2.%s object at %p>", h->name.c_str(), static_cast<void*>(h));
  }
  return vm.str_value(buf);
}

// ---------------------------------------------------------------- functions

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)
Value pbkdf2_hmac(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[5];
  if (!parse_args(vm, "pbkdf2_hmac", args, nargs, kwnames,
                  {"hash_name", "password", "salt", "iterations", "dklen"}, 4, p)) {
    return Value::exception();
  }
  if (!is_str(p[0])) {
    return vm.raise_fmt(vm.types.TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s",
                        type_name(vm, p[0]));
  }
  std::string_view password, salt;
  for (int i = 1; i <= 2; ++i) {
    std::string_view& out = i == 1 ? password : salt;
    if (!bytes_like(p[i], out)) {
      return vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'",
                          type_name(vm, p[i]));
    }
  }
  int64_t iterations;
  if (!vm.index_value(p[3], iterations)) return Value::exception();
  if (iterations < 1) return vm.raise(vm.types.ValueError, "iteration value must be greater than 0.");
  if (iterations > INT32_MAX) return vm.raise(vm.types.OverflowError, "iteration value is too great.");
  std::string canonical;
  const EVP_MD* md = find_md(as_str(p[0])->view(), canonical);
  if (!md) return vm.raise_fmt(vm.types.ValueError, "unsupported hash type %s", as_str(p[0])->data);
  int64_t dklen = EVP_MD_get_size(md);
  if (!p[4].is_null() && !p[4].is_none()) {
    if (!vm.index_value(p[4], dklen)) return Value::exception();
    if (dklen < 1) return vm.raise(vm.types.ValueError, "key length must be greater than 0.");
    if (dklen > INT32_MAX) return vm.raise(vm.types.OverflowError, "key length is too great.");
  }
  std::string out(static_cast<size_t>(dklen), '\0');
  if (!PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                         reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                         static_cast<int>(iterations), md, static_cast<int>(dklen),
                         reinterpret_cast<unsigned char*>(out.data()))) {
    return vm.raise(vm.types.ValueError, "pbkdf2_hmac failed");
  }
  return Value::object(bytes_new(vm, out));
}

// compare_digest(a, b): two ASCII strs or two bytes-like objects, compared
// in time that depends only on b's length.
Value compare_digest(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "compare_digest", kwnames) || !check_nargs(vm, "compare_digest", nargs, 2, 2)) {
    return Value::exception();
  }
  std::string_view a, b;
  if (is_str(args[0]) && is_str(args[1])) {
    if (!as_str(args[0])->is_ascii() || !as_str(args[1])->is_ascii()) {
      return vm.raise(vm.types.TypeError, "comparing strings with non-ASCII characters is not supported");
    }
    a = as_str(args[0])->view();
    b = as_str(args[1])->view();
  } else if (!bytes_like(args[0], a) || !bytes_like(args[1], b)) {
    return vm.raise_fmt(vm.types.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                        type_name(vm, args[0]), type_name(vm, args[1]));
  }
  unsigned result = a.size() != b.size();
  std::string_view left = a.size() == b.size() ? a : b;
  for (size_t i = 0; i < b.size(); ++i) result |= static_cast<unsigned char>(left[i]) ^ static_cast<unsigned char>(b[i]);
  return Value::boolean(result == 0);
}

// The hashlib names OpenSSL provides here, for algorithms_available.
Value available_names(VM& vm) {
  RootScope roots(vm);
  List* names = roots.add(vm.new_list());
  for (const Algorithm& a : kAlgorithms) {
    if (EVP_get_digestbyname(a.openssl)) names->items.push_back(vm.str_value(a.name));
  }
  names->items.push_back(vm.str_value("blake2b"));
  names->items.push_back(vm.str_value("blake2s"));
  return Value::object(names);
}

Type* hash_type(VM& vm, const char* name, NativeFn ctor, bool xof) {
  Type* t = vm.new_type(name, vm.types.object, ObjKind::Foreign, ctor);
  if (!ctor) t->flags &= ~Type::kBaseType;
  t->module = Value::object(vm.intern(ctor ? "_blake2" : "_hashlib"));
  t->slots.getattr = hash_getattr;
  t->slots.repr = hash_repr;
  inherit_slots(t);
  add_method(vm, t, "update", hash_update);
  add_method(vm, t, "digest", hash_digest);
  add_method(vm, t, "hexdigest", hash_hexdigest);
  add_method(vm, t, "copy", hash_copy);
  (void)xof;
  return t;
}

}  // namespace

Module* init_hashlib_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("_hashlib")));
  auto st = std::make_unique<HashlibState>();
  HashlibState* s = st.get();
  vm.extensions["_hashlib"] = std::move(st);
  s->hash_type = hash_type(vm, "HASH", nullptr, false);
  s->xof_type = hash_type(vm, "HASHXOF", nullptr, true);
  s->blake2b_type = hash_type(vm, "blake2b", blake2_new<uint64_t>, false);
  s->blake2s_type = hash_type(vm, "blake2s", blake2_new<uint32_t>, false);
  vm.set_global(m->dict, "HASH", Value::object(s->hash_type));
  vm.set_global(m->dict, "HASHXOF", Value::object(s->xof_type));
  vm.set_global(m->dict, "blake2b", Value::object(s->blake2b_type));
  vm.set_global(m->dict, "blake2s", Value::object(s->blake2s_type));
  add_function(vm, m->dict, "new", hashlib_new);
  add_function(vm, m->dict, "pbkdf2_hmac", pbkdf2_hmac);
  add_function(vm, m->dict, "compare_digest", compare_digest);
  Value names = available_names(vm);
  vm.set_global(m->dict, "_names", names);
  return m;
}

}  // namespace coil::vm
