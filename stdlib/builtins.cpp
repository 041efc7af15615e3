// The built-in functions of the `builtins` module: print, len, min, max,
// sorted, round, isinstance, getattr, ... (the built-in types and exception
// classes are bound by VM::init_builtins itself).
//
// Behaviour and error messages follow CPython 3.11 (Python/bltinmodule.c).
#include <cmath>
#include <cstdio>
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

// ---------------------------------------------------------------- helpers

// A slot in vm.temp_roots holding a value that changes while a loop calls
// back into the VM (the running best of max(), the total of sum()). Must
// live inside a RootScope, which releases it.
class RootSlot {
 public:
  explicit RootSlot(VM& vm) : vm_(vm), index_(vm.temp_roots.size()) {
    vm.temp_roots.push_back(Value::none());
  }
  void set(Value v) { vm_.temp_roots[index_] = v; }

 private:
  VM& vm_;
  size_t index_;
};

bool is_bigint(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::BigInt; }
// int, bool or a BigInt (including instances of int subclasses).
bool is_int_like(Value v) { return v.is_int() || v.is_bool() || is_bigint(v); }
bool is_number(Value v) { return is_int_like(v) || is_float_value(v); }

Str* kwname(Tuple* kwnames, int i) { return static_cast<Str*>(kwnames->items[i].as_obj()); }
int kwcount(Tuple* kwnames) { return kwnames ? static_cast<int>(kwnames->size) : 0; }

// Looks up a special method on the type of `v` (not the instance), as
// CPython's _PyObject_LookupSpecial; null() when absent.
Value lookup_special(VM& vm, Value v, const char* name) {
  return vm.lookup_type(vm.type_of(v), vm.intern(name));
}

// Calls a special method found with lookup_special on `self`.
Value call_special(VM& vm, Value method, Value self) { return vm.call(method, &self, 1); }
Value call_special(VM& vm, Value method, Value self, Value arg) {
  Value args[2] = {self, arg};
  return vm.call(method, args, 2);
}

Value mpz_value(VM& vm, mpz_srcptr z) { return vm.make_bigint(z); }

// An attribute name argument: must be a str; interned so that identity
// comparisons of names inside the VM work.
Str* attr_name(VM& vm, Value name) {
  if (!is_str(name)) {
    vm.raise_fmt(vm.types.TypeError, "attribute name must be string, not '%s'",
                 type_name(vm, name));
    return nullptr;
  }
  return vm.intern(as_str(name)->view());
}

}  // namespace

// ---------------------------------------------------------------- shared conversions

void int_to_mpz(Value v, mpz_t out) {
  if (v.is_int()) {
    mpz_set_si(out, v.as_int());
  } else if (v.is_bool()) {
    mpz_set_si(out, v.as_bool() ? 1 : 0);
  } else {
    static_cast<BigInt*>(v.as_obj())->get(out);
  }
}

Value index_to_int(VM& vm, Value v) {
  if (v.is_int()) return v;
  if (v.is_bool()) return Value::small_int(v.as_bool() ? 1 : 0);
  if (is_bigint(v)) return exact_builtin_value(vm, v);
  Value m = lookup_special(vm, v, "__index__");
  if (!m.is_null()) {
    Value r = call_special(vm, m, v);
    if (r.is_exception()) return r;
    if (!is_int_like(r)) {
      return vm.raise_fmt(vm.types.TypeError, "__index__ returned non-int (type %s)",
                          type_name(vm, r));
    }
    return r.is_bool() ? Value::small_int(r.as_bool() ? 1 : 0) : r;
  }
  return vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                      type_name(vm, v));
}

bool real_to_double(VM& vm, Value v, double& out) {
  if (is_float_value(v)) {
    out = float_of(v);
    return true;
  }
  if (v.is_int()) {
    out = static_cast<double>(v.as_int());
    return true;
  }
  if (v.is_bool()) {
    out = v.as_bool() ? 1.0 : 0.0;
    return true;
  }
  if (is_bigint(v)) return int_to_double(vm, v, out);
  Value m = lookup_special(vm, v, "__float__");
  if (!m.is_null()) {
    Value r = call_special(vm, m, v);
    if (r.is_exception()) return false;
    if (!is_float_value(r)) {
      vm.raise_fmt(vm.types.TypeError, "%s.__float__ returned non-float (type %s)",
                   type_name(vm, v), type_name(vm, r));
      return false;
    }
    out = float_of(r);
    return true;
  }
  if (!lookup_special(vm, v, "__index__").is_null()) {
    Value i = index_to_int(vm, v);
    if (i.is_exception()) return false;
    return real_to_double(vm, i, out);
  }
  vm.raise_fmt(vm.types.TypeError, "must be real number, not %s", type_name(vm, v));
  return false;
}

namespace {

// ---------------------------------------------------------------- print, input

// Writes `text` to a stream: the VM's own stdout/stderr go straight to the
// host's writers; anything else gets its write() method called.
bool write_to(VM& vm, Value file, int fd, std::string_view text) {
  if (fd == 1) {
    vm.write_out(text);
    return true;
  }
  if (fd == 2) {
    vm.write_err(text);
    return true;
  }
  Value s = vm.str_value(text);
  return !vm.call_method(file, vm.names.write, &s, 1).is_exception();
}

Value builtin_print(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value sep = Value::null(), end = Value::null(), file = Value::null(), flush = Value::null();
  for (int k = 0; k < kwcount(kwnames); ++k) {
    Str* name = kwname(kwnames, k);
    Value v = args[nargs + k];
    if (name->view() == "sep") {
      sep = v;
    } else if (name->view() == "end") {
      end = v;
    } else if (name->view() == "file") {
      file = v;
    } else if (name->view() == "flush") {
      flush = v;
    } else {
      return vm.raise_fmt(vm.types.TypeError, "'%s' is an invalid keyword argument for print()",
                          name->data);
    }
  }
  if (!sep.is_null() && !sep.is_none() && !is_str(sep)) {
    return vm.raise_fmt(vm.types.TypeError, "sep must be None or a string, not %s",
                        type_name(vm, sep));
  }
  if (!end.is_null() && !end.is_none() && !is_str(end)) {
    return vm.raise_fmt(vm.types.TypeError, "end must be None or a string, not %s",
                        type_name(vm, end));
  }
  std::string_view sep_text = is_str(sep) ? as_str(sep)->view() : " ";
  std::string_view end_text = is_str(end) ? as_str(end)->view() : "\n";

  int fd;
  if (file.is_null() || file.is_none()) {
    file = sys_attribute(vm, "stdout");
    // Before sys is imported, the host's stdout is sys.stdout.
    fd = file.is_null() ? 1 : std_stream_fd(file);
    if (file.is_none()) return Value::none();  // sys.stdout = None: print is a no-op
  } else {
    fd = std_stream_fd(file);
  }
  RootScope roots(vm);
  roots.add(file);

  if (fd == 1 || fd == 2) {
    // The VM's own stream: build the line and write it once.
    std::string line;
    for (int i = 0; i < nargs; ++i) {
      if (i > 0) line += sep_text;
      Value s = vm.str(args[i]);
      if (s.is_exception()) return s;
      line += as_str(s)->view();
    }
    line += end_text;
    write_to(vm, file, fd, line);
  } else {
    // A user object: one write() per piece, as CPython does.
    for (int i = 0; i < nargs; ++i) {
      if (i > 0 && !write_to(vm, file, fd, sep_text)) return Value::exception();
      Value s = vm.str(args[i]);
      if (s.is_exception()) return s;
      if (!write_to(vm, file, fd, as_str(s)->view())) return Value::exception();
    }
    if (!write_to(vm, file, fd, end_text)) return Value::exception();
  }
  if (!flush.is_null()) {
    int t = vm.truthy(flush);
    if (t < 0) return Value::exception();
    if (t && fd == 1) vm.flush_out();
    if (t && fd != 1 && fd != 2) {
      if (vm.call_method(file, vm.names.flush, nullptr, 0).is_exception()) {
        return Value::exception();
      }
    }
  }
  return Value::none();
}

Value builtin_input(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "input", nargs, kwnames, 0, 1)) {
    return Value::exception();
  }
  RootScope roots(vm);
  Value out = roots.add(sys_attribute(vm, "stdout"));
  Value in = roots.add(sys_attribute(vm, "stdin"));
  if (nargs == 1 && !args[0].is_none()) {
    Value prompt = vm.str(args[0]);
    if (prompt.is_exception()) return prompt;
    int fd = out.is_null() ? 1 : std_stream_fd(out);
    if (!out.is_none() && !write_to(vm, out, fd, as_str(prompt)->view())) {
      return Value::exception();
    }
    if (fd < 0 && !out.is_none() && vm.call_method(out, vm.names.flush, nullptr, 0).is_exception()) {
      return Value::exception();
    }
    if (fd == 1) vm.flush_out();
  }
  if (!in.is_null() && std_stream_fd(in) < 0) {
    // sys.stdin was replaced: read through its readline().
    Value line = vm.call_method(in, vm.intern("readline"), nullptr, 0);
    if (line.is_exception()) return line;
    if (!is_str(line)) {
      return vm.raise_fmt(vm.types.TypeError, "object.readline() returned non-string");
    }
    std::string_view text = as_str(line)->view();
    if (text.empty()) return vm.raise(vm.types.EOFError, "EOF when reading a line");
    if (text.back() == '\n') text.remove_suffix(1);
    return vm.str_value(text);
  }
  std::string line;
  bool newline;
  if (!stdin_read_line(vm, line, newline)) {
    return vm.raise(vm.types.EOFError, "EOF when reading a line");
  }
  return vm.str_value(line);
}

