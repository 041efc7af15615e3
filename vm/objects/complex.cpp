// complex: a boxed pair of doubles with CPython 3.11's arithmetic (its
// division and power algorithms, so results agree to the last bit), hash,
// printing and format(), and complex() parsing.
#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>

#include "text/utf8.hpp"
#include "vm/numeric/float_string.hpp"
#include "vm/numeric/format.hpp"
#include "vm/numeric/hash.hpp"
#include "vm/objects/number.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

struct Cx {
  double re, im;
};

Cx parts(Value v) {
  auto* c = static_cast<const Complex*>(v.as_obj());
  return {c->real, c->imag};
}

// An int, float or complex operand as a Cx; false when v is none of them
// (error set only when an int is too large for a double).
bool operand(VM& vm, Value v, Cx& out, bool& error) {
  error = false;
  if (is_complex(v)) {
    out = parts(v);
    return true;
  }
  if (is_float_value(v)) {
    out = {float_of(v), 0.0};
    return true;
  }
  if (is_int_value(v)) {
    double d;
    if (!int_to_double(vm, v, d)) {
      error = true;
      return false;
    }
    out = {d, 0.0};
    return true;
  }
  return false;
}

Cx prod(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// CPython's _Py_c_quot (Smith's method, scaled by the larger part of b);
// errno = EDOM for a zero divisor.
Cx quot(Cx a, Cx b, int& err) {
  double abs_breal = std::fabs(b.re), abs_bimag = std::fabs(b.im);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      err = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // at least one of b's parts is a NaN
}

// CPython's _Py_c_pow: polar form; EDOM for 0 to a negative or complex power.
Cx general_pow(Cx a, Cx b, int& err) {
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) err = EDOM;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

// x**n for a small integral n by repeated squaring (CPython's c_powi).
Cx int_pow(Cx x, long n, int& err) {
  auto powu = [](Cx base, unsigned long k) {
    Cx r{1.0, 0.0};
    unsigned long mask = 1;
    while (mask > 0 && k >= mask) {
      if (k & mask) r = prod(r, base);
      mask <<= 1;
      base = prod(base, base);
    }
    return r;
  };
  if (n > 0) return powu(x, static_cast<unsigned long>(n));
  return quot({1.0, 0.0}, powu(x, static_cast<unsigned long>(-n)), err);
}

}  // namespace

bool is_complex(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Complex; }

Value new_complex(VM& vm, double re, double im) {
  auto* c = vm.alloc<Complex>(ObjKind::Complex, vm.types.complex);
  c->real = re;
  c->imag = im;
  return Value::object(c);
}

Value complex_power(VM& vm, double ar, double ai, double br, double bi) {
  int err = 0;
  Cx a{ar, ai}, b{br, bi}, r;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    r = int_pow(a, static_cast<long>(b.re), err);
  } else {
    r = general_pow(a, b, err);
  }
  if (err == EDOM) return vm.raise(vm.types.ZeroDivisionError, "0.0 to a negative or complex power");
  if ((std::isinf(r.re) || std::isinf(r.im)) && std::isfinite(a.re) && std::isfinite(a.im) &&
      std::isfinite(b.re) && std::isfinite(b.im)) {
    return vm.raise(vm.types.OverflowError, "complex exponentiation");
  }
  return new_complex(vm, r.re, r.im);
}

namespace {

Value complex_binary(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  (void)inplace;
  Cx x, y;
  bool err;
  if (!operand(vm, a, x, err)) return err ? Value::exception() : vm.not_implemented;
  if (!operand(vm, b, y, err)) return err ? Value::exception() : vm.not_implemented;
  switch (op) {
    case BinaryOp::Add: return new_complex(vm, x.re + y.re, x.im + y.im);
    case BinaryOp::Sub: return new_complex(vm, x.re - y.re, x.im - y.im);
    case BinaryOp::Mul: {
      Cx r = prod(x, y);
      return new_complex(vm, r.re, r.im);
    }
    case BinaryOp::TrueDiv: {
      int e = 0;
      Cx r = quot(x, y, e);
      if (e) return vm.raise(vm.types.ZeroDivisionError, "complex division by zero");
      return new_complex(vm, r.re, r.im);
    }
    case BinaryOp::Pow: return complex_power(vm, x.re, x.im, y.re, y.im);
    default: return vm.not_implemented;
  }
}

// == and != against ints (exactly), floats and complexes; no ordering.
Value complex_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return vm.not_implemented;
  Cx x = parts(a);
  bool equal;
  if (is_int_value(b)) {
    equal = x.im == 0.0 && num::int_compare_float(int_view(b), x.re) == num::Ordering::Equal;
  } else if (is_float_value(b)) {
    equal = x.im == 0.0 && x.re == float_of(b);
  } else if (is_complex(b)) {
    Cx y = parts(b);
    equal = x.re == y.re && x.im == y.im;
  } else {
    return vm.not_implemented;
  }
  return Value::boolean(op == CompareOp::Eq ? equal : !equal);
}

