// The parser's entry point: source text to an AST, or a CPython-style syntax error.
#pragma once

#include <string>
#include <string_view>

#include "parser/ast.hpp"

namespace coil::parse {

// File: a whole module. Eval: a single expression (`eval()`, the API's evaluate).
// Interactive: one REPL input; like File, but the compiler echoes expression values.
enum class Mode { File, Eval, Interactive };

// A compile-time error, in the shape CPython reports it.
struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string message;               // e.g. "expected ':'"
  int line = 0;                      // 1-based
  int col = 0;                       // 1-based character (not byte) offset, CPython's `offset`
  int end_line = 0;
  int end_col = 0;
  std::string source_line;  // the offending line without its newline ("" if none)
  // True when the input merely ended too early (open bracket, block with no body
  // yet, unterminated triple-quoted string, trailing backslash): the REPL asks
  // for more lines instead of reporting the error.
  bool incomplete = false;
};

struct ParseResult {
  ast::Module* module = nullptr;  // in Eval mode: body holds one ExprStmt
  bool ok = false;
  SyntaxErrorInfo error;  // meaningful when !ok
};

// Parses `source` (UTF-8). All nodes are allocated in `arena`. Never throws
// on bad input; never prints.
ParseResult parse(ast::Arena& arena, std::string_view source, Mode mode);

}  // namespace coil::parse
