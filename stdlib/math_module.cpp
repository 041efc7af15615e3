// The `math` module, following CPython 3.11's Modules/mathmodule.c: the
// same special-value handling and errors ("math domain error" for invalid
// arguments, "math range error" for overflow), exact fsum, accurate hypot,
// and integer functions (gcd, factorial, comb, isqrt, ...) on GMP.
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <vector>

#include "stdlib/stdlib.hpp"
#include "vm/numeric/mpz_util.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

using num::detail::Mpz;

namespace {

// ---------------------------------------------------------------- helpers

Value domain_error(VM& vm) { return vm.raise(vm.types.ValueError, "math domain error"); }
Value range_error(VM& vm) { return vm.raise(vm.types.OverflowError, "math range error"); }

Value int_arg(VM& vm, Value v, mpz_t out) {
  Value i = index_to_int(vm, v);
  if (i.is_exception()) return i;
  int_to_mpz(i, out);
  return i;
}

// The result check CPython's math_1 applies to f(x): NaN from a non-NaN
// argument is a domain error; an infinity from a finite argument is an
// overflow (when the function can overflow) or a singularity.
Value checked_result(VM& vm, double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
  return Value::from_double(r);
}

Value math_1(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* qualname,
             double (*fn)(double), bool can_overflow) {
  if (!positional_args(vm, qualname, nargs, kwnames, 1, 1)) return Value::exception();
  double x;
  if (!real_to_double(vm, args[0], x)) return Value::exception();
  return checked_result(vm, x, fn(x), can_overflow);
}

#define MATH_FUNC1(name, fn, can_overflow)                                    \
  Value math_##name(VM& vm, Value* args, int nargs, Tuple* kwnames) {         \
    return math_1(vm, args, nargs, kwnames, "math." #name, fn, can_overflow); \
  }

double m_sqrt(double x) { return std::sqrt(x); }
double m_exp(double x) { return std::exp(x); }
double m_exp2(double x) { return std::exp2(x); }
double m_expm1(double x) { return std::expm1(x); }
double m_log1p(double x) { return std::log1p(x); }
double m_sin(double x) { return std::sin(x); }
double m_cos(double x) { return std::cos(x); }
double m_tan(double x) { return std::tan(x); }
double m_asin(double x) { return std::asin(x); }
double m_acos(double x) { return std::acos(x); }
double m_atan(double x) { return std::atan(x); }
double m_sinh(double x) { return std::sinh(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_atanh(double x) { return std::atanh(x); }
double m_fabs(double x) { return std::fabs(x); }
double m_cbrt(double x) { return std::cbrt(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }

MATH_FUNC1(sqrt, m_sqrt, false)
MATH_FUNC1(exp, m_exp, true)
MATH_FUNC1(exp2, m_exp2, true)
MATH_FUNC1(expm1, m_expm1, true)
MATH_FUNC1(log1p, m_log1p, false)
MATH_FUNC1(sin, m_sin, false)
MATH_FUNC1(cos, m_cos, false)
MATH_FUNC1(tan, m_tan, false)
MATH_FUNC1(asin, m_asin, false)
MATH_FUNC1(acos, m_acos, false)
MATH_FUNC1(atan, m_atan, false)
MATH_FUNC1(sinh, m_sinh, true)
MATH_FUNC1(cosh, m_cosh, true)
MATH_FUNC1(tanh, m_tanh, false)
MATH_FUNC1(asinh, m_asinh, false)
MATH_FUNC1(acosh, m_acosh, false)
MATH_FUNC1(atanh, m_atanh, false)
MATH_FUNC1(fabs, m_fabs, false)
MATH_FUNC1(cbrt, m_cbrt, false)
MATH_FUNC1(erf, m_erf, false)
MATH_FUNC1(erfc, m_erfc, false)

#undef MATH_FUNC1

// ---------------------------------------------------------------- gamma

// CPython computes gamma and lgamma itself (a Lanczos approximation, N=13,
// g=6.0246800407767296) rather than with libm, whose results differ in the
// last bits; the same method is used here so the values match exactly.
constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// The denominator x*(x+1)*...*(x+11) as a polynomial.
constexpr double kLanczosDen[kLanczosN] = {0.0,       39916800.0, 120543840.0, 150917976.0,
                                           105258076.0, 45995730.0, 13339535.0,  2637558.0,
                                           357423.0,  32670.0,    1925.0,      66.0,
                                           1.0};
// gamma(1) .. gamma(23), exact.
constexpr int kGammaIntegral = 23;
constexpr double kGammaValues[kGammaIntegral] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
    355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0};

// The Lanczos sum as a rational function, for x > 0; evaluated in 1/x for
// large x to avoid overflow.
double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN - 1; i >= 0; --i) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; ++i) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

// sin(pi * x), accurate for finite x (reduces the argument first).
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r = 0.0;
  switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;  // not -sin(pi*(y-1)): keeps +0.0
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// Sets err to EDOM (invalid argument, pole) or ERANGE (overflow).
double gamma_value(double x, int& err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    err = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    err = EDOM;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      err = EDOM;
      return NAN;
    }
    if (x <= kGammaIntegral) return kGammaValues[static_cast<int>(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {  // gamma(x) ~ 1/x near 0
    double r = 1.0 / x;
    if (std::isinf(r)) err = ERANGE;
    return r;
  }
  if (absx > 200.0) {  // overflows, or underflows to +-0 for negative x
    if (x < 0.0) return 0.0 / sin_pi(x);
    err = ERANGE;
    return HUGE_VAL;
  }
  double y = absx + kLanczosGMinusHalf;
  // z: the rounding error of y, used for a first-order correction.
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) err = ERANGE;
  return r;
}

double lgamma_value(double x, int& err) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      err = EDOM;
      return HUGE_VAL;
    }
    return 0.0;  // lgamma(1) == lgamma(2) == 0
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) err = ERANGE;
  return r;
}

