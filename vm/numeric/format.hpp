// coil numeric library: the format specification mini-language.
//
// format(value, spec) for int, float and str, producing exactly what CPython
// 3.11's int.__format__, float.__format__ and str.__format__ produce,
// including their error messages:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// Strings are UTF-8; widths and precisions count code points. The 'n' type
// formats as in the C locale (CPython leaves LC_NUMERIC as "C" by default):
// no grouping and a '.' decimal point.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/numeric/int_string.hpp"
#include "vm/numeric/integer.hpp"
#include "vm/numeric/status.hpp"

namespace coil::num {

struct FormatSpec {
  char32_t fill = U' ';
  char align = '>';          // '<', '>', '^' or '='
  char sign = '\0';          // '+', '-', ' ' or '\0' (not given)
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  std::int64_t width = -1;   // -1: not given
  char grouping = '\0';      // ',', '_' or '\0'
  std::int64_t precision = -1;  // -1: not given
  char32_t type = 0;         // presentation type; 0: none
};

// Parses a non-empty spec the way CPython does for an object whose
// __format__ uses `default_type` ('d' for int, 0 for float, 's' for str) and
// `default_align` ('>' for numbers, '<' for str). `type_name` is the object's
// type name, used in error messages.
Status parse_format_spec(std::string_view spec, char32_t default_type, char default_align,
                         std::string_view type_name, FormatSpec& out);

// format(v, spec) for an int. `type_name` is "int" or the subclass name
// ("bool": note format(True, "") is "True", which the VM handles itself since
// an empty spec means str(value)). `max_str_digits` is the interpreter's
// integer string conversion limit.
Status format_int(IntView v, std::string_view spec, std::string& out,
                  std::string_view type_name = "int",
                  int max_str_digits = kDefaultMaxStrDigits);

// format(x, spec) for a float.
Status format_float(double x, std::string_view spec, std::string& out,
                    std::string_view type_name = "float");

// format(s, spec) for a str (UTF-8).
Status format_str(std::string_view s, std::string_view spec, std::string& out,
                  std::string_view type_name = "str");

}  // namespace coil::num
