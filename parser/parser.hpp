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
  // Whether CPython's `text` ends with "\n": a parser error's line, while
  // CPython's tokenizer had not read past it, when the source has a newline
  // there (or the input is a module's, to which CPython adds one); a line
  // read back from a file, as the file has it. Never a tokenizer error's.
  bool text_newline = false;
  bool lexical = false;  // found by the tokenizer (a bad token, not a bad sequence)
  // CPython's `text` None: a compile error (found after parsing) in code that
  // is not a file's, whose line CPython's compiler cannot read back
  // (PyErr_ProgramTextObject): no line and no caret are shown.
  bool no_text = false;
  // An error CPython's compiler or symbol table finds, which coil's parser
  // reports (a repeated keyword argument): compile_source gives it no text
  // as for the compiler's own.
  bool compile_stage = false;
  // True when the input merely ended too early (open bracket, block with no body
  // yet, unterminated triple-quoted string, trailing backslash): the REPL asks
  // for more lines instead of reporting the error.
  bool incomplete = false;
};

// A DeprecationWarning the parser finds (CPython's "invalid escape
// sequence '\d'"), at the span of the literal's token; the compile step
// issues it through the warnings module (compiler::compile_source).
struct ParseWarning {
  std::string message;
  int line = 0;
  int col = 0;
  int end_line = 0;
  int end_col = 0;
};

struct ParseResult {
  // In Eval mode: body holds one ExprStmt. Also set with a compile-stage
  // error (the input parsed).
  ast::Module* module = nullptr;
  bool ok = false;
  SyntaxErrorInfo error;  // meaningful when !ok
  std::vector<ParseWarning> warnings;  // in source order
};

// Parses `source` (UTF-8). All nodes are allocated in `arena`. Never throws
// on bad input; never prints.
ParseResult parse(ast::Arena& arena, std::string_view source, Mode mode);

// if/while/for/try/with/def/class/match (async ones too).
bool is_compound_statement(const ast::Stmt* s);

// compile(source, ..., 'single') takes one statement, as CPython's parser
// reads it (then only blanks and comments may follow): true, with `error`
// set, when `source` (parsed whole into `full`) has more, as "multiple
// statements found while compiling a single statement" after a simple
// statement, "invalid syntax" at what follows a compound one; also for an
// input with no statement at all.
bool single_statement_error(std::string_view source, const ParseResult& full, SyntaxErrorInfo& error);

}  // namespace coil::parse
