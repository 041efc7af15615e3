// coil numeric library: Python float arithmetic (see floating.hpp).
#include "vm/numeric/floating.hpp"

#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

#include "vm/numeric/mpz_util.hpp"

namespace coil::num {

using detail::Mpz;

namespace {

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// Python's modulo: C's fmod, moved into the divisor's sign. A zero remainder
// also takes the divisor's sign.
double python_fmod(double a, double b) {
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

}  // namespace

Status float_div(double a, double b, double& out) {
  if (b == 0.0) return zero_division_error("float division by zero");
  out = a / b;
  return {};
}

Status float_mod(double a, double b, double& out) {
  if (b == 0.0) return zero_division_error("float modulo");
  out = python_fmod(a, b);
  return {};
}

Status float_divmod(double a, double b, double& quotient, double& remainder) {
  if (b == 0.0) return zero_division_error("float divmod()");
  double mod = std::fmod(a, b);
  // (a - mod) is, up to rounding, an exact multiple of b.
  double div = (a - mod) / b;
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;  // snap to the nearest integer
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  quotient = floordiv;
  remainder = mod;
  return {};
}

Status float_floordiv(double a, double b, double& out) {
  if (b == 0.0) return zero_division_error("float floor division by zero");
  double remainder;
  return float_divmod(a, b, out, remainder);
}

Status float_pow(double a, double b, double& out) {
  if (b == 0.0) {  // x**0 is 1, even for nan
    out = 1.0;
    return {};
  }
  if (std::isnan(a)) {
    out = a;
    return {};
  }
  if (std::isnan(b)) {
    out = a == 1.0 ? 1.0 : b;
    return {};
  }
  if (std::isinf(b)) {
    const double abs_a = std::fabs(a);
    if (abs_a == 1.0) {
      out = 1.0;
    } else if ((b > 0.0) == (abs_a > 1.0)) {
      out = HUGE_VAL;
    } else {
      out = 0.0;
    }
    return {};
  }
  if (std::isinf(a)) {
    const bool odd = is_odd_integer(b);
    if (b > 0.0) {
      out = odd ? a : std::fabs(a);
    } else {
      out = odd ? std::copysign(0.0, a) : 0.0;
    }
    return {};
  }
  if (a == 0.0) {
    if (b < 0.0) return zero_division_error("0.0 cannot be raised to a negative power");
    out = is_odd_integer(b) ? a : 0.0;
    return {};
  }
  bool negate = false;
  if (a < 0.0) {
    if (b != std::floor(b)) {
      return value_error("negative number cannot be raised to a fractional power");
    }
    a = -a;
    negate = is_odd_integer(b);
  }
  if (a == 1.0) {  // also (-1) ** huge, which some libms get wrong
    out = negate ? -1.0 : 1.0;
    return {};
  }
  double result = std::pow(a, b);
  if (std::isinf(result)) return overflow_error("(34, 'Numerical result out of range')");
  out = negate ? -result : result;
  return {};
}

Status float_round_to_int(double x, Int& out) {
  if (!std::isfinite(x)) return int_from_double(x, out);  // NaN/inf errors
  double rounded = std::round(x);  // ties away from zero...
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // ...so fix ties
  return int_from_double(rounded, out);
}

Status float_round(double x, std::int64_t ndigits, double& out) {
  // CPython returns x beyond 323 digits and a signed zero below -308.
  constexpr std::int64_t kMaxDigits = 323;
  constexpr std::int64_t kMinDigits = -308;
  if (!std::isfinite(x) || x == 0.0 || ndigits > kMaxDigits) {
    out = x;
    return {};
  }
  if (ndigits < kMinDigits) {
    out = 0.0 * x;
    return {};
  }
  // |x| == m * 2**e exactly. Compute q = round-half-even(|x| * 10**ndigits)
  // as the exact rational num / den, then convert "q e-ndigits" back with a
  // correctly rounded decimal-to-binary conversion.
  int e;
  const double fraction = std::frexp(std::fabs(x), &e);
  const auto m = static_cast<unsigned long>(std::ldexp(fraction, 53));
  e -= 53;
  Mpz num, den, power, q, r;
  mpz_set_ui(num, m);
  mpz_set_ui(den, 1);
  mpz_ui_pow_ui(power, 10, static_cast<unsigned long>(ndigits >= 0 ? ndigits : -ndigits));
  mpz_mul(ndigits >= 0 ? num : den, ndigits >= 0 ? num : den, power);
  if (e >= 0) {
    mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  } else {
    mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  }
  mpz_tdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  const int half_cmp = mpz_cmp(r, den);
  if (half_cmp > 0 || (half_cmp == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q, q, 1);
  if (mpz_sgn(q.get()) == 0) {
    out = std::copysign(0.0, x);
    return {};
  }
  std::string text(mpz_sizeinbase(q, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, q);
  text.resize(std::char_traits<char>::length(text.data()));
  text += 'e';
  text += std::to_string(-ndigits);
  double magnitude = 0.0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), magnitude);
  if (result.ec == std::errc::result_out_of_range) {
    return overflow_error("rounded value too large to represent");
  }
  out = std::copysign(magnitude, x);
  return {};
}

bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

std::string float_hex(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  std::string out = std::signbit(x) ? "-0x" : "0x";
  if (x == 0.0) return out + "0.0p+0";
  // Normalise to m in [1, 2) (or [0, 1) for subnormals) times 2**e.
  int e;
  double m = std::frexp(std::fabs(x), &e);
  const int shift = 1 - std::max(-1021 - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static constexpr char kHex[] = "0123456789abcdef";
  const int lead = static_cast<int>(m);
  out += kHex[lead];
  out += '.';
  m -= lead;
  for (int k = 0; k < 13; ++k) {  // 52 fraction bits
    m *= 16.0;
    const int digit = static_cast<int>(m);
    out += kHex[digit];
    m -= digit;
  }
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return out;
}

Status float_as_integer_ratio(double x, Int& numerator, Int& denominator) {
  if (std::isinf(x)) return overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return value_error("cannot convert NaN to integer ratio");
  int e;
  double fraction = std::frexp(x, &e);
  // Double the fraction until it is an integer: at most 53 exact steps.
  while (fraction != std::floor(fraction)) {
    fraction *= 2.0;
    --e;
  }
  Mpz num, den;
  mpz_set_d(num, fraction);
  mpz_set_ui(den, 1);
  if (e > 0) {
    mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  } else {
    mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  }
  // Both parts share only powers of two: cancel them.
  if (mpz_sgn(num.get()) != 0 && e < 0) {
    const mp_bitcnt_t common = std::min<mp_bitcnt_t>(mpz_scan1(num, 0), static_cast<mp_bitcnt_t>(-e));
    mpz_tdiv_q_2exp(num, num, common);
    mpz_tdiv_q_2exp(den, den, common);
  }
  numerator = Int::adopt(num);
  denominator = Int::adopt(den);
  return {};
}

}  // namespace coil::num
