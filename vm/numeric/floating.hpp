// coil numeric library: Python float arithmetic with CPython 3.11 semantics.
//
// Plain + - * on doubles need no help; this file covers the operations whose
// Python semantics differ from C's (floor division, modulo, power, rounding)
// plus a few float methods. Conversions to and from text live in
// float_string.hpp.
#pragma once

#include <cstdint>
#include <string>

#include "vm/numeric/integer.hpp"
#include "vm/numeric/status.hpp"

namespace coil::num {

// a / b ("float division by zero").
Status float_div(double a, double b, double& out);
// a // b, a % b, divmod(a, b): the remainder takes b's sign, like CPython.
Status float_floordiv(double a, double b, double& out);
Status float_mod(double a, double b, double& out);
Status float_divmod(double a, double b, double& quotient, double& remainder);

// a ** b with CPython's special cases and errors. A negative base with a
// non-integral exponent gives a complex number in Python: the VM computes
// that case as complex before calling this (vm/objects/float.cpp); here it
// is ValueError "negative number cannot be raised to a fractional power", as
// math.pow says.
Status float_pow(double a, double b, double& out);

// round(x): nearest int, ties to even.
Status float_round_to_int(double x, Int& out);
// round(x, ndigits), correctly rounded like CPython's double_round. The VM
// clamps a huge Python ndigits to the int64 range (CPython clamps to ssize_t).
Status float_round(double x, std::int64_t ndigits, double& out);

bool float_is_integer(double x);  // float.is_integer()
std::string float_hex(double x);  // float.hex()
// float.as_integer_ratio(), in lowest terms with a positive denominator.
Status float_as_integer_ratio(double x, Int& numerator, Int& denominator);

}  // namespace coil::num
