// The `cmath` module: complex versions of math's functions, on the C
// library's complex functions (C99 Annex G special values, which CPython's
// own tables follow), with CPython's errors: ValueError "math domain error"
// at a singularity (log(0), atanh(1)), OverflowError "math range error"
// when a finite argument gives an infinite result.
#include <cmath>
#include <complex>

#include "stdlib/stdlib.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

using C = std::complex<double>;

bool arg(VM& vm, Value v, C& out) {
  double re, im;
  if (!complex_value(vm, v, re, im)) return false;
  out = C(re, im);
  return true;
}

bool finite(C z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }

// The result of f(z), or the error CPython raises for it.
Value result(VM& vm, C z, C r) {
  if (finite(z) && !finite(r) && !std::isnan(r.real()) && !std::isnan(r.imag())) {
    return vm.raise(vm.types.OverflowError, "math range error");
  }
  return new_complex(vm, r.real(), r.imag());
}

template <C (*F)(C)>
Value unary(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name) {
  if (!no_kwargs(vm, name, kwnames) || !check_nargs(vm, name, nargs, 1, 1)) return Value::exception();
  C z;
  if (!arg(vm, args[0], z)) return Value::exception();
  return result(vm, z, F(z));
}

C c_sqrt(C z) { return std::sqrt(z); }
C c_exp(C z) { return std::exp(z); }
C c_sin(C z) { return std::sin(z); }
C c_cos(C z) { return std::cos(z); }
C c_tan(C z) { return std::tan(z); }
C c_asin(C z) { return std::asin(z); }
C c_acos(C z) { return std::acos(z); }
C c_atan(C z) { return std::atan(z); }
C c_sinh(C z) { return std::sinh(z); }
C c_cosh(C z) { return std::cosh(z); }
C c_tanh(C z) { return std::tanh(z); }
C c_asinh(C z) { return std::asinh(z); }
C c_acosh(C z) { return std::acosh(z); }

#define COIL_CMATH(name)                                               \
  Value cmath_##name(VM& vm, Value* args, int nargs, Tuple* kwnames) { \
    return unary<c_##name>(vm, args, nargs, kwnames, #name);           \
  }
COIL_CMATH(sqrt)
COIL_CMATH(exp)
COIL_CMATH(sin)
COIL_CMATH(cos)
COIL_CMATH(tan)
COIL_CMATH(asin)
COIL_CMATH(acos)
COIL_CMATH(atan)
COIL_CMATH(sinh)
COIL_CMATH(cosh)
COIL_CMATH(tanh)
COIL_CMATH(asinh)
COIL_CMATH(acosh)
#undef COIL_CMATH

Value domain_error(VM& vm) { return vm.raise(vm.types.ValueError, "math domain error"); }

Value cmath_atanh(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "atanh", kwnames) || !check_nargs(vm, "atanh", nargs, 1, 1)) return Value::exception();
  C z;
  if (!arg(vm, args[0], z)) return Value::exception();
  if (z.imag() == 0.0 && std::fabs(z.real()) == 1.0) return domain_error(vm);
  return result(vm, z, std::atanh(z));
}

// log(z[, base]) = log(z) / log(base), divided as complex division does.
Value cmath_log(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "log", kwnames) || !check_nargs(vm, "log", nargs, 1, 2)) return Value::exception();
  C z;
  if (!arg(vm, args[0], z)) return Value::exception();
  if (z == C(0.0, 0.0)) return domain_error(vm);
  C r = std::log(z);
  if (nargs == 2) {
    C b;
    if (!arg(vm, args[1], b)) return Value::exception();
    if (b == C(0.0, 0.0)) return domain_error(vm);
    C lb = std::log(b);
    RootScope roots(vm);
    Value num = roots.add(new_complex(vm, r.real(), r.imag()));
    Value den = roots.add(new_complex(vm, lb.real(), lb.imag()));
    return vm.binary_op(num, den, BinaryOp::TrueDiv);
  }
  return new_complex(vm, r.real(), r.imag());
}

Value cmath_log10(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "log10", kwnames) || !check_nargs(vm, "log10", nargs, 1, 1)) return Value::exception();
  C z;
  if (!arg(vm, args[0], z)) return Value::exception();
  if (z == C(0.0, 0.0)) return domain_error(vm);
  return result(vm, z, std::log10(z));
}

Value cmath_phase(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "phase", kwnames) || !check_nargs(vm, "phase", nargs, 1, 1)) return Value::exception();
  C z;
  if (!arg(vm, args[0], z)) return Value::exception();
  return Value::from_double(std::atan2(z.imag(), z.real()));
}