// CPython's math_1a error policy: EDOM is a domain error; ERANGE an overflow
// unless the result is tiny (an underflow).
Value gamma_like(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* qualname,
                 double (*fn)(double, int&)) {
  if (!positional_args(vm, qualname, nargs, kwnames, 1, 1)) return Value::exception();
  double x;
  if (!real_to_double(vm, args[0], x)) return Value::exception();
  int err = 0;
  double r = fn(x, err);
  if (err == EDOM) return domain_error(vm);
  if (err == ERANGE && std::fabs(r) >= 1.5) return range_error(vm);
  return Value::from_double(r);
}

Value math_gamma(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return gamma_like(vm, args, nargs, kwnames, "math.gamma", gamma_value);
}

Value math_lgamma(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return gamma_like(vm, args, nargs, kwnames, "math.lgamma", lgamma_value);
}

// ---------------------------------------------------------------- rounding

// floor/ceil: ints are returned unchanged; floats become ints (of any size);
// other objects may define __floor__/__ceil__.
Value floor_ceil(VM& vm, Value* args, int nargs, Tuple* kwnames, bool is_floor) {
  const char* qualname = is_floor ? "math.floor" : "math.ceil";
  if (!positional_args(vm, qualname, nargs, kwnames, 1, 1)) return Value::exception();
  Value x = args[0];
  if (x.is_double()) {
    double d = is_floor ? std::floor(x.as_double()) : std::ceil(x.as_double());
    return int_from_double(vm, d);
  }
  if (x.is_int()) return x;
  if (x.is_bool()) return Value::small_int(x.as_bool() ? 1 : 0);
  if (x.is_obj() && x.as_obj()->kind == ObjKind::BigInt && vm.type_of(x) == vm.types.int_) return x;
  Value m = vm.lookup_type(vm.type_of(x), vm.intern(is_floor ? "__floor__" : "__ceil__"));
  if (!m.is_null()) return vm.call(m, &x, 1);
  double d;
  if (!real_to_double(vm, x, d)) return Value::exception();
  return int_from_double(vm, is_floor ? std::floor(d) : std::ceil(d));
}

