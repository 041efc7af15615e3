// float: unboxed doubles with Python's arithmetic, comparison and printing.
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "vm/numeric/float_string.hpp"
#include "vm/numeric/floating.hpp"
#include "vm/numeric/hash.hpp"
#include "vm/objects/number.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

Value float_repr(VM& vm, Value v) { return vm.str_value(num::float_repr(float_of(v))); }

// The operand as a double when it is a float or an int; false otherwise
// (with an exception pending only when an int is too large).
static bool as_double(VM& vm, Value v, double& out, bool& error) {
  error = false;
  if (is_float_value(v)) {
    out = float_of(v);
    return true;
  }
  if (is_int_value(v)) {
    if (!int_to_double(vm, v, out)) error = true;
    return !error;
  }
  return false;
}

static Value float_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  (void)inplace;
  double x, y;
  bool err;
  if (!as_double(vm, a, x, err)) return err ? Value::exception() : vm.not_implemented;
  if (!as_double(vm, b, y, err)) return err ? Value::exception() : vm.not_implemented;
  double r = 0;
  num::Status s;
  switch (op) {
    case BinaryOp::Add: r = x + y; break;
    case BinaryOp::Sub: r = x - y; break;
    case BinaryOp::Mul: r = x * y; break;
    case BinaryOp::TrueDiv: s = num::float_div(x, y, r); break;
    case BinaryOp::FloorDiv: s = num::float_floordiv(x, y, r); break;
    case BinaryOp::Mod: s = num::float_mod(x, y, r); break;
    case BinaryOp::Pow:
      // A negative base to a non-integral power is complex, as in CPython.
      if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) {
        return complex_power(vm, x, 0.0, y, 0.0);
      }
      s = num::float_pow(x, y, r);
      break;
    default: return vm.not_implemented;
  }
  if (!s.ok()) return raise_status(vm, s);
  return Value::from_double(r);
}

static Value float_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_float_value(a)) return vm.not_implemented;
  double x = float_of(a);
  int c;
  if (is_float_value(b)) {
    double y = float_of(b);
    switch (op) {
      case CompareOp::Lt: return Value::boolean(x < y);
      case CompareOp::Le: return Value::boolean(x <= y);
      case CompareOp::Eq: return Value::boolean(x == y);
      case CompareOp::Ne: return Value::boolean(x != y);
      case CompareOp::Gt: return Value::boolean(x > y);
      case CompareOp::Ge: return Value::boolean(x >= y);
    }
  }
  if (!is_int_value(b)) return vm.not_implemented;
  num::Ordering o = num::int_compare_float(int_view(b), x);
  if (o == num::Ordering::Unordered) return Value::boolean(op == CompareOp::Ne);
  c = -static_cast<int>(o);  // o compares b with x
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
  }
  return vm.not_implemented;
}

static bool float_hash(VM& vm, Value self, int64_t& out) { return number_hash(vm, self, out); }

static Value float_format(VM& vm, Value self, Str* spec) {
  // A subclass's format(x, '') is its str(), which may be overridden.
  if (spec->size == 0) return self.is_double() ? float_repr(vm, self) : vm.str(self);
  return format_float_spec(vm, float_of(self), spec);
}

// float(b'1.5'): the ASCII text of a bytes-like object, as CPython reads
// it (pickle's protocol 0 stores floats so). Non-ASCII bytes never parse; the
// error shows the object's repr, b'x' or bytearray(b'x').
static Value float_from_bytes(VM& vm, Value x, std::string_view text) {
  double d;
  bool ascii = std::all_of(text.begin(), text.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii && num::parse_float(text, d).ok()) return Value::from_double(d);
  Value r = vm.repr(x);
  if (r.is_exception()) return r;
  return vm.raise_fmt(vm.types.ValueError, "could not convert string to float: %s", as_str(r)->data);
}

// float(x): from a float, an int, a string, a bytes-like object, or
// __float__/__index__.
static Value float_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "float", kwnames) || !check_nargs(vm, "float", nargs, 0, 1))
    return Value::exception();
  if (nargs == 0) return Value::from_double(0.0);
  Value x = args[0];
  if (is_float_value(x) && !overrides_base_dunder(vm, x, vm.types.float_, vm.names.__float__)) {
    return Value::from_double(float_of(x));
  }
  if (is_int_value(x) && !overrides_base_dunder(vm, x, vm.types.int_, vm.names.__float__)) {
    double d;
    if (!int_to_double(vm, x, d)) return Value::exception();
    return Value::from_double(d);
  }
  if (is_str(x)) {
    double d;
    num::Status s = num::parse_float(as_str(x)->view(), d);
    if (!s.ok()) return raise_status(vm, s);
    return Value::from_double(d);
  }
  std::string_view bytes;
  if (bytes_like(x, bytes)) return float_from_bytes(vm, x, bytes);
  Type* t = vm.type_of(x);
  for (Str* name : {vm.names.__float__, vm.names.__index__}) {
    Value m = vm.lookup_type(t, name);
    if (m.is_null()) continue;
    RootScope roots(vm);
    Value bound = roots.add(bind_method(vm, m, x));
    Value r = vm.call(bound, nullptr, 0);
    if (r.is_exception()) return r;
    if (name == vm.names.__index__) {
      double d;
      if (!is_int_value(r)) {
        return vm.raise_fmt(vm.types.TypeError, "__index__ returned non-int (type %s)",
                            type_name(vm, r));
      }
      if (!int_to_double(vm, r, d)) return Value::exception();
      return Value::from_double(d);
    }
    if (!is_float_value(r)) {
      return vm.raise_fmt(vm.types.TypeError, "%s.__float__ returned non-float (type %s)",
                          t->name->data, type_name(vm, r));
    }
    return Value::from_double(float_of(r));
  }
  return vm.raise_fmt(vm.types.TypeError,
                      "float() argument must be a string or a real number, not '%s'",
                      t->name->data);
}

