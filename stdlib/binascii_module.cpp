// The `binascii` module (native, as CPython's Modules/binascii.c): base64
// lines (b2a_base64, a2b_base64 with strict_mode), hex (hexlify/b2a_hex
// with separators, unhexlify/a2b_hex), crc32 and crc_hqx; binascii.Error
// and binascii.Incomplete. The base64 module (stdlib/lib/base64.py) is
// built on it.
#include <cstring>
#include <string>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Value module_error(VM& vm) {
  Value m = dict_get_str(vm.modules, vm.intern("binascii"));
  if (!m.is_obj() || m.as_obj()->kind != ObjKind::Module) {
    return vm.raise(vm.types.RuntimeError, "binascii module not initialised");
  }
  Value e = dict_get_str(static_cast<Module*>(m.as_obj())->dict, vm.intern("Error"));
  if (e.is_null()) return vm.raise(vm.types.RuntimeError, "binascii.Error is missing");
  return e;
}

Value raise_error(VM& vm, const std::string& msg) {
  Value cls = module_error(vm);
  if (cls.is_exception()) return cls;
  RootScope roots(vm);
  roots.add(cls);
  Value text = roots.add(vm.str_value(msg));
  Value exc = vm.call1(cls, text);
  if (exc.is_exception()) return exc;
  return vm.raise_value(exc);
}

// Binary input: bytes or bytearray.
bool binary_arg(VM& vm, Value v, std::string_view& out) {
  if (bytes_like(v, out)) return true;
  vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
  return false;
}

// ASCII input of the a2b functions: bytes-like, or a str of ASCII characters.
bool ascii_arg(VM& vm, Value v, std::string_view& out) {
  if (bytes_like(v, out)) return true;
  if (is_str(v)) {
    if (!as_str(v)->is_ascii()) {
      vm.raise(vm.types.ValueError, "string argument should contain only ASCII characters");
      return false;
    }
    out = as_str(v)->view();
    return true;
  }
  vm.raise_fmt(vm.types.TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
               type_name(vm, v));
  return false;
}

Value bytes_value(VM& vm, std::string_view s) { return Value::object(bytes_new(vm, s)); }

// ---------------------------------------------------------------- base64

// b2a_base64(data, /, *, newline=True)
Value b2a_base64(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[2];
  if (!parse_args(vm, "b2a_base64", args, nargs, kwnames, {"data", "newline"}, 1, p, 1)) {
    return Value::exception();
  }
  std::string_view data;
  if (!binary_arg(vm, p[0], data)) return Value::exception();
  int newline = 1;
  if (!p[1].is_null() && (newline = vm.truthy(p[1])) < 0) return Value::exception();
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4 + 1);
  size_t i = 0;
  for (; i + 3 <= data.size(); i += 3) {
    uint32_t n = (static_cast<unsigned char>(data[i]) << 16) | (static_cast<unsigned char>(data[i + 1]) << 8) |
                 static_cast<unsigned char>(data[i + 2]);
    out += kB64[n >> 18];
    out += kB64[(n >> 12) & 63];
    out += kB64[(n >> 6) & 63];
    out += kB64[n & 63];
  }
  size_t rest = data.size() - i;
  if (rest) {
    uint32_t n = static_cast<unsigned char>(data[i]) << 16;
    if (rest == 2) n |= static_cast<unsigned char>(data[i + 1]) << 8;
    out += kB64[n >> 18];
    out += kB64[(n >> 12) & 63];
    out += rest == 2 ? kB64[(n >> 6) & 63] : '=';
    out += '=';
  }
  if (newline) out += '\n';
  return bytes_value(vm, out);
}

int b64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// a2b_base64(data, /, *, strict_mode=False): CPython's decoder, which skips
// what is not base64 (unless strict) and stops at a complete padding.
Value a2b_base64(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[2];
  if (!parse_args(vm, "a2b_base64", args, nargs, kwnames, {"data", "strict_mode"}, 1, p, 1)) {
    return Value::exception();
  }
  std::string_view data;
  if (!ascii_arg(vm, p[0], data)) return Value::exception();
  int strict = 0;
  if (!p[1].is_null() && (strict = vm.truthy(p[1])) < 0) return Value::exception();
  if (strict && !data.empty() && data[0] == '=') return raise_error(vm, "Leading padding not allowed");
  std::string out;
  int quad = 0, pads = 0;
  unsigned leftchar = 0;
  bool padding_started = false;
  for (size_t i = 0; i < data.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == '=') {
      padding_started = true;
      if (strict && quad == 0) return raise_error(vm, "Excess padding not allowed");
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.size()) return raise_error(vm, "Excess data after padding");
        return bytes_value(vm, out);
      }
      continue;
    }
    int v = b64_value(c);
    if (v < 0) {
      if (strict) return raise_error(vm, "Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) return raise_error(vm, "Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0: quad = 1; leftchar = v; break;
      case 1: quad = 2; out += static_cast<char>((leftchar << 2) | (v >> 4)); leftchar = v & 0x0f; break;
      case 2: quad = 3; out += static_cast<char>((leftchar << 4) | (v >> 2)); leftchar = v & 0x03; break;
      default: quad = 0; out += static_cast<char>((leftchar << 6) | v); leftchar = 0; break;
    }
  }
  if (quad == 1) {
    return raise_error(vm, "Invalid base64-encoded string: number of data characters (" +
                               std::to_string(out.size() / 3 * 4 + 1) +
                               ") cannot be 1 more than a multiple of 4");
  }
  if (quad != 0) return raise_error(vm, "Incorrect padding");
  return bytes_value(vm, out);
}

// ---------------------------------------------------------------- hex

