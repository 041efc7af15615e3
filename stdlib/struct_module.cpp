// The `struct` module, native as CPython's Modules/_struct.c: formats are
// parsed into a list of codes (byte order, sizes and native alignment as on
// x86-64 Linux), then values are packed into or unpacked from bytes.
// struct.error's messages follow CPython 3.11's, including its quirks (which
// range message a code gives depends on the byte order, as CPython's tables
// mix native and standard packers).
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

// ---------------------------------------------------------------- formats

enum class Order : uint8_t { Native, NativeStd, Little, Big };

struct Item {
  char code;
  int64_t count;  // repeat count; the length for 's' and 'p'
  int64_t offset;
  int size;       // of one item
};

struct Format {
  Order order = Order::Native;
  std::vector<Item> items;
  int64_t size = 0;
  int64_t nvalues = 0;  // values pack() takes
};

// Size and alignment of a code; 0 when the code is unknown in that mode.
int code_size(char c, bool native, int& align) {
  int size = 0;
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': size = 1; break;
    case 'h': case 'H': case 'e': size = 2; break;
    case 'i': case 'I': case 'f': size = 4; break;
    case 'l': case 'L': size = native ? 8 : 4; break;
    case 'q': case 'Q': case 'd': size = 8; break;
    case 'n': case 'N': case 'P': size = native ? 8 : 0; break;
    default: size = 0;
  }
  align = native && c != 's' && c != 'p' && c != 'x' && c != 'c' ? size : 1;
  return size;
}

Value struct_error(VM& vm);  // the struct.error class

Value raise_struct(VM& vm, const std::string& msg) {
  Value cls = struct_error(vm);
  if (cls.is_exception()) return cls;
  RootScope roots(vm);
  roots.add(cls);
  Value text = roots.add(vm.str_value(msg));
  Value exc = vm.call1(cls, text);
  if (exc.is_exception()) return exc;
  return vm.raise_value(exc);
}

// Parses a format as CPython's prepare_s: false with struct.error pending.
bool parse_format(VM& vm, std::string_view s, Format& out) {
  size_t i = 0;
  if (!s.empty()) {
    switch (s[0]) {
      case '@': out.order = Order::Native; ++i; break;
      case '=': out.order = Order::NativeStd; ++i; break;
      case '<': out.order = Order::Little; ++i; break;
      case '>': case '!': out.order = Order::Big; ++i; break;
      default: break;
    }
  }
  bool native = out.order == Order::Native;
  const int64_t kMax = INT64_MAX;
  int64_t size = 0;
  while (i < s.size()) {
    char c = s[i++];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    int64_t num = 1;
    if (c >= '0' && c <= '9') {
      num = c - '0';
      for (;;) {
        if (i >= s.size()) {
          raise_struct(vm, "repeat count given without format specifier");
          return false;
        }
        c = s[i++];
        if (c < '0' || c > '9') break;
        if (num >= kMax / 10 && (num > kMax / 10 || (c - '0') > kMax % 10)) {
          raise_struct(vm, "total struct size too long");
          return false;
        }
        num = num * 10 + (c - '0');
      }
    }
    int align;
    int itemsize = code_size(c, native, align);
    if (itemsize == 0) {
      raise_struct(vm, "bad char in struct format");
      return false;
    }
    if (align > 1 && size > 0) size += (align - 1) - (size - 1) % align;
    if (num > (kMax - size) / itemsize) {
      raise_struct(vm, "total struct size too long");
      return false;
    }
    out.items.push_back({c, num, size, itemsize});
    if (c == 's' || c == 'p') {
      ++out.nvalues;
    } else if (c != 'x') {
      out.nvalues += num;
    }
    size += num * itemsize;
  }
  out.size = size;
  return true;
}

// The format argument: a str or bytes (Struct() wording for anything else).
bool format_text(VM& vm, Value v, std::string& out) {
  if (is_str(v)) {
    out = as_str(v)->view();
    return true;
  }
  if (is_bytes(v)) {
    out = as_bytes(v)->view();
    return true;
  }
  vm.raise_fmt(vm.types.TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
               type_name(vm, v));
  return false;
}

