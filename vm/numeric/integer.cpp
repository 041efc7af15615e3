// coil numeric library: Python int arithmetic (see integer.hpp).
//
// Every operation first tries the int64 fast path and falls back to GMP.
// Results are normalised through Int::adopt, so values that fit in int64 are
// always small.
#include "vm/numeric/integer.hpp"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <mutex>
#include <new>

#include "vm/numeric/floating.hpp"
#include "vm/numeric/mpz_util.hpp"

namespace coil::num {

using detail::bit_length;
using detail::magnitude;
using detail::Mpz;
using detail::MpzAbs;
using detail::MpzArg;

namespace {

// GMP's own allocation functions abort the process when memory runs out.
// These throw std::bad_alloc instead, which unwinds out of GMP (its C code
// carries unwind tables on every platform coil builds for) to the VM, which
// raises MemoryError; the result being built is an RAII Mpz, so it is freed.
// kMaxIntBits keeps any single request far below what fails in practice.
void* gmp_allocate(size_t n) {
  void* p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
void* gmp_reallocate(void* p, size_t, size_t n) {
  void* q = std::realloc(p, n);
  if (!q) throw std::bad_alloc();
  return q;
}
void gmp_free(void* p, size_t) { std::free(p); }

}  // namespace

void install_gmp_allocator() {
  // GMP's table is per process: set once, by the first VM.
  static std::once_flag once;
  std::call_once(once, [] { mp_set_memory_functions(gmp_allocate, gmp_reallocate, gmp_free); });
}

namespace {

constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();

// |v| <= 2**53: converts to double exactly.
bool exact_in_double(IntView v) {
  constexpr std::uint64_t kLimit = std::uint64_t{1} << 53;
  return v.is_small() && magnitude(v.small()) <= kLimit;
}

Status division_by_zero() {
  return zero_division_error("integer division or modulo by zero");
}

}  // namespace

// --- Int ---------------------------------------------------------------------

Int::Int(const Int& other) : big_flag_(other.big_flag_) {
  if (big_flag_) {
    mpz_init_set(&big_, &other.big_);
  } else {
    small_ = other.small_;
  }
}

Int::Int(Int&& other) noexcept : big_flag_(other.big_flag_) {
  if (big_flag_) {
    big_ = other.big_;  // GMP structs may be moved bitwise
    other.big_flag_ = false;
    other.small_ = 0;
  } else {
    small_ = other.small_;
  }
}

Int& Int::operator=(const Int& other) {
  if (this != &other) {
    Int copy(other);
    *this = std::move(copy);
  }
  return *this;
}

Int& Int::operator=(Int&& other) noexcept {
  if (this != &other) {
    reset();
    big_flag_ = other.big_flag_;
    if (big_flag_) {
      big_ = other.big_;
      other.big_flag_ = false;
      other.small_ = 0;
    } else {
      small_ = other.small_;
    }
  }
  return *this;
}

Int::~Int() { reset(); }

void Int::reset() noexcept {
  if (big_flag_) mpz_clear(&big_);
  big_flag_ = false;
  small_ = 0;
}

Int Int::from_mpz(mpz_srcptr z) {
  if (mpz_fits_slong_p(z)) return Int(mpz_get_si(z));
  Int result;
  mpz_init_set(&result.big_, z);
  result.big_flag_ = true;
  return result;
}

Int Int::adopt(mpz_ptr z) {
  if (mpz_fits_slong_p(z)) return Int(mpz_get_si(z));
  Int result;
  result.big_ = *z;
  result.big_flag_ = true;
  mpz_init(z);  // z no longer owns the limbs; GMP >= 6.2 does not allocate here
  return result;
}

void Int::move_big_into(mpz_ptr dest) noexcept {
  mpz_swap(dest, &big_);
  reset();
}

// --- Arithmetic that cannot fail ----------------------------------------------

Int int_add(IntView a, IntView b) {
  std::int64_t r;
  if (a.is_small() && b.is_small() && small_add(a.small(), b.small(), r)) return r;
  Mpz result;
  mpz_add(result, MpzArg(a), MpzArg(b));
  return Int::adopt(result);
}

Int int_sub(IntView a, IntView b) {
  std::int64_t r;
  if (a.is_small() && b.is_small() && small_sub(a.small(), b.small(), r)) return r;
  Mpz result;
  mpz_sub(result, MpzArg(a), MpzArg(b));
  return Int::adopt(result);
}

Int int_neg(IntView a) {
  std::int64_t r;
  if (a.is_small() && small_neg(a.small(), r)) return r;
  Mpz result;
  mpz_neg(result, MpzArg(a));
  return Int::adopt(result);
}

Int int_abs(IntView a) { return a.sign() < 0 ? int_neg(a) : int_copy(a); }

Int int_copy(IntView a) { return a.is_small() ? Int(a.small()) : Int::from_mpz(a.big()); }

Int int_invert(IntView a) {
  if (a.is_small()) return ~a.small();  // never overflows
  Mpz result;
  mpz_com(result, a.big());
  return Int::adopt(result);
}

Int int_and(IntView a, IntView b) {
  if (a.is_small() && b.is_small()) return a.small() & b.small();
  Mpz result;
  mpz_and(result, MpzArg(a), MpzArg(b));
  return Int::adopt(result);
}

Int int_or(IntView a, IntView b) {
  if (a.is_small() && b.is_small()) return a.small() | b.small();
  Mpz result;
  mpz_ior(result, MpzArg(a), MpzArg(b));
  return Int::adopt(result);
}

Int int_xor(IntView a, IntView b) {
  if (a.is_small() && b.is_small()) return a.small() ^ b.small();
  Mpz result;
  mpz_xor(result, MpzArg(a), MpzArg(b));
  return Int::adopt(result);
}

// --- Multiplication and division ------------------------------------------------

Status int_mul(IntView a, IntView b, Int& out) {
  std::int64_t r;
  if (a.is_small() && b.is_small() && small_mul(a.small(), b.small(), r)) {
    out = r;
    return {};
  }
  if (int_bit_length(a) + int_bit_length(b) > kMaxIntBits) return memory_error();
  Mpz result;
  mpz_mul(result, MpzArg(a), MpzArg(b));
  out = Int::adopt(result);
  return {};
}

Status int_floordiv(IntView a, IntView b, Int& out) {
  if (b.sign() == 0) return division_by_zero();
  std::int64_t r;
  if (a.is_small() && b.is_small() && small_floordiv(a.small(), b.small(), r)) {
    out = r;
    return {};
  }
  Mpz result;
  mpz_fdiv_q(result, MpzArg(a), MpzArg(b));
  out = Int::adopt(result);
  return {};
}

Status int_mod(IntView a, IntView b, Int& out) {
  if (b.sign() == 0) return zero_division_error("integer modulo by zero");
  std::int64_t r;
  if (a.is_small() && b.is_small() && small_mod(a.small(), b.small(), r)) {
    out = r;
    return {};
  }
  Mpz result;
  mpz_fdiv_r(result, MpzArg(a), MpzArg(b));
  out = Int::adopt(result);
  return {};
}

Status int_divmod(IntView a, IntView b, Int& quotient, Int& remainder) {
  if (b.sign() == 0) return division_by_zero();
  std::int64_t q, r;
  if (a.is_small() && b.is_small() && small_divmod(a.small(), b.small(), q, r)) {
    quotient = q;
    remainder = r;
    return {};
  }
  Mpz mq, mr;
  mpz_fdiv_qr(mq, mr, MpzArg(a), MpzArg(b));
  quotient = Int::adopt(mq);
  remainder = Int::adopt(mr);
  return {};
}

namespace detail {

double scaled_to_double(mpz_srcptr q, bool inexact, std::int64_t exp2) {
  const std::int64_t bits = static_cast<std::int64_t>(bit_length(q));
  if (bits == 0) return 0.0;
  // Exponent of the result's last mantissa bit: 53 bits of precision, or
  // fewer once the result is subnormal.
  const std::int64_t ulp_exp = std::max<std::int64_t>(bits + exp2 - 53, -1074);
  const std::int64_t drop = ulp_exp - exp2;
  if (drop <= 0) {  // q fits the mantissa: exact
    return std::ldexp(mpz_get_d(q), static_cast<int>(exp2));
  }
  if (drop > bits + 1) return 0.0;  // below half the smallest subnormal
  if (ulp_exp > 971) return HUGE_VAL;  // at least 2**(971 + 53) == 2**1024
  Mpz kept;
  mpz_tdiv_q_2exp(kept, q, static_cast<mp_bitcnt_t>(drop));
  std::uint64_t mantissa = mpz_get_ui(kept);
  const bool half = mpz_tstbit(q, static_cast<mp_bitcnt_t>(drop - 1)) != 0;
  const bool below_half_nonzero =
      inexact || mpz_scan1(q, 0) < static_cast<mp_bitcnt_t>(drop - 1);
  if (half && (below_half_nonzero || (mantissa & 1) != 0)) ++mantissa;
  return std::ldexp(static_cast<double>(mantissa), static_cast<int>(ulp_exp));
}

}  // namespace detail

Status int_true_divide(IntView a, IntView b, double& out) {
  if (b.sign() == 0) return zero_division_error("division by zero");
  if (exact_in_double(a) && exact_in_double(b)) {
    out = static_cast<double>(a.small()) / static_cast<double>(b.small());
    return {};
  }
  const bool negative = (a.sign() < 0) != (b.sign() < 0);
  const MpzArg ma(a), mb(b);
  const MpzAbs abs_a(ma), abs_b(mb);
  const std::int64_t diff = static_cast<std::int64_t>(bit_length(abs_a)) -
                            static_cast<std::int64_t>(bit_length(abs_b));
  const Status too_large = overflow_error("integer division result too large for a float");
  if (a.sign() == 0 || diff < -1200) {  // quotient rounds to zero
    out = negative ? -0.0 : 0.0;
    return {};
  }
  if (diff > 1025) return too_large;
  // Scale so the integer quotient has 55 or 56 bits: 53 plus guard bits.
  const std::int64_t shift = diff - 55;
  Mpz num, den, q, r;
  if (shift >= 0) {
    mpz_set(num, abs_a);
    mpz_mul_2exp(den, abs_b, static_cast<mp_bitcnt_t>(shift));
  } else {
    mpz_mul_2exp(num, abs_a, static_cast<mp_bitcnt_t>(-shift));
    mpz_set(den, abs_b);
  }
  mpz_tdiv_qr(q, r, num, den);
  const double result = detail::scaled_to_double(q, mpz_sgn(r.get()) != 0, shift);
  if (std::isinf(result)) return too_large;
  out = negative ? -result : result;
  return {};
}

// --- Powers ---------------------------------------------------------------------

namespace {

bool small_pow(std::int64_t base, std::uint64_t exp, std::int64_t& out) {
  std::int64_t result = 1;
  for (;;) {
    if ((exp & 1) != 0 && __builtin_mul_overflow(result, base, &result)) return false;
    exp >>= 1;
    if (exp == 0) break;
    if (__builtin_mul_overflow(base, base, &base)) return false;
  }
  out = result;
  return true;
}

bool is_odd(IntView v) {
  return v.is_small() ? (v.small() & 1) != 0 : mpz_odd_p(v.big()) != 0;
}

}  // namespace

Status int_pow(IntView base, IntView exp, Int& out) {
  if (exp.sign() < 0) return value_error("int_pow: negative exponent (use int_pow_float)");
  if (base.is_small() && base.small() >= -1 && base.small() <= 1) {
    const std::int64_t b = base.small();
    if (b == 0) {
      out = exp.sign() == 0 ? 1 : 0;
    } else {
      out = (b == -1 && is_odd(exp)) ? -1 : 1;
    }
    return {};
  }
  if (!exp.is_small()) return memory_error();
  const auto e = static_cast<std::uint64_t>(exp.small());
  std::int64_t r;
  if (base.is_small() && small_pow(base.small(), e, r)) {
    out = r;
    return {};
  }
  // |base| >= 2 has at least (bits - 1) * e + 1 bits in its power.
  std::uint64_t min_bits;
  if (__builtin_mul_overflow(int_bit_length(base) - 1, e, &min_bits) ||
      min_bits >= kMaxIntBits) {
    return memory_error();
  }
  Mpz result;
  mpz_pow_ui(result, MpzArg(base), e);
  out = Int::adopt(result);
  return {};
}

Status int_pow_float(IntView base, IntView exp, double& out) {
  double b, e;
  if (Status s = int_to_double(base, b); !s.ok()) return s;
  if (Status s = int_to_double(exp, e); !s.ok()) return s;
  return float_pow(b, e, out);
}

namespace {

__extension__ typedef unsigned __int128 Uint128;  // __extension__: GCC builtin type

// All-int64 pow(base, exp, mod) with exp >= 0 and mod != 0, via 128-bit
// products. Returns the result with the sign convention of Python.
std::int64_t small_pow_mod(std::int64_t base, std::int64_t exp, std::int64_t mod) {
  const std::uint64_t m = magnitude(mod);
  Uint128 acc = 1 % m;
  // Reduce the base into [0, m).
  std::uint64_t x = magnitude(base) % m;
  if (base < 0 && x != 0) x = m - x;
  for (auto e = static_cast<std::uint64_t>(exp); e != 0; e >>= 1) {
    if ((e & 1) != 0) acc = (acc * x) % m;
    x = static_cast<std::uint64_t>((static_cast<Uint128>(x) * x) % m);
  }
  const auto result = static_cast<std::uint64_t>(acc);
  if (mod < 0 && result != 0) return static_cast<std::int64_t>(result - m);
  return static_cast<std::int64_t>(result);
}

}  // namespace

Status int_pow_mod(IntView base, IntView exp, IntView mod, Int& out) {
  if (mod.sign() == 0) return value_error("pow() 3rd argument cannot be 0");
  if (base.is_small() && exp.is_small() && mod.is_small() && exp.small() >= 0) {
    out = small_pow_mod(base.small(), exp.small(), mod.small());
    return {};
  }
  const MpzArg m(mod);
  const MpzAbs abs_m(m);
  if (mpz_cmp_ui(abs_m.get(), 1) == 0) {
    out = 0;
    return {};
  }
  Mpz b, e, result;
  mpz_mod(b, MpzArg(base), abs_m);  // non-negative residue
  mpz_set(e, MpzArg(exp));
  if (mpz_sgn(e.get()) < 0) {
    if (mpz_invert(b, b, abs_m) == 0) {
      return value_error("base is not invertible for the given modulus");
    }
    mpz_neg(e, e);
  }
  mpz_powm(result, b, e, abs_m);
  if (mod.sign() < 0 && mpz_sgn(result.get()) != 0) mpz_sub(result, result, abs_m);
  out = Int::adopt(result);
  return {};
}

// --- Shifts ---------------------------------------------------------------------

namespace {

// The error CPython 3.11 gives for a left shift too large to perform: it
// computes the size in 30-bit digits, and reports OverflowError when that
// exceeds its maximum object size, MemoryError otherwise.
Status huge_lshift_error(IntView a, IntView count) {
  constexpr std::uint64_t kMaxLongDigits = 2305843009213693945ULL;
  constexpr std::uint64_t kClippedWordShift = 2305843009213693951ULL;
  const std::uint64_t old_digits = (int_bit_length(a) + 29) / 30;
  Mpz word_shift;
  const std::uint64_t rem_shift =
      mpz_fdiv_q_ui(word_shift, MpzArg(count), 30);
  std::uint64_t new_digits = kClippedWordShift;
  if (mpz_cmp_ui(word_shift.get(), kClippedWordShift) < 0) {
    new_digits = mpz_get_ui(word_shift) + old_digits + (rem_shift != 0 ? 1 : 0);
  }
  if (new_digits > kMaxLongDigits) return overflow_error("too many digits in integer");
  return memory_error();
}

}  // namespace

Status int_lshift(IntView a, IntView count, Int& out) {
  if (count.sign() < 0) return value_error("negative shift count");
  std::int64_t r;
  if (a.is_small() && count.is_small() && small_lshift(a.small(), count.small(), r)) {
    out = r;
    return {};
  }
  if (a.sign() == 0) {
    out = 0;
    return {};
  }
  if (!count.is_small() ||
      int_bit_length(a) + static_cast<std::uint64_t>(count.small()) > kMaxIntBits) {
    return huge_lshift_error(a, count);
  }
  Mpz result;
  mpz_mul_2exp(result, MpzArg(a), static_cast<mp_bitcnt_t>(count.small()));
  out = Int::adopt(result);
  return {};
}

Status int_rshift(IntView a, IntView count, Int& out) {
  if (count.sign() < 0) return value_error("negative shift count");
  std::int64_t r;
  if (a.is_small() && count.is_small() && small_rshift(a.small(), count.small(), r)) {
    out = r;
    return {};
  }
  if (!count.is_small() || static_cast<std::uint64_t>(count.small()) >= int_bit_length(a)) {
    out = a.sign() < 0 ? -1 : 0;
    return {};
  }
  Mpz result;
  mpz_fdiv_q_2exp(result, MpzArg(a), static_cast<mp_bitcnt_t>(count.small()));
  out = Int::adopt(result);
  return {};
}

// --- Conversions and queries -------------------------------------------------------

Status int_to_double(IntView a, double& out) {
  if (a.is_small()) {
    out = static_cast<double>(a.small());  // rounds half-even
    return {};
  }
  const MpzAbs abs_a(a.big());
  const double magnitude_d = detail::scaled_to_double(abs_a, false, 0);
  if (std::isinf(magnitude_d)) return overflow_error("int too large to convert to float");
  out = a.sign() < 0 ? -magnitude_d : magnitude_d;
  return {};
}

Status int_from_double(double d, Int& out) {
  if (std::isnan(d)) return value_error("cannot convert float NaN to integer");
  if (std::isinf(d)) return overflow_error("cannot convert float infinity to integer");
  constexpr double kTwo63 = 9223372036854775808.0;
  if (d > -kTwo63 && d < kTwo63) {
    out = static_cast<std::int64_t>(d);  // truncates toward zero
    return {};
  }
  Mpz result;
  mpz_set_d(result, d);  // |d| >= 2**63 is an integer: exact
  out = Int::adopt(result);
  return {};
}

bool int_to_int64(IntView a, std::int64_t& out) {
  if (a.is_small()) {
    out = a.small();
    return true;
  }
  if (!mpz_fits_slong_p(a.big())) return false;
  out = mpz_get_si(a.big());
  return true;
}

int int_compare(IntView a, IntView b) {
  if (a.is_small() && b.is_small()) return (a.small() > b.small()) - (a.small() < b.small());
  const int c = mpz_cmp(MpzArg(a), MpzArg(b));
  return (c > 0) - (c < 0);
}

Ordering int_compare_float(IntView a, double d) {
  if (std::isnan(d)) return Ordering::Unordered;
  if (exact_in_double(a)) {
    const double x = static_cast<double>(a.small());
    return x < d ? Ordering::Less : (x > d ? Ordering::Greater : Ordering::Equal);
  }
  const int c = mpz_cmp_d(MpzArg(a), d);  // exact, also for infinities
  return c < 0 ? Ordering::Less : (c > 0 ? Ordering::Greater : Ordering::Equal);
}

std::uint64_t int_bit_length(IntView a) {
  if (a.is_small()) {
    const std::uint64_t m = magnitude(a.small());
    return m == 0 ? 0 : 64 - static_cast<std::uint64_t>(__builtin_clzll(m));
  }
  return bit_length(a.big());
}

std::uint64_t int_bit_count(IntView a) {
  if (a.is_small()) return static_cast<std::uint64_t>(__builtin_popcountll(magnitude(a.small())));
  return mpz_popcount(MpzAbs(a.big()));
}

}  // namespace coil::num