// hash(real) + 1000003 * hash(imag), so complex(x, 0) hashes as x.
bool complex_hash(VM&, Value self, int64_t& out) {
  Cx c = parts(self);
  auto id = reinterpret_cast<std::uintptr_t>(self.as_obj());
  uint64_t h = static_cast<uint64_t>(num::hash_double(c.re, id)) +
               1000003u * static_cast<uint64_t>(num::hash_double(c.im, id));
  out = static_cast<int64_t>(h);
  if (out == -1) out = -2;
  return true;
}

std::string part_repr(double d, unsigned flags) { return num::double_to_string(d, 'r', 0, flags); }

Value complex_repr(VM& vm, Value self) {
  Cx c = parts(self);
  if (c.re == 0.0 && !std::signbit(c.re)) return vm.str_value(part_repr(c.im, 0) + "j");
  return vm.str_value("(" + part_repr(c.re, 0) + part_repr(c.im, num::kFloatAlwaysSign) + "j)");
}

// format(z, spec): CPython's format_complex_internal. Both parts take the
// precision and type; no type means str()'s layout; fill, align and width
// apply to the whole.
Value complex_format(VM& vm, Value self, Str* spec) {
  // A subclass's format(x, '') is its str(), which may be overridden.
  if (spec->size == 0) return vm.type_of(self) == vm.types.complex ? complex_repr(vm, self) : vm.str(self);
  num::FormatSpec f;
  num::Status s = num::parse_format_spec(spec->view(), 0, '>', "complex", f);
  if (!s.ok()) return raise_status(vm, s);
  if (f.align == '=') {
    return vm.raise(vm.types.ValueError, "Alignment flag '=' is not allowed in complex format specifier");
  }
  std::string_view text = spec->view();
  bool zero_pad = false;
  {
    // '0' before the width (and no explicit fill/align) asks for zero padding.
    size_t i = 0;
    if (text.size() >= 2 && std::string_view("<>=^").find(text[1]) != std::string_view::npos) i = 2;
    else if (!text.empty() && std::string_view("<>=^").find(text[0]) != std::string_view::npos) i = 1;
    if (i < text.size() && std::string_view("+- ").find(text[i]) != std::string_view::npos) ++i;
    if (i < text.size() && text[i] == 'z') ++i;
    if (i < text.size() && text[i] == '#') ++i;
    zero_pad = i < text.size() && text[i] == '0';
  }
  if (zero_pad) return vm.raise(vm.types.ValueError, "Zero padding is not allowed in complex format specifier");
  char32_t type = f.type;
  if (type != 0 && std::u32string_view(U"eEfFgGn").find(type) == std::u32string_view::npos) {
    std::string code;
    code += static_cast<char>(type);
    return vm.raise_fmt(vm.types.ValueError, "Unknown format code '%s' for object of type 'complex'",
                        code.c_str());
  }
  Cx c = parts(self);
  bool skip_re = false, add_parens = false;
  char code = static_cast<char>(type);
  int precision = static_cast<int>(f.precision);
  if (type == 0) {
    code = 'r';
    if (c.re == 0.0 && !std::signbit(c.re)) skip_re = true;
    else add_parens = true;
    if (precision >= 0) code = 'g';
  }
  if (code == 'n') code = 'g';
  if (precision < 0) precision = 6;
  unsigned flags = (f.alternate ? num::kFloatAlternate : 0u) | (f.no_neg_zero ? num::kFloatNoNegativeZero : 0u);
  std::string re, im;
  if (!skip_re) {
    re = num::double_to_string(c.re, code, precision, flags | (f.sign == '+' ? num::kFloatAlwaysSign : 0u));
    if (f.sign == ' ' && re[0] != '-') re = " " + re;
  }
  unsigned im_flags = flags;
  if (!skip_re || f.sign == '+') im_flags |= num::kFloatAlwaysSign;
  im = num::double_to_string(c.im, code, precision, im_flags);
  if (skip_re && f.sign == ' ' && im[0] != '-') im = " " + im;
  std::string body = (add_parens ? "(" : "") + re + im + "j" + (add_parens ? ")" : "");
  // Pad to the width with the fill character (counted in code points).
  auto len = static_cast<int64_t>(utf8_count(body.data(), body.size()));
  if (f.width > len) {
    std::string fill;
    text::utf8_append(fill, static_cast<uint32_t>(f.fill));
    int64_t pad = f.width - len;
    int64_t left = f.align == '<' ? 0 : f.align == '^' ? pad / 2 : pad;
    std::string out;
    for (int64_t k = 0; k < left; ++k) out += fill;
    out += body;
    for (int64_t k = 0; k < pad - left; ++k) out += fill;
    body = std::move(out);
  }
  return vm.str_value(body);
}