Value math_floor(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return floor_ceil(vm, args, nargs, kwnames, true);
}

Value math_ceil(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return floor_ceil(vm, args, nargs, kwnames, false);
}

Value math_trunc(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.trunc", nargs, kwnames, 1, 1)) return Value::exception();
  Value x = args[0];
  if (x.is_double()) return int_from_double(vm, std::trunc(x.as_double()));
  if (x.is_int()) return x;
  if (x.is_bool()) return Value::small_int(x.as_bool() ? 1 : 0);
  Value m = vm.lookup_type(vm.type_of(x), vm.intern("__trunc__"));
  if (!m.is_null()) return vm.call(m, &x, 1);
  if (x.is_obj() && x.as_obj()->kind == ObjKind::BigInt) return x;
  return vm.raise_fmt(vm.types.TypeError, "type %s doesn't define __trunc__ method",
                      type_name(vm, x));
}

// ---------------------------------------------------------------- logarithms

// log of a positive int of any size: small enough ints convert to double;
// huge ones are split as x * 2**e (x correctly rounded to 53 bits, in
// [0.5, 1)) so that log(n) = log(x) + e*log(2), as CPython's loghelper.
bool int_log_parts(VM& vm, Value v, double& x, int64_t& e, bool& split) {
  split = false;
  if (!v.is_obj()) {
    x = v.is_bool() ? (v.as_bool() ? 1.0 : 0.0) : static_cast<double>(v.as_int());
    return true;
  }
  if (int_to_double(vm, v, x)) return true;
  if (!vm.pending_is(vm.types.OverflowError)) return false;
  vm.take_pending();
  // Keep the top 55 bits with the lowest one made sticky (set when any
  // dropped bit is), so converting them to double rounds exactly as a
  // correctly rounded frexp of the whole int would.
  mpz_srcptr z = static_cast<BigInt*>(v.as_obj())->z;
  int64_t bits = static_cast<int64_t>(mpz_sizeinbase(z, 2));
  Mpz top;
  mpz_tdiv_q_2exp(top, z, bits - 55);
  if (mpz_scan1(z, 0) < static_cast<mp_bitcnt_t>(bits - 55)) mpz_setbit(top, 0);
  x = std::ldexp(static_cast<double>(mpz_get_ui(top)), -55);
  e = bits;
  if (x == 1.0) {  // rounding carried into the next power of two
    x = 0.5;
    e += 1;
  }
  split = true;
  return true;
}

// Shared by log, log2 and log10: `fn` is the libm function, `log_of_2` its value at 2.
Value log_helper(VM& vm, Value v, double (*fn)(double), double log_of_2, Value& out) {
  if (v.is_int() || v.is_bool() || (v.is_obj() && v.as_obj()->kind == ObjKind::BigInt)) {
    Mpz z;
    int_to_mpz(v, z);
    if (mpz_sgn(z.get()) <= 0) return domain_error(vm);
    double x;
    int64_t e = 0;
    bool split;
    if (!int_log_parts(vm, v, x, e, split)) return Value::exception();
    out = Value::from_double(split ? fn(x) + log_of_2 * static_cast<double>(e) : fn(x));
    return out;
  }
  double x;
  if (!real_to_double(vm, v, x)) return Value::exception();
  out = checked_result(vm, x, fn(x), false);
  return out;
}

double m_log(double x) {
  // CPython's m_log: non-positive arguments are domain errors (NaN here).
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    if (x == 0.0) return -HUGE_VAL;
    return NAN;
  }
  if (std::isnan(x) || x > 0) return x;
  return NAN;
}

double m_log2(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log2(x);
    if (x == 0.0) return -HUGE_VAL;
    return NAN;
  }
  if (std::isnan(x) || x > 0) return x;
  return NAN;
}