// ---------------------------------------------------------------- packing numbers

void put_uint(char* p, uint64_t v, int size, bool little) {
  for (int k = 0; k < size; ++k) {
    int shift = 8 * (little ? k : size - 1 - k);
    p[k] = static_cast<char>((v >> shift) & 0xFF);
  }
}

uint64_t get_uint(const char* p, int size, bool little) {
  uint64_t v = 0;
  for (int k = 0; k < size; ++k) {
    uint64_t byte = static_cast<unsigned char>(p[k]);
    v |= byte << (8 * (little ? k : size - 1 - k));
  }
  return v;
}

// An integer argument: __index__, else "required argument is not an integer".
bool int_arg(VM& vm, Value v, mpz_t out) {
  Value i = index_to_int(vm, v);
  if (i.is_exception()) {
    if (!vm.pending_is(vm.types.TypeError)) return false;
    vm.pending = Value::null();
    raise_struct(vm, "required argument is not an integer");
    return false;
  }
  int_to_mpz(i, out);
  return true;
}

// Packs an integer code, with CPython 3.11's errors for each byte order.
bool pack_int(VM& vm, char code, Order order, int size, Value v, char* p) {
  mpz_t x;
  mpz_init(x);
  struct Clear {
    mpz_t& z;
    ~Clear() { mpz_clear(z); }
  } clear{x};
  if (!int_arg(vm, v, x)) return false;
  bool big = order == Order::Big;
  bool fits_long = mpz_fits_slong_p(x);
  bool fits_ulong = mpz_sgn(x) >= 0 && mpz_fits_ulong_p(x);
  auto range = [&](const char* msg) {
    raise_struct(vm, msg);
    return false;
  };
  auto fmt_range = [&](bool is_unsigned) {
    uint64_t ularg = size == 8 ? UINT64_MAX : (uint64_t(1) << (8 * size)) - 1;
    char buf[128];
    if (is_unsigned) {
      std::snprintf(buf, sizeof buf, "'%c' format requires 0 <= number <= %llu", code,
                    static_cast<unsigned long long>(ularg));
    } else {
      long long largest = static_cast<long long>(ularg >> 1);
      std::snprintf(buf, sizeof buf, "'%c' format requires %lld <= number <= %lld", code, ~largest,
                    largest);
    }
    raise_struct(vm, buf);
    return false;
  };
  const char* kOutOfRange = "argument out of range";
  const char* kTooLarge = "int too large to convert";
  long sl = fits_long ? mpz_get_si(x) : 0;
  unsigned long ul = fits_ulong ? mpz_get_ui(x) : 0;
  uint64_t bits = 0;
  switch (code) {
    case 'b':
      if (!fits_long) return range(kOutOfRange);
      if (sl < -128 || sl > 127) return range("byte format requires -128 <= number <= 127");
      bits = static_cast<uint64_t>(sl);
      break;
    case 'B':
      if (!fits_long) return range(kOutOfRange);
      if (sl < 0 || sl > 255) return range("ubyte format requires 0 <= number <= 255");
      bits = static_cast<uint64_t>(sl);
      break;
    case 'h':
      if (!fits_long) return range(kOutOfRange);
      if (sl < -32768 || sl > 32767) {
        return big ? fmt_range(false) : range("short format requires -32768 <= number <= 32767");
      }
      bits = static_cast<uint64_t>(sl);
      break;
    case 'H':
      if (!big) {
        if (!fits_long) return range(kOutOfRange);
        if (sl < 0 || sl > 65535) return range("ushort format requires 0 <= number <= 65535");
        bits = static_cast<uint64_t>(sl);
      } else {
        if (!fits_ulong) return range(kOutOfRange);
        if (ul > 65535) return fmt_range(true);
        bits = ul;
      }
      break;
    case 'i':
    case 'l':
      if (!fits_long) return range(kOutOfRange);
      if (size == 4 && (sl < INT32_MIN || sl > INT32_MAX)) return fmt_range(false);
      bits = static_cast<uint64_t>(sl);
      break;
    case 'I':
    case 'L':
      if (!fits_ulong) return range(kOutOfRange);
      if (size == 4 && ul > UINT32_MAX) return fmt_range(true);
      bits = ul;
      break;
    case 'q':
    case 'n':
      if (!fits_long) return range(big ? kTooLarge : kOutOfRange);
      bits = static_cast<uint64_t>(sl);
      break;
    case 'Q':
    case 'N':
      if (!fits_ulong) return range(big ? kTooLarge : kOutOfRange);
      bits = ul;
      break;
    case 'P':
      if (mpz_sgn(x) < 0 ? !fits_long : !fits_ulong) return range(kTooLarge);
      bits = mpz_sgn(x) < 0 ? static_cast<uint64_t>(sl) : ul;
      break;
    default:
      break;
  }
  put_uint(p, bits, size, order != Order::Big);
  return true;
}

