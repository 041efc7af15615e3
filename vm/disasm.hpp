// A readable listing of a code object and the code objects nested in it.
#pragma once

#include <string>

#include "vm/vm.hpp"

namespace coil::vm {

std::string disassemble(VM& vm, Code* code);

}  // namespace coil::vm