double m_log10(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    if (x == 0.0) return -HUGE_VAL;
    return NAN;
  }
  if (std::isnan(x) || x > 0) return x;
  return NAN;
}

Value math_log(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "log", kwnames)) return Value::exception();
  if (nargs < 1 || nargs > 2) return vm.raise(vm.types.TypeError, "math.log requires 1 to 2 arguments");
  Value num, den;
  if (log_helper(vm, args[0], m_log, std::log(2.0), num).is_exception()) return Value::exception();
  if (nargs == 1) return num;
  if (log_helper(vm, args[1], m_log, std::log(2.0), den).is_exception()) return Value::exception();
  if (den.as_double() == 0.0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
  return Value::from_double(num.as_double() / den.as_double());
}

Value math_log2(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.log2", nargs, kwnames, 1, 1)) return Value::exception();
  Value r;
  return log_helper(vm, args[0], m_log2, 1.0, r);
}

Value math_log10(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.log10", nargs, kwnames, 1, 1)) return Value::exception();
  Value r;
  return log_helper(vm, args[0], m_log10, std::log10(2.0), r);
}

// ---------------------------------------------------------------- two arguments

bool two_doubles(VM& vm, const char* name, Value* args, int nargs, Tuple* kwnames, double& x,
                 double& y) {
  return positional_args(vm, name, nargs, kwnames, 2, 2) && real_to_double(vm, args[0], x) &&
         real_to_double(vm, args[1], y);
}

Value math_pow(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  double x, y;
  if (!two_doubles(vm, "math.pow", args, nargs, kwnames, x, y)) return Value::exception();
  double r = 0.0;
  int err = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    // IEEE specials, handled directly as CPython does.
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) {
        r = odd_y ? x : std::fabs(x);
      } else if (y == 0.0) {
        r = 1.0;
      } else {
        r = odd_y ? std::copysign(0.0, x) : 0.0;
      }
    } else {  // y is infinite
      if (std::fabs(x) == 1.0) {
        r = 1.0;
      } else if (y > 0.0 && std::fabs(x) > 1.0) {
        r = y;
      } else if (y < 0.0 && std::fabs(x) < 1.0) {
        r = -y;
      } else {
        r = 0.0;
      }
    }
  } else {
    r = std::pow(x, y);
    if (std::isnan(r)) {
      err = EDOM;
    } else if (std::isinf(r)) {
      err = x == 0.0 ? EDOM : ERANGE;
    }
  }
  if (err == EDOM) return domain_error(vm);
  if (err == ERANGE) return range_error(vm);
  return Value::from_double(r);
}

Value math_atan2(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  double y, x;
  if (!two_doubles(vm, "math.atan2", args, nargs, kwnames, y, x)) return Value::exception();
  double r = std::atan2(y, x);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  return Value::from_double(r);
}

Value math_copysign(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  double x, y;
  if (!two_doubles(vm, "math.copysign", args, nargs, kwnames, x, y)) return Value::exception();
  return Value::from_double(std::copysign(x, y));
}

