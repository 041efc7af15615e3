// libFuzzer target: the lexer (lexer/lexer.hpp) over arbitrary bytes, as a
// file and as an f-string field (inside brackets), plus `-X tokens`' dump.
// Any crash, hang or sanitizer report is a bug: the lexer must end every
// input with the end token or a lexical error. Built by `make fuzz`.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lexer/lexer.hpp"

namespace {

void lex_all(std::string_view text, bool inside_brackets) {
  coil::lex::LexerOptions options;
  options.inside_brackets = inside_brackets;
  coil::lex::Lexer lexer(text, options);
  // Every token consumes input, so a source of n bytes yields at most a few
  // tokens per byte (DEDENTs at the end): more means the lexer is stuck.
  const size_t bound = 4 * text.size() + 256;
  for (size_t i = 0; i < bound; ++i) {
    coil::lex::Token t = lexer.next();
    if (t.type == coil::lex::kEndToken || t.type == coil::lex::kErrorToken) {
      if (const coil::lex::LexError* e = lexer.error()) (void)lexer.line_text(e->line);
      return;
    }
  }
  __builtin_trap();  // no end after `bound` tokens: an endless token stream
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  lex_all(text, false);
  lex_all(text, true);
  coil::lex::LexError error;
  (void)coil::lex::dump_tokens(text, &error);
  return 0;
}
