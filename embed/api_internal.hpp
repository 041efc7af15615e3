// Helpers of the embedding API (embed/api.cpp) shared with its other files
// (embed/interactive.cpp). Not part of the public header.
#pragma once

#include <string_view>

#include "coil/coil.hpp"
#include "parser/parser.hpp"
#include "vm/vm.hpp"

namespace coil::detail {

// Turns the VM's pending exception into an Error and clears it.
Error take_error(vm::VM& vm);
// A compile error as CPython prints it (`File "...", line N`, source, caret).
Error syntax_error(const parse::SyntaxErrorInfo& info, std::string_view filename);
// The __main__ module, created on first use.
vm::Module* main_module(vm::VM& vm, std::string_view filename, bool is_file);

}  // namespace coil::detail