// CPython's PyFloat_Pack2: IEEE binary16, rounding half to even; false on overflow.
bool half_bits(double x, uint16_t& out) {
  int sign, e;
  unsigned bits;
  if (x == 0.0) {
    sign = std::signbit(x);
    e = 0;
    bits = 0;
  } else if (std::isinf(x)) {
    sign = x < 0.0;
    e = 0x1f;
    bits = 0;
  } else if (std::isnan(x)) {
    sign = std::signbit(x);
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0.0;
    if (sign) x = -x;
    double f = std::frexp(x, &e);
    f *= 2.0;
    e--;
    if (e >= 16) return false;
    if (e < -25) {
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      f = std::ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = static_cast<unsigned>(f);
    if ((f - bits > 0.5) || ((f - bits == 0.5) && (bits % 2 == 1))) {
      ++bits;
      if (bits == 1024) {
        bits = 0;
        ++e;
        if (e == 31) return false;
      }
    }
  }
  out = static_cast<uint16_t>(bits | (e << 10) | (sign << 15));
  return true;
}

double half_value(uint16_t v) {
  int sign = (v >> 15) & 1;
  int e = (v >> 10) & 0x1f;
  unsigned f = v & 0x3ff;
  if (e == 0x1f) {
    if (f == 0) return sign ? -INFINITY : INFINITY;
    return sign ? -NAN : NAN;
  }
  double x = f / 1024.0;
  if (e == 0) {
    e = -14;
  } else {
    x += 1.0;
    e -= 15;
  }
  x = std::ldexp(x, e);
  return sign ? -x : x;
}

bool pack_float(VM& vm, char code, Order order, Value v, char* p) {
  double x;
  if (!real_to_double(vm, v, x)) {
    vm.pending = Value::null();
    raise_struct(vm, "required argument is not a float");
    return false;
  }
  bool little = order != Order::Big;
  auto overflow = [&]() {
    if (is_int_value(v)) {
      raise_struct(vm, "int too large to convert");
    } else {
      vm.raise_fmt(vm.types.OverflowError, "float too large to pack with %c format", code);
    }
    return false;
  };
  if (code == 'e') {
    uint16_t h;
    if (!half_bits(x, h)) return overflow();
    put_uint(p, h, 2, little);
  } else if (code == 'f') {
    float y = static_cast<float>(x);
    if (order != Order::Native && std::isinf(y) && !std::isinf(x)) return overflow();
    uint32_t b;
    std::memcpy(&b, &y, 4);
    put_uint(p, b, 4, little);
  } else {
    uint64_t b;
    std::memcpy(&b, &x, 8);
    put_uint(p, b, 8, little);
  }
  return true;
}

// Packs `values` (fmt.nvalues of them) into out (fmt.size bytes, zeroed).
bool pack_values(VM& vm, const Format& fmt, Value* values, char* out) {
  int64_t vi = 0;
  for (const Item& item : fmt.items) {
    char* p = out + item.offset;
    if (item.code == 'x') continue;
    if (item.code == 's' || item.code == 'p') {
      Value v = values[vi++];
      std::string_view data;
      if (!bytes_like(v, data)) {
        raise_struct(vm, std::string("argument for '") + item.code + "' must be a bytes object");
        return false;
      }
      int64_t n = static_cast<int64_t>(data.size());
      if (item.code == 's') {
        if (n > item.count) n = item.count;
        std::memcpy(p, data.data(), n);
      } else if (item.count > 0) {
        if (n > item.count - 1) n = item.count - 1;
        std::memcpy(p + 1, data.data(), n);
        p[0] = static_cast<char>(n > 255 ? 255 : n);
      }
      continue;
    }
    for (int64_t k = 0; k < item.count; ++k, p += item.size) {
      Value v = values[vi++];
      switch (item.code) {
        case 'c':
          if (!is_bytes(v) || as_bytes(v)->size != 1) {
            raise_struct(vm, "char format requires a bytes object of length 1");
            return false;
          }
          p[0] = as_bytes(v)->data[0];
          break;
        case '?': {
          int t = vm.truthy(v);
          if (t < 0) return false;
          p[0] = static_cast<char>(t);
          break;
        }
        case 'e':
        case 'f':
        case 'd':
          if (!pack_float(vm, item.code, fmt.order, v, p)) return false;
          break;
        default:
          if (!pack_int(vm, item.code, fmt.order, item.size, v, p)) return false;
      }
    }
  }
  return true;
}

// ---------------------------------------------------------------- unpacking

Value unpack_values(VM& vm, const Format& fmt, const char* data) {
  RootScope roots(vm);
  Tuple* result = roots.add(vm.new_tuple(static_cast<uint32_t>(fmt.nvalues)));
  for (uint32_t i = 0; i < result->size; ++i) result->items[i] = Value::none();
  uint32_t ri = 0;
  bool little = fmt.order != Order::Big;
  for (const Item& item : fmt.items) {
    const char* p = data + item.offset;
    if (item.code == 'x') continue;
    if (item.code == 's') {
      result->items[ri++] = Value::object(bytes_new(vm, std::string_view(p, item.count)));
      continue;
    }
    if (item.code == 'p') {
      int64_t n = item.count > 0 ? static_cast<unsigned char>(p[0]) : 0;
      if (n >= item.count) n = item.count - 1;
      if (n < 0) n = 0;
      result->items[ri++] = Value::object(bytes_new(vm, std::string_view(p + 1, n)));
      continue;
    }
    for (int64_t k = 0; k < item.count; ++k, p += item.size) {
      Value v;
      switch (item.code) {
        case 'c': v = Value::object(bytes_new(vm, std::string_view(p, 1))); break;
        case '?': v = Value::boolean(p[0] != 0); break;
        case 'e': v = Value::from_double(half_value(static_cast<uint16_t>(get_uint(p, 2, little)))); break;
        case 'f': {
          uint32_t b = static_cast<uint32_t>(get_uint(p, 4, little));
          float y;
          std::memcpy(&y, &b, 4);
          v = Value::from_double(y);
          break;
        }
        case 'd': {
          uint64_t b = get_uint(p, 8, little);
          double y;
          std::memcpy(&y, &b, 8);
          v = Value::from_double(y);
          break;
        }
        default: {
          uint64_t bits = get_uint(p, item.size, little);
          bool is_signed = item.code >= 'a' && item.code <= 'z';
          if (is_signed) {
            int shift = 64 - 8 * item.size;
            int64_t sv = static_cast<int64_t>(bits << shift) >> shift;
            v = vm.make_int(sv);
          } else if (bits <= static_cast<uint64_t>(INT64_MAX)) {
            v = vm.make_int(static_cast<int64_t>(bits));
          } else {
            mpz_t z;
            mpz_init(z);
            mpz_import(z, 1, 1, sizeof bits, 0, 0, &bits);
            v = vm.make_bigint(z);
            mpz_clear(z);
          }
        }
      }
      result->items[ri++] = v;
    }
  }
  return Value::object(result);
}

// A buffer to read: bytes, bytearray or a contiguous memoryview.
bool read_buffer(VM& vm, Value v, std::string_view& out) {
  if (bytes_like(v, out)) return true;
  vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
  return false;
}

// ---------------------------------------------------------------- Struct objects

struct StructObj : Foreign {
  Format fmt;
  Value format;  // the str
};

void struct_trace(Obj* self, std::vector<Obj*>& gray) {
  mark_gray(gray, static_cast<StructObj*>(self)->format);
}
void struct_destroy(Obj* self) { static_cast<StructObj*>(self)->~StructObj(); }
const ForeignClass kStructClass = {"Struct", struct_trace, struct_destroy};

struct UnpackIter : Foreign {
  Format fmt;
  std::string data;
  size_t pos;
};
void iter_destroy(Obj* self) { static_cast<UnpackIter*>(self)->~UnpackIter(); }
const ForeignClass kUnpackIterClass = {"unpack_iterator", nullptr, iter_destroy};

struct StructState : Extension {
  Type* struct_type = nullptr;
  Type* iter_type = nullptr;
  Value error = Value::null();
  void trace(Heap& heap) override {
    heap.mark(struct_type);
    heap.mark(iter_type);
    heap.mark(error);
  }
};

StructState* state(VM& vm) {
  auto it = vm.extensions.find("struct");
  return it == vm.extensions.end() ? nullptr : static_cast<StructState*>(it->second.get());
}

Value struct_error(VM& vm) {
  StructState* s = state(vm);
  if (!s) return vm.raise(vm.types.RuntimeError, "struct module not initialised");
  return s->error;
}

bool is_struct(Value v) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::Foreign &&
         static_cast<Foreign*>(v.as_obj())->cls == &kStructClass;
}

