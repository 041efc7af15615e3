// libFuzzer target: the parser (parser/parser.hpp) in its three modes over
// arbitrary bytes, ast.dump of what it accepts, and the unparser over every expression statement it
// accepts (`from __future__ import annotations` prints annotations with it).
// parse() must return an AST or a syntax error for every input. Built by
// `make fuzz`.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parser/ast.hpp"
#include "parser/parser.hpp"

namespace {

void parse_in(std::string_view text, coil::parse::Mode mode) {
  coil::ast::Arena arena;
  coil::parse::ParseResult r = coil::parse::parse(arena, text, mode);
  if (!r.ok || !r.module) return;
  (void)coil::ast::dump(r.module);
  for (coil::ast::Stmt* s : r.module->body) {
    if (s->kind == coil::ast::StmtKind::ExprStmt) {
      (void)coil::ast::unparse(coil::ast::as<coil::ast::ExprStmt>(s)->value);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  parse_in(text, coil::parse::Mode::File);
  parse_in(text, coil::parse::Mode::Eval);
  parse_in(text, coil::parse::Mode::Interactive);
  return 0;
}
