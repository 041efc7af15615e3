// The Lexer: raw tokens from the re2c scanner, turned into the parser's
// token stream (see lexer.hpp). Error messages and positions follow CPython
// 3.11's tokenizer; the comments on each error say which convention applies.
#include "lexer/lexer.hpp"

#include <cstdio>
#include <cstring>

#include "grammar.h"
#include "lexer/number.hpp"
#include "lexer/scanner.hpp"
#include "text/utf8.hpp"

namespace coil::lex {
namespace {

constexpr int kMaxBrackets = 200;  // CPython's MAXLEVEL
constexpr int kMaxIndent = 100;    // CPython's MAXINDENT
constexpr int kTabSize = 8;

std::string normalize_newlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') {
      out += s[i];
    } else {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    }
  }
  return out;
}

}  // namespace

int utf8_length(std::string_view bytes) {
  int n = 0;
  for (char c : bytes) n += !text::is_continuation_byte(static_cast<unsigned char>(c));
  return n;
}

Lexer::Lexer(std::string_view source, LexerOptions options) {
  std::string text = normalize_newlines(source);
  size_t skip = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // a UTF-8 BOM is ignored
  buf_ = std::make_unique<char[]>(text.size() + 1);
  std::memcpy(buf_.get(), text.data(), text.size() + 1);
  begin_ = buf_.get() + skip;
  limit_ = buf_.get() + text.size();
  cur_ = line_start_ = begin_;
  line_ = first_line_ = options.first_line;
  base_col_ = options.first_col;
  inside_brackets_ = options.inside_brackets;
  if (inside_brackets_) {
    brackets_.push_back({'(', line_, begin_, begin_, base_col_});  // stands for the field's "{"
    at_bol_ = false;
  }
  validate_utf8();
}

// CPython decodes the whole source before tokenizing, so bad UTF-8 and NUL
// bytes are reported before any other error.
void Lexer::validate_utf8() {
  std::string_view src = source();
  int line = line_;
  size_t line_start = 0;
  for (size_t i = 0; i < src.size();) {
    auto c = static_cast<unsigned char>(src[i]);
    const char* why = nullptr;
    size_t bad_len = 0;
    int n = c == 0 ? 0 : text::utf8_check(src, i, bad_len, why);
    if (n == 0) {
      LinePos lp{line, begin_ + line_start, line == line_ ? base_col_ : 0};
      int col = offset_of(lp, begin_ + i) + 1;
      char message[160];
      if (c == 0) {
        std::snprintf(message, sizeof message, "source code string cannot contain null bytes");
      } else {
        std::snprintf(message, sizeof message,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", c,
                      static_cast<int>(i - line_start), why);
      }
      fail("SyntaxError", message, line, col, line, col);
      return;
    }
    if (c == '\n') {
      ++line;
      line_start = i + 1;
    }
    i += static_cast<size_t>(n);
  }
}

std::string_view Lexer::line_text(int line) const {
  if (line < first_line_) return {};
  const char* p = begin_;
  for (int l = first_line_; l < line; ++l) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', limit_ - p));
    if (!nl) return {};
    p = nl + 1;
  }
  const char* end = static_cast<const char*>(std::memchr(p, '\n', limit_ - p));
  if (!end) end = limit_;
  return {p, static_cast<size_t>(end - p)};
}

int Lexer::col_of(const LinePos& lp, const char* p) const {
  return static_cast<int>(p - lp.start) + lp.base_col;
}

// Characters from the start of the line to p: CPython's `offset` for an
// error whose tokenizer cursor is at p.
int Lexer::offset_of(const LinePos& lp, const char* p) const {
  return utf8_length({lp.start, static_cast<size_t>(p - lp.start)}) + lp.base_col;
}

int Lexer::bracket_offset(const Bracket& b) const {
  return offset_of(LinePos{b.line, b.line_start, b.base_col}, b.at) + 1;
}

int Lexer::line_chars(const LinePos& lp) const {
  const char* end = static_cast<const char*>(std::memchr(lp.start, '\n', limit_ - lp.start));
  return offset_of(lp, end ? end : limit_);
}

Token Lexer::fail(const char* type, std::string message, int line, int col, int end_line, int end_col,
                  bool incomplete, bool parser_raised) {
  if (!error_) {
    error_ = std::make_unique<LexError>(
        LexError{type, std::move(message), line, col, end_line, end_col, incomplete, parser_raised});
  }
  return error_token();
}