// A Struct for `format` (str or bytes); exception() on error.
Value make_struct(VM& vm, Type* type, Value format) {
  std::string text;
  if (!format_text(vm, format, text)) return Value::exception();
  Format fmt;
  if (!parse_format(vm, text, fmt)) return Value::exception();
  RootScope roots(vm);
  Value str = roots.add(str_from_utf8(vm, text));
  if (str.is_exception()) return str;
  auto* s = vm.alloc<StructObj>(ObjKind::Foreign, type);
  s->cls = &kStructClass;
  s->fmt = std::move(fmt);
  s->format = str;
  return Value::object(s);
}

Value struct_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value p[1];
  if (!parse_args(vm, "Struct", args, nargs, kwnames, {"format"}, 1, p)) return Value::exception();
  return make_struct(vm, state(vm)->struct_type, p[0]);
}

// The Struct of a method call (args[0]) or of a module function's format
// argument (a temporary one, rooted by `roots`).
const Format* format_of(VM& vm, Value v, RootScope& roots, bool method) {
  if (method) return &static_cast<StructObj*>(v.as_obj())->fmt;
  Value s = make_struct(vm, state(vm)->struct_type, v);
  if (s.is_exception()) return nullptr;
  roots.add(s);
  return &static_cast<StructObj*>(s.as_obj())->fmt;
}

