// The compiler: an AST (after parsing) to the VM's code objects.
#pragma once

#include <string>
#include <string_view>

#include "parser/ast.hpp"
#include "parser/parser.hpp"
#include "vm/vm.hpp"

namespace coil::compiler {

struct CompileResult {
  vm::Code* code = nullptr;  // null on error
  parse::SyntaxErrorInfo error;
};

// Compiles a parsed module. Mode Eval: the single expression's value is
// returned; Interactive: expression statements print their repr.
// `source` is used for the source line of compile errors.
CompileResult compile(vm::VM& vm, const ast::Module* module, parse::Mode mode,
                      std::string_view filename, std::string_view source);

// Parses and compiles in one step (errors from either stage).
CompileResult compile_source(vm::VM& vm, std::string_view source, std::string_view filename,
                             parse::Mode mode);

}  // namespace coil::compiler
