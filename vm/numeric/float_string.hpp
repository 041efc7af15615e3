// coil numeric library: float <-> text with CPython 3.11 semantics.
//
// double_to_string is the equivalent of CPython's PyOS_double_to_string: it
// turns a double into correctly rounded decimal digits (std::to_chars, exact
// and locale independent) and lays them out with Python's rules. repr(float),
// str(float), format() and %-formatting are all built on it.
#pragma once

#include <string>
#include <string_view>

#include "vm/numeric/status.hpp"

namespace coil::num {

// Flags for double_to_string (CPython's Py_DTSF_*).
enum FloatFormatFlags : unsigned {
  kFloatAlwaysSign = 1u << 0,   // '+' for non-negative values
  kFloatAddDot0 = 1u << 1,      // "1.0" rather than "1" (not in exponent form)
  kFloatAlternate = 1u << 2,    // '#': keep the decimal point / trailing zeros
  kFloatNoNegativeZero = 1u << 3,  // 'z': "-0.00" becomes "0.00"
};

// format_code: 'e', 'E', 'f', 'F', 'g', 'G' (precision as in printf; 'g' with
// precision 0 means 1) or 'r' (shortest repr digits; precision ignored).
// Upper-case codes give "E", "INF", "NAN".
std::string double_to_string(double value, char format_code, int precision,
                             unsigned flags);

// repr(x) == str(x): "1.0", "0.1", "1e+16", "1e-05", "inf", "nan", "-0.0".
std::string float_repr(double value);

// float(text): surrounding whitespace, sign, '_' between digits, "inf",
// "infinity" and "nan" in any case, Unicode digits and spaces. Overflow gives
// +-inf like CPython. Error: ValueError "could not convert string to float:
// <repr of text>".
Status parse_float(std::string_view text, double& out);

}  // namespace coil::num