Token Lexer::make(int type, const LinePos& from, const char* start, const char* end) const {
  Token t{};
  t.type = type;
  t.line = from.line;
  t.col = col_of(from, start);
  t.end_line = line_;
  t.end_col = col_of(here(), end);
  t.text = start;
  t.len = static_cast<int>(end - start);
  return t;
}

Token Lexer::emit(Token t) {
  last_type_ = t.type;
  return t;
}

// Moves the cursor to p, counting the newlines passed over.
void Lexer::consume_to(const char* p) {
  for (const char* q = cur_; q < p; ++q) {
    if (*q == '\n') {
      ++line_;
      line_start_ = q + 1;
      base_col_ = 0;
    }
  }
  cur_ = p;
}

Token Lexer::error_token() const {
  Token t{};
  t.type = kErrorToken;
  t.line = t.end_line = line_;
  t.text = cur_;
  return t;
}

Token Lexer::next() {
  if (error_) return error_token();
  if (pending_pos_ == pending_.size() && at_bol_ && brackets_.empty() && !begin_line()) return error_token();
  if (pending_pos_ < pending_.size()) {
    Token t = pending_[pending_pos_++];
    if (t.type == kEndToken) {
      --pending_pos_;  // the end token repeats
    } else if (pending_pos_ == pending_.size()) {
      pending_.clear();
      pending_pos_ = 0;
    }
    return emit(t);
  }
  return scan();
}

// At the beginning of a logical line: skips blank and comment-only lines,
// then compares the indentation with the stack and queues INDENT/DEDENTs.
// As in CPython 3.11, "\" + newline inside the indentation continues it on
// the next line, and the first such column is the line's indentation.
bool Lexer::begin_line() {
  for (;;) {
    int col = 0, alt_col = 0, cont_col = 0;
    const char* p = cur_;
    for (;; ++p) {
      if (*p == ' ') {
        ++col, ++alt_col;
      } else if (*p == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        ++alt_col;
      } else if (*p == '\f') {
        col = alt_col = 0;
      } else if (*p == '\\' && p + 1 < limit_ && p[1] == '\n') {
        if (!cont_col) cont_col = col;
        if (p + 2 == limit_) {  // nothing after the continuation
          LinePos lp = here();
          fail("SyntaxError", "unexpected EOF while parsing", line_, line_chars(lp) + 1, line_, -1, true, true);
          return false;
        }
        consume_to(p + 2);
        p = cur_ - 1;
      } else {
        break;
      }
    }
    if (*p == '\\') {  // a "\" that does not continue the indentation
      LinePos lp = here();
      if (p + 1 >= limit_) {
        fail("SyntaxError", "unexpected EOF while parsing", line_, line_chars(lp) + 1, line_, -1, true, true);
      } else {
        fail("SyntaxError", "unexpected character after line continuation character", line_, offset_of(lp, p) + 2,
             line_, 0, false, true);
      }
      return false;
    }
    if (p < limit_ && (*p == '#' || *p == '\n')) {  // blank line: no tokens at all
      const char* nl = static_cast<const char*>(std::memchr(p, '\n', limit_ - p));
      consume_to(nl ? nl + 1 : limit_);
      continue;
    }
    cur_ = p;
    at_bol_ = false;
    if (p == limit_) return true;  // at_eof() dedents
    if (cont_col) col = alt_col = cont_col;
    return indent_to(col, alt_col, p);
  }
}

bool Lexer::indent_to(int col, int alt_col, const char* at) {
  LinePos lp = here();
  auto tab_error = [&] {
    fail("TabError", "inconsistent use of tabs and spaces in indentation", line_, 1, line_, 0, false, true);
    return false;
  };
  if (col == indents_.back()) {
    if (alt_col != alt_indents_.back()) return tab_error();
  } else if (col > indents_.back()) {
    if (static_cast<int>(indents_.size()) >= kMaxIndent) {  // at most 99 levels, as CPython
      fail("IndentationError", "too many levels of indentation", line_, 1, line_, 0, false, true);
      return false;
    }
    if (alt_col <= alt_indents_.back()) return tab_error();
    indents_.push_back(col);
    alt_indents_.push_back(alt_col);
    pending_.push_back(make(TK_INDENT, lp, line_start_, at));
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      pending_.push_back(make(TK_DEDENT, lp, at, at));
    }
    if (col != indents_.back()) {
      // CPython reports this at the end of the line, with no end offset.
      int offset = line_chars(lp) + 1;
      fail("IndentationError", "unindent does not match any outer indentation level", line_, offset, line_, -1, false,
           true);
      return false;
    }
    if (alt_col != alt_indents_.back()) return tab_error();
  }
  return true;
}