Value cmath_polar(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "polar", kwnames) || !check_nargs(vm, "polar", nargs, 1, 1)) return Value::exception();
  C z;
  if (!arg(vm, args[0], z)) return Value::exception();
  double r = std::hypot(z.real(), z.imag());
  if (std::isinf(r) && finite(z)) return vm.raise(vm.types.OverflowError, "math range error");
  return Value::object(vm.tuple_of({Value::from_double(r), Value::from_double(std::atan2(z.imag(), z.real()))}));
}

bool real_arg(VM& vm, Value v, double& out) {
  double im;
  if (is_complex(v)) {
    vm.raise(vm.types.TypeError, "must be real number, not complex");
    return false;
  }
  return complex_value(vm, v, out, im);
}

Value cmath_rect(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "rect", kwnames) || !check_nargs(vm, "rect", nargs, 2, 2)) return Value::exception();
  double r, phi;
  if (!real_arg(vm, args[0], r) || !real_arg(vm, args[1], phi)) return Value::exception();
  if (std::isfinite(r) && std::isinf(phi) && r != 0.0) return domain_error(vm);
  if (phi == 0.0) return new_complex(vm, r, std::isinf(r) ? phi : r * phi);
  return new_complex(vm, r * std::cos(phi), r * std::sin(phi));
}

template <bool (*Test)(double)>
Value classify(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, bool any) {
  if (!no_kwargs(vm, name, kwnames) || !check_nargs(vm, name, nargs, 1, 1)) return Value::exception();
  C z;
  if (!arg(vm, args[0], z)) return Value::exception();
  bool re = Test(z.real()), im = Test(z.imag());
  return Value::boolean(any ? (re || im) : (re && im));
}
bool is_finite(double d) { return std::isfinite(d); }
bool is_inf(double d) { return std::isinf(d); }
bool is_nan(double d) { return std::isnan(d); }
Value cmath_isfinite(VM& vm, Value* a, int n, Tuple* k) { return classify<is_finite>(vm, a, n, k, "isfinite", false); }
Value cmath_isinf(VM& vm, Value* a, int n, Tuple* k) { return classify<is_inf>(vm, a, n, k, "isinf", true); }
Value cmath_isnan(VM& vm, Value* a, int n, Tuple* k) { return classify<is_nan>(vm, a, n, k, "isnan", true); }

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), as math.isclose on |a - b|.
Value cmath_isclose(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[4];
  if (!parse_args(vm, "isclose", args, nargs, kwnames, {"a", "b", "rel_tol", "abs_tol"}, 2, a, 2)) {
    return Value::exception();
  }
  C x, y;
  if (!arg(vm, a[0], x) || !arg(vm, a[1], y)) return Value::exception();
  double rel_tol = 1e-09, abs_tol = 0.0;
  if (!a[2].is_null() && !real_arg(vm, a[2], rel_tol)) return Value::exception();
  if (!a[3].is_null() && !real_arg(vm, a[3], abs_tol)) return Value::exception();
  if (rel_tol < 0.0 || abs_tol < 0.0) return vm.raise(vm.types.ValueError, "tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (!finite(x) || !finite(y)) return Value::boolean(false);
  double diff = std::abs(x - y);
  return Value::boolean(diff <= rel_tol * std::abs(y) || diff <= rel_tol * std::abs(x) || diff <= abs_tol);
}

}  // namespace

Module* init_cmath_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("cmath")));
  Dict* d = m->dict;
  static constexpr struct {
    const char* name;
    NativeFn fn;
  } kFunctions[] = {
      {"sqrt", cmath_sqrt},   {"exp", cmath_exp},         {"log", cmath_log},         {"log10", cmath_log10},
      {"sin", cmath_sin},     {"cos", cmath_cos},         {"tan", cmath_tan},         {"asin", cmath_asin},
      {"acos", cmath_acos},   {"atan", cmath_atan},       {"sinh", cmath_sinh},       {"cosh", cmath_cosh},
      {"tanh", cmath_tanh},   {"asinh", cmath_asinh},     {"acosh", cmath_acosh},     {"atanh", cmath_atanh},
      {"phase", cmath_phase}, {"polar", cmath_polar},     {"rect", cmath_rect},       {"isfinite", cmath_isfinite},
      {"isinf", cmath_isinf}, {"isnan", cmath_isnan},     {"isclose", cmath_isclose},
  };
  for (const auto& e : kFunctions) add_function(vm, d, e.name, e.fn);
  vm.set_global(d, "pi", Value::from_double(M_PI));
  vm.set_global(d, "e", Value::from_double(M_E));
  vm.set_global(d, "tau", Value::from_double(2 * M_PI));
  vm.set_global(d, "inf", Value::from_double(INFINITY));
  vm.set_global(d, "nan", Value::from_double(NAN));
  vm.set_global(d, "infj", new_complex(vm, 0.0, INFINITY));
  vm.set_global(d, "nanj", new_complex(vm, 0.0, NAN));
  return m;
}

}  // namespace coil::vm
