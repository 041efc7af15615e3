// The Lexer: the token stream the parser sees.
//
// It drives the re2c raw scanner (scanner.re) and adds what a DFA cannot do:
// NEWLINE/INDENT/DEDENT from an indentation stack, implicit line joining
// inside brackets and explicit joining after "\", blank and comment-only
// lines, string bodies, numbers (number.cpp), line/column tracking, and
// CPython 3.11's lexical errors with CPython's messages and positions.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/token.hpp"

namespace coil::lex {

// A lexical error, positioned as CPython positions it: `line` is 1-based and
// `col`/`end_col` are SyntaxError.offset/end_offset (1-based characters;
// CPython uses 0 or -1 for some errors, and so do we).
struct LexError {
  std::string type = "SyntaxError";  // or IndentationError, TabError
  std::string message;
  int line = 0;
  int col = 0;
  int end_line = 0;
  int end_col = 0;
  // The input ended too early (open bracket, unterminated triple-quoted
  // string, "\" at the very end): a REPL should read more lines.
  bool incomplete = false;
  // An error CPython's tokenizer leaves for the parser to raise
  // (indentation, tabs, end of input, line continuation). It matters when
  // the rest of the input is scanned after a syntax error: only the other
  // lexical errors take precedence over the syntax error.
  bool parser_raised = false;
};

struct LexerOptions {
  int first_line = 1;  // line number of the first line of the text
  int first_col = 0;   // byte column of the text's first byte on that line
  // Lex as if inside brackets, without NEWLINE/INDENT/DEDENT: used for the
  // expressions inside f-string replacement fields.
  bool inside_brackets = false;
};

class Lexer {
 public:
  struct Bracket {
    char ch;  // '(', '[' or '{'
    int line;
    const char* at;          // where it is (in the Lexer's buffer)
    const char* line_start;  // for bracket_offset()
    int base_col;
  };

  // `source` is UTF-8. It is copied, with "\r\n" and "\r" turned into "\n".
  explicit Lexer(std::string_view source, LexerOptions options = {});
  Lexer(const Lexer&) = delete;
  Lexer& operator=(const Lexer&) = delete;

  // The next token. After the end token (type 0), returns it again. After a
  // lexical error, returns kErrorToken tokens and error() describes it.
  Token next();

  const LexError* error() const { return error_.get(); }
  // Number of open brackets, and the innermost one (null if none).
  int depth() const { return static_cast<int>(brackets_.size()); }
  const Bracket* innermost_bracket() const {
    return brackets_.size() > (inside_brackets_ ? 1u : 0u) ? &brackets_.back() : nullptr;
  }
  // CPython's offset (1-based characters) of a bracket.
  int bracket_offset(const Bracket& b) const;
  // Line `line` of the (normalized) source, without its newline; "" if none.
  std::string_view line_text(int line) const;
  // The (normalized) source; token texts point into it.
  std::string_view source() const { return {begin_, static_cast<size_t>(limit_ - begin_)}; }
  // How far the lexer has read (it may be ahead of the tokens returned).
  const char* cursor() const { return cur_; }

 private:
  // Where a line starts, to turn pointers into columns.
  struct LinePos {
    int line;
    const char* start;
    int base_col;  // bytes of the real line before the text (f-string fields)
  };

  Token scan();
  bool begin_line();
  bool indent_to(int col, int alt_col, const char* at);
  Token at_eof();
  Token bracket_token(int type, const char* start, const char* end);
  Token string_token(const char* start, const char* quote_end);
  Token number_token(const char* start);
  Token bad_char(const char* start, bool printable_class);
  Token newline_token(const LinePos& lp, const char* at);
  Token make(int type, const LinePos& from, const char* start, const char* end) const;
  Token emit(Token t);
  Token error_token() const;
  void consume_to(const char* p);
  int col_of(const LinePos& lp, const char* p) const;
  int offset_of(const LinePos& lp, const char* p) const;
  int line_chars(const LinePos& lp) const;
  LinePos here() const { return {line_, line_start_, base_col_}; }
  Token fail(const char* type, std::string message, int line, int col, int end_line, int end_col,
             bool incomplete = false, bool parser_raised = false);
  void validate_utf8();

  std::unique_ptr<char[]> buf_;
  const char* begin_ = nullptr;
  const char* limit_ = nullptr;  // *limit_ == '\0'
  const char* cur_ = nullptr;
  int line_ = 1;
  int first_line_ = 1;
  const char* line_start_ = nullptr;
  int base_col_ = 0;
  bool at_bol_ = true;
  bool inside_brackets_ = false;
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};  // indentation with tabs counted as 1 (TabError check)
  std::vector<Bracket> brackets_;
  std::vector<Token> pending_;  // INDENT/DEDENT/NEWLINE/end tokens waiting to be returned
  size_t pending_pos_ = 0;
  int last_type_ = kEndToken;  // last token returned; kEndToken before the first
  const char* comment_ = nullptr;  // a comment since the last token
  std::unique_ptr<LexError> error_;
};

// Formats the whole token stream, one token per line, for `coil -X tokens`:
//   1,0-1,1:            NAME           'x'
// Stops at the first lexical error, which is stored in `*error` if given.
std::string dump_tokens(std::string_view source, LexError* error = nullptr);

// Number of UTF-8 characters in `bytes` (for byte-to-character columns).
int utf8_length(std::string_view bytes);

}  // namespace coil::lex