// ---------------------------------------------------------------- simple protocols

Value builtin_len(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "len", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  return vm.len(args[0]);
}

Value builtin_repr(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "repr", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  return vm.repr(args[0]);
}

Value builtin_ascii(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "ascii", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  return vm.ascii(args[0]);
}

Value builtin_hash(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "hash", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  int64_t h;
  if (!vm.hash(args[0], h)) return Value::exception();
  return vm.make_int(h);
}

Value builtin_id(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "id", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  Value v = args[0];
  // Objects: their address. Unboxed values (ints, floats, None, bools) are
  // identified by their bits, which is stable for equal values as CPython's
  // cached small ints and singletons are.
  uint64_t id = v.is_obj() ? reinterpret_cast<uint64_t>(v.as_obj()) : v.raw();
  if (id <= static_cast<uint64_t>(INT64_MAX)) return vm.make_int(static_cast<int64_t>(id));
  Mpz z;
  mpz_set_ui(z, id);
  return mpz_value(vm, z);
}

Value builtin_callable(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "callable", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  return Value::boolean(vm.is_callable(args[0]));
}

Value builtin_format(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  static const ArgSpec spec{"format", "value, format_spec=?", ArgStyle::Positional};
  Value a[2];
  if (!spec.parse(vm, args, nargs, kwnames, a)) return Value::exception();
  if (a[1].is_null()) a[1] = Value::object(vm.intern(""));
  if (!is_str(a[1])) return raise_bad_argument(vm, "format", "2", "str", a[1]);
  return vm.format(a[0], a[1]);
}

// ---------------------------------------------------------------- numbers

Value builtin_abs(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "abs", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  Value v = args[0];
  if (v.is_int()) return vm.make_int(v.as_int() < 0 ? -v.as_int() : v.as_int());
  if (v.is_bool()) return Value::small_int(v.as_bool() ? 1 : 0);
  if (is_float_value(v)) return Value::from_double(std::fabs(float_of(v)));
  if (is_bigint(v)) {
    Mpz z;
    static_cast<BigInt*>(v.as_obj())->get(z);
    mpz_abs(z, z);
    return mpz_value(vm, z);
  }
  Value m = vm.lookup_type(vm.type_of(v), vm.names.__abs__);
  if (!m.is_null()) return call_special(vm, m, v);
  return vm.raise_fmt(vm.types.TypeError, "bad operand type for abs(): '%s'", type_name(vm, v));
}

// divmod for two ints or floats, through the // and % operators (which
// agree with CPython's divmod); the zero check gives divmod's own messages.
Value builtin_divmod(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "divmod", nargs, kwnames, 2, 2)) {
    return Value::exception();
  }
  Value a = args[0], b = args[1];
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int();
    if (y == 0) return vm.raise(vm.types.ZeroDivisionError, "integer division or modulo by zero");
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      r += y;
      q -= 1;
    }
    return Value::object(vm.tuple_of({vm.make_int(q), vm.make_int(r)}));
  }
  if (is_number(a) && is_number(b)) {
    bool zero = is_float_value(b) ? float_of(b) == 0.0
                : b.is_int()  ? b.as_int() == 0
                : b.is_bool() ? !b.as_bool()
                              : false;
    if (zero) {
      if (is_float_value(a) || is_float_value(b)) return vm.raise(vm.types.ZeroDivisionError, "float divmod()");
      return vm.raise(vm.types.ZeroDivisionError, "integer division or modulo by zero");
    }
    RootScope roots(vm);
    Value q = roots.add(vm.binary_op(a, b, BinaryOp::FloorDiv));
    if (q.is_exception()) return q;
    Value r = vm.binary_op(a, b, BinaryOp::Mod);
    if (r.is_exception()) return r;
    return Value::object(vm.tuple_of({q, r}));
  }
  // User types: __divmod__, then the reflected __rdivmod__.
  Value m = lookup_special(vm, a, "__divmod__");
  if (!m.is_null()) {
    Value r = call_special(vm, m, a, b);
    if (r.is_exception() || !r.is(vm.not_implemented)) return r;
  }
  if (vm.type_of(a) != vm.type_of(b)) {
    m = lookup_special(vm, b, "__rdivmod__");
    if (!m.is_null()) {
      Value r = call_special(vm, m, b, a);
      if (r.is_exception() || !r.is(vm.not_implemented)) return r;
    }
  }
  return vm.raise_fmt(vm.types.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      type_name(vm, a), type_name(vm, b));
}

