// printf-style formatting of bytes and bytearray (PEP 461), done by the same
// formatter as str's `fmt % args` (vm/objects/str_format.cpp).
#pragma once

#include <string>
#include <string_view>

#include "vm/vm.hpp"

namespace coil::vm {

// `fmt % args` for a bytes or bytearray format into `out`; false with the
// exception pending.
bool bytes_percent_format(VM& vm, std::string_view fmt, Value args, std::string& out);

}  // namespace coil::vm