Value math_fmod(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  double x, y;
  if (!two_doubles(vm, "math.fmod", args, nargs, kwnames, x, y)) return Value::exception();
  if (std::isinf(y) && std::isfinite(x)) return Value::from_double(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  return Value::from_double(r);
}

Value math_remainder(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  double x, y;
  if (!two_doubles(vm, "math.remainder", args, nargs, kwnames, x, y)) return Value::exception();
  if (std::isnan(x) || std::isnan(y)) return Value::from_double(NAN);
  if (std::isinf(x) || y == 0.0) return domain_error(vm);
  if (std::isinf(y)) return Value::from_double(x);
  return Value::from_double(std::remainder(x, y));
}

Value math_nextafter(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  double x, y;
  if (!two_doubles(vm, "math.nextafter", args, nargs, kwnames, x, y)) return Value::exception();
  return Value::from_double(std::nextafter(x, y));
}

Value math_ulp(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.ulp", nargs, kwnames, 1, 1)) return Value::exception();
  double x;
  if (!real_to_double(vm, args[0], x)) return Value::exception();
  if (std::isnan(x)) return Value::from_double(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::from_double(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) {
    double prev = std::nextafter(x, -INFINITY);
    return Value::from_double(x - prev);
  }
  return Value::from_double(next - x);
}

Value math_ldexp(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.ldexp", nargs, kwnames, 2, 2)) return Value::exception();
  double x;
  if (!real_to_double(vm, args[0], x)) return Value::exception();
  Value i = args[1];
  if (!(i.is_int() || i.is_bool() || (i.is_obj() && i.as_obj()->kind == ObjKind::BigInt))) {
    return vm.raise(vm.types.TypeError, "Expected an int as second argument to ldexp.");
  }
  int64_t exp;
  vm.index_value(i, exp, /*clamp=*/true);
  if (x == 0.0 || !std::isfinite(x)) return Value::from_double(x);
  if (exp > INT_MAX) return range_error(vm);
  if (exp < INT_MIN) return Value::from_double(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(exp));
  if (std::isinf(r)) return range_error(vm);
  return Value::from_double(r);
}

Value math_frexp(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.frexp", nargs, kwnames, 1, 1)) return Value::exception();
  double x;
  if (!real_to_double(vm, args[0], x)) return Value::exception();
  int e = 0;
  if (!std::isnan(x) && !std::isinf(x) && x != 0.0) x = std::frexp(x, &e);
  return Value::object(vm.tuple_of({Value::from_double(x), Value::small_int(e)}));
}

Value math_modf(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.modf", nargs, kwnames, 1, 1)) return Value::exception();
  double x;
  if (!real_to_double(vm, args[0], x)) return Value::exception();
  if (std::isinf(x)) {
    return Value::object(
        vm.tuple_of({Value::from_double(std::copysign(0.0, x)), Value::from_double(x)}));
  }
  if (std::isnan(x)) return Value::object(vm.tuple_of({Value::from_double(x), Value::from_double(x)}));
  double ip;
  double frac = std::modf(x, &ip);
  return Value::object(vm.tuple_of({Value::from_double(frac), Value::from_double(ip)}));
}

Value math_degrees(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.degrees", nargs, kwnames, 1, 1)) return Value::exception();
  double x;
  if (!real_to_double(vm, args[0], x)) return Value::exception();
  return Value::from_double(x * (180.0 / M_PI));
}

Value math_radians(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.radians", nargs, kwnames, 1, 1)) return Value::exception();
  double x;
  if (!real_to_double(vm, args[0], x)) return Value::exception();
  return Value::from_double(x * (M_PI / 180.0));
}

Value classify(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* qualname, int what) {
  if (!positional_args(vm, qualname, nargs, kwnames, 1, 1)) return Value::exception();
  double x;
  if (!real_to_double(vm, args[0], x)) return Value::exception();
  switch (what) {
    case 0: return Value::boolean(std::isnan(x));
    case 1: return Value::boolean(std::isinf(x));
    default: return Value::boolean(std::isfinite(x));
  }
}

Value math_isnan(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return classify(vm, args, nargs, kwnames, "math.isnan", 0);
}
Value math_isinf(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return classify(vm, args, nargs, kwnames, "math.isinf", 1);
}
Value math_isfinite(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return classify(vm, args, nargs, kwnames, "math.isfinite", 2);
}

Value math_isclose(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[4];
  if (nargs > 2) {
    return vm.raise_fmt(vm.types.TypeError,
                        "isclose() takes exactly 2 positional arguments (%d given)", nargs);
  }
  for (int k = 0; kwnames && k < static_cast<int>(kwnames->size); ++k) {
    std::string_view key = as_str(kwnames->items[k])->view();
    if (key != "a" && key != "b" && key != "rel_tol" && key != "abs_tol") {
      return vm.raise_fmt(vm.types.TypeError, "'%s' is an invalid keyword argument for isclose()",
                          as_str(kwnames->items[k])->data);
    }
  }
  if (!parse_args(vm, "isclose", args, nargs, kwnames, {"a", "b", "rel_tol", "abs_tol"}, 2, a)) {
    return Value::exception();
  }
  double x, y, rel_tol = 1e-9, abs_tol = 0.0;
  if (!real_to_double(vm, a[0], x) || !real_to_double(vm, a[1], y)) return Value::exception();
  if (!a[2].is_null() && !real_to_double(vm, a[2], rel_tol)) return Value::exception();
  if (!a[3].is_null() && !real_to_double(vm, a[3], abs_tol)) return Value::exception();
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    return vm.raise(vm.types.ValueError, "tolerances must be non-negative");
  }
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  return Value::boolean(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) ||
                        diff <= abs_tol);
}