// pow(base, exp, mod): modular exponentiation of ints with GMP, including
// negative exponents through the modular inverse (Python 3.8+).
Value pow_mod(VM& vm, Value base, Value exp, Value mod) {
  if (is_complex(base) || is_complex(exp) || is_complex(mod)) {
    return vm.raise(vm.types.ValueError, "complex modulo");
  }
  if (!is_int_like(base) || !is_int_like(exp) || !is_int_like(mod)) {
    // As CPython tries each operand's type: float's power refuses any modulus,
    // int's declines unless all three are ints, other types have none.
    if (!base.is_double() && !exp.is_double() && !mod.is_double()) {
      return vm.raise_fmt(vm.types.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                          type_name(vm, base), type_name(vm, exp), type_name(vm, mod));
    }
    return vm.raise(vm.types.TypeError,
                    "pow() 3rd argument not allowed unless all arguments are integers");
  }
  Mpz b, e, m, am, r;
  int_to_mpz(base, b);
  int_to_mpz(exp, e);
  int_to_mpz(mod, m);
  Value result = Value::exception();
  if (mpz_sgn(m.get()) == 0) {
    vm.raise(vm.types.ValueError, "pow() 3rd argument cannot be 0");
  } else {
    mpz_abs(am, m);
    bool ok = true;
    if (mpz_sgn(e.get()) < 0) {
      if (mpz_invert(b, b, am) == 0) {
        vm.raise(vm.types.ValueError, "base is not invertible for the given modulus");
        ok = false;
      }
      mpz_neg(e, e);
    }
    if (ok) {
      mpz_powm(r, b, e, am);  // in [0, |m|)
      // Python's result takes the sign of the modulus.
      if (mpz_sgn(m.get()) < 0 && mpz_sgn(r.get()) != 0) mpz_add(r, r, m);
      result = mpz_value(vm, r);
    }
  }
  return result;
}

Value builtin_pow(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[3];
  static const ArgSpec spec{"pow", "base, exp, mod=?"};
  if (!spec.parse(vm, args, nargs, kwnames, a)) return Value::exception();
  if (a[2].is_null() || a[2].is_none()) return vm.binary_op(a[0], a[1], BinaryOp::Pow);
  // A class whose __pow__ is written in coil gets the modulus as a third
  // argument (CPython's slot_nb_power; __rpow__ never takes part here).
  Value m = lookup_special(vm, a[0], "__pow__");
  if (!m.is_null() && m.is_obj() && m.as_obj()->kind == ObjKind::Function) {
    Value r = vm.call(m, a, 3);
    if (r.is_exception() || !r.is(vm.not_implemented)) return r;
    return vm.raise_fmt(vm.types.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                        type_name(vm, a[0]), type_name(vm, a[1]), type_name(vm, a[2]));
  }
  return pow_mod(vm, a[0], a[1], a[2]);
}

// round(x) for a float: half to even, as an int.
Value round_float_to_int(VM& vm, double x) {
  if (std::isnan(x)) return vm.raise(vm.types.ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) {
    return vm.raise(vm.types.OverflowError, "cannot convert float infinity to integer");
  }
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  return int_from_double(vm, r);
}

// round(x, ndigits) for a float: the exact binary value of x scaled by
// 10**ndigits, rounded half to even, then converted back with correct
// rounding (strtod) -- the same result as CPython's dtoa-based double_round.
Value round_float_digits(VM& vm, double x, int64_t ndigits) {
  // Limits from CPython's float___round___impl.
  constexpr int64_t kMaxDigits = 323, kMinDigits = -308;
  if (!std::isfinite(x) || x == 0.0 || ndigits > kMaxDigits) return Value::from_double(x);
  if (ndigits < kMinDigits) return Value::from_double(0.0 * x);
  mpq_t q;
  mpz_t pow10, fl, rem, twice;
  mpq_init(q);
  mpz_inits(pow10, fl, rem, twice, nullptr);
  mpq_set_d(q, std::fabs(x));
  mpz_ui_pow_ui(pow10, 10, static_cast<unsigned long>(ndigits < 0 ? -ndigits : ndigits));
  if (ndigits >= 0) {
    mpz_mul(mpq_numref(q), mpq_numref(q), pow10);
  } else {
    mpz_mul(mpq_denref(q), mpq_denref(q), pow10);
  }
  mpq_canonicalize(q);
  // fl = floor(q), rem = q - fl as numerator over den: round half to even.
  mpz_fdiv_qr(fl, rem, mpq_numref(q), mpq_denref(q));
  mpz_mul_2exp(twice, rem, 1);
  int c = mpz_cmp(twice, mpq_denref(q));
  if (c > 0 || (c == 0 && mpz_odd_p(fl))) mpz_add_ui(fl, fl, 1);
  char* digits = mpz_get_str(nullptr, 10, fl);
  std::string text = std::string(x < 0 ? "-" : "") + digits + "e" + std::to_string(-ndigits);
  void (*freefunc)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &freefunc);
  freefunc(digits, std::strlen(digits) + 1);
  mpq_clear(q);
  mpz_clears(pow10, fl, rem, twice, nullptr);
  double r = std::strtod(text.c_str(), nullptr);
  if (std::isinf(r)) return vm.raise(vm.types.OverflowError, "rounded value too large to represent");
  return Value::from_double(r);
}

// round(int, ndigits) for ndigits < 0: to a multiple of 10**-ndigits, ties
// to even.
Value round_int_digits(VM& vm, Value v, int64_t ndigits) {
  Mpz x, p, q, r, twice;
  int_to_mpz(v, x);
  Value result;
  uint64_t places = ndigits == INT64_MIN ? UINT64_MAX : static_cast<uint64_t>(-ndigits);
  if (places > mpz_sizeinbase(x, 10) + 1) {
    result = Value::small_int(0);  // |x| < 10**places / 2
  } else {
    mpz_ui_pow_ui(p, 10, places);
    mpz_fdiv_qr(q, r, x, p);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    result = mpz_value(vm, q);
  }
  return result;
}

Value builtin_round(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];
  static const ArgSpec spec{"round", "number, ndigits=?"};
  if (!spec.parse(vm, args, nargs, kwnames, a)) return Value::exception();
  Value x = a[0];
  // An int or float subclass rounds as its base unless it defines __round__.
  bool own_round = false;
  if (x.is_obj() && (x.as_obj()->kind == ObjKind::BigInt || x.as_obj()->kind == ObjKind::Float)) {
    Type* base = x.as_obj()->kind == ObjKind::Float ? vm.types.float_ : vm.types.int_;
    own_round = !vm.lookup_type(vm.type_of(x), vm.names.__round__)
                     .is(vm.lookup_type(base, vm.names.__round__));
    if (!own_round) x = exact_builtin_value(vm, x);
  }
  bool has_digits = !a[1].is_null() && !a[1].is_none();
  if (!own_round && (x.is_double() || is_int_like(x))) {
    if (!has_digits) {
      if (x.is_double()) return round_float_to_int(vm, x.as_double());
      return x.is_bool() ? Value::small_int(x.as_bool() ? 1 : 0) : x;
    }
    Value ndigits = index_to_int(vm, a[1]);
    if (ndigits.is_exception()) return ndigits;
    int64_t nd;
    vm.index_value(ndigits, nd, /*clamp=*/true);
    if (x.is_double()) return round_float_digits(vm, x.as_double(), nd);
    if (nd >= 0) return x.is_bool() ? Value::small_int(x.as_bool() ? 1 : 0) : x;
    return round_int_digits(vm, x, nd);
  }
  Value m = vm.lookup_type(vm.type_of(x), vm.names.__round__);
  if (m.is_null()) {
    return vm.raise_fmt(vm.types.TypeError, "type %s doesn't define __round__ method",
                        type_name(vm, x));
  }
  if (!has_digits) return call_special(vm, m, x);
  return call_special(vm, m, x, a[1]);
}