Value complex_getattr(VM& vm, Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "real") return Value::from_double(parts(self).re);
  if (n == "imag") return Value::from_double(parts(self).im);
  return generic_getattr(vm, self, name, true);
}

// ---------------------------------------------------------------- complex()

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// One float at the start of s (digits, '.', exponent, inf/nan, '_' between
// digits); its length, 0 when there is none.
size_t float_prefix(std::string_view s, double& out) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  size_t start_digits = i;
  auto alpha_word = [&](std::string_view w) {
    if (s.size() - i < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      if (std::tolower(static_cast<unsigned char>(s[i + k])) != w[k]) return false;
    }
    return true;
  };
  if (alpha_word("infinity")) {
    i += 8;
  } else if (alpha_word("inf") || alpha_word("nan")) {
    i += 3;
  } else {
    bool digits = false;
    while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || (s[i] == '_' && digits))) {
      digits = true;
      ++i;
    }
    if (i < s.size() && s[i] == '.') {
      ++i;
      while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '_')) {
        digits = true;
        ++i;
      }
    }
    if (!digits) return 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      size_t j = i + 1;
      if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
      if (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) {
        while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
        i = j;
      }
    }
  }
  if (i == start_digits) return 0;
  if (!num::parse_float(s.substr(0, i), out).ok()) return 0;
  return i;
}

// complex("1+2j"), "(3j)", "-j", "inf-nanj": CPython's complex_from_string_inner.
bool parse_complex(std::string_view s, Cx& out) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    s = s.substr(1, s.size() - 2);
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  }
  if (s.empty()) return false;
  auto is_j = [](char c) { return c == 'j' || c == 'J'; };
  double x;
  size_t n = float_prefix(s, x);
  if (n == 0) {
    // "j", "+j", "-j": a unit imaginary.
    std::string_view rest = s;
    double sign = 1.0;
    if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
      sign = rest[0] == '-' ? -1.0 : 1.0;
      rest.remove_prefix(1);
    }
    if (rest.size() == 1 && is_j(rest[0])) {
      out = {0.0, sign};
      return true;
    }
    return false;
  }
  std::string_view rest = s.substr(n);
  if (rest.empty()) {
    out = {x, 0.0};
    return true;
  }
  if (rest.size() == 1 && is_j(rest[0])) {
    out = {0.0, x};
    return true;
  }
  if (rest[0] != '+' && rest[0] != '-') return false;
  double y;
  size_t m = float_prefix(rest, y);
  if (m == 0) {
    if (rest.size() == 2 && is_j(rest[1])) {
      out = {x, rest[0] == '-' ? -1.0 : 1.0};
      return true;
    }
    return false;
  }
  if (rest.size() != m + 1 || !is_j(rest[m])) return false;
  out = {x, y};
  return true;
}