// hexlify(data, sep=<unrepresentable>, bytes_per_sep=1); b2a_hex is the same.
Value hexlify_common(VM& vm, const char* name, Value* args, int nargs, Tuple* kwnames) {
  Value p[3];
  if (!parse_args(vm, name, args, nargs, kwnames, {"data", "sep", "bytes_per_sep"}, 1, p)) {
    return Value::exception();
  }
  std::string_view data;
  if (!binary_arg(vm, p[0], data)) return Value::exception();
  RootScope roots(vm);
  Value b = roots.add(bytes_value(vm, data));
  if (!p[1].is_null()) {
    // bytes.hex() has the same separator rules; its str result is ASCII.
    Value hex_args[2] = {p[1], p[2].is_null() ? Value::small_int(1) : p[2]};
    Value s = vm.call_method(b, vm.intern("hex"), hex_args, 2);
    if (s.is_exception()) return s;
    return bytes_value(vm, as_str(s)->view());
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() * 2);
  for (unsigned char c : data) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return bytes_value(vm, out);
}

Value hexlify(VM& vm, Value* args, int nargs, Tuple* kwnames) { return hexlify_common(vm, "hexlify", args, nargs, kwnames); }
Value b2a_hex(VM& vm, Value* args, int nargs, Tuple* kwnames) { return hexlify_common(vm, "b2a_hex", args, nargs, kwnames); }

int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value unhexlify_common(VM& vm, const char* name, Value* args, int nargs, Tuple* kwnames) {
  Value p[1];
  if (!parse_args(vm, name, args, nargs, kwnames, {"hexstr"}, 1, p)) return Value::exception();
  std::string_view data;
  if (!ascii_arg(vm, p[0], data)) return Value::exception();
  if (data.size() % 2) return raise_error(vm, "Odd-length string");
  std::string out;
  out.reserve(data.size() / 2);
  for (size_t i = 0; i < data.size(); i += 2) {
    int hi = hex_digit(static_cast<unsigned char>(data[i]));
    int lo = hex_digit(static_cast<unsigned char>(data[i + 1]));
    if (hi < 0 || lo < 0) return raise_error(vm, "Non-hexadecimal digit found");
    out += static_cast<char>((hi << 4) | lo);
  }
  return bytes_value(vm, out);
}

Value unhexlify(VM& vm, Value* args, int nargs, Tuple* kwnames) { return unhexlify_common(vm, "unhexlify", args, nargs, kwnames); }
Value a2b_hex(VM& vm, Value* args, int nargs, Tuple* kwnames) { return unhexlify_common(vm, "a2b_hex", args, nargs, kwnames); }

// ---------------------------------------------------------------- checksums

// CRC-32 as zlib computes it (reflected polynomial 0xEDB88320).
uint32_t crc32_update(uint32_t crc, std::string_view data) {
  crc = ~crc;
  for (unsigned char c : data) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
  }
  return ~crc;
}

// The starting value of a checksum: any int, reduced modulo 2**bits.
bool checksum_start(VM& vm, Value v, uint32_t mask, uint32_t& out) {
  if (v.is_null()) {
    out = 0;
    return true;
  }
  Value i = index_to_int(vm, v);
  if (i.is_exception()) return false;
  mpz_t z;
  mpz_init(z);
  int_to_mpz(i, z);
  mpz_fdiv_r_2exp(z, z, 32);
  out = static_cast<uint32_t>(mpz_get_ui(z)) & mask;
  mpz_clear(z);
  return true;
}

Value crc32(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "crc32", kwnames) || !check_nargs(vm, "crc32", nargs, 1, 2)) return Value::exception();
  std::string_view data;
  if (!binary_arg(vm, args[0], data)) return Value::exception();
  uint32_t crc;
  if (!checksum_start(vm, nargs > 1 ? args[1] : Value::null(), 0xFFFFFFFFu, crc)) return Value::exception();
  return vm.make_int(crc32_update(crc, data));
}

// crc_hqx(data, value): CRC-CCITT (polynomial 0x1021), as binhex uses.
Value crc_hqx(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "crc_hqx", kwnames) || !check_nargs(vm, "crc_hqx", nargs, 2, 2)) return Value::exception();
  std::string_view data;
  if (!binary_arg(vm, args[0], data)) return Value::exception();
  uint32_t crc;
  if (!checksum_start(vm, args[1], 0xFFFFu, crc)) return Value::exception();
  for (unsigned char c : data) {
    crc ^= static_cast<uint32_t>(c) << 8;
    for (int k = 0; k < 8; ++k) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
  }
  return vm.make_int(crc);
}

}  // namespace

Module* init_binascii_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("binascii")));
  Type* err = vm.new_type("Error", vm.types.ValueError, ObjKind::Exception, nullptr);
  err->module = Value::object(vm.intern("binascii"));
  inherit_slots(err);
  vm.set_global(m->dict, "Error", Value::object(err));
  Type* inc = vm.new_type("Incomplete", vm.types.Exception, ObjKind::Exception, nullptr);
  inc->module = Value::object(vm.intern("binascii"));
  inherit_slots(inc);
  vm.set_global(m->dict, "Incomplete", Value::object(inc));
  add_function(vm, m->dict, "b2a_base64", b2a_base64);
  add_function(vm, m->dict, "a2b_base64", a2b_base64);
  add_function(vm, m->dict, "hexlify", hexlify);
  add_function(vm, m->dict, "b2a_hex", b2a_hex);
  add_function(vm, m->dict, "unhexlify", unhexlify);
  add_function(vm, m->dict, "a2b_hex", a2b_hex);
  add_function(vm, m->dict, "crc32", crc32);
  add_function(vm, m->dict, "crc_hqx", crc_hqx);
  return m;
}

}  // namespace coil::vm
