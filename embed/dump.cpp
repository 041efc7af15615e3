// The embedding API's pipeline dumps (`coil -X tokens`, `coil -X ast`):
// the lexer's token stream and the parser's tree, as text.
#include <string>

#include "coil/coil.hpp"
#include "lexer/lexer.hpp"
#include "parser/ast.hpp"
#include "parser/ast_pretty.hpp"
#include "parser/parser.hpp"
#include "embed/api_internal.hpp"

namespace coil {

Result<std::string> VM::dump_tokens(std::string_view source, std::string_view filename) {
  lex::LexError error;
  std::string out = lex::dump_tokens(source, &error);
  if (error.message.empty()) return out;
  parse::SyntaxErrorInfo info;
  info.type = error.type;
  info.message = error.message;
  info.line = error.line;
  info.col = error.col;
  info.end_line = error.end_line;
  info.end_col = error.end_col;
  lex::Lexer lines(source);
  info.source_line = std::string(lines.line_text(error.line));
  return detail::syntax_error(info, filename);
}

Result<std::string> VM::dump_ast(std::string_view source, std::string_view filename) {
  ast::Arena arena;
  parse::ParseResult parsed = parse::parse(arena, source, parse::Mode::File);
  if (!parsed.ok) return detail::syntax_error(parsed.error, filename);
  return ast::indent_dump(ast::dump(parsed.module), 3) + "\n";
}

}  // namespace coil