// The value of one complex() argument: a complex (also through
// __complex__), or a real number (float, int, __float__, __index__).
// 1 when it is complex, 0 when real, -1 on error (TypeError names `which`).
int complex_arg(VM& vm, Value v, Cx& out, const char* which) {
  if (is_complex(v)) {
    out = parts(v);
    return 1;
  }
  Type* t = vm.type_of(v);
  Value m = vm.lookup_type(t, vm.intern("__complex__"));
  if (!m.is_null()) {
    Value r = vm.call(m, &v, 1);
    if (r.is_exception()) return -1;
    if (!is_complex(r)) {
      vm.raise_fmt(vm.types.TypeError, "__complex__ returned non-complex (type %s)", type_name(vm, r));
      return -1;
    }
    out = parts(r);
    return 1;
  }
  bool err;
  if (operand(vm, v, out, err)) return 0;
  if (err) return -1;
  for (Str* name : {vm.names.__float__, vm.names.__index__}) {
    Value f = vm.lookup_type(t, name);
    if (f.is_null()) continue;
    Value r = vm.call(f, &v, 1);
    if (r.is_exception()) return -1;
    if (operand(vm, r, out, err) && !is_complex(r)) return 0;
    if (!err) {
      vm.raise_fmt(vm.types.TypeError, "%s returned non-%s (type %s)",
                   name == vm.names.__float__ ? "__float__" : "__index__",
                   name == vm.names.__float__ ? "float" : "int", type_name(vm, r));
    }
    return -1;
  }
  vm.raise_fmt(vm.types.TypeError, "complex() %s must be a %snumber, not '%s'", which,
               std::string_view(which) == "first argument" ? "string or a " : "", t->name->data);
  return -1;
}

}  // namespace

bool complex_value(VM& vm, Value v, double& real, double& imag) {
  Cx c;
  if (is_str(v) || is_bytes(v)) {
    vm.raise_fmt(vm.types.TypeError, "must be real number, not %s", type_name(vm, v));
    return false;
  }
  if (complex_arg(vm, v, c, "first argument") < 0) {
    if (vm.isinstance(vm.pending, vm.types.TypeError) && vm.lookup_type(vm.type_of(v), vm.intern("__complex__")).is_null() &&
        vm.lookup_type(vm.type_of(v), vm.names.__float__).is_null() &&
        vm.lookup_type(vm.type_of(v), vm.names.__index__).is_null()) {
      vm.pending = Value::null();
      vm.raise_fmt(vm.types.TypeError, "must be real number, not %s", type_name(vm, v));
    }
    return false;
  }
  real = c.re;
  imag = c.im;
  return true;
}

namespace {

Value complex_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_args(vm, "complex", args, nargs, kwnames, {"real", "imag"}, 0, a)) return Value::exception();
  if (a[0].is_null()) a[0] = Value::small_int(0);
  if (is_str(a[0])) {
    if (!a[1].is_null()) {
      return vm.raise(vm.types.TypeError, "complex() can't take second arg if first is a string");
    }
    Cx c;
    if (!parse_complex(as_str(a[0])->view(), c)) {
      return vm.raise(vm.types.ValueError, "complex() arg is a malformed string");
    }
    return new_complex(vm, c.re, c.im);
  }
  if (!a[1].is_null() && is_str(a[1])) {
    return vm.raise(vm.types.TypeError, "complex() second arg can't be a string");
  }
  Cx r, i{0.0, 0.0};
  int r_complex = complex_arg(vm, a[0], r, "first argument");
  if (r_complex < 0) return Value::exception();
  if (a[1].is_null()) return new_complex(vm, r.re, r.im);
  int i_complex = complex_arg(vm, a[1], i, "second argument");
  if (i_complex < 0) return Value::exception();
  // real + imag * 1j, part by part (so complex(1, 2j) is -1+0j); a real
  // argument's zero imaginary part is not added, which keeps signed zeros.
  double re = i_complex ? r.re - i.im : r.re;
  double im = r_complex ? r.im + i.re : i.re;
  return new_complex(vm, re, im);
}

// ---------------------------------------------------------------- methods

// The receiver of complex's methods, with CPython's messages for a method
// (conjugate) or a slot wrapper (__abs__) called unbound.
bool self_check(VM& vm, Value* args, int nargs, const char* name) {
  if (nargs >= 1 && is_complex(args[0])) return true;
  bool wrapper = std::strcmp(name, "__abs__") == 0;
  if (nargs < 1) {
    vm.raise_fmt(vm.types.TypeError,
                 wrapper ? "descriptor '%s' of 'complex' object needs an argument"
                         : "unbound method complex.%s() needs an argument", name);
  } else {
    vm.raise_fmt(vm.types.TypeError,
                 wrapper ? "descriptor '%s' requires a 'complex' object but received a '%s'"
                         : "descriptor '%s' for 'complex' objects doesn't apply to a '%s' object",
                 name, type_name(vm, args[0]));
  }
  return false;
}

