// The `random` module: CPython's Mersenne Twister (Modules/_randommodule.c)
// and the algorithms of Lib/random.py on top of it, step for step, so that
// random.seed(n) gives CPython's exact sequences.
//
// random.Random is a native class; the module-level functions are bound to a
// hidden instance kept in the module's dict (`_inst`), so each VM has its own
// generator and there is no process-wide state.
#include <sys/random.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "stdlib/stdlib.hpp"
#include "vm/numeric/mpz_util.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

using num::detail::Mpz;

namespace {

// ---------------------------------------------------------------- the generator

constexpr int kN = 624;
constexpr int kM = 397;

struct RandomState : Foreign {
  uint32_t mt[kN];
  int index;
  // Random.gauss() produces values in pairs; the second waits here.
  bool has_gauss_next;
  double gauss_next;
};

constexpr ForeignClass kRandomClass = {"Random", nullptr, nullptr};

void init_genrand(RandomState* r, uint32_t s) {
  r->mt[0] = s;
  for (int i = 1; i < kN; ++i) {
    r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  r->index = kN;
}

void init_by_array(RandomState* r, const uint32_t* key, size_t len) {
  init_genrand(r, 19650218U);
  uint32_t* mt = r->mt;
  size_t i = 1, j = 0;
  for (size_t k = kN > len ? kN : len; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] +
            static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = kN - 1; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
}

uint32_t genrand(RandomState* r) {
  static constexpr uint32_t kMag01[2] = {0, 0x9908b0dfU};
  uint32_t* mt = r->mt;
  if (r->index >= kN) {
    int k = 0;
    for (; k < kN - kM; ++k) {
      uint32_t y = (mt[k] & 0x80000000U) | (mt[k + 1] & 0x7fffffffU);
      mt[k] = mt[k + kM] ^ (y >> 1) ^ kMag01[y & 1];
    }
    for (; k < kN - 1; ++k) {
      uint32_t y = (mt[k] & 0x80000000U) | (mt[k + 1] & 0x7fffffffU);
      mt[k] = mt[k + (kM - kN)] ^ (y >> 1) ^ kMag01[y & 1];
    }
    uint32_t y = (mt[kN - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ kMag01[y & 1];
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

double random_double(RandomState* r) {
  uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for 1 <= k <= 64, word by word as CPython fills them.
uint64_t getrandbits_u64(RandomState* r, int k) {
  if (k <= 32) return genrand(r) >> (32 - k);
  uint64_t lo = genrand(r);
  uint64_t hi = genrand(r) >> (64 - k);
  return lo | (hi << 32);
}

void getrandbits_mpz(RandomState* r, uint64_t k, mpz_t out) {
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  for (size_t i = 0; i < words; ++i, k -= 32) {
    uint32_t x = genrand(r);
    if (k < 32) x >>= (32 - k);
    w[i] = x;
  }
  mpz_import(out, words, -1, sizeof(uint32_t), 0, 0, w.data());
}

// _randbelow_with_getrandbits: a uniform int in [0, n), n > 0.
uint64_t randbelow_u64(RandomState* r, uint64_t n) {
  int k = 64 - __builtin_clzll(n);
  uint64_t x = getrandbits_u64(r, k);
  while (x >= n) x = getrandbits_u64(r, k);
  return x;
}

void randbelow_mpz(RandomState* r, mpz_srcptr n, mpz_t out) {
  size_t k = mpz_sizeinbase(n, 2);
  do {
    getrandbits_mpz(r, k, out);
  } while (mpz_cmp(out, n) >= 0);
}

// Seeds from a non-negative integer: its 32-bit words, least significant first.
void seed_from_mpz(RandomState* r, mpz_srcptr n) {
  size_t count = 0;
  std::vector<uint32_t> key((mpz_sizeinbase(n, 2) + 31) / 32 + 1);
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, n);
  if (count == 0) key[count++] = 0;
  init_by_array(r, key.data(), count);
}

void seed_from_os(VM& vm, RandomState* r) {
  uint32_t key[kN];
  if (getrandom(key, sizeof key, GRND_NONBLOCK) == static_cast<ssize_t>(sizeof key)) {
    init_by_array(r, key, kN);
    return;
  }
  // No entropy available: the time and the process id, as CPython falls back to.
  uint64_t now = static_cast<uint64_t>(clock_now_ns(vm, ClockKind::Realtime));
  uint64_t mono = static_cast<uint64_t>(clock_now_ns(vm, ClockKind::Monotonic));
  uint32_t fallback[5] = {static_cast<uint32_t>(now), static_cast<uint32_t>(now >> 32),
                          static_cast<uint32_t>(getpid()), static_cast<uint32_t>(mono),
                          static_cast<uint32_t>(mono >> 32)};
  init_by_array(r, fallback, 5);
}

// ---------------------------------------------------------------- SHA-512

// SHA-512 (FIPS 180-4), for str/bytes seeds. The round constants are the
// first 64 bits of the fractional parts of the cube roots of the first 80
// primes (and the initial hash of the square roots of the first 8): computed
// with GMP rather than typed in.
struct Sha512Consts {
  uint64_t k[80];
  uint64_t h[8];
};

static_assert(sizeof(unsigned long) == 8, "mpz_get_ui must give 64 bits");

void sha512_consts(Sha512Consts& c) {
  int found = 0;
  for (unsigned p = 2; found < 80; ++p) {
    bool prime = true;
    for (unsigned d = 2; d * d <= p; ++d) prime = prime && p % d != 0;
    if (!prime) continue;
    Mpz x;
    mpz_set_ui(x, p);
    mpz_mul_2exp(x, x, 192);
    mpz_root(x, x, 3);
    c.k[found] = mpz_get_ui(x);  // the low 64 bits
    if (found < 8) {
      mpz_set_ui(x, p);
      mpz_mul_2exp(x, x, 128);
      mpz_sqrt(x, x);
      c.h[found] = mpz_get_ui(x);
    }
    ++found;
  }
}

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

void sha512_block(const Sha512Consts& c, uint64_t h[8], const unsigned char* p) {
  uint64_t w[80];
  for (int i = 0; i < 16; ++i) {
    w[i] = 0;
    for (int b = 0; b < 8; ++b) w[i] = (w[i] << 8) | p[i * 8 + b];
  }
  for (int i = 16; i < 80; ++i) {
    uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint64_t a = h[0], b = h[1], cc = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int i = 0; i < 80; ++i) {
    uint64_t t1 = hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + c.k[i] + w[i];
    uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & cc) ^ (b & cc));
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = cc;
    cc = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a; h[1] += b; h[2] += cc; h[3] += d;
  h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

std::string sha512(std::string_view data) {
  Sha512Consts c;
  sha512_consts(c);
  uint64_t h[8];
  std::memcpy(h, c.h, sizeof h);
  std::string msg(data);
  uint64_t bits = static_cast<uint64_t>(data.size()) * 8;
  msg += '\x80';
  while (msg.size() % 128 != 112) msg += '\0';
  msg.append(8, '\0');  // high 64 bits of the 128-bit length
  for (int i = 7; i >= 0; --i) msg += static_cast<char>((bits >> (i * 8)) & 0xff);
  for (size_t off = 0; off < msg.size(); off += 128) {
    sha512_block(c, h, reinterpret_cast<const unsigned char*>(msg.data() + off));
  }
  std::string digest;
  for (uint64_t x : h) {
    for (int i = 7; i >= 0; --i) digest += static_cast<char>((x >> (i * 8)) & 0xff);
  }
  return digest;
}

// ---------------------------------------------------------------- arguments

// Binds the arguments of a method (args[0] is self) the way CPython binds a
// Python function's, since random.Random's methods are Python code there:
// "Random.randint() missing 1 required positional argument: 'b'". The first
// `npos` parameters may be given by position; the rest are keyword-only.
bool bind(VM& vm, const char* method, Value* args, int nargs, Tuple* kwnames,
          std::initializer_list<const char*> params, int required, int npos, Value* out) {
  std::string q = std::string("Random.") + method;
  int n = static_cast<int>(params.size());
  for (int i = 0; i < n; ++i) out[i] = Value::null();
  int given = nargs - 1;
  if (given > npos) {
    std::string takes = required == npos
                            ? std::to_string(npos + 1) + " positional argument" + (npos ? "s" : "")
                            : "from " + std::to_string(required + 1) + " to " +
                                  std::to_string(npos + 1) + " positional arguments";
    vm.raise_fmt(vm.types.TypeError, "%s() takes %s but %d %s given", q.c_str(), takes.c_str(),
                 nargs, nargs == 1 ? "was" : "were");
    return false;
  }
  for (int i = 0; i < given; ++i) out[i] = args[1 + i];
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  for (int k = 0; k < nkw; ++k) {
    Str* key = as_str(kwnames->items[k]);
    int found = -1, i = 0;
    for (const char* p : params) {
      if (key->view() == p) found = i;
      ++i;
    }
    if (found < 0) {
      vm.raise_fmt(vm.types.TypeError, "%s() got an unexpected keyword argument '%s'", q.c_str(),
                   key->data);
      return false;
    }
    if (!out[found].is_null()) {
      vm.raise_fmt(vm.types.TypeError, "%s() got multiple values for argument '%s'", q.c_str(),
                   key->data);
      return false;
    }
    out[found] = args[nargs + k];
  }
  std::vector<const char*> missing;
  int i = 0;
  for (const char* p : params) {
    if (i < required && out[i].is_null()) missing.push_back(p);
    ++i;
  }
  if (!missing.empty()) {
    std::string names;
    for (size_t m = 0; m < missing.size(); ++m) {
      if (m) names += missing.size() == 2 ? " and " : (m + 1 == missing.size() ? ", and " : ", ");
      names += std::string("'") + missing[m] + "'";
    }
    vm.raise_fmt(vm.types.TypeError, "%s() missing %d required positional argument%s: %s",
                 q.c_str(), static_cast<int>(missing.size()), missing.size() == 1 ? "" : "s",
                 names.c_str());
    return false;
  }
  return true;
}

bool is_random(Value v) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::Foreign &&
         static_cast<Foreign*>(v.as_obj())->cls == &kRandomClass;
}

// The receiver of a Random method, or null with TypeError pending.
RandomState* self_of(VM& vm, Value* args, int nargs, const char* method) {
  if (nargs < 1 || !is_random(args[0])) {
    vm.raise_fmt(vm.types.TypeError, "Random.%s() needs a random.Random instance as self", method);
    return nullptr;
  }
  return static_cast<RandomState*>(args[0].as_obj());
}

// Declares `r` (the receiver) and `a` (the bound parameters, null() when
// not given) at the top of a method; the parameter names come last.
#define RANDOM_METHOD(method, required, npos, ...)                                     \
  RandomState* r = self_of(vm, args, nargs, method);                                 \
  Value a[4];                                                                        \
  if (!r || !bind(vm, method, args, nargs, kwnames, {__VA_ARGS__}, required, npos, a)) { \
    return Value::exception();                                                       \
  }

// ---------------------------------------------------------------- seeding

// Random.seed(a): None, int, float, str, bytes (CPython 3.11's version 2).
bool seed_value(VM& vm, RandomState* r, Value a) {
  r->has_gauss_next = false;
  if (a.is_null() || a.is_none()) {
    seed_from_os(vm, r);
    return true;
  }
  Mpz n;
  if (a.is_int() || (a.is_obj() && a.as_obj()->kind == ObjKind::BigInt &&
                     a.as_obj()->type == vm.types.int_)) {
    int_to_mpz(a, n);
    mpz_abs(n, n);
  } else if (is_str(a) || (a.is_obj() && a.as_obj()->kind == ObjKind::Bytes)) {
    std::string_view data = is_str(a) ? as_str(a)->view() : static_cast<Bytes*>(a.as_obj())->view();
    // int.from_bytes(a + sha512(a).digest()), big-endian.
    std::string all = std::string(data) + sha512(data);
    mpz_import(n, all.size(), 1, 1, 0, 0, all.data());
  } else if (a.is_bool() || a.is_double() || vm.isinstance(a, vm.types.int_)) {
    // CPython seeds other numbers with their hash, as an unsigned size_t.
    int64_t h;
    if (!vm.hash(a, h)) return false;
    mpz_set_ui(n, static_cast<uint32_t>(static_cast<uint64_t>(h) >> 32));
    mpz_mul_2exp(n, n, 32);
    mpz_add_ui(n, n, static_cast<uint32_t>(h));
  } else {
    vm.raise(vm.types.TypeError,
             "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return false;
  }
  seed_from_mpz(r, n);
  return true;
}

Value Random_seed(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("seed", 0, 2, "a", "version")
  if (!a[1].is_null() && !(a[1].is_int() && a[1].as_int() == 2)) {
    bool text = is_str(a[0]) || (a[0].is_obj() && a[0].as_obj()->kind == ObjKind::Bytes);
    if (text) return vm.raise(vm.types.NotImplementedError, "coil's random.seed() supports only version=2");
  }
  if (!seed_value(vm, r, a[0])) return Value::exception();
  return Value::none();
}

Value Random_init(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("__init__", 0, 1, "x")
  if (!seed_value(vm, r, a[0])) return Value::exception();
  return Value::none();
}

Value new_random(VM& vm, Type* type, Value seed) {
  auto* r = vm.alloc<RandomState>(ObjKind::Foreign, type);
  r->cls = &kRandomClass;
  r->index = kN;
  r->has_gauss_next = false;
  r->gauss_next = 0;
  Value rv = Value::object(r);
  RootScope roots(vm);
  roots.add(rv);
  if (!seed_value(vm, r, seed)) return Value::exception();
  return rv;
}

Type* random_type(VM& vm, Value module);

// Random(x=None)
Value random_constructor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  std::vector<Value> with_self(args, args + nargs + nkw);
  with_self.insert(with_self.begin(), Value::none());
  Value a[1];
  if (!bind(vm, "__init__", with_self.data(), nargs + 1, kwnames, {"x"}, 0, 1, a)) {
    return Value::exception();
  }
  Type* t = random_type(vm, Value::null());
  if (!t) return vm.raise(vm.types.RuntimeError, "random module not initialised");
  return new_random(vm, t, a[0].is_null() ? Value::none() : a[0]);
}

// ---------------------------------------------------------------- integers

Value Random_getrandbits(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RandomState* r = self_of(vm, args, nargs, "getrandbits");
  if (!r) return Value::exception();
  if (!no_kwargs(vm, "getrandbits", kwnames) || !check_nargs(vm, "getrandbits", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  int64_t k;
  Value kv = index_to_int(vm, args[1]);
  if (kv.is_exception() || !vm.index_value(kv, k)) return Value::exception();
  if (k < 0) return vm.raise(vm.types.ValueError, "number of bits must be non-negative");
  if (k == 0) return Value::small_int(0);
  if (k <= 62) return vm.make_int(static_cast<int64_t>(getrandbits_u64(r, static_cast<int>(k))));
  Mpz z;
  getrandbits_mpz(r, static_cast<uint64_t>(k), z);
  return vm.make_bigint(z);
}

// An argument of randrange as an int, as random.py converts it: _index(v),
// else int(v), which must equal v ("non-integer arg 1 for randrange()").
// CPython also prints a DeprecationWarning for that fallback; coil does not.
Value range_arg(VM& vm, Value v, const char* what) {
  Value i = index_to_int(vm, v);
  if (!i.is_exception() || !vm.pending_is(vm.types.TypeError)) return i;
  vm.take_pending();
  RootScope roots(vm);
  i = roots.add(vm.call1(Value::object(vm.types.int_), v));
  if (i.is_exception()) return i;
  int same = vm.eq(i, v);
  if (same < 0) return Value::exception();
  if (!same) return vm.raise_fmt(vm.types.ValueError, "non-integer %s for randrange()", what);
  return i;
}

Value randbelow_value(VM& vm, RandomState* r, mpz_srcptr n) {
  if (mpz_sizeinbase(n, 2) <= 62) {
    return vm.make_int(static_cast<int64_t>(randbelow_u64(r, mpz_get_ui(n))));
  }
  Mpz out;
  randbelow_mpz(r, n, out);
  return vm.make_bigint(out);
}

Value randrange_big(VM& vm, RandomState* r, Value start, Value stop, Value step) {
  Mpz istart, istop, istep, width, n, x;
  int_to_mpz(start, istart);
  if (stop.is_null()) {
    if (mpz_sgn(istart.get()) > 0) return randbelow_value(vm, r, istart);
    return vm.raise(vm.types.ValueError, "empty range for randrange()");
  }
  int_to_mpz(stop, istop);
  int_to_mpz(step, istep);
  mpz_sub(width, istop, istart);
  if (mpz_cmp_ui(istep.get(), 1) == 0) {
    if (mpz_sgn(width.get()) > 0) {
      Value b = randbelow_value(vm, r, width);
      int_to_mpz(b, x);
      mpz_add(x, x, istart);
      return vm.make_bigint(x);
    }
    char* s1 = mpz_get_str(nullptr, 10, istart);
    char* s2 = mpz_get_str(nullptr, 10, istop);
    char* s3 = mpz_get_str(nullptr, 10, width);
    std::string msg = std::string("empty range for randrange() (") + s1 + ", " + s2 + ", " + s3 + ")";
    void (*freefn)(void*, size_t);
    mp_get_memory_functions(nullptr, nullptr, &freefn);
    freefn(s1, std::strlen(s1) + 1);
    freefn(s2, std::strlen(s2) + 1);
    freefn(s3, std::strlen(s3) + 1);
    return vm.raise(vm.types.ValueError, msg);
  }
  int sgn = mpz_sgn(istep.get());
  if (sgn == 0) return vm.raise(vm.types.ValueError, "zero step for randrange()");
  mpz_add(n, width, istep);
  if (sgn > 0) {
    mpz_sub_ui(n, n, 1);
  } else {
    mpz_add_ui(n, n, 1);
  }
  mpz_fdiv_q(n, n, istep);
  if (mpz_sgn(n.get()) <= 0) return vm.raise(vm.types.ValueError, "empty range for randrange()");
  Value b = randbelow_value(vm, r, n);
  int_to_mpz(b, x);
  mpz_mul(x, x, istep);
  mpz_add(x, x, istart);
  return vm.make_bigint(x);
}

int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

// randrange() on ints; stop is null() when absent, step an int.
Value randrange_ints(VM& vm, RandomState* r, Value start, Value stop, Value step) {
  if (!start.is_int() || !(stop.is_null() || stop.is_int()) || !step.is_int()) {
    return randrange_big(vm, r, start, stop, step);
  }
  // Small ints have 48 bits, so none of this overflows.
  int64_t istart = start.as_int();
  if (stop.is_null()) {
    if (istart > 0) return vm.make_int(static_cast<int64_t>(randbelow_u64(r, static_cast<uint64_t>(istart))));
    return vm.raise(vm.types.ValueError, "empty range for randrange()");
  }
  int64_t istop = stop.as_int(), istep = step.as_int();
  int64_t width = istop - istart;
  if (istep == 1) {
    if (width > 0) return vm.make_int(istart + static_cast<int64_t>(randbelow_u64(r, static_cast<uint64_t>(width))));
    return vm.raise_fmt(vm.types.ValueError, "empty range for randrange() (%lld, %lld, %lld)",
                        static_cast<long long>(istart), static_cast<long long>(istop),
                        static_cast<long long>(width));
  }
  if (istep == 0) return vm.raise(vm.types.ValueError, "zero step for randrange()");
  int64_t n = istep > 0 ? floor_div(width + istep - 1, istep) : floor_div(width + istep + 1, istep);
  if (n <= 0) return vm.raise(vm.types.ValueError, "empty range for randrange()");
  return vm.make_int(istart + istep * static_cast<int64_t>(randbelow_u64(r, static_cast<uint64_t>(n))));
}

Value randrange(VM& vm, RandomState* r, Value start, Value stop, Value step) {
  RootScope roots(vm);
  Value istart = roots.add(range_arg(vm, start, "arg 1"));
  if (istart.is_exception()) return istart;
  if (stop.is_null() || stop.is_none()) {
    if (!step.is_null() && !(step.is_int() && step.as_int() == 1)) {
      return vm.raise(vm.types.TypeError, "Missing a non-None stop argument");
    }
    return randrange_ints(vm, r, istart, Value::null(), Value::small_int(1));
  }
  Value istop = roots.add(range_arg(vm, stop, "stop"));
  if (istop.is_exception()) return istop;
  Value istep = Value::small_int(1);
  if (!step.is_null()) {
    istep = roots.add(range_arg(vm, step, "step"));
    if (istep.is_exception()) return istep;
  }
  return randrange_ints(vm, r, istart, istop, istep);
}

Value Random_randrange(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("randrange", 1, 3, "start", "stop", "step")
  return randrange(vm, r, a[0], a[1], a[2]);
}

Value Random_randint(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("randint", 2, 2, "a", "b")
  if (a[0].is_int() && a[1].is_int()) {
    return randrange_ints(vm, r, a[0], Value::small_int(a[1].as_int() + 1), Value::small_int(1));
  }
  RootScope roots(vm);
  Value stop = roots.add(vm.binary_op(a[1], Value::small_int(1), BinaryOp::Add));
  if (stop.is_exception()) return stop;
  return randrange(vm, r, a[0], stop, Value::null());
}

// A uniform index in [0, n) as a Value.
Value randbelow_index(VM& vm, RandomState* r, int64_t n) {
  return vm.make_int(static_cast<int64_t>(randbelow_u64(r, static_cast<uint64_t>(n))));
}

Value Random_choice(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("choice", 1, 1, "seq")
  int64_t n;
  if (!vm.length(a[0], n)) return Value::exception();
  if (n == 0) return vm.raise(vm.types.IndexError, "Cannot choose from an empty sequence");
  Value i = randbelow_index(vm, r, n);
  if (a[0].is_obj() && a[0].as_obj()->kind == ObjKind::List && a[0].as_obj()->type == vm.types.list) {
    auto* l = static_cast<List*>(a[0].as_obj());
    if (static_cast<size_t>(i.as_int()) < l->items.size()) return l->items[i.as_int()];
  }
  return vm.getitem(a[0], i);
}

Value Random_shuffle(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("shuffle", 1, 1, "x")
  Value x = a[0];
  int64_t n;
  if (!vm.length(x, n)) return Value::exception();
  bool plain_list = x.is_obj() && x.as_obj()->kind == ObjKind::List && x.as_obj()->type == vm.types.list;
  RootScope roots(vm);
  for (int64_t i = n - 1; i >= 1; --i) {
    int64_t j = static_cast<int64_t>(randbelow_u64(r, static_cast<uint64_t>(i + 1)));
    if (plain_list) {
      auto* l = static_cast<List*>(x.as_obj());
      if (static_cast<size_t>(i) < l->items.size()) {
        std::swap(l->items[i], l->items[j]);
        continue;
      }
    }
    // x[i], x[j] = x[j], x[i]
    Value vi = vm.make_int(i), vj = vm.make_int(j);
    Value xj = roots.add(vm.getitem(x, vj));
    if (xj.is_exception()) return xj;
    Value xi = roots.add(vm.getitem(x, vi));
    if (xi.is_exception()) return xi;
    if (vm.setitem(x, vi, xj) < 0 || vm.setitem(x, vj, xi) < 0) return Value::exception();
  }
  return Value::none();
}

bool is_mapping_or_set(Value v) {
  if (!v.is_obj()) return false;
  ObjKind k = v.as_obj()->kind;
  return k == ObjKind::Dict || k == ObjKind::Set || k == ObjKind::DictView;
}

bool is_sequence(VM& vm, Value v) {
  if (is_mapping_or_set(v) || !v.is_obj()) return false;
  Type* t = vm.type_of(v);
  return !vm.lookup_type(t, vm.names.__getitem__).is_null() &&
         !vm.lookup_type(t, vm.names.__len__).is_null();
}

Value sample_counts(VM& vm, RandomState* r, Value population, int64_t n, Value counts, Value k);

Value sample(VM& vm, RandomState* r, Value population, Value kv, Value counts) {
  if (!is_sequence(vm, population)) {
    return vm.raise(vm.types.TypeError,
                    "Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  int64_t n;
  if (!vm.length(population, n)) return Value::exception();
  if (!counts.is_null() && !counts.is_none()) return sample_counts(vm, r, population, n, counts, kv);
  int64_t k;
  if (!is_int_value(kv)) {
    return vm.raise_fmt(vm.types.TypeError, "'<=' not supported between instances of '%s' and 'int'",
                        type_name(vm, kv));
  }
  if (!vm.index_value(kv, k, /*clamp=*/true)) return Value::exception();
  if (!(0 <= k && k <= n)) return vm.raise(vm.types.ValueError, "Sample larger than population or is negative");
  RootScope roots(vm);
  List* result = roots.add(vm.new_list(static_cast<size_t>(k)));
  int64_t setsize = 21;
  if (k > 5) setsize += static_cast<int64_t>(std::pow(4.0, std::ceil(std::log(k * 3.0) / std::log(4.0))));
  if (n <= setsize) {
    Value pool_v = roots.add(list_from_iterable(vm, population));
    if (pool_v.is_exception()) return pool_v;
    auto* pool = static_cast<List*>(pool_v.as_obj());
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = static_cast<int64_t>(randbelow_u64(r, static_cast<uint64_t>(n - i)));
      if (static_cast<size_t>(n - i - 1) >= pool->items.size()) {
        return vm.raise(vm.types.IndexError, "list index out of range");
      }
      result->push(pool->items[j]);
      pool->items[j] = pool->items[n - i - 1];
    }
    return Value::object(result);
  }
  std::vector<bool> selected(static_cast<size_t>(n), false);
  for (int64_t i = 0; i < k; ++i) {
    int64_t j = static_cast<int64_t>(randbelow_u64(r, static_cast<uint64_t>(n)));
    while (selected[j]) j = static_cast<int64_t>(randbelow_u64(r, static_cast<uint64_t>(n)));
    selected[j] = true;
    Value item = vm.getitem(population, vm.make_int(j));
    if (item.is_exception()) return item;
    result->push(item);
  }
  return Value::object(result);
}

// sample(population, k, counts=[...]): a sample of range(total), mapped back
// through the cumulative counts (bisect_right).
Value sample_counts(VM& vm, RandomState* r, Value population, int64_t n, Value counts, Value k) {
  std::vector<Value> cv;
  if (!vm.unpack_iterable(counts, cv)) return Value::exception();
  if (static_cast<int64_t>(cv.size()) != n) {
    return vm.raise(vm.types.ValueError, "The number of counts does not match the population");
  }
  std::vector<int64_t> cum;
  int64_t total = 0;
  for (Value c : cv) {
    if (!is_int_value(c)) return vm.raise(vm.types.TypeError, "Counts must be integers");
    int64_t x;
    if (!vm.index_value(c, x)) return Value::exception();
    total += x;
    cum.push_back(total);
  }
  if (cum.empty()) return vm.raise(vm.types.IndexError, "pop from empty list");
  cum.pop_back();
  if (total <= 0) return vm.raise(vm.types.ValueError, "Total of counts must be greater than zero");
  RootScope roots(vm);
  Value range = roots.add(vm.call1(Value::object(vm.types.range), vm.make_int(total)));
  if (range.is_exception()) return range;
  Value sel = roots.add(sample(vm, r, range, k, Value::null()));
  if (sel.is_exception()) return sel;
  auto* l = static_cast<List*>(sel.as_obj());
  List* out = roots.add(vm.new_list(l->items.size()));
  for (Value s : l->items) {
    size_t idx = static_cast<size_t>(std::upper_bound(cum.begin(), cum.end(), s.as_int()) - cum.begin());
    Value item = vm.getitem(population, vm.make_int(static_cast<int64_t>(idx)));
    if (item.is_exception()) return item;
    out->push(item);
  }
  return Value::object(out);
}

Value Random_sample(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("sample", 2, 2, "population", "k", "counts")
  return sample(vm, r, a[0], a[1], a[2]);
}

Value choices_weighted(VM& vm, RandomState* r, Value population, int64_t n, std::vector<double>& cum,
                       int64_t k) {
  if (static_cast<int64_t>(cum.size()) != n) {
    return vm.raise(vm.types.ValueError, "The number of weights does not match the population");
  }
  if (cum.empty()) return vm.raise(vm.types.IndexError, "list index out of range");
  double total = cum.back() + 0.0;
  if (total <= 0.0) return vm.raise(vm.types.ValueError, "Total of weights must be greater than zero");
  if (!std::isfinite(total)) return vm.raise(vm.types.ValueError, "Total of weights must be finite");
  RootScope roots(vm);
  List* out = roots.add(vm.new_list());
  for (int64_t i = 0; i < k; ++i) {
    double x = random_double(r) * total;
    // bisect_right(cum_weights, x, 0, n - 1)
    size_t idx = static_cast<size_t>(std::upper_bound(cum.begin(), cum.end() - 1, x) - cum.begin());
    Value item = vm.getitem(population, vm.make_int(static_cast<int64_t>(idx)));
    if (item.is_exception()) return item;
    out->push(item);
  }
  return Value::object(out);
}

// Cumulative sums of an iterable of numbers (itertools.accumulate), as floats.
bool accumulate(VM& vm, Value weights, std::vector<double>& out, bool already_cumulative) {
  std::vector<Value> items;
  if (!vm.unpack_iterable(weights, items)) return false;
  RootScope roots(vm);
  Value acc = Value::null();
  for (Value w : items) {
    if (!already_cumulative) {
      acc = acc.is_null() ? w : roots.add(vm.binary_op(acc, w, BinaryOp::Add));
      if (acc.is_exception()) return false;
    } else {
      acc = w;
    }
    double d;
    if (!real_to_double(vm, acc, d)) return false;
    out.push_back(d);
  }
  return true;
}

Value Random_choices(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("choices", 1, 2, "population", "weights", "cum_weights", "k")
  int64_t n;
  if (!vm.length(a[0], n)) return Value::exception();
  int64_t k = 1;
  if (!a[3].is_null()) {
    Value kv = index_to_int(vm, a[3]);
    if (kv.is_exception() || !vm.index_value(kv, k)) return Value::exception();
  }
  bool have_weights = !a[1].is_null() && !a[1].is_none();
  bool have_cum = !a[2].is_null() && !a[2].is_none();
  std::vector<double> cum;
  if (!have_cum) {
    if (!have_weights) {
      RootScope roots(vm);
      List* out = roots.add(vm.new_list());
      double dn = static_cast<double>(n);
      for (int64_t i = 0; i < k; ++i) {
        Value item = vm.getitem(a[0], vm.make_int(static_cast<int64_t>(std::floor(random_double(r) * dn))));
        if (item.is_exception()) return item;
        out->push(item);
      }
      return Value::object(out);
    }
    if (is_int_value(a[1])) {
      int64_t kk;
      vm.index_value(a[1], kk, true);
      vm.take_pending();
      return vm.raise_fmt(vm.types.TypeError, "The number of choices must be a keyword argument: k=%lld",
                          static_cast<long long>(kk));
    }
    if (!accumulate(vm, a[1], cum, false)) return Value::exception();
  } else {
    if (have_weights) return vm.raise(vm.types.TypeError, "Cannot specify both weights and cumulative weights");
    if (!accumulate(vm, a[2], cum, true)) return Value::exception();
  }
  return choices_weighted(vm, r, a[0], n, cum, k);
}

// ---------------------------------------------------------------- floats

Value Random_random(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RandomState* r = self_of(vm, args, nargs, "random");
  if (!r) return Value::exception();
  if (!no_kwargs(vm, "random", kwnames) || !check_nargs(vm, "random", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  return Value::from_double(random_double(r));
}

Value Random_uniform(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("uniform", 2, 2, "a", "b")
  // a + (b - a) * self.random(), with Python's arithmetic on the arguments.
  RootScope roots(vm);
  Value diff = roots.add(vm.binary_op(a[1], a[0], BinaryOp::Sub));
  if (diff.is_exception()) return diff;
  Value scaled = roots.add(vm.binary_op(diff, Value::from_double(random_double(r)), BinaryOp::Mul));
  if (scaled.is_exception()) return scaled;
  return vm.binary_op(a[0], scaled, BinaryOp::Add);
}

bool float_arg(VM& vm, Value v, double dflt, double& out) {
  if (v.is_null()) {
    out = dflt;
    return true;
  }
  return real_to_double(vm, v, out);
}

Value Random_triangular(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("triangular", 0, 3, "low", "high", "mode")
  double low, high, u = random_double(r), c = 0.5;
  if (!float_arg(vm, a[0], 0.0, low) || !float_arg(vm, a[1], 1.0, high)) return Value::exception();
  if (!a[2].is_null() && !a[2].is_none()) {
    double mode;
    if (!real_to_double(vm, a[2], mode)) return Value::exception();
    if (high - low == 0.0) return a[0].is_null() ? Value::from_double(0.0) : a[0];
    c = (mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return Value::from_double(low + (high - low) * std::sqrt(u * c));
}

Value Random_gauss(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("gauss", 0, 2, "mu", "sigma")
  double mu, sigma;
  if (!float_arg(vm, a[0], 0.0, mu) || !float_arg(vm, a[1], 1.0, sigma)) return Value::exception();
  double z;
  if (r->has_gauss_next) {
    z = r->gauss_next;
    r->has_gauss_next = false;
  } else {
    double x2pi = random_double(r) * (2.0 * M_PI);
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - random_double(r)));
    z = std::cos(x2pi) * g2rad;
    r->gauss_next = std::sin(x2pi) * g2rad;
    r->has_gauss_next = true;
  }
  return Value::from_double(mu + z * sigma);
}

Value Random_normalvariate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("normalvariate", 0, 2, "mu", "sigma")
  double mu, sigma;
  if (!float_arg(vm, a[0], 0.0, mu) || !float_arg(vm, a[1], 1.0, sigma)) return Value::exception();
  const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z;
  for (;;) {
    double u1 = random_double(r);
    double u2 = 1.0 - random_double(r);
    z = magic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return Value::from_double(mu + z * sigma);
}

Value Random_expovariate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("expovariate", 1, 1, "lambd")
  double lambd;
  if (!real_to_double(vm, a[0], lambd)) return Value::exception();
  double u = random_double(r);
  if (lambd == 0.0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
  return Value::from_double(-std::log(1.0 - u) / lambd);
}

// The remaining distributions, with the algorithms (and so the draws) of
// CPython 3.11's random.py.
double gamma_draw(RandomState* r, double alpha, double beta) {
  const double log4 = std::log(4.0), sg_magic = 1.0 + std::log(4.5);
  if (alpha > 1.0) {
    double ainv = std::sqrt(2.0 * alpha - 1.0), bbb = alpha - log4, ccc = alpha + ainv;
    for (;;) {
      double u1 = random_double(r);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - random_double(r);
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double rr = bbb + ccc * v - x;
      if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= std::log(z)) return x * beta;
    }
  }
  if (alpha == 1.0) return -std::log(1.0 - random_double(r)) * beta;
  double x;
  for (;;) {  // alpha in (0, 1): algorithm GS of Kennedy & Gentle
    double u = random_double(r);
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -std::log((b - p) / alpha);
    double u1 = random_double(r);
    if (p > 1.0 ? u1 <= std::pow(x, alpha - 1.0) : u1 <= std::exp(-x)) break;
  }
  return x * beta;
}

Value Random_gammavariate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("gammavariate", 2, 2, "alpha", "beta")
  double alpha, beta;
  if (!real_to_double(vm, a[0], alpha) || !real_to_double(vm, a[1], beta)) return Value::exception();
  if (alpha <= 0.0 || beta <= 0.0) {
    return vm.raise(vm.types.ValueError, "gammavariate: alpha and beta must be > 0.0");
  }
  return Value::from_double(gamma_draw(r, alpha, beta));
}

Value Random_betavariate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("betavariate", 2, 2, "alpha", "beta")
  double alpha, beta;
  if (!real_to_double(vm, a[0], alpha) || !real_to_double(vm, a[1], beta)) return Value::exception();
  if (alpha <= 0.0 || beta <= 0.0) {
    return vm.raise(vm.types.ValueError, "gammavariate: alpha and beta must be > 0.0");
  }
  double y = gamma_draw(r, alpha, 1.0);
  if (y == 0.0) return Value::from_double(0.0);
  return Value::from_double(y / (y + gamma_draw(r, beta, 1.0)));
}

Value Random_lognormvariate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value n = Random_normalvariate(vm, args, nargs, kwnames);
  if (n.is_exception()) return n;
  return Value::from_double(std::exp(n.as_double()));
}

Value Random_vonmisesvariate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("vonmisesvariate", 2, 2, "mu", "kappa")
  double mu, kappa;
  if (!real_to_double(vm, a[0], mu) || !real_to_double(vm, a[1], kappa)) return Value::exception();
  const double twopi = 2.0 * M_PI;
  if (kappa <= 1e-6) return Value::from_double(twopi * random_double(r));
  double s = 0.5 / kappa, rr = s + std::sqrt(1.0 + s * s), z;
  for (;;) {
    double u1 = random_double(r);
    z = std::cos(M_PI * u1);
    double d = z / (rr + z);
    double u2 = random_double(r);
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  double q = 1.0 / rr, f = (q + z) / (1.0 + q * z);
  double theta = random_double(r) > 0.5 ? mu + std::acos(f) : mu - std::acos(f);
  theta = std::fmod(theta, twopi);  // Python's %: the result takes the divisor's sign
  if (theta < 0) theta += twopi;
  return Value::from_double(theta);
}

Value Random_paretovariate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("paretovariate", 1, 1, "alpha")
  double alpha;
  if (!real_to_double(vm, a[0], alpha)) return Value::exception();
  double u = 1.0 - random_double(r);
  if (alpha == 0.0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
  return Value::from_double(std::pow(u, -1.0 / alpha));
}

Value Random_weibullvariate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("weibullvariate", 2, 2, "alpha", "beta")
  double alpha, beta;
  if (!real_to_double(vm, a[0], alpha) || !real_to_double(vm, a[1], beta)) return Value::exception();
  double u = 1.0 - random_double(r);
  if (beta == 0.0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
  return Value::from_double(alpha * std::pow(-std::log(u), 1.0 / beta));
}

// ---------------------------------------------------------------- state

Value Random_getstate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("getstate", 0, 0)
  (void)a;
  RootScope roots(vm);
  Tuple* inner = roots.add(vm.new_tuple(kN + 1));
  for (int i = 0; i < kN; ++i) inner->items[i] = vm.make_int(r->mt[i]);
  inner->items[kN] = vm.make_int(r->index);
  Value g = r->has_gauss_next ? Value::from_double(r->gauss_next) : Value::none();
  return Value::object(vm.tuple_of({Value::small_int(3), Value::object(inner), g}));
}

Value Random_setstate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  RANDOM_METHOD("setstate", 1, 1, "state")
  std::vector<Value> parts;
  if (!vm.unpack_iterable(a[0], parts)) return Value::exception();
  if (parts.empty()) return vm.raise(vm.types.IndexError, "tuple index out of range");
  int64_t version;
  if (!is_int_value(parts[0]) || !vm.index_value(parts[0], version) || (version != 2 && version != 3)) {
    vm.take_pending();
    Value rv = vm.repr(parts[0]);
    if (rv.is_exception()) return rv;
    return vm.raise_fmt(vm.types.ValueError,
                        "state with version %s passed to Random.setstate() of version 3",
                        as_str(rv)->data);
  }
  if (parts.size() != 3) {
    return vm.raise_fmt(vm.types.ValueError, "%s values to unpack (expected 3, got %d)",
                        parts.size() > 3 ? "too many" : "not enough", static_cast<int>(parts.size()));
  }
  Value inner = parts[1];
  if (!inner.is_obj() || inner.as_obj()->kind != ObjKind::Tuple) {
    return vm.raise(vm.types.TypeError, "state vector must be a tuple");
  }
  auto* t = static_cast<Tuple*>(inner.as_obj());
  if (t->size != kN + 1) return vm.raise(vm.types.ValueError, "state vector is the wrong size");
  uint32_t mt[kN];
  for (int i = 0; i < kN; ++i) {
    Mpz z;
    if (!is_int_value(t->items[i])) return vm.raise(vm.types.TypeError, "state vector items must be integers");
    int_to_mpz(t->items[i], z);
    if (version == 2) mpz_fdiv_r_2exp(z, z, 32);
    if (mpz_sgn(z.get()) < 0 || mpz_sizeinbase(z, 2) > 32) {
      return vm.raise(vm.types.OverflowError, "Python int too large to convert to C unsigned long");
    }
    mt[i] = static_cast<uint32_t>(mpz_get_ui(z));
  }
  int64_t index;
  if (!vm.index_value(t->items[kN], index)) return Value::exception();
  if (index < 0 || index > kN) return vm.raise(vm.types.ValueError, "invalid state");
  double g = 0;
  if (!parts[2].is_none() && !real_to_double(vm, parts[2], g)) return Value::exception();
  std::memcpy(r->mt, mt, sizeof mt);
  r->index = static_cast<int>(index);
  r->has_gauss_next = !parts[2].is_none();
  r->gauss_next = g;
  return Value::none();
}

// ---------------------------------------------------------------- module

struct MethodEntry {
  const char* name;
  NativeFn fn;
};

constexpr MethodEntry kMethods[] = {
    {"seed", Random_seed},
    {"random", Random_random},
    {"uniform", Random_uniform},
    {"triangular", Random_triangular},
    {"randint", Random_randint},
    {"choice", Random_choice},
    {"randrange", Random_randrange},
    {"sample", Random_sample},
    {"shuffle", Random_shuffle},
    {"choices", Random_choices},
    {"normalvariate", Random_normalvariate},
    {"gauss", Random_gauss},
    {"expovariate", Random_expovariate},
    {"gammavariate", Random_gammavariate},
    {"betavariate", Random_betavariate},
    {"lognormvariate", Random_lognormvariate},
    {"vonmisesvariate", Random_vonmisesvariate},
    {"paretovariate", Random_paretovariate},
    {"weibullvariate", Random_weibullvariate},
    {"getstate", Random_getstate},
    {"setstate", Random_setstate},
    {"getrandbits", Random_getrandbits},
};

Value module_value(VM& vm) {
  if (!vm.modules) return Value::null();
  Value m = dict_get_str(vm.modules, vm.intern("random"));
  if (!m.is_obj() || m.as_obj()->kind != ObjKind::Module) return Value::null();
  return m;
}

// random.Random, found through sys.modules (or the module being built).
Type* random_type(VM& vm, Value module) {
  if (module.is_null()) module = module_value(vm);
  if (module.is_null()) return nullptr;
  Value t = dict_get_str(static_cast<Module*>(module.as_obj())->dict, vm.intern("Random"));
  if (!t.is_obj() || t.as_obj()->kind != ObjKind::Type) return nullptr;
  return static_cast<Type*>(t.as_obj());
}

}  // namespace

Module* init_random_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("random")));
  Type* t = vm.new_type("Random", vm.types.object, ObjKind::Foreign, random_constructor);
  t->module = Value::object(vm.intern("random"));
  vm.set_global(m->dict, "Random", Value::object(t));
  inherit_slots(t);
  add_method(vm, t, "__init__", Random_init);
  for (const MethodEntry& e : kMethods) add_method(vm, t, e.name, e.fn);
  // The host's seed (coil --random-seed N) makes the module reproducible.
  Value seed = vm.options.random_seed >= 0 ? vm.make_int(vm.options.random_seed) : Value::none();
  Value inst = new_random(vm, t, seed);
  if (inst.is_exception()) return nullptr;
  vm.set_global(m->dict, "_inst", inst);
  // The module-level functions are the hidden instance's bound methods.
  for (const MethodEntry& e : kMethods) {
    NativeFunction* f = vm.new_native(e.name, e.fn);
    f->qualname = vm.intern(std::string("Random.") + e.name);
    f->self = inst;
    vm.set_global(m->dict, e.name, Value::object(f));
  }
  vm.set_global(m->dict, "BPF", Value::small_int(53));
  vm.set_global(m->dict, "TWOPI", Value::from_double(2.0 * M_PI));
  return m;
}

void seed_random(VM& vm, int64_t seed) {
  Value m = vm.import_module(vm.intern("random"));
  if (m.is_exception()) {
    vm.take_pending();
    return;
  }
  Value inst = dict_get_str(static_cast<Module*>(m.as_obj())->dict, vm.intern("_inst"));
  if (!is_random(inst)) return;
  Mpz n;
  mpz_set_si(n, seed);
  mpz_abs(n, n);
  auto* r = static_cast<RandomState*>(inst.as_obj());
  r->has_gauss_next = false;
  seed_from_mpz(r, n);
}

}  // namespace coil::vm
