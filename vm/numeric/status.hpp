// coil numeric library: error reporting.
//
// Numeric operations never throw, abort or print. A failing operation returns
// a Status naming the Python exception class and carrying CPython 3.11's exact
// message; the VM turns it into a real exception object.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace coil::num {

enum class ErrorKind : std::uint8_t {
  None,
  ValueError,
  OverflowError,
  ZeroDivisionError,
  MemoryError,
  SyntaxError,  // only from parse_int_literal (huge decimal literals)
};

// The Python exception class name ("ValueError", ...); "" for None.
const char* error_kind_name(ErrorKind kind);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(ErrorKind kind, std::string message)
      : kind_(kind), message_(std::move(message)) {}

  bool ok() const { return kind_ == ErrorKind::None; }
  ErrorKind kind() const { return kind_; }
  const std::string& message() const { return message_; }
  const char* type_name() const { return error_kind_name(kind_); }
  // "ValueError: message" (or "MemoryError" when the message is empty).
  std::string to_string() const;

 private:
  ErrorKind kind_ = ErrorKind::None;
  std::string message_;
};

inline Status value_error(std::string message) {
  return {ErrorKind::ValueError, std::move(message)};
}
inline Status overflow_error(std::string message) {
  return {ErrorKind::OverflowError, std::move(message)};
}
inline Status zero_division_error(std::string message) {
  return {ErrorKind::ZeroDivisionError, std::move(message)};
}
inline Status memory_error() { return {ErrorKind::MemoryError, ""}; }

}  // namespace coil::num
