// `from __future__ import ...` at the top of a module: which features it
// turns on for the compiler (CPython's Python/future.c).
#pragma once

#include "parser/ast.hpp"
#include "compiler/scope.hpp"

namespace coil::compiler {

// Reads the future imports that open `module` (after its docstring, before
// any other statement) into table.future_annotations / future_lineno.
// Returns false and fills `error` for a feature that does not exist.
bool read_future_features(const ast::Module* module, SymbolTable& table, ScopeError& error);

}  // namespace coil::compiler