// ---------------------------------------------------------------- sums and norms

// Shewchuk's exact summation with CPython's final half-even correction
// (msum in mathmodule.c).
Value math_fsum(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.fsum", nargs, kwnames, 1, 1)) return Value::exception();
  RootScope roots(vm);
  Value it = roots.add(vm.iter(args[0]));
  if (it.is_exception()) return it;
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Value item;
    int r = vm.next(it, item);
    if (r < 0) return Value::exception();
    if (r == 0) break;
    double x;
    if (!real_to_double(vm, item, x)) return Value::exception();
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // From an inf/nan summand, or an intermediate overflow.
        if (std::isfinite(xsave)) {
          return vm.raise(vm.types.OverflowError, "intermediate overflow in fsum");
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return vm.raise(vm.types.ValueError, "-inf + inf in fsum");
    return Value::from_double(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    double lo = 0.0;
    hi = p[--n];
    // Sum from the top while the sum stays exact.
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials (so fsum([1e-16, 1, 1e16]) rounds up).
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::from_double(hi);
}

// sqrt(sum(x*x)) with scaling, Veltkamp-Dekker splitting, compensated
// summation and a final correction, as CPython's vector_norm.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  const double T27 = 134217729.0;  // ldexp(1.0, 27) + 1.0
  size_t n = vec.size();
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e >= -1023) {
    double scale = std::ldexp(1.0, -max_e);
    for (double v : vec) {
      double x = v * scale;
      double t = x * T27;
      double hi = t - (t - x);
      double lo = x - hi;
      x = hi * hi;
      double oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    double x = h;
    double t = x * T27;
    double hi = t - (t - x);
    double lo = x - hi;
    x = -hi * hi;
    double oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // ldexp(1.0, -max_e) would overflow: divide by max instead.
  for (double v : vec) {
    double x = v / max;
    x = x * x;
    double oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * std::sqrt(csum - 1.0 + frac1);
}

Value math_hypot(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "math.hypot", kwnames)) return Value::exception();
  std::vector<double> coords;
  double max = 0.0;
  bool found_nan = false;
  for (int i = 0; i < nargs; ++i) {
    double x;
    if (!real_to_double(vm, args[i], x)) return Value::exception();
    x = std::fabs(x);
    coords.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(coords, max, found_nan));
}

Value math_dist(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.dist", nargs, kwnames, 2, 2)) return Value::exception();
  std::vector<Value> p, q;
  if (!vm.unpack_iterable(args[0], p) || !vm.unpack_iterable(args[1], q)) {
    return Value::exception();
  }
  if (p.size() != q.size()) {
    return vm.raise(vm.types.ValueError, "both points must have the same number of dimensions");
  }
  std::vector<double> diffs;
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < p.size(); ++i) {
    double px, qx;
    if (!real_to_double(vm, p[i], px) || !real_to_double(vm, q[i], qx)) return Value::exception();
    double x = std::fabs(px - qx);
    diffs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(diffs, max, found_nan));
}

