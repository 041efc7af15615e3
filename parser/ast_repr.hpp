// Python's repr() of the literal values an AST holds, shared by ast::dump
// and ast::unparse (both must print constants exactly as CPython does).
#pragma once

#include <string>
#include <string_view>

namespace coil::ast {

// repr() of a str given as UTF-8 (surrogates as 3-byte sequences).
std::string repr_str(std::string_view s);
// repr() of a bytes value.
std::string repr_bytes(std::string_view s);
// repr(float), or the imaginary part of repr(complex) when `add_dot_zero`
// is false ("1j", not "1.0j").
std::string repr_float(double v, bool add_dot_zero);
// An int literal as written (0x/0o/0b prefix, no underscores) in decimal.
std::string int_to_decimal(std::string_view text);

}  // namespace coil::ast
