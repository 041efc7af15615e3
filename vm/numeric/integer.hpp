// coil numeric library: Python int arithmetic.
//
// A Python int is either a small int64_t or a GMP big integer (mpz). The VM
// owns its objects; this library works on values:
//   * IntView - a non-owning read-only view of either representation, cheap to
//     pass by value. The VM builds one from its int64 or from its heap mpz.
//   * Int     - an owning result, always normalised: results that fit in
//     int64 are small. The VM either reads small() or moves the mpz out with
//     move_big_into().
// The int64 fast paths at the bottom of this file are inline so the
// interpreter's hot loop can try them before calling the general functions.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <limits>

#include "vm/numeric/status.hpp"

namespace coil::num {

static_assert(GMP_LIMB_BITS == 64 && GMP_NAIL_BITS == 0,
              "coil assumes 64-bit GMP limbs without nails");

// Largest result, in bits, that an operation will build. Beyond it the
// operation reports MemoryError (as CPython eventually does) instead of
// letting GMP abort the process.
inline constexpr std::uint64_t kMaxIntBits = std::uint64_t{1} << 32;

// Makes GMP throw std::bad_alloc when an allocation fails, instead of
// aborting the process (once per process; every VM calls it).
void install_gmp_allocator();

class IntView;

class Int {
 public:
  Int() noexcept : big_flag_(false), small_(0) {}
  Int(std::int64_t value) noexcept : big_flag_(false), small_(value) {}  // NOLINT: implicit by design
  Int(const Int& other);
  Int(Int&& other) noexcept;
  Int& operator=(const Int& other);
  Int& operator=(Int&& other) noexcept;
  ~Int();

  // Copies `z` (normalising to small when it fits).
  static Int from_mpz(mpz_srcptr z);
  // Takes over z's storage (normalising); z is left as a valid zero.
  static Int adopt(mpz_ptr z);

  bool is_small() const noexcept { return !big_flag_; }
  std::int64_t small() const noexcept { return small_; }
  mpz_srcptr big() const noexcept { return &big_; }
  IntView view() const noexcept;

  // Precondition: !is_small(). Swaps the big value into `dest` (an
  // initialised mpz; its old value ends up destroyed with this Int, which
  // becomes 0). No allocation, no copy.
  void move_big_into(mpz_ptr dest) noexcept;

 private:
  void reset() noexcept;

  bool big_flag_;
  union {
    std::int64_t small_;
    __mpz_struct big_;
  };
};

// Like std::string_view, an IntView must not outlive what it views: never
// keep one made from a temporary Int.
class IntView {
 public:
  constexpr IntView(std::int64_t value) noexcept  // NOLINT: implicit by design
      : small_(value), big_(nullptr) {}
  IntView(const Int& value) noexcept  // NOLINT: implicit by design
      : small_(value.is_small() ? value.small() : 0),
        big_(value.is_small() ? nullptr : value.big()) {}
  // The VM's heap integer. Need not be normalised, but usually is.
  static IntView of_mpz(mpz_srcptr z) noexcept { return IntView(z); }

  bool is_small() const noexcept { return big_ == nullptr; }
  std::int64_t small() const noexcept { return small_; }
  mpz_srcptr big() const noexcept { return big_; }
  int sign() const noexcept {
    if (big_ != nullptr) return mpz_sgn(big_);
    return (small_ > 0) - (small_ < 0);
  }

 private:
  explicit IntView(mpz_srcptr z) noexcept : small_(0), big_(z) {}