// bin/oct/hex: "-0x1f" for negatives, any size.
Value int_to_base(VM& vm, Value v, int base, const char* prefix) {
  Value i = index_to_int(vm, v);
  if (i.is_exception()) return i;
  Mpz z;
  int_to_mpz(i, z);
  bool negative = mpz_sgn(z.get()) < 0;
  mpz_abs(z, z);
  std::string digits(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(digits.data(), base, z);
  digits.resize(std::strlen(digits.c_str()));
  return vm.str_value(std::string(negative ? "-" : "") + prefix + digits);
}

Value builtin_bin(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "bin", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  return int_to_base(vm, args[0], 2, "0b");
}

Value builtin_oct(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "oct", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  return int_to_base(vm, args[0], 8, "0o");
}

Value builtin_hex(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "hex", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  return int_to_base(vm, args[0], 16, "0x");
}

Value builtin_chr(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "chr", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  Value i = index_to_int(vm, args[0]);
  if (i.is_exception()) return i;
  int64_t cp;
  if (!vm.index_value(i, cp, /*clamp=*/true)) return Value::exception();
  if (cp > INT32_MAX || cp < INT32_MIN) {
    return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  }
  if (cp < 0 || cp > 0x10FFFF) return vm.raise(vm.types.ValueError, "chr() arg not in range(0x110000)");
  std::string s;
  utf8_append(s, static_cast<uint32_t>(cp));
  return vm.str_value(s);
}

Value builtin_ord(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "ord", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  Value v = args[0];
  if (is_str(v)) {
    Str* s = as_str(v);
    if (s->length != 1) {
      return vm.raise_fmt(vm.types.TypeError,
                          "ord() expected a character, but string of length %u found", s->length);
    }
    const char* p = s->data;
    return Value::small_int(utf8_decode(p, s->data + s->size));
  }
  if (v.is_obj() && v.as_obj()->kind == ObjKind::Bytes) {
    auto* b = static_cast<Bytes*>(v.as_obj());
    if (b->size != 1) {
      return vm.raise_fmt(vm.types.TypeError,
                          "ord() expected a character, but string of length %u found", b->size);
    }
    return Value::small_int(static_cast<unsigned char>(b->data[0]));
  }
  return vm.raise_fmt(vm.types.TypeError, "ord() expected string of length 1, but %s found",
                      type_name(vm, v));
}

// ---------------------------------------------------------------- iteration

const ArgSpec kSumArgs{"sum", "iterable, /, start=?"};

Value builtin_sum(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];
  if (!kSumArgs.parse(vm, args, nargs, kwnames, a)) return Value::exception();
  Value start = a[1];
  Value total = start.is_null() ? Value::small_int(0) : start;
  if (is_str(total)) {
    return vm.raise(vm.types.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (total.is_obj() && total.as_obj()->kind == ObjKind::Bytes) {
    return vm.raise(vm.types.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  RootScope roots(vm);
  Value it = roots.add(vm.iter(args[0]));
  if (it.is_exception()) return it;
  RootSlot total_root(vm);
  RootSlot item_root(vm);
  total_root.set(total);
  // As in CPython, small ints add up in a C++ int64 (no int object per
  // step) until an item is not one or the sum overflows.
  bool in_int64 = total.is_int();
  int64_t acc = in_int64 ? total.as_int() : 0;
  for (;;) {
    Value item;
    int r = vm.next(it, item);
    if (r < 0) return Value::exception();
    if (r == 0) break;
    if (in_int64) {
      int64_t sum;
      if (item.is_int() && !__builtin_add_overflow(acc, item.as_int(), &sum)) {
        acc = sum;
        continue;
      }
      in_int64 = false;
      total = vm.make_int(acc);
      total_root.set(total);
    }
    if (total.is_double() && (item.is_double() || item.is_int())) {
      double d = item.is_double() ? item.as_double() : static_cast<double>(item.as_int());
      total = Value::from_double(total.as_double() + d);
      continue;
    }
    item_root.set(item);
    total = vm.binary_op(total, item, BinaryOp::Add);
    if (total.is_exception()) return total;
    total_root.set(total);
  }
  return in_int64 ? vm.make_int(acc) : total;
}

Value minmax(VM& vm, Value* args, int nargs, Tuple* kwnames, bool is_max) {
  const char* fname = is_max ? "max" : "min";
  // The positional count is checked first, as CPython's min_max does.
  if (nargs == 0) {
    return vm.raise_fmt(vm.types.TypeError, "%s expected at least 1 argument, got 0", fname);
  }
  Value key = Value::null(), dflt = Value::null();
  for (int k = 0; k < kwcount(kwnames); ++k) {
    Str* name = kwname(kwnames, k);
    if (name->view() == "key") {
      key = args[nargs + k];
    } else if (name->view() == "default") {
      dflt = args[nargs + k];
    } else {
      return vm.raise_fmt(vm.types.TypeError, "'%s' is an invalid keyword argument for %s()",
                          name->data, fname);
    }
  }
  if (nargs > 1 && !dflt.is_null()) {
    return vm.raise_fmt(vm.types.TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments",
                        fname);
  }
  if (key.is_none()) key = Value::null();
  RootScope roots(vm);
  Value source = args[0];
  if (nargs > 1) {
    Tuple* t = vm.new_tuple(static_cast<uint32_t>(nargs));
    for (int i = 0; i < nargs; ++i) t->items[i] = args[i];
    source = roots.add(Value::object(t));
  }
  Value it = roots.add(vm.iter(source));
  if (it.is_exception()) return it;
  RootSlot item_root(vm), item_key_root(vm), best_root(vm), best_key_root(vm);
  Value best = Value::null(), best_key = Value::null();
  CompareOp op = is_max ? CompareOp::Gt : CompareOp::Lt;
  for (;;) {
    Value item;
    int r = vm.next(it, item);
    if (r < 0) return Value::exception();
    if (r == 0) break;
    item_root.set(item);
    Value k = item;
    if (!key.is_null()) {
      k = vm.call1(key, item);
      if (k.is_exception()) return k;
      item_key_root.set(k);
    }
    if (best.is_null()) {
      best = item;
      best_key = k;
    } else {
      Value c = vm.compare(k, best_key, op);
      if (c.is_exception()) return c;
      int better = c.is_bool() ? c.as_bool() : vm.truthy(c);
      if (better < 0) return Value::exception();
      if (!better) continue;
      best = item;
      best_key = k;
    }
    best_root.set(best);
    best_key_root.set(best_key);
  }
  if (best.is_null()) {
    if (!dflt.is_null()) return dflt;
    return vm.raise_fmt(vm.types.ValueError, "%s() arg is an empty sequence", fname);
  }
  return best;
}

Value builtin_min(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return minmax(vm, args, nargs, kwnames, false);
}

Value builtin_max(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return minmax(vm, args, nargs, kwnames, true);
}

Value builtin_sorted(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (nargs != 1) {
    return vm.raise_fmt(vm.types.TypeError, "sorted expected 1 argument, got %d", nargs);
  }
  // The list first, then list.sort's keywords, as CPython's sorted().
  RootScope roots(vm);
  List* list = roots.add(vm.new_list());
  std::vector<Value> items;
  if (!vm.unpack_iterable(args[0], items)) return Value::exception();
  list->items = std::move(items);
  Value key;
  bool reverse;
  if (!sort_args(vm, args + 1, 0, kwnames, key, reverse)) return Value::exception();
  Value r = list_sort(vm, list, key, reverse);
  if (r.is_exception()) return r;
  return Value::object(list);
}

Value any_all(VM& vm, Value* args, int nargs, Tuple* kwnames, bool is_any) {
  const char* fname = is_any ? "any" : "all";
  if (!no_kwargs(vm, fname, kwnames) || !check_nargs(vm, fname, nargs, 1, 1)) {
    return Value::exception();
  }
  RootScope roots(vm);
  Value it = roots.add(vm.iter(args[0]));
  if (it.is_exception()) return it;
  for (;;) {
    Value item;
    int r = vm.next(it, item);
    if (r < 0) return Value::exception();
    if (r == 0) break;
    int t = vm.truthy(item);
    if (t < 0) return Value::exception();
    if (is_any && t) return Value::boolean(true);
    if (!is_any && !t) return Value::boolean(false);
  }
  return Value::boolean(!is_any);
}

Value builtin_any(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return any_all(vm, args, nargs, kwnames, true);
}

Value builtin_all(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return any_all(vm, args, nargs, kwnames, false);
}

Value builtin_iter(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "iter", nargs, kwnames, 1, 2)) {
    return Value::exception();
  }
  if (nargs == 1) return vm.iter(args[0]);
  Value callable_args[1] = {args[0]};
  Value is_callable = builtin_callable(vm, callable_args, 1, nullptr);
  if (!is_callable.as_bool()) {
    return vm.raise(vm.types.TypeError, "iter(v, w): v must be callable");
  }
  return Value::object(new_iterator(vm, IterKind::Callable, args[0], args[1]));
}

// aiter(obj): obj.__aiter__(), which must be an async iterator.
Value builtin_aiter(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "aiter", nargs, kwnames, 1, 1)) {
    return Value::exception();
  }
  Type* t = vm.type_of(args[0]);
  Value m = vm.lookup_type(t, vm.names.__aiter__);
  if (m.is_null()) return vm.raise_fmt(vm.types.TypeError, "'%s' object is not an async iterable", t->name->data);
  Value it = vm.call_method(args[0], vm.names.__aiter__, nullptr, 0);
  if (it.is_exception()) return it;
  Type* it_type = vm.type_of(it);
  if (vm.lookup_type(it_type, vm.names.__anext__).is_null()) {
    return vm.raise_fmt(vm.types.TypeError, "aiter() returned not an async iterator of type '%s'",
                        it_type->name->data);
  }
  return it;
}