bool check_self(VM& vm, Value* args, int nargs, const char* method) {
  if (nargs >= 1 && is_struct(args[0])) return true;
  vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a '_struct.Struct' object", method);
  return false;
}

Value do_pack(VM& vm, const Format& fmt, Value* values, int n) {
  if (n != fmt.nvalues) {
    return raise_struct(vm, "pack expected " + std::to_string(fmt.nvalues) + " items for packing (got " +
                                std::to_string(n) + ")");
  }
  std::string out(static_cast<size_t>(fmt.size), '\0');
  if (!pack_values(vm, fmt, values, out.data())) return Value::exception();
  return Value::object(bytes_new(vm, out));
}

Value do_unpack(VM& vm, const Format& fmt, Value buffer) {
  std::string_view data;
  if (!read_buffer(vm, buffer, data)) return Value::exception();
  if (static_cast<int64_t>(data.size()) != fmt.size) {
    return raise_struct(vm, "unpack requires a buffer of " + std::to_string(fmt.size) + " bytes");
  }
  return unpack_values(vm, fmt, data.data());
}

Value do_unpack_from(VM& vm, const Format& fmt, Value buffer, Value offset_arg) {
  std::string_view data;
  if (!read_buffer(vm, buffer, data)) return Value::exception();
  int64_t offset = 0;
  if (!offset_arg.is_null() && !vm.index_value(offset_arg, offset)) return Value::exception();
  int64_t len = static_cast<int64_t>(data.size());
  if (offset < 0) {
    if (offset + fmt.size > 0) {
      return raise_struct(vm, "not enough data to unpack " + std::to_string(fmt.size) + " bytes at offset " +
                                  std::to_string(offset));
    }
    if (offset + len < 0) {
      return raise_struct(vm, "offset " + std::to_string(offset) + " out of range for " +
                                  std::to_string(len) + "-byte buffer");
    }
    offset += len;
  }
  if (len - offset < fmt.size) {
    return raise_struct(vm, "unpack_from requires a buffer of at least " + std::to_string(fmt.size + offset) +
                                " bytes for unpacking " + std::to_string(fmt.size) + " bytes at offset " +
                                std::to_string(offset) + " (actual buffer size is " + std::to_string(len) + ")");
  }
  return unpack_values(vm, fmt, data.data() + offset);
}

