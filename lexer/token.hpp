// Tokens: what the Lexer hands to the Lemon parser (and to `coil -X tokens`).
//
// Token is a plain struct because Lemon keeps tokens in a C union on its
// stack. Token codes are Lemon's TK_* codes from the generated grammar.h;
// token.def lists them with their display text.
#pragma once

#include <string_view>
#include <type_traits>

namespace coil::lex {

// Token type 0 is the end of input (Lemon's convention); kErrorToken is what
// Lexer::next() returns after a lexical error (see Lexer::error()).
constexpr int kEndToken = 0;
constexpr int kErrorToken = -1;

// No default member initializers: Lemon's union needs a trivial default
// constructor. Write `Token t{}` for a zeroed token.
struct Token {
  int type;          // a TK_* code, kEndToken or kErrorToken
  int line;          // 1-based line of the first byte
  int col;           // 0-based byte column of the first byte (as CPython's ast)
  int end_line;      // line and byte column one past the last byte
  int end_col;
  const char* text;  // the token's source bytes, in the Lexer's buffer
  int len;           // 0 for NEWLINE, DEDENT and the end token

  std::string_view view() const { return {text, static_cast<size_t>(len)}; }
};
static_assert(std::is_trivial_v<Token>, "Lemon stores tokens in a union");

// "NAME", "LPAR", "IF", ...; "ENDMARKER" for kEndToken; "?" for unknown codes.
const char* token_name(int type);
// Source text of fixed tokens ("(", "if"); the name for NAME, NUMBER, ....
const char* token_text(int type);
// Number of terminal codes (they are 1..token_count()).
int token_count();

}  // namespace coil::lex