// A NEWLINE token at `at`. After a comment it spans the comment, as in
// CPython (its syntax errors point there).
Token Lexer::newline_token(const LinePos& lp, const char* at) {
  Token t = make(TK_NEWLINE, lp, at, at);
  if (comment_) t.col = col_of(lp, comment_);
  comment_ = nullptr;
  return t;
}

Token Lexer::scan() {
  for (;;) {
    const char* start = cur_;
    LinePos lp = here();
    RawToken raw = scan_raw(cur_, limit_);
    if (raw.kind != kRawSpace && raw.kind != kRawComment && raw.kind != kRawNewline && raw.kind != kRawEof) {
      comment_ = nullptr;
    }
    switch (raw.kind) {
      case kRawSpace:
        cur_ = raw.end;
        continue;
      case kRawComment:
        comment_ = start;
        cur_ = raw.end;
        continue;
      case kRawNewline: {
        Token t = newline_token(lp, start);
        consume_to(raw.end);
        if (!brackets_.empty()) continue;  // implicit line joining
        at_bol_ = true;
        return emit(t);
      }
      case kRawContinuation:
        consume_to(raw.end);
        if (cur_ == limit_) {
          // CPython: the cursor is past the (joined) newline of the "\" line.
          return fail("SyntaxError", "unexpected EOF while parsing", lp.line, line_chars(lp) + 1, lp.line, -1,
                      true, true);
        }
        continue;
      case kRawBadBackslash:
        if (raw.end == limit_) {
          return fail("SyntaxError", "unexpected EOF while parsing", lp.line, line_chars(lp) + 1, lp.line, -1,
                      true, true);
        }
        // CPython's cursor is past the character after the "\".
        return fail("SyntaxError", "unexpected character after line continuation character", line_,
                    offset_of(lp, start) + 2, line_, 0, false, true);
      case kRawEof:
        return at_eof();
      case kRawStringStart:
        return string_token(start, raw.end);
      case kRawNumber:
        return number_token(start);
      case kRawBadChar:
        return bad_char(start, true);
      case kRawNonPrintable:
        return bad_char(start, false);
      default:
        cur_ = raw.end;
        return bracket_token(raw.kind, start, raw.end);
    }
  }
}

// Operators, names and keywords; brackets are matched here.
Token Lexer::bracket_token(int type, const char* start, const char* end) {
  LinePos lp = here();
  auto offset = [&] { return offset_of(lp, start) + 1; };  // only for errors: O(line length)
  char ch = *start;
  if (type == TK_LPAR || type == TK_LSQB || type == TK_LBRACE) {
    if (static_cast<int>(brackets_.size()) >= kMaxBrackets) {
      return fail("SyntaxError", "too many nested parentheses", line_, offset(), line_, offset());
    }
    brackets_.push_back({ch, line_, start, lp.start, lp.base_col});
  } else if (type == TK_RPAR || type == TK_RSQB || type == TK_RBRACE) {
    if (brackets_.empty() || (inside_brackets_ && brackets_.size() == 1)) {
      return fail("SyntaxError", std::string("unmatched '") + ch + "'", line_, offset(), line_, offset());
    }
    Bracket open = brackets_.back();
    char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (ch != expected) {
      std::string message = std::string("closing parenthesis '") + ch +
                            "' does not match opening parenthesis '" + open.ch + "'";
      if (open.line != line_) message += " on line " + std::to_string(open.line);
      return fail("SyntaxError", message, line_, offset(), line_, offset());
    }
    brackets_.pop_back();
  }
  return emit(make(type, lp, start, end));
}

Token Lexer::at_eof() {
  if (brackets_.size() > (inside_brackets_ ? 1u : 0u)) {
    const Bracket& open = brackets_.back();
    return fail("SyntaxError", std::string("'") + open.ch + "' was never closed", open.line, bracket_offset(open),
                open.line, 0, true, true);
  }
  LinePos lp = here();
  if (!inside_brackets_) {
    if (last_type_ != kEndToken && last_type_ != TK_NEWLINE && last_type_ != TK_DEDENT) {
      pending_.push_back(newline_token(lp, cur_));
    }
    while (indents_.size() > 1) {
      indents_.pop_back();
      alt_indents_.pop_back();
      pending_.push_back(make(TK_DEDENT, lp, cur_, cur_));
    }
  }
  pending_.push_back(make(kEndToken, lp, cur_, cur_));
  return next();
}

