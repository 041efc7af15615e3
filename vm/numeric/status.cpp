// coil numeric library: error reporting (see status.hpp).
#include "vm/numeric/status.hpp"

namespace coil::num {

const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::None: return "";
    case ErrorKind::ValueError: return "ValueError";
    case ErrorKind::OverflowError: return "OverflowError";
    case ErrorKind::ZeroDivisionError: return "ZeroDivisionError";
    case ErrorKind::MemoryError: return "MemoryError";
    case ErrorKind::SyntaxError: return "SyntaxError";
  }
  return "";
}

std::string Status::to_string() const {
  std::string out = type_name();
  if (!message_.empty()) {
    out += ": ";
    out += message_;
  }
  return out;
}

}  // namespace coil::num
