// coil numeric library: Python 3.11's numeric hash (see hash.hpp).
#include "vm/numeric/hash.hpp"

#include <cmath>

#include "vm/numeric/mpz_util.hpp"

namespace coil::num {
namespace {

std::int64_t apply_sign(std::uint64_t reduced, bool negative) {
  auto h = static_cast<std::int64_t>(reduced);  // < 2**61, fits
  if (negative) h = -h;
  return h == -1 ? -2 : h;
}

// Multiplication by 2**e modulo 2**61 - 1 is a rotation of the 61-bit value.
std::uint64_t rotate_left_61(std::uint64_t x, int e) {
  if (e == 0) return x;
  return ((x << e) & kHashModulus) | (x >> (kHashBits - e));
}

}  // namespace

std::int64_t hash_int(IntView value) {
  if (value.is_small()) {
    return apply_sign(detail::magnitude(value.small()) % kHashModulus, value.small() < 0);
  }
  // mpz_tdiv_ui reduces |value|; unsigned long is 64-bit on coil's targets.
  static_assert(sizeof(unsigned long) == 8);
  return apply_sign(mpz_tdiv_ui(value.big(), kHashModulus), mpz_sgn(value.big()) < 0);
}

std::int64_t hash_double(double value, std::uintptr_t identity) {
  if (std::isnan(value)) return hash_pointer(identity);
  if (std::isinf(value)) return value > 0 ? kHashInf : -kHashInf;
  int e;
  double m = std::frexp(value, &e);
  const bool negative = m < 0;
  if (negative) m = -m;
  // Consume the mantissa 28 bits at a time, reducing as we go: x becomes the
  // integer m * 2**(bits consumed) modulo the modulus.
  std::uint64_t x = 0;
  while (m != 0.0) {
    x = rotate_left_61(x, 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    const auto chunk = static_cast<std::uint64_t>(m);
    m -= static_cast<double>(chunk);
    x += chunk;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  // Multiply by 2**e; 2**61 == 1 modulo the modulus, so reduce e mod 61.
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = rotate_left_61(x, e);
  return apply_sign(x, negative);
}

std::int64_t hash_pointer(std::uintptr_t identity) {
  static_assert(sizeof(std::uintptr_t) == 8);
  const std::uintptr_t rotated = (identity >> 4) | (identity << 60);
  const auto h = static_cast<std::int64_t>(rotated);
  return h == -1 ? -2 : h;
}

}  // namespace coil::num