Value math_prod(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];
  if (nargs != 1) {
    return vm.raise_fmt(vm.types.TypeError, "prod() takes exactly 1 positional argument (%d given)",
                        nargs);
  }
  if (!parse_args(vm, "prod", args, nargs, kwnames, {"iterable", "start"}, 1, a, 1)) {
    return Value::exception();
  }
  Value total = a[1].is_null() ? Value::small_int(1) : a[1];
  RootScope roots(vm);
  Value it = roots.add(vm.iter(a[0]));
  if (it.is_exception()) return it;
  size_t slot = vm.temp_roots.size();
  roots.add(total);
  for (;;) {
    Value item;
    int r = vm.next(it, item);
    if (r < 0) return Value::exception();
    if (r == 0) break;
    if (total.is_int() && item.is_int()) {
      int64_t m;
      if (!__builtin_mul_overflow(total.as_int(), item.as_int(), &m)) {
        total = vm.make_int(m);
        vm.temp_roots[slot] = total;
        continue;
      }
    }
    if (total.is_double() && item.is_double()) {
      total = Value::from_double(total.as_double() * item.as_double());
      continue;
    }
    total = vm.binary_op(total, item, BinaryOp::Mul);
    if (total.is_exception()) return total;
    vm.temp_roots[slot] = total;
  }
  return total;
}

// ---------------------------------------------------------------- integers

Value math_gcd(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "math.gcd", kwnames)) return Value::exception();
  Mpz acc, x;
  for (int i = 0; i < nargs; ++i) {
    if (int_arg(vm, args[i], x).is_exception()) return Value::exception();
    mpz_gcd(acc, acc, x);
  }
  return vm.make_bigint(acc);
}

Value math_lcm(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "math.lcm", kwnames)) return Value::exception();
  Mpz acc, x;
  mpz_set_ui(acc, 1);
  for (int i = 0; i < nargs; ++i) {
    if (int_arg(vm, args[i], x).is_exception()) return Value::exception();
    mpz_lcm(acc, acc, x);  // non-negative; 0 when x is 0
  }
  return vm.make_bigint(acc);
}

Value math_factorial(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.factorial", nargs, kwnames, 1, 1)) return Value::exception();
  if (args[0].is_double()) {
    return vm.raise(vm.types.TypeError, "'float' object cannot be interpreted as an integer");
  }
  Mpz n;
  if (int_arg(vm, args[0], n).is_exception()) return Value::exception();
  if (mpz_sgn(n.get()) < 0) return vm.raise(vm.types.ValueError, "factorial() not defined for negative values");
  if (!mpz_fits_slong_p(n)) {
    return vm.raise_fmt(vm.types.OverflowError, "factorial() argument should not exceed %ld",
                        LONG_MAX);
  }
  Mpz r;
  mpz_fac_ui(r, mpz_get_ui(n));
  return vm.make_bigint(r);
}

Value math_isqrt(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.isqrt", nargs, kwnames, 1, 1)) return Value::exception();
  Mpz n;
  if (int_arg(vm, args[0], n).is_exception()) return Value::exception();
  if (mpz_sgn(n.get()) < 0) return vm.raise(vm.types.ValueError, "isqrt() argument must be nonnegative");
  mpz_sqrt(n, n);
  return vm.make_bigint(n);
}

