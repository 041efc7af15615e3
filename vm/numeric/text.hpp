// coil numeric library: the little Unicode/UTF-8 text support that Python's
// numeric parsing and formatting need. Strings are UTF-8 std::string_views.
//
//  * int()/float() accept any Unicode decimal digit (category Nd) and Unicode
//    whitespace: transform_decimal_and_space_to_ascii maps them to ASCII first,
//    as CPython does.
//  * Error messages quote the offending string with Python's str repr:
//    py_str_repr, which is repr(str)'s own (vm/objects/str.cpp) cut short.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "text/utf8.hpp"

namespace coil::num {

// Decodes the code point starting at byte `pos` and advances `pos`. A malformed
// sequence decodes one byte as 0xDC80 + byte (like surrogateescape). Encoding
// is text/utf8.hpp's utf8_append.
char32_t decode_utf8(std::string_view text, std::size_t& pos);
std::size_t count_code_points(std::string_view text);
// Byte length of the first `n` code points of `text` (all of it if shorter).
std::size_t code_point_prefix_bytes(std::string_view text, std::size_t n);

// The digit value 0..9 of a Unicode decimal digit (str.isdecimal), else -1.
int unicode_decimal_value(char32_t code_point);
// str.isspace for one code point.
bool unicode_is_space(char32_t code_point);
// Python's "space" for the ASCII parsers: ' ', \t, \n, \v, \f, \r.
inline bool ascii_is_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII (< 0x7f) is kept,
// Unicode whitespace becomes ' ', Unicode decimal digits become '0'..'9'; at
// the first other character a '?' is emitted and the rest is dropped.
std::string transform_decimal_and_space_to_ascii(std::string_view text);

// repr(str) of a UTF-8 string; if the repr exceeds `max_code_points` it is cut
// there (like the "%.200R" of CPython's messages).
std::string py_str_repr(std::string_view text,
                        std::size_t max_code_points = std::string::npos);

}  // namespace coil::num