// anext(it[, default]): the awaitable of it.__anext__(), wrapped with the
// default when there is one.
Value builtin_anext(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "anext", nargs, kwnames, 1, 2)) {
    return Value::exception();
  }
  Type* t = vm.type_of(args[0]);
  if (vm.lookup_type(t, vm.names.__anext__).is_null()) {
    return vm.raise_fmt(vm.types.TypeError, "'%s' object is not an async iterator", t->name->data);
  }
  Value awaitable = vm.call_method(args[0], vm.names.__anext__, nullptr, 0);
  if (awaitable.is_exception() || nargs == 1) return awaitable;
  RootScope roots(vm);
  roots.add(awaitable);
  return new_anext_awaitable(vm, awaitable, args[1]);
}

// next(it[, default]). Generators are resumed directly so that exhaustion
// raises StopIteration carrying the generator's return value.
Value builtin_next(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "next", nargs, kwnames, 1, 2)) {
    return Value::exception();
  }
  Value it = args[0];
  bool has_default = nargs == 2;
  if (it.is_obj() && it.as_obj()->kind == ObjKind::Generator &&
      it.as_obj()->type == vm.types.generator) {
    Value result;
    ResumeKind k = vm.resume(static_cast<Generator*>(it.as_obj()), Value::none(), Value::null(),
                             result);
    switch (k) {
      case ResumeKind::Yielded:
        return result;
      case ResumeKind::Returned:
        if (has_default) return args[1];
        if (result.is_none()) return vm.raise_value(Value::object(vm.types.StopIteration));
        return vm.raise_value(
            vm.new_exception_args(vm.types.StopIteration, vm.tuple_of({result})));
      case ResumeKind::Raised:
        if (has_default && vm.pending_is(vm.types.StopIteration)) {
          vm.take_pending();
          return args[1];
        }
        return Value::exception();
    }
  }
  Value item;
  int r = vm.next(it, item);
  if (r < 0) return Value::exception();
  if (r > 0) return item;
  if (has_default) return args[1];
  return vm.raise_value(Value::object(vm.types.StopIteration));
}

// ---------------------------------------------------------------- attributes

Value builtin_getattr(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "getattr", nargs, kwnames, 2, 3)) {
    return Value::exception();
  }
  Str* name = attr_name(vm, args[1]);
  if (!name) return Value::exception();
  if (nargs == 2) return vm.getattr(args[0], name);
  Value r = vm.getattr_opt(args[0], name);
  if (r.is_null()) return args[2];
  return r;
}

Value builtin_setattr(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "setattr", nargs, kwnames, 3, 3)) {
    return Value::exception();
  }
  Str* name = attr_name(vm, args[1]);
  if (!name) return Value::exception();
  if (vm.setattr(args[0], name, args[2]) < 0) return Value::exception();
  return Value::none();
}

Value builtin_delattr(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "delattr", nargs, kwnames, 2, 2)) {
    return Value::exception();
  }
  Str* name = attr_name(vm, args[1]);
  if (!name) return Value::exception();
  if (vm.delattr(args[0], name) < 0) return Value::exception();
  return Value::none();
}

Value builtin_hasattr(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "hasattr", nargs, kwnames, 2, 2)) {
    return Value::exception();
  }
  Str* name = attr_name(vm, args[1]);
  if (!name) return Value::exception();
  Value r = vm.getattr_opt(args[0], name);
  if (r.is_exception()) return r;
  return Value::boolean(!r.is_null());
}

// ---------------------------------------------------------------- isinstance

// cls.__instancecheck__(arg) / __subclasscheck__ looked up on cls's class:
// 1 / 0, -1 on error, -2 when the class defines no such hook.
static int special_check(VM& vm, Value cls, const char* hook_name, Value arg) {
  Value hook = vm.lookup_type(vm.type_of(cls), vm.intern(hook_name));
  if (hook.is_null()) return -2;
  Value r = call_special(vm, hook, cls, arg);
  if (r.is_exception()) return -1;
  return vm.truthy(r);
}