static Value float_is_integer(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!number_noargs(vm, vm.types.float_, "is_integer", args, nargs, kw)) return Value::exception();
  return Value::boolean(num::float_is_integer(float_of(args[0])));
}

static Value float_hex_method(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!number_noargs(vm, vm.types.float_, "hex", args, nargs, kw)) return Value::exception();
  return vm.str_value(num::float_hex(float_of(args[0])));
}

static Value float_as_integer_ratio(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!number_noargs(vm, vm.types.float_, "as_integer_ratio", args, nargs, kw)) return Value::exception();
  num::Int n, d;
  num::Status s = num::float_as_integer_ratio(float_of(args[0]), n, d);
  if (!s.ok()) return raise_status(vm, s);
  Value nv = int_value(vm, std::move(n));
  Value dv = int_value(vm, std::move(d));
  return Value::object(vm.tuple_of({nv, dv}));
}

// float.fromhex(s): "0x1.8p1", "-1p-2", "inf", "nan", with surrounding
// whitespace (the C library's hexadecimal strtod does the rounding).
static Value float_fromhex(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "fromhex", kw) || !check_nargs(vm, "fromhex", nargs, 1, 1)) return Value::exception();
  if (!is_str(args[0])) {
    return vm.raise_fmt(vm.types.TypeError, "must be str, not %s", type_name(vm, args[0]));
  }
  std::string_view s = as_str(args[0])->view();
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  std::string text(s);
  size_t i = (!text.empty() && (text[0] == '+' || text[0] == '-')) ? 1 : 0;
  std::string lower;
  for (char c : text.substr(i)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool special = lower == "inf" || lower == "infinity" || lower == "nan";
  bool valid = special || (!lower.empty() && lower.find_first_not_of("0123456789abcdefx.p+-") == std::string::npos);
  if (!special && valid) {
    if (lower.rfind("0x", 0) != 0) text.insert(i, "0x");
    size_t body = i + 2;
    size_t p = text.find_first_of("pP", body);
    std::string mant = text.substr(body, p == std::string::npos ? std::string::npos : p - body);
    valid = !mant.empty() && mant != "." && mant.find_first_not_of("0123456789abcdefABCDEF.") == std::string::npos &&
            std::count(mant.begin(), mant.end(), '.') <= 1;
    if (valid && p != std::string::npos) {
      std::string e = text.substr(p + 1);
      size_t k = (!e.empty() && (e[0] == '+' || e[0] == '-')) ? 1 : 0;
      valid = e.size() > k && e.find_first_not_of("0123456789", k) == std::string::npos;
    }
  }
  if (!valid) return vm.raise(vm.types.ValueError, "invalid hexadecimal floating-point string");
  errno = 0;
  char* end = nullptr;
  double d = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return vm.raise(vm.types.ValueError, "invalid hexadecimal floating-point string");
  if (!special && std::isinf(d)) {
    return vm.raise(vm.types.OverflowError, "hexadecimal value too large to represent as a float");
  }
  return Value::from_double(d);
}

static Value float_conjugate(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!number_noargs(vm, vm.types.float_, "conjugate", args, nargs, kw)) return Value::exception();
  return Value::from_double(float_of(args[0]));  // a subclass's is a plain float
}

static Value float_getattr(VM& vm, Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "real") return Value::from_double(float_of(self));
  if (n == "imag") return Value::from_double(0.0);
  return generic_getattr(vm, self, name, true);
}

static Value float_negative(VM&, Value v) { return Value::from_double(-float_of(v)); }
static Value float_positive(VM&, Value v) { return Value::from_double(float_of(v)); }
static int float_truthy(VM&, Value v) { return float_of(v) != 0.0 ? 1 : 0; }
static Value float_dunder_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  return number_dunder_new(vm, vm.types.float_, args, nargs, kw);
}

void init_float_type(VM& vm) {
  Type* t = vm.types.float_;
  t->constructor = float_new;
  t->slots.repr = float_repr;
  t->slots.hash = float_hash;
  t->slots.compare = float_compare;
  t->slots.binary = float_binary;
  t->slots.number_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Sub) | op_bit(BinaryOp::Mul) | op_bit(BinaryOp::TrueDiv) | op_bit(BinaryOp::FloorDiv) | op_bit(BinaryOp::Mod) | op_bit(BinaryOp::Pow);
  t->slots.negative = float_negative;
  t->slots.positive = float_positive;
  t->slots.truthy = float_truthy;
  t->slots.format = float_format;
  t->slots.getattr = float_getattr;
  add_number_dunders(vm, t);
  add_static_method(vm, t, "__new__", float_dunder_new);
  add_method(vm, t, "is_integer", float_is_integer);
  add_method(vm, t, "hex", float_hex_method);
  add_static_method(vm, t, "fromhex", float_fromhex);
  add_method(vm, t, "as_integer_ratio", float_as_integer_ratio);
  add_method(vm, t, "conjugate", float_conjugate);
}

}  // namespace coil::vm
