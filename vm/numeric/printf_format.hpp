// coil numeric library: printf-style ('%' operator) conversions.
//
// The VM parses the format string ("%(key)-08.3f"), fetches the arguments
// and converts them (e.g. a float for %d goes through int_from_double, an int
// for %f through int_to_double); these helpers then produce exactly what
// CPython 3.11's str % args writes for one conversion.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/numeric/int_string.hpp"
#include "vm/numeric/integer.hpp"
#include "vm/numeric/status.hpp"

namespace coil::num {

struct PrintfSpec {
  bool left_adjust = false;  // '-'
  bool plus_sign = false;    // '+'
  bool blank_sign = false;   // ' '
  bool alternate = false;    // '#'
  bool zero_pad = false;     // '0'
  std::int64_t width = -1;   // -1: not given (a negative '*' width means '-')
  std::int64_t precision = -1;
  char type = 's';           // the conversion character
};

// %d %i %u %o %x %X. Decimal conversions obey the digit limit.
Status printf_format_int(IntView v, const PrintfSpec& spec, std::string& out,
                         int max_str_digits = kDefaultMaxStrDigits);

// %e %E %f %F %g %G (default precision 6).
Status printf_format_float(double x, const PrintfSpec& spec, std::string& out);

// %s %r %a %c: pads (or, with a precision, truncates) already converted UTF-8
// text; widths count code points.
Status printf_format_text(std::string_view text, const PrintfSpec& spec, std::string& out);

}  // namespace coil::num