// comb(n, k) and perm(n, k): n and k non-negative ints of any size.
bool comb_args(VM& vm, Value nv, Value kv, mpz_t n, mpz_t k) {
  if (int_arg(vm, nv, n).is_exception() || int_arg(vm, kv, k).is_exception()) return false;
  if (mpz_sgn(n) < 0) {
    vm.raise(vm.types.ValueError, "n must be a non-negative integer");
    return false;
  }
  if (mpz_sgn(k) < 0) {
    vm.raise(vm.types.ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Value math_comb(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.comb", nargs, kwnames, 2, 2)) return Value::exception();
  Mpz n, k, r;
  if (!comb_args(vm, args[0], args[1], n, k)) return Value::exception();
  if (mpz_cmp(k, n) > 0) return Value::small_int(0);
  // comb(n, k) == comb(n, n-k): use the smaller k.
  Mpz nk;
  mpz_sub(nk, n, k);
  if (mpz_cmp(nk, k) < 0) mpz_set(k, nk);
  if (!mpz_fits_ulong_p(k)) {
    return vm.raise_fmt(vm.types.OverflowError, "min(n - k, k) must not exceed %ld", LONG_MAX);
  }
  mpz_bin_ui(r, n, mpz_get_ui(k));
  return vm.make_bigint(r);
}

Value math_perm(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "math.perm", nargs, kwnames, 1, 2)) return Value::exception();
  if (nargs == 1 || args[1].is_none()) return math_factorial(vm, args, 1, nullptr);
  Mpz n, k, r, factor;
  if (!comb_args(vm, args[0], args[1], n, k)) return Value::exception();
  if (mpz_cmp(k, n) > 0) return Value::small_int(0);
  if (!mpz_fits_ulong_p(k)) {
    return vm.raise_fmt(vm.types.OverflowError, "k must not exceed %ld", LONG_MAX);
  }
  // n * (n-1) * ... * (n-k+1)
  unsigned long count = mpz_get_ui(k);
  mpz_set_ui(r, 1);
  mpz_set(factor, n);
  for (unsigned long i = 0; i < count; ++i) {
    mpz_mul(r, r, factor);
    mpz_sub_ui(factor, factor, 1);
  }
  return vm.make_bigint(r);
}

}  // namespace

Module* init_math_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("math"));
  Dict* d = m->dict;
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static constexpr Entry kFunctions[] = {
      {"sqrt", math_sqrt},         {"exp", math_exp},           {"exp2", math_exp2},
      {"expm1", math_expm1},       {"log", math_log},           {"log2", math_log2},
      {"log10", math_log10},       {"log1p", math_log1p},       {"pow", math_pow},
      {"sin", math_sin},           {"cos", math_cos},           {"tan", math_tan},
      {"asin", math_asin},         {"acos", math_acos},         {"atan", math_atan},
      {"atan2", math_atan2},       {"sinh", math_sinh},         {"cosh", math_cosh},
      {"tanh", math_tanh},         {"asinh", math_asinh},       {"acosh", math_acosh},
      {"atanh", math_atanh},       {"fabs", math_fabs},         {"cbrt", math_cbrt},
      {"erf", math_erf},           {"erfc", math_erfc},         {"gamma", math_gamma},
      {"lgamma", math_lgamma},     {"floor", math_floor},       {"ceil", math_ceil},
      {"trunc", math_trunc},       {"copysign", math_copysign}, {"fmod", math_fmod},
      {"remainder", math_remainder}, {"nextafter", math_nextafter}, {"ulp", math_ulp},
      {"ldexp", math_ldexp},       {"frexp", math_frexp},       {"modf", math_modf},
      {"degrees", math_degrees},   {"radians", math_radians},   {"isnan", math_isnan},
      {"isinf", math_isinf},       {"isfinite", math_isfinite}, {"isclose", math_isclose},
      {"fsum", math_fsum},         {"hypot", math_hypot},       {"dist", math_dist},
      {"prod", math_prod},         {"gcd", math_gcd},           {"lcm", math_lcm},
      {"factorial", math_factorial}, {"isqrt", math_isqrt},     {"comb", math_comb},
      {"perm", math_perm},
  };
  for (const Entry& e : kFunctions) add_function(vm, d, e.name, e.fn);
  vm.set_global(d, "pi", Value::from_double(M_PI));
  vm.set_global(d, "e", Value::from_double(M_E));
  vm.set_global(d, "tau", Value::from_double(2 * M_PI));
  vm.set_global(d, "inf", Value::from_double(INFINITY));
  vm.set_global(d, "nan", Value::from_double(NAN));
  return m;
}

}  // namespace coil::vm
