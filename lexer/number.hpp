// Numeric literals: where one ends, or CPython's error for a malformed one.
#pragma once

#include <string>

namespace coil::lex {

struct NumberScan {
  const char* end = nullptr;  // one past the literal (when error is empty)
  std::string error;          // CPython 3.11's message, e.g. "invalid decimal literal"
  // Error position in CPython's tokenizer convention: SyntaxError.offset is
  // the number of characters from the line start up to `error_at`, and
  // end_offset likewise for `error_end`.
  const char* error_at = nullptr;
  const char* error_end = nullptr;
};

// Scans the literal starting at `start` (a digit, or "." and a digit) the way
// CPython 3.11's tokenizer does, including its checks of the character after
// the literal ("1abc" is an error, "1if" is not). `limit` ends the input.
NumberScan scan_number(const char* start, const char* limit);

}  // namespace coil::lex