// pack_into(buffer, offset, *values)
Value do_pack_into(VM& vm, const Format& fmt, Value* args, int nargs) {
  if (nargs != fmt.nvalues + 2) {
    if (nargs == 0) return vm.raise(vm.types.TypeError, "pack_into expected buffer argument");
    if (nargs == 1) return vm.raise(vm.types.TypeError, "pack_into expected offset argument");
    return raise_struct(vm, "pack_into expected " + std::to_string(fmt.nvalues) + " items for packing (got " +
                                std::to_string(nargs - 2) + ")");
  }
  char* data;
  size_t size;
  if (!writable_buffer(args[0], data, size)) {
    return vm.raise_fmt(vm.types.TypeError, "argument must be read-write bytes-like object, not %s",
                        type_name(vm, args[0]));
  }
  int64_t offset;
  if (!vm.index_value(args[1], offset)) return Value::exception();
  auto len = static_cast<int64_t>(size);
  if (offset < 0) {
    if (offset + fmt.size > 0) {
      return raise_struct(vm, "no space to pack " + std::to_string(fmt.size) + " bytes at offset " +
                                  std::to_string(offset));
    }
    if (offset + len < 0) {
      return raise_struct(vm, "offset " + std::to_string(offset) + " out of range for " +
                                  std::to_string(len) + "-byte buffer");
    }
    offset += len;
  }
  if (len - offset < fmt.size) {
    return raise_struct(vm, "pack_into requires a buffer of at least " + std::to_string(fmt.size + offset) +
                                " bytes for packing " + std::to_string(fmt.size) + " bytes at offset " +
                                std::to_string(offset) + " (actual buffer size is " + std::to_string(len) + ")");
  }
  // Packed aside first: converting the values may run code that resizes the buffer.
  std::string out(static_cast<size_t>(fmt.size), '\0');
  if (!pack_values(vm, fmt, args + 2, out.data())) return Value::exception();
  if (!writable_buffer(args[0], data, size) || static_cast<int64_t>(size) < offset + fmt.size) {
    return vm.raise(vm.types.BufferError, "buffer changed size during pack_into");
  }
  std::memcpy(data + offset, out.data(), out.size());
  return Value::none();
}

