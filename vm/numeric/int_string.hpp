// coil numeric library: int <-> text.
//
// Decimal conversions are subject to Python 3.11's integer string conversion
// length limit (sys.set_int_max_str_digits, default 4300 digits; 0 means no
// limit). The limit is per interpreter, so it is a parameter here: the VM
// passes its own setting. Power-of-two bases are never limited.
#pragma once

#include <string>
#include <string_view>

#include "vm/numeric/integer.hpp"
#include "vm/numeric/status.hpp"

namespace coil::num {

inline constexpr int kDefaultMaxStrDigits = 4300;

// str(v) / repr(v).
Status int_to_decimal(IntView v, std::string& out,
                      int max_str_digits = kDefaultMaxStrDigits);

// base 10: str(v); base 2, 8, 16: bin(v), oct(v), hex(v) with the sign before
// the prefix ("-0x1f"); other bases 2..36 give bare digits. Only base 10 can
// fail (digit limit).
Status int_to_string(IntView v, int base, std::string& out,
                     int max_str_digits = kDefaultMaxStrDigits);

// Appends the lower-case digits of |v| in `base` (2..36); no sign, no prefix,
// no limit check.
void append_abs_digits(IntView v, int base, std::string& out);

// int(text, base): base 0 (auto-detect, leading zeros rejected) or 2..36;
// surrounding whitespace, a sign, '_' between digits and after a base prefix,
// prefixes 0x/0o/0b when they match the base, Unicode digits and spaces.
// Errors: ValueError "invalid literal for int() with base 10: 'abc'",
// "int() base must be >= 2 and <= 36, or 0" and the digit-limit error.
Status parse_int(std::string_view text, int base, Int& out,
                 int max_str_digits = kDefaultMaxStrDigits);

// An integer literal already validated by the lexer: decimal, 0x/0o/0b
// prefixed, with underscores. A decimal literal beyond the digit limit gives
// CPython's SyntaxError message (the compiler adds the location).
Status parse_int_literal(std::string_view literal, Int& out,
                         int max_str_digits = kDefaultMaxStrDigits);

}  // namespace coil::num