// A string literal; `quote_end` is past its prefix and opening quote(s).
// Bodies are scanned here; decoding escapes is the parser's job.
Token Lexer::string_token(const char* start, const char* quote_end) {
  LinePos lp = here();
  char q = quote_end[-1];
  bool triple = quote_end - start >= 3 && quote_end[-2] == q && quote_end[-3] == q;
  auto offset = [&] { return offset_of(lp, start) + 1; };  // only for errors
  const char* p = quote_end;
  for (;;) {
    if (p >= limit_) {
      consume_to(limit_);
      // CPython counts a final newline as part of the last line.
      int last_line = limit_ > begin_ && limit_[-1] == '\n' ? line_ - 1 : line_;
      std::string detected = " (detected at line " + std::to_string(last_line) + ")";
      if (triple) {
        return fail("SyntaxError", "unterminated triple-quoted string literal" + detected, lp.line, offset(),
                    lp.line, offset(), true);
      }
      // CPython always sees a final newline; without one the input was cut
      // short, and after a "\"-newline (an escaped line end) more may come.
      bool continued = limit_ - quote_end >= 2 && limit_[-1] == '\n' && limit_[-2] == '\\';
      return fail("SyntaxError", "unterminated string literal" + detected, lp.line, offset(), lp.line, offset(),
                  continued);
    }
    if (*p == '\\') {
      p += p + 1 < limit_ ? 2 : 1;
    } else if (*p == q && (!triple || (p[1] == q && p[2] == q))) {
      p += triple ? 3 : 1;
      break;
    } else if (*p == '\n' && !triple) {
      consume_to(p);
      return fail("SyntaxError", "unterminated string literal (detected at line " + std::to_string(line_) + ")",
                  lp.line, offset(), lp.line, offset());
    } else {
      ++p;
    }
  }
  consume_to(p);
  return emit(make(TK_STRING, lp, start, p));
}

Token Lexer::number_token(const char* start) {
  LinePos lp = here();
  NumberScan n = scan_number(start, limit_);
  if (!n.error.empty()) {
    return fail("SyntaxError", n.error, line_, offset_of(lp, n.error_at), line_, offset_of(lp, n.error_end));
  }
  cur_ = n.end;
  return emit(make(TK_NUMBER, lp, start, n.end));
}

// ASCII characters that start no token ("$", "?", "!") go to the parser as
// ERRORTOKEN, which reports "invalid syntax" at them, as CPython does. Other
// characters are a lexical error.
Token Lexer::bad_char(const char* start, bool printable_class) {
  LinePos lp = here();
  int length = 1;
  const char* end = start;
  unsigned cp = text::utf8_decode(end, limit_);
  length = static_cast<int>(end - start);
  if (cp < 0x80 && printable_class) {
    cur_ = start + 1;
    return emit(make(TK_ERRORTOKEN, lp, start, cur_));
  }
  int offset = offset_of(lp, start) + 1;
  char message[64];
  if (printable_class) {
    std::snprintf(message, sizeof message, "invalid character '%.*s' (U+%04X)", length, start, cp);
  } else {
    std::snprintf(message, sizeof message, "invalid non-printable character U+%04X", cp);
  }
  return fail("SyntaxError", message, line_, offset, line_, offset);
}

std::string dump_tokens(std::string_view source, LexError* error) {
  Lexer lexer(source);
  std::string out;
  for (;;) {
    Token t = lexer.next();
    if (t.type == kErrorToken) {
      if (error) *error = *lexer.error();
      return out;
    }
    char pos[48];
    std::snprintf(pos, sizeof pos, "%d,%d-%d,%d:", t.line, t.col, t.end_line, t.end_col);
    char line[96];
    std::snprintf(line, sizeof line, "%-20s%-15s", pos, token_name(t.type));
    out += line;
    out += '\'';
    for (char c : t.view()) {
      if (c == '\n') {
        out += "\\n";
      } else if (c == '\\' || c == '\'') {
        out += '\\';
        out += c;
      } else {
        out += c;
      }
    }
    out += "'\n";
    if (t.type == kEndToken) return out;
  }
}

}  // namespace coil::lex