Value complex_abs_value(VM& vm, Value self) {
  Cx c = parts(self);
  double r = std::hypot(c.re, c.im);
  if (std::isinf(r) && std::isfinite(c.re) && std::isfinite(c.im)) {
    return vm.raise(vm.types.OverflowError, "absolute value too large");
  }
  return Value::from_double(r);
}

// __abs__ (a slot wrapper) and the methods without arguments, checked as CPython's.
Value unary_method(VM& vm, Value* args, int nargs, Tuple* kw, const char* name) {
  if (!self_check(vm, args, nargs, name)) return Value::exception();
  bool ok = std::strcmp(name, "__abs__") == 0
                ? wrapper_args(vm, name, nargs - 1, kw, 0)
                : positional_args(vm, std::string("complex.") + name, nargs - 1, kw, 0, 0);
  if (!ok) return Value::exception();
  Cx c = parts(args[0]);
  std::string_view n = name;
  if (n == "__abs__") return complex_abs_value(vm, args[0]);
  if (n == "__complex__") return new_complex(vm, c.re, c.im);
  if (n == "conjugate") return new_complex(vm, c.re, -c.im);
  return Value::object(vm.tuple_of({Value::from_double(c.re), Value::from_double(c.im)}));  // __getnewargs__
}

#define COIL_UNARY(fn, name) \
  Value fn(VM& vm, Value* a, int n, Tuple* k) { return unary_method(vm, a, n, k, name); }
COIL_UNARY(complex_abs_method, "__abs__")
COIL_UNARY(complex_complex_method, "__complex__")
COIL_UNARY(complex_conjugate, "conjugate")
COIL_UNARY(complex_getnewargs, "__getnewargs__")
#undef COIL_UNARY

Value complex_format_method(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__format__", kw) || !check_nargs(vm, "__format__", nargs, 2, 2) ||
      !self_check(vm, args, nargs, "__format__")) {
    return Value::exception();
  }
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "__format__() argument must be str, not %s",
                        type_name(vm, args[1]));
  }
  return complex_format(vm, args[0], as_str(args[1]));
}

}  // namespace

// complex.__new__(cls, ...): a subclass's instance is a Complex of its type.
static Value complex_dunder_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  return number_dunder_new(vm, vm.types.complex, args, nargs, kw);
}

static Value complex_negative(VM& vm, Value v) { return new_complex(vm, -parts(v).re, -parts(v).im); }
static Value complex_positive(VM& vm, Value v) { return new_complex(vm, parts(v).re, parts(v).im); }
static int complex_truthy(VM&, Value v) { return parts(v).re != 0.0 || parts(v).im != 0.0 ? 1 : 0; }

void init_complex_type(VM& vm) {
  Type* t = vm.types.complex;
  t->constructor = complex_new;
  t->slots.repr = complex_repr;
  t->slots.hash = complex_hash;
  t->slots.compare = complex_compare;
  t->slots.binary = complex_binary;
  t->slots.number_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Sub) | op_bit(BinaryOp::Mul) | op_bit(BinaryOp::TrueDiv) | op_bit(BinaryOp::Pow);
  t->slots.negative = complex_negative;
  t->slots.positive = complex_positive;
  t->slots.truthy = complex_truthy;
  t->slots.format = complex_format;
  t->slots.getattr = complex_getattr;
  static constexpr struct {
    const char* name;
    NativeFn fn;
  } kMethods[] = {
      {"__complex__", complex_complex_method},
      {"__format__", complex_format_method},
      {"__getnewargs__", complex_getnewargs},
      {"conjugate", complex_conjugate},
  };
  for (const auto& m : kMethods) add_method(vm, t, m.name, m.fn);
  add_wrapper_method(vm, t, "__abs__", complex_abs_method);
  add_static_method(vm, t, "__new__", complex_dunder_new);
}

}  // namespace coil::vm