Value do_iter_unpack(VM& vm, const Format& fmt, Value buffer) {
  std::string_view data;
  if (!read_buffer(vm, buffer, data)) return Value::exception();
  if (fmt.size == 0) return raise_struct(vm, "cannot iteratively unpack with a struct of length 0");
  if (static_cast<int64_t>(data.size()) % fmt.size != 0) {
    return raise_struct(vm, "iterative unpacking requires a buffer of a multiple of " +
                                std::to_string(fmt.size) + " bytes");
  }
  auto* it = vm.alloc<UnpackIter>(ObjKind::Foreign, state(vm)->iter_type);
  it->cls = &kUnpackIterClass;
  it->fmt = fmt;
  it->data = std::string(data);
  it->pos = 0;
  return Value::object(it);
}

int iter_next(VM& vm, Value self, Value& out) {
  auto* it = static_cast<UnpackIter*>(self.as_obj());
  if (it->pos + it->fmt.size > it->data.size() || it->fmt.size == 0) return 0;
  Value r = unpack_values(vm, it->fmt, it->data.data() + it->pos);
  if (r.is_exception()) return -1;
  it->pos += it->fmt.size;
  out = r;
  return 1;
}

Value iter_self(VM&, Value self) { return self; }

Value iter_dunder_next(VM& vm, Value* args, int nargs, Tuple*) {
  if (nargs != 1 || !args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Foreign ||
      static_cast<Foreign*>(args[0].as_obj())->cls != &kUnpackIterClass) {
    return vm.raise(vm.types.TypeError, "descriptor '__next__' requires an 'unpack_iterator' object");
  }
  Value out;
  int r = iter_next(vm, args[0], out);
  if (r < 0) return Value::exception();
  if (r == 0) return vm.raise_value(Value::object(vm.types.StopIteration));
  return out;
}

Value iter_dunder_iter(VM&, Value* args, int, Tuple*) { return args[0]; }

Value iter_length_hint(VM& vm, Value* args, int nargs, Tuple* kw) {
  (void)kw;
  if (nargs != 1) return vm.raise(vm.types.TypeError, "__length_hint__() takes no arguments");
  auto* it = static_cast<UnpackIter*>(args[0].as_obj());
  if (it->fmt.size == 0) return Value::small_int(0);
  return vm.make_int(static_cast<int64_t>((it->data.size() - it->pos) / it->fmt.size));
}

// ---------------------------------------------------------------- functions and methods
// Each works as a module function (args[0] the format) and as a Struct
// method (args[0] the Struct).

template <bool kMethod>
Value fn_pack(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "pack", kwnames)) return Value::exception();
  if (kMethod && !check_self(vm, args, nargs, "pack")) return Value::exception();
  if (!kMethod && nargs < 1) return vm.raise(vm.types.TypeError, "pack expected at least 1 argument, got 0");
  RootScope roots(vm);
  const Format* fmt = format_of(vm, args[0], roots, kMethod);
  if (!fmt) return Value::exception();
  return do_pack(vm, *fmt, args + 1, nargs - 1);
}

template <bool kMethod>
Value fn_unpack(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "unpack", kwnames)) return Value::exception();
  if (kMethod && !check_self(vm, args, nargs, "unpack")) return Value::exception();
  if (!check_nargs(vm, "unpack", nargs - (kMethod ? 1 : 0), kMethod ? 1 : 2, kMethod ? 1 : 2)) {
    return Value::exception();
  }
  RootScope roots(vm);
  const Format* fmt = format_of(vm, args[0], roots, kMethod);
  if (!fmt) return Value::exception();
  return do_unpack(vm, *fmt, args[1]);
}

template <bool kMethod>
Value fn_unpack_from(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (kMethod && !check_self(vm, args, nargs, "unpack_from")) return Value::exception();
  if (!kMethod && nargs < 1) {
    return vm.raise(vm.types.TypeError, "unpack_from() missing required argument 'format' (pos 1)");
  }
  Value p[2];
  if (!parse_args(vm, "unpack_from", args + 1, nargs - 1, kwnames, {"buffer", "offset"}, 1, p)) {
    return Value::exception();
  }
  RootScope roots(vm);
  const Format* fmt = format_of(vm, args[0], roots, kMethod);
  if (!fmt) return Value::exception();
  return do_unpack_from(vm, *fmt, p[0], p[1]);
}