// 1 / 0, or -1 with TypeError when classinfo is neither a type nor a tuple.
int isinstance_check(VM& vm, Value obj, Value cls) {
  if (cls.is_obj() && cls.as_obj()->kind == ObjKind::Type) {
    Type* t = static_cast<Type*>(cls.as_obj());
    if (vm.type_of(obj) == t) return 1;  // CPython's fast path: no hook for the exact type
    // A metaclass may customise the check (abc.ABCMeta and friends).
    Type* meta = vm.type_of(cls);
    if (meta != vm.types.type) {
      Value hook = vm.lookup_type(meta, vm.intern("__instancecheck__"));
      if (!hook.is_null()) {
        Value r = call_special(vm, hook, cls, obj);
        if (r.is_exception()) return -1;
        return vm.truthy(r);
      }
    }
    return vm.isinstance(obj, t) ? 1 : 0;
  }
  if (cls.is_obj() && cls.as_obj()->kind == ObjKind::Tuple) {
    auto* t = static_cast<Tuple*>(cls.as_obj());
    NativeRecursion guard(vm, " in __instancecheck__");  // nested tuples
    if (guard.failed()) return -1;
    for (uint32_t i = 0; i < t->size; ++i) {
      int r = isinstance_check(vm, obj, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  // Any other object whose class defines __instancecheck__ (types.UnionType).
  if (int r = special_check(vm, cls, "__instancecheck__", obj); r != -2) return r;
  vm.raise(vm.types.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

int issubclass_check(VM& vm, Type* derived, Value cls) {
  if (cls.is_obj() && cls.as_obj()->kind == ObjKind::Type) {
    Type* t = static_cast<Type*>(cls.as_obj());
    Type* meta = vm.type_of(cls);
    if (meta != vm.types.type) {
      Value hook = vm.lookup_type(meta, vm.intern("__subclasscheck__"));
      if (!hook.is_null()) {
        Value r = call_special(vm, hook, cls, Value::object(derived));
        if (r.is_exception()) return -1;
        return vm.truthy(r);
      }
    }
    return vm.is_subtype(derived, t) ? 1 : 0;
  }
  if (cls.is_obj() && cls.as_obj()->kind == ObjKind::Tuple) {
    auto* t = static_cast<Tuple*>(cls.as_obj());
    NativeRecursion guard(vm, " in __subclasscheck__");  // nested tuples
    if (guard.failed()) return -1;
    for (uint32_t i = 0; i < t->size; ++i) {
      int r = issubclass_check(vm, derived, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  if (int r = special_check(vm, cls, "__subclasscheck__", Value::object(derived)); r != -2) return r;
  vm.raise(vm.types.TypeError,
           "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}

Value builtin_isinstance(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "isinstance", nargs, kwnames, 2, 2)) {
    return Value::exception();
  }
  int r = isinstance_check(vm, args[0], args[1]);
  if (r < 0) return Value::exception();
  return Value::boolean(r);
}

Value builtin_issubclass(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "issubclass", nargs, kwnames, 2, 2)) {
    return Value::exception();
  }
  if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Type) {
    return vm.raise(vm.types.TypeError, "issubclass() arg 1 must be a class");
  }
  int r = issubclass_check(vm, static_cast<Type*>(args[0].as_obj()), args[1]);
  if (r < 0) return Value::exception();
  return Value::boolean(r);
}

// ---------------------------------------------------------------- namespaces

Value builtin_globals(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "globals", nargs, kwnames, 0, 0)) {
    return Value::exception();
  }
  if (!vm.frame) return Value::object(vm.new_dict());
  return Value::object(vm.frame->globals);
}

// locals(): the namespace dict at module level and in class bodies; inside a
// function, a fresh snapshot of the bound locals and cells (writes to it do
// not affect the variables, as in CPython).
Value current_locals(VM& vm) {
  if (!vm.frame) return Value::object(vm.new_dict());
  return frame_locals(vm, vm.frame);
}
Dict* as_dict(Value v) { return static_cast<Dict*>(v.as_obj()); }

// A file name argument: a str, bytes, or an object with __fspath__ that
// returns one (os.fspath). Null with TypeError pending otherwise.
bool path_text(VM& vm, Value v, std::string& out) {
  if (!is_str(v) && !(v.is_obj() && v.as_obj()->kind == ObjKind::Bytes)) {
    Value fspath = lookup_special(vm, v, "__fspath__");
    if (fspath.is_null()) {
      vm.raise_fmt(vm.types.TypeError, "expected str, bytes or os.PathLike object, not %s",
                   type_name(vm, v));
      return false;
    }
    v = call_special(vm, fspath, v);
    if (v.is_exception()) return false;
  }
  if (is_str(v)) {
    out = std::string(as_str(v)->view());
    return true;
  }
  if (v.is_obj() && v.as_obj()->kind == ObjKind::Bytes) {
    out = std::string(static_cast<Bytes*>(v.as_obj())->view());
    return true;
  }
  vm.raise_fmt(vm.types.TypeError, "expected __fspath__() to return str or bytes, not %s",
               type_name(vm, v));
  return false;
}

// The future features of the code calling a builtin (CPython's
// PyEval_MergeCompilerFlags), for the code it compiles.
uint32_t caller_future_flags(VM& vm) {
  return vm.frame && (vm.frame->code->code_flags & Code::kFutureAnnotations) ? kFutureAnnotations : 0;
}

// Whether `v` is an instance of `_ast.AST` (false, without importing it,
// when no program has imported `_ast`); -1 on error.
int is_ast_node(VM& vm, Value v) {
  Value mods = sys_attribute(vm, "modules");
  if (mods.is_null() || !mods.is_obj() || mods.as_obj()->kind != ObjKind::Dict) return 0;
  Value m = dict_get_str(static_cast<Dict*>(mods.as_obj()), vm.intern("_ast"));
  if (m.is_null()) return 0;
  Value base = vm.getattr_opt(m, vm.intern("AST"));
  if (base.is_null() || !base.is_obj() || base.as_obj()->kind != ObjKind::Type) return 0;
  return vm.isinstance(v, static_cast<Type*>(base.as_obj())) ? 1 : 0;
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1,
// *, _feature_version=-1): source text or an AST to a code object for exec()
// and eval(), or source to an AST (PyCF_ONLY_AST, as ast.parse asks). Of the
// flags, those of future features that are always on in Python 3 are
// accepted; the top-level-await flag and `barry_as_FLUFL` are not
// supported, nor are optimize levels 1 and 2 (asserts and docstrings kept).
// Unless dont_inherit is true, the calling code's future features apply too.
Value builtin_compile(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[7];
  static const ArgSpec spec{"compile",
                            "source, filename, mode, flags=?, dont_inherit=?, optimize=?, *, "
                            "_feature_version=?"};
  if (!spec.parse(vm, args, nargs, kwnames, a)) return Value::exception();
  std::string source;
  bool is_tree = false;
  if (is_str(a[0])) {
    source = std::string(as_str(a[0])->view());
  } else if (a[0].is_obj() && a[0].as_obj()->kind == ObjKind::Bytes) {
    source = std::string(static_cast<Bytes*>(a[0].as_obj())->view());
  } else {
    int node = is_ast_node(vm, a[0]);
    if (node < 0) return Value::exception();
    if (!node) return vm.raise(vm.types.TypeError, "compile() arg 1 must be a string, bytes or AST object");
    is_tree = true;
  }
  std::string filename;
  if (!path_text(vm, a[1], filename)) return Value::exception();
  if (!is_str(a[2])) return raise_bad_argument(vm, "compile", "mode", "str", a[2]);
  std::string_view mode_name = as_str(a[2])->view();
  int64_t flags = 0;
  int64_t optimize = -1;
  if (!a[3].is_null() && !vm.index_value(a[3], flags)) return Value::exception();
  int dont_inherit = a[4].is_null() ? 0 : vm.truthy(a[4]);
  if (dont_inherit < 0) return Value::exception();
  if (!a[5].is_null() && !vm.index_value(a[5], optimize)) return Value::exception();
  // CO_NESTED and the CO_FUTURE_* flags of features Python 3 always has;
  // PyCF_IGNORE_COOKIE and PyCF_TYPE_COMMENTS change nothing here either.
  constexpr int64_t kNoOpFlags = 0x10 | 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 |
                                 0x800000 | 0x0800 | 0x1000;
  constexpr int64_t kOnlyAst = 0x400;
  // PyCF_DONT_IMPLY_DEDENT, PyCF_ALLOW_INCOMPLETE_INPUT (codeop's).
  constexpr int64_t kDontImplyDedent = 0x200;
  constexpr int64_t kAllowIncomplete = 0x4000;
  // PyCF_ALLOW_TOP_LEVEL_AWAIT, CO_FUTURE_BARRY_AS_BDFL.
  constexpr int64_t kUnsupportedFlags = 0x2000 | 0x400000;
  if (flags & ~(kNoOpFlags | kOnlyAst | kUnsupportedFlags | kFutureAnnotations | kDontImplyDedent | kAllowIncomplete)) {
    return vm.raise(vm.types.ValueError, "compile(): unrecognised flags");
  }
  if (optimize < -1 || optimize > 2) {
    return vm.raise(vm.types.ValueError, "compile(): invalid optimize value");
  }
  SourceMode mode;
  if (mode_name == "exec") {
    mode = SourceMode::File;
  } else if (mode_name == "eval") {
    mode = SourceMode::Eval;
  } else if (mode_name == "single") {
    mode = SourceMode::Interactive;
  } else if (mode_name == "func_type" && !(flags & kOnlyAst)) {
    return vm.raise(vm.types.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  } else if (mode_name == "func_type") {
    return vm.raise(vm.types.NotImplementedError, "compile(): mode 'func_type' is not supported by coil");
  } else {
    return vm.raise(vm.types.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (flags & kUnsupportedFlags) {
    return vm.raise_fmt(vm.types.NotImplementedError,
                        "compile(): flag 0x%llx is not supported by coil",
                        static_cast<unsigned long long>(flags & kUnsupportedFlags));
  }
  if (optimize > 0 && !(flags & kOnlyAst)) {
    return vm.raise(vm.types.NotImplementedError,
                    "compile(): optimize levels 1 and 2 are not supported by coil");
  }
  if (!is_tree && source.find('\0') != std::string::npos) {
    return vm.raise(vm.types.SyntaxError, "source code string cannot contain null bytes");
  }
  uint32_t future = static_cast<uint32_t>(flags & kFutureAnnotations);
  if (!dont_inherit) future |= caller_future_flags(vm);
  if (!vm.front_end.parse_ast || !vm.front_end.compile_ast) {
    if (is_tree || (flags & kOnlyAst)) return vm.raise(vm.types.SystemError, "compile(): no AST support");
  }
  if (is_tree) {
    // With PyCF_ONLY_AST an AST comes back as it is, unchecked (as in CPython).
    if (flags & kOnlyAst) return a[0];
    Code* code = vm.front_end.compile_ast(vm, a[0], filename, mode, future);
    if (!code) return Value::exception();
    return Value::object(code);
  }
  if (flags & kOnlyAst) return vm.front_end.parse_ast(vm, source, filename, mode, future);
  if ((flags & kAllowIncomplete) && vm.front_end.incomplete_input &&
      vm.front_end.incomplete_input(source, mode, (flags & kDontImplyDedent) != 0)) {
    return vm.raise(vm.types.SyntaxError, "incomplete input");
  }
  Code* code = vm.compile(source, filename, mode, future);
  if (!code) return Value::exception();
  return Value::object(code);
}

// eval()/exec() of source text or of a code object from compile(). The code
// runs as module-level code in `globals` and, when given apart (explicitly,
// or the caller's class namespace or function's locals() dict), `locals`:
// names bound go to the locals, looked up in locals, globals, builtins;
// functions made there see the globals only (CPython 3.11).
// exec(source, globals=None, locals=None, /, *, closure=None), as CPython
// 3.11's clinic signature; eval takes no keywords.
const ArgSpec kExecArgs{"exec", "source, globals=?, locals=?, /, *, closure=None"};

// CPython's PyMapping_Check: the type can be subscripted.
bool is_mapping(VM& vm, Value v) { return !lookup_special(vm, v, "__getitem__").is_null(); }

// exec()'s and eval()'s checks of their namespaces, in CPython's order and
// words: globals a dict (or a subclass), locals any mapping.
bool check_namespaces(VM& vm, bool is_eval, Value globals, Value locals) {
  auto is_dict = [](Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Dict; };
  if (is_eval) {
    if (!locals.is_none() && !is_mapping(vm, locals)) {
      vm.raise(vm.types.TypeError, "locals must be a mapping");
      return false;
    }
    if (!globals.is_none() && !is_dict(globals)) {
      vm.raise(vm.types.TypeError, is_mapping(vm, globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                           : "globals must be a dict");
      return false;
    }
    return true;
  }
  if (!globals.is_none() && !is_dict(globals)) {
    vm.raise_fmt(vm.types.TypeError, "exec() globals must be a dict, not %s", type_name(vm, globals));
    return false;
  }
  if (!locals.is_none() && !is_mapping(vm, locals)) {
    vm.raise_fmt(vm.types.TypeError, "locals must be a mapping or None, not %s", type_name(vm, locals));
    return false;
  }
  return true;
}

Value run_source_string(VM& vm, const char* fname, Value* args, int nargs, Tuple* kwnames, bool is_eval) {
  if (is_eval) {
    if (!positional_args(vm, fname, nargs, kwnames, 1, 3)) return Value::exception();
  } else {
    Value a[4];
    if (!kExecArgs.parse(vm, args, nargs, kwnames, a)) return Value::exception();
    if (!a[3].is_none()) {
      if (is_str(a[0])) {
        return vm.raise(vm.types.TypeError, "closure can only be used when source is a code object");
      }
      return vm.raise(vm.types.NotImplementedError, "exec(): closure= is not supported");
    }
  }
  bool is_code = args[0].is_obj() && args[0].as_obj()->kind == ObjKind::Code;
  std::string_view text;
  if (!is_code && !is_str(args[0]) && !bytes_like(args[0], text)) {
    return vm.raise_fmt(vm.types.TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
  }
  Value gv = nargs > 1 ? args[1] : Value::none();
  Value lv = nargs > 2 ? args[2] : Value::none();
  if (!check_namespaces(vm, is_eval, gv, lv)) return Value::exception();
  RootScope roots(vm);
  Dict* globals = gv.is_none() ? (vm.frame ? vm.frame->globals : vm.new_dict()) : as_dict(gv);
  roots.add(Value::object(globals));
  if (gv.is_none() && lv.is_none()) {
    Value here = current_locals(vm);
    if (here.is_exception()) return here;
    if (here.as_obj() != globals) lv = here;
  }
  roots.add(lv);
  if (dict_get_str(globals, vm.names.__builtins__).is_null()) {
    dict_set_str(vm, globals, vm.names.__builtins__, Value::object(vm.builtins_module));
  }
  Obj* locals = lv.is_none() || lv.as_obj() == globals ? nullptr : lv.as_obj();
  Code* code;
  if (is_code) {
    code = static_cast<Code*>(args[0].as_obj());
    if (!(code->code_flags & Code::kModule)) {
      return vm.raise_fmt(vm.types.NotImplementedError,
                          "%s() of a function's code object is not supported by coil", fname);
    }
  } else {
    std::string source(is_str(args[0]) ? as_str(args[0])->view() : text);
    if (source.find('\0') != std::string::npos) {
      return vm.raise(vm.types.SyntaxError, "source code string cannot contain null bytes");
    }
    if (is_eval) {  // eval ignores leading blanks, as CPython does
      size_t start = source.find_first_not_of(" \t");
      source.erase(0, start == std::string::npos ? source.size() : start);
    }
    code = vm.compile(source, "<string>", is_eval ? SourceMode::Eval : SourceMode::File, caller_future_flags(vm));
    if (!code) return Value::exception();
  }
  roots.add(Value::object(code));
  Value r = vm.run_module_code(code, globals, locals);
  if (r.is_exception() || is_eval) return r;
  return Value::none();
}

Value builtin_eval(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return run_source_string(vm, "eval", args, nargs, kwnames, true);
}

Value builtin_exec(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return run_source_string(vm, "exec", args, nargs, kwnames, false);
}

Value builtin_locals(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "locals", nargs, kwnames, 0, 0)) {
    return Value::exception();
  }
  return current_locals(vm);
}

Value builtin_vars(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "vars", nargs, kwnames, 0, 1)) {
    return Value::exception();
  }
  if (nargs == 0) return current_locals(vm);
  Value d = vm.getattr_opt(args[0], vm.names.__dict__);
  if (d.is_exception()) return d;
  if (d.is_null()) {
    return vm.raise(vm.types.TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

// Adds the str keys of `d` to the set-like dict `names`.
void add_keys(VM& vm, Dict* names, Dict* d) {
  if (!d) return;
  for (const auto& e : d->table.entries) {
    if (e.key.is_null() || !is_str(e.key)) continue;
    dict_set_str(vm, names, as_str(e.key), Value::none());
  }
}

Value sorted_keys(VM& vm, Dict* names) {
  RootScope roots(vm);
  roots.add(names);
  List* list = roots.add(vm.new_list(names->table.used));
  for (const auto& e : names->table.entries) {
    if (!e.key.is_null()) list->items.push_back(e.key);
  }
  Value r = list_sort(vm, list, Value::none(), false);
  if (r.is_exception()) return r;
  return Value::object(list);
}

Value builtin_dir(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "dir", nargs, kwnames, 0, 1)) {
    return Value::exception();
  }
  RootScope roots(vm);
  Dict* names = roots.add(vm.new_dict());
  if (nargs == 0) {
    Value l = current_locals(vm);
    add_keys(vm, names, static_cast<Dict*>(l.as_obj()));
    return sorted_keys(vm, names);
  }
  Value obj = args[0];
  Type* t = vm.type_of(obj);
  // A class written in Python may define __dir__.
  Value custom = vm.lookup_type(t, vm.intern("__dir__"));
  if (!custom.is_null() && custom.is_obj() && custom.as_obj()->kind == ObjKind::Function) {
    Value r = call_special(vm, custom, obj);
    if (r.is_exception()) return r;
    roots.add(r);
    std::vector<Value> items;
    if (!vm.unpack_iterable(r, items)) return Value::exception();
    List* list = roots.add(vm.new_list(items.size()));
    list->items = std::move(items);
    Value s = list_sort(vm, list, Value::none(), false);
    if (s.is_exception()) return s;
    return Value::object(list);
  }
  if (obj.is_obj() && obj.as_obj()->kind == ObjKind::Module) {
    add_keys(vm, names, static_cast<Module*>(obj.as_obj())->dict);
  } else if (obj.is_obj() && obj.as_obj()->kind == ObjKind::Type) {
    for (Type* base : static_cast<Type*>(obj.as_obj())->mro) add_keys(vm, names, base->dict);
  } else {
    add_keys(vm, names, instance_dict(vm, obj, false));
    for (Type* base : t->mro) add_keys(vm, names, base->dict);
  }
  return sorted_keys(vm, names);
}

// ---------------------------------------------------------------- misc

// exit()/quit(): raise SystemExit(code), as site.Quitter does.
Value builtin_exit(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[1];
  if (!parse_args(vm, "exit", args, nargs, kwnames, {"code"}, 0, a)) return Value::exception();
  Value code = a[0].is_null() ? Value::none() : a[0];
  return vm.raise_value(vm.new_exception_args(vm.types.SystemExit, vm.tuple_of({code})));
}

Value builtin___import__(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[5];
  if (!parse_args(vm, "__import__", args, nargs, kwnames,
                  {"name", "globals", "locals", "fromlist", "level"}, 1, a)) {
    return Value::exception();
  }
  if (!is_str(a[0])) return vm.raise(vm.types.TypeError, "module name must be a string");
  int64_t level = 0;
  if (!a[4].is_null() && !vm.index_value(a[4], level)) return Value::exception();
  if (level < 0) return vm.raise(vm.types.ValueError, "level must be >= 0");
  Dict* globals = nullptr;
  if (!a[1].is_null() && !a[1].is_none()) {
    if (a[1].as_obj()->kind != ObjKind::Dict) return vm.raise(vm.types.TypeError, "globals must be a dict");
    globals = as_dict(a[1]);
  }
  Value m = vm.import_name(as_str(a[0]), a[3], static_cast<int>(level), globals);
  return m;
}

}  // namespace

// ---------------------------------------------------------------- registration

void init_builtins_module(VM& vm, Dict* builtins) {
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static constexpr Entry kFunctions[] = {
      {"print", builtin_print},
      {"input", builtin_input},
      {"len", builtin_len},
      {"repr", builtin_repr},
      {"ascii", builtin_ascii},
      {"hash", builtin_hash},
      {"id", builtin_id},
      {"callable", builtin_callable},
      {"format", builtin_format},
      {"abs", builtin_abs},
      {"divmod", builtin_divmod},
      {"pow", builtin_pow},
      {"round", builtin_round},
      {"bin", builtin_bin},
      {"oct", builtin_oct},
      {"hex", builtin_hex},
      {"chr", builtin_chr},
      {"ord", builtin_ord},
      {"sum", builtin_sum},
      {"min", builtin_min},
      {"max", builtin_max},
      {"sorted", builtin_sorted},
      {"any", builtin_any},
      {"all", builtin_all},
      {"iter", builtin_iter},
      {"next", builtin_next},
      {"aiter", builtin_aiter},
      {"anext", builtin_anext},
      {"getattr", builtin_getattr},
      {"setattr", builtin_setattr},
      {"delattr", builtin_delattr},
      {"hasattr", builtin_hasattr},
      {"isinstance", builtin_isinstance},
      {"issubclass", builtin_issubclass},
      {"globals", builtin_globals},
      {"locals", builtin_locals},
      {"vars", builtin_vars},
      {"eval", builtin_eval},
      {"exec", builtin_exec},
      {"compile", builtin_compile},
      {"dir", builtin_dir},
      {"exit", builtin_exit},
      {"quit", builtin_exit},
      {"__import__", builtin___import__},
  };
  for (const Entry& e : kFunctions) add_function(vm, builtins, e.name, e.fn);
  init_open_builtin(vm, builtins);
  // next(generator) is resumed inline by the interpreter.
  dict_get_str(builtins, vm.intern("next")).as_obj()->flags |= NativeFunction::kResumesNext;
  // The lazy builtins are classes made by vm/objects/iterator.cpp.
  for (const char* name : {"enumerate", "zip", "map", "filter", "reversed"}) {
    if (Type* t = iterator_type(vm, name)) vm.set_global(builtins, name, Value::object(t));
  }
}

}  // namespace coil::vm
