// The compiler: an AST (after parsing) to the VM's code objects.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parser/ast.hpp"
#include "parser/parser.hpp"
#include "vm/vm.hpp"

namespace coil::compiler {

struct CompileResult {
  vm::Code* code = nullptr;  // null on error
  parse::SyntaxErrorInfo error;
  // Instead of a syntax error, an exception is pending (raised by the
  // warnings module's handler of a SyntaxWarning).
  bool exception_pending = false;
};

// Compiles a parsed module. Mode Eval: the single expression's value is
// returned; Interactive: expression statements print their repr.
// `source` gives compile errors their columns. `file_text` is the text of
// the file `filename` names, if it is one (nullopt for a string, `-c`, the
// REPL, exec): as CPython's compiler reads an error's or a SyntaxWarning's
// line back from the named file (PyErr_ProgramTextObject, linecache), only
// code from a file shows the line; otherwise the error's text is None.
// `future_annotations`: as if the module began with `from __future__ import
// annotations` (compile()'s flag CO_FUTURE_ANNOTATIONS).
CompileResult compile(vm::VM& vm, const ast::Module* module, parse::Mode mode,
                      std::string_view filename, std::string_view source,
                      std::optional<std::string_view> file_text, bool future_annotations = false);

// Issues the parser's DeprecationWarnings (invalid escape sequences) as
// CPython's parser does, through the warnings module once imported (else
// the default filters ignore them). False when one stops the compile:
// `result` then holds the SyntaxError the filters made of it, or
// exception_pending.
bool issue_parse_warnings(vm::VM& vm, const std::vector<parse::ParseWarning>& warnings, std::string_view filename,
                          std::string_view source, std::optional<std::string_view> file_text, CompileResult& result);

// Parses and compiles in one step (errors from either stage). A parse error
// shows its line from `file_text` when there is one (CPython's parser reads
// the named file too), from `source` otherwise.
CompileResult compile_source(vm::VM& vm, std::string_view source, std::string_view filename,
                             parse::Mode mode, std::optional<std::string_view> file_text,
                             bool future_annotations = false);

}  // namespace coil::compiler
