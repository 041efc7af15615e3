// coil numeric library: Python 3.11's numeric hash.
//
// Numbers that compare equal hash equal across int, float and bool: the hash
// is the value reduced modulo the Mersenne prime 2**61 - 1, with the sign of
// the value; -1 is reserved for errors in CPython and becomes -2.
#pragma once

#include <cstdint>

#include "vm/numeric/integer.hpp"

namespace coil::num {

inline constexpr int kHashBits = 61;
inline constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << kHashBits) - 1;
inline constexpr std::int64_t kHashInf = 314159;

std::int64_t hash_int(IntView value);

// hash(float). A NaN hashes by object identity in CPython 3.11: pass the
// address (or any stable id) of the float object as `identity`.
std::int64_t hash_double(double value, std::uintptr_t identity);

// CPython's _Py_HashPointer: the identity rotated right by 4 bits. Also the
// default object hash (object.__hash__) for any object address.
std::int64_t hash_pointer(std::uintptr_t identity);

}  // namespace coil::num
