// coil numeric library, internal: small RAII and view helpers around GMP used
// by the .cpp files of vm/numeric and by the native modules that compute with
// GMP (builtins, math, random). Not part of the public API.
#pragma once

#include <gmp.h>

#include <cstdint>

#include "vm/numeric/integer.hpp"

namespace coil::num::detail {

inline std::uint64_t magnitude(std::int64_t v) {
  return v < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(v)
               : static_cast<std::uint64_t>(v);
}

// An owned, initialised mpz_t, cleared however its scope ends (an allocation
// failing throws std::bad_alloc through code holding it).
class Mpz {
 public:
  Mpz() { mpz_init(z_); }
  ~Mpz() { mpz_clear(z_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;

  operator mpz_ptr() { return z_; }  // NOLINT: used like an mpz_t
  operator mpz_srcptr() const { return z_; }  // NOLINT
  // For GMP's function-like macros (mpz_sgn, mpz_odd_p...), which need a pointer.
  mpz_srcptr get() const { return z_; }

 private:
  mpz_t z_;
};

// A read-only mpz for an IntView; a small value is wrapped without allocating.
class MpzArg {
 public:
  explicit MpzArg(IntView v) {
    if (!v.is_small()) {
      ptr_ = v.big();
      return;
    }
    limb_ = magnitude(v.small());
    ptr_ = mpz_roinit_n(tmp_, &limb_, v.sign());
  }
  MpzArg(const MpzArg&) = delete;
  MpzArg& operator=(const MpzArg&) = delete;

  operator mpz_srcptr() const { return ptr_; }  // NOLINT

 private:
  mp_limb_t limb_ = 0;
  mpz_t tmp_;
  mpz_srcptr ptr_;
};

// A read-only view of |z| sharing z's limbs.
class MpzAbs {
 public:
  explicit MpzAbs(mpz_srcptr z)
      : ptr_(mpz_roinit_n(tmp_, mpz_limbs_read(z),
                          static_cast<mp_size_t>(mpz_size(z)))) {}
  MpzAbs(const MpzAbs&) = delete;
  MpzAbs& operator=(const MpzAbs&) = delete;

  operator mpz_srcptr() const { return ptr_; }  // NOLINT
  mpz_srcptr get() const { return ptr_; }

 private:
  mpz_t tmp_;
  mpz_srcptr ptr_;
};

// Number of bits of |z| (0 for zero).
inline std::uint64_t bit_length(mpz_srcptr z) {
  return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
}

// Correctly rounded (half-even) double of q * 2**exp2, where `inexact` says
// the true value lies strictly between q * 2**exp2 and (q + 1) * 2**exp2.
// q >= 0. When inexact, q must have at least 55 bits (two guard bits). May
// return infinity on overflow.
double scaled_to_double(mpz_srcptr q, bool inexact, std::int64_t exp2);

}  // namespace coil::num::detail