  std::int64_t small_;
  mpz_srcptr big_;
};

inline IntView Int::view() const noexcept { return IntView(*this); }

// --- Arithmetic that cannot fail ------------------------------------------
Int int_copy(IntView a);  // an owned (normalised) copy
Int int_add(IntView a, IntView b);
Int int_sub(IntView a, IntView b);
Int int_neg(IntView a);
Int int_abs(IntView a);
Int int_invert(IntView a);  // ~a == -a - 1
Int int_and(IntView a, IntView b);  // & | ^ use infinite two's complement
Int int_or(IntView a, IntView b);
Int int_xor(IntView a, IntView b);

// --- Arithmetic that can fail ----------------------------------------------
Status int_mul(IntView a, IntView b, Int& out);  // MemoryError if enormous
// a // b, a % b, divmod(a, b): floor semantics (remainder has b's sign).
Status int_floordiv(IntView a, IntView b, Int& out);
Status int_mod(IntView a, IntView b, Int& out);
Status int_divmod(IntView a, IntView b, Int& quotient, Int& remainder);
// base ** exp for exp >= 0. For exp < 0 Python produces a float: the VM must
// call int_pow_float instead (int_pow then returns a ValueError).
Status int_pow(IntView base, IntView exp, Int& out);
// base ** exp computed in floating point (used when exp < 0), with CPython's
// conversion and float_pow errors, e.g. 0 ** -1 is a ZeroDivisionError.
Status int_pow_float(IntView base, IntView exp, double& out);
// pow(base, exp, mod); a negative exp uses the modular inverse.
Status int_pow_mod(IntView base, IntView exp, IntView mod, Int& out);
Status int_lshift(IntView a, IntView count, Int& out);
Status int_rshift(IntView a, IntView count, Int& out);
// a / b, correctly rounded like CPython's long_true_divide.
Status int_true_divide(IntView a, IntView b, double& out);

// --- Conversions and queries ------------------------------------------------
// float(a), correctly rounded (round-half-even).
Status int_to_double(IntView a, double& out);
// int(d): truncates toward zero; exact for huge values.
Status int_from_double(double d, Int& out);
// True (and sets out) if a fits in int64.
bool int_to_int64(IntView a, std::int64_t& out);
int int_compare(IntView a, IntView b);  // -1, 0 or 1

enum class Ordering : std::int8_t { Less = -1, Equal = 0, Greater = 1, Unordered = 2 };
// Exact comparison of an int with a float, like CPython (no rounding of a);
// Unordered when d is NaN.
Ordering int_compare_float(IntView a, double d);

std::uint64_t int_bit_length(IntView a);  // int.bit_length()
std::uint64_t int_bit_count(IntView a);   // int.bit_count()

// --- int64 fast paths --------------------------------------------------------
// Each returns true and sets `out` when the result is an int64; false means
// "use the general function above" (overflow, zero divisor, bad count...).

inline bool small_add(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
  return !__builtin_add_overflow(a, b, &out);
}

inline bool small_sub(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
  return !__builtin_sub_overflow(a, b, &out);
}

inline bool small_mul(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
  return !__builtin_mul_overflow(a, b, &out);
}

inline bool small_neg(std::int64_t a, std::int64_t& out) noexcept {
  if (a == std::numeric_limits<std::int64_t>::min()) return false;
  out = -a;
  return true;
}

// Floor division: C++ truncates, so step down when the signs differ and the
// division is inexact.
inline bool small_floordiv(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
  if (b == 0 || (b == -1 && a == std::numeric_limits<std::int64_t>::min())) return false;
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  out = q;
  return true;
}

inline bool small_mod(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
  if (b == 0) return false;
  if (b == -1) {  // INT64_MIN % -1 is undefined behaviour in C++
    out = 0;
    return true;
  }
  std::int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  out = r;
  return true;
}

inline bool small_divmod(std::int64_t a, std::int64_t b, std::int64_t& quotient,
                         std::int64_t& remainder) noexcept {
  return small_floordiv(a, b, quotient) && small_mod(a, b, remainder);
}

inline bool small_lshift(std::int64_t a, std::int64_t count, std::int64_t& out) noexcept {
  if (count < 0) return false;
  if (a == 0) {
    out = 0;
    return true;
  }
  if (count > 63) return false;
  const std::int64_t shifted =
      static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << count);
  if ((shifted >> count) != a) return false;  // bits (or the sign) were lost
  out = shifted;
  return true;
}

inline bool small_rshift(std::int64_t a, std::int64_t count, std::int64_t& out) noexcept {
  if (count < 0) return false;
  out = count > 63 ? (a < 0 ? -1 : 0) : (a >> count);  // arithmetic shift == floor
  return true;
}

}  // namespace coil::num