template <bool kMethod>
Value fn_pack_into(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "pack_into", kwnames)) return Value::exception();
  if (kMethod && !check_self(vm, args, nargs, "pack_into")) return Value::exception();
  if (!kMethod && nargs < 1) return vm.raise(vm.types.TypeError, "pack_into expected format argument");
  RootScope roots(vm);
  const Format* fmt = format_of(vm, args[0], roots, kMethod);
  if (!fmt) return Value::exception();
  return do_pack_into(vm, *fmt, args + 1, nargs - 1);
}

template <bool kMethod>
Value fn_iter_unpack(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "iter_unpack", kwnames)) return Value::exception();
  if (kMethod && !check_self(vm, args, nargs, "iter_unpack")) return Value::exception();
  if (!check_nargs(vm, "iter_unpack", nargs - (kMethod ? 1 : 0), kMethod ? 1 : 2, kMethod ? 1 : 2)) {
    return Value::exception();
  }
  RootScope roots(vm);
  const Format* fmt = format_of(vm, args[0], roots, kMethod);
  if (!fmt) return Value::exception();
  return do_iter_unpack(vm, *fmt, args[1]);
}

Value fn_calcsize(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "calcsize", kwnames) || !check_nargs(vm, "calcsize", nargs, 1, 1)) {
    return Value::exception();
  }
  RootScope roots(vm);
  const Format* fmt = format_of(vm, args[0], roots, false);
  if (!fmt) return Value::exception();
  return vm.make_int(fmt->size);
}

Value struct_getattr(VM& vm, Value self, Str* name) {
  auto* s = static_cast<StructObj*>(self.as_obj());
  if (name->view() == "format") return s->format;
  if (name->view() == "size") return vm.make_int(s->fmt.size);
  return generic_getattr(vm, self, name, true);
}

}  // namespace

Module* init_struct_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("struct")));
  auto st = std::make_unique<StructState>();
  StructState* s = st.get();
  vm.extensions["struct"] = std::move(st);

  Type* err = vm.new_type("error", vm.types.Exception, ObjKind::Exception, nullptr);
  err->module = Value::object(vm.intern("struct"));
  inherit_slots(err);
  s->error = Value::object(err);
  vm.set_global(m->dict, "error", s->error);

  Type* t = vm.new_type("Struct", vm.types.object, ObjKind::Foreign, struct_new);
  t->module = Value::object(vm.intern("_struct"));
  t->slots.getattr = struct_getattr;
  inherit_slots(t);
  add_method(vm, t, "pack", fn_pack<true>);
  add_method(vm, t, "unpack", fn_unpack<true>);
  add_method(vm, t, "unpack_from", fn_unpack_from<true>);
  add_method(vm, t, "pack_into", fn_pack_into<true>);
  add_method(vm, t, "iter_unpack", fn_iter_unpack<true>);
  s->struct_type = t;
  vm.set_global(m->dict, "Struct", Value::object(t));

  Type* it = vm.new_type("unpack_iterator", vm.types.object, ObjKind::Foreign, nullptr);
  it->flags &= ~Type::kBaseType;
  it->module = Value::object(vm.intern("_struct"));
  it->slots.iter = iter_self;
  it->slots.next = iter_next;
  inherit_slots(it);
  add_wrapper_method(vm, it, "__next__", iter_dunder_next);
  add_wrapper_method(vm, it, "__iter__", iter_dunder_iter);
  add_method(vm, it, "__length_hint__", iter_length_hint);
  s->iter_type = it;

  add_function(vm, m->dict, "pack", fn_pack<false>);
  add_function(vm, m->dict, "unpack", fn_unpack<false>);
  add_function(vm, m->dict, "unpack_from", fn_unpack_from<false>);
  add_function(vm, m->dict, "pack_into", fn_pack_into<false>);
  add_function(vm, m->dict, "iter_unpack", fn_iter_unpack<false>);
  add_function(vm, m->dict, "calcsize", fn_calcsize);
  return m;
}

}  // namespace coil::vm
