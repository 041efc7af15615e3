// String literals: prefixes, escape decoding, adjacent-literal
// concatenation and f-strings, following CPython 3.11's Parser/string_parser.c
// (the f-string scanner below is a transcription of its fstring_find_literal
// and fstring_find_expr, so that what is an expression, and every error,
// match). A replacement field's expression is parsed by running the parser
// again on its text (parse_fstring_expr), as CPython 3.11 does.
#include <cstdio>
#include <string>

#include "parser/builder.hpp"
#include "text/utf8.hpp"

namespace coil::parse::build {

using namespace coil::ast;

namespace {

struct Prefix {
  bool raw = false;
  bool bytes = false;
  bool fstring = false;
  bool u = false;
};

struct Literal {
  Prefix prefix;
  const char* body;  // between the quotes
  const char* end;
};

Literal split_literal(const Token& t) {
  Literal lit{};
  const char* p = t.text;
  const char* end = t.text + t.len;
  for (; *p != '\'' && *p != '"'; ++p) {
    char c = static_cast<char>(*p | 0x20);
    lit.prefix.raw |= c == 'r';
    lit.prefix.bytes |= c == 'b';
    lit.prefix.fstring |= c == 'f';
    lit.prefix.u |= c == 'u';
  }
  int quotes = end - p >= 6 && p[1] == p[0] && p[2] == p[0] ? 3 : 1;
  lit.body = p + quotes;
  lit.end = end - quotes;
  return lit;
}

// The \N{...} names coil knows (Python looks names up case-insensitively in
// the Unicode database, which coil does not carry). Letters and digits are
// handled algorithmically below.
struct NamedChar {
  const char* name;
  unsigned cp;
};
constexpr NamedChar kNamedChars[] = {
    {"NULL", 0x0},
    {"CHARACTER TABULATION", 0x9},
    {"LINE FEED", 0xA},
    {"CARRIAGE RETURN", 0xD},
    {"ESCAPE", 0x1B},
    {"SPACE", 0x20},
    {"DELETE", 0x7F},
    {"NO-BREAK SPACE", 0xA0},
    {"CENT SIGN", 0xA2},
    {"POUND SIGN", 0xA3},
    {"YEN SIGN", 0xA5},
    {"SECTION SIGN", 0xA7},
    {"COPYRIGHT SIGN", 0xA9},
    {"REGISTERED SIGN", 0xAE},
    {"DEGREE SIGN", 0xB0},
    {"PLUS-MINUS SIGN", 0xB1},
    {"MICRO SIGN", 0xB5},
    {"PILCROW SIGN", 0xB6},
    {"MIDDLE DOT", 0xB7},
    {"MULTIPLICATION SIGN", 0xD7},
    {"DIVISION SIGN", 0xF7},
    {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER GAMMA", 0x3B3},
    {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC},
    {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER SIGMA", 0x3C3},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"EN DASH", 0x2013},
    {"EM DASH", 0x2014},
    {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"BULLET", 0x2022},
    {"HORIZONTAL ELLIPSIS", 0x2026},
    {"ZERO WIDTH SPACE", 0x200B},
    {"EURO SIGN", 0x20AC},
    {"TRADE MARK SIGN", 0x2122},
    {"LEFTWARDS ARROW", 0x2190},
    {"UPWARDS ARROW", 0x2191},
    {"RIGHTWARDS ARROW", 0x2192},
    {"DOWNWARDS ARROW", 0x2193},
    {"INFINITY", 0x221E},
    {"NOT EQUAL TO", 0x2260},
    {"LESS-THAN OR EQUAL TO", 0x2264},
    {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"BLACK STAR", 0x2605},
    {"WHITE STAR", 0x2606},
    {"SNOWMAN", 0x2603},
    {"BLACK HEART SUIT", 0x2665},
    {"CHECK MARK", 0x2713},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF},
    {"REPLACEMENT CHARACTER", 0xFFFD},
    {"SNAKE", 0x1F40D},
    {"THUMBS UP SIGN", 0x1F44D},
    {"GRINNING FACE", 0x1F600},
};

bool lookup_name(std::string name, unsigned* cp) {
  for (char& c : name) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  for (const NamedChar& n : kNamedChars) {
    if (name == n.name) return *cp = n.cp, true;
  }
  const std::string small = "LATIN SMALL LETTER ", capital = "LATIN CAPITAL LETTER ", digit = "DIGIT ";
  static const char* const digits[] = {"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"};
  if (name.size() == small.size() + 1 && name.compare(0, small.size(), small) == 0 && name.back() >= 'A' &&
      name.back() <= 'Z') {
    return *cp = static_cast<unsigned>(name.back() - 'A' + 'a'), true;
  }
  if (name.size() == capital.size() + 1 && name.compare(0, capital.size(), capital) == 0 && name.back() >= 'A' &&
      name.back() <= 'Z') {
    return *cp = static_cast<unsigned>(name.back()), true;
  }
  for (int d = 0; d < 10; ++d) {
    if (name == digit + digits[d]) return *cp = static_cast<unsigned>('0' + d), true;
  }
  return false;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes backslash escapes in [p, end) (a non-raw literal or a literal part
// of an f-string). On error returns false with CPython's message in *error.
class EscapeDecoder {
 public:
  EscapeDecoder(const char* p, const char* end, bool bytes) : start_(p), p_(p), end_(end), bytes_(bytes) {}

  bool run(std::string* out, std::string* error);
  // CPython's warning about the first escape that is no escape ("invalid
  // escape sequence '\d'", "invalid octal escape sequence '\777'"), or "".
  const std::string& invalid() const { return invalid_; }

 private:
  void note_invalid(const char* escape_start, size_t len, bool octal) {
    if (!invalid_.empty()) return;
    invalid_ = std::string(octal ? "invalid octal escape sequence '" : "invalid escape sequence '") +
               std::string(escape_start, len) + "'";
  }
  // CPython reports positions in a buffer where each non-ASCII character
  // was first rewritten as a 10-byte "\U%08x" escape.
  int position(const char* q) const {
    int pos = 0;
    for (const char* c = start_; c < q; ++c) {
      unsigned char b = static_cast<unsigned char>(*c);
      if (b < 0x80) {
        ++pos;
      } else if ((b & 0xC0) != 0x80) {
        pos += 10;
      }
    }
    return pos;
  }
  bool fail(const char* escape_start, const char* stop, const char* why, std::string* error) const {
    char buf[160];
    int from = position(escape_start), to = position(stop) - 1;
    if (bytes_) {
      std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %d", from);
    } else if (to <= from) {
      std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %d: %s",
                    from, why);
    } else {
      std::snprintf(buf, sizeof buf,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", from, to, why);
    }
    *error = buf;
    return false;
  }
  bool hex_escape(const char* escape_start, int count, const char* why, std::string* out, std::string* error);
  bool named_escape(const char* escape_start, std::string* out, std::string* error);
  void put(std::string* out, unsigned value) const {
    if (bytes_) {
      *out += static_cast<char>(value & 0xFF);
    } else {
      text::utf8_append(*out, value);
    }
  }

  const char* start_;
  const char* p_;
  const char* end_;
  bool bytes_;
  std::string invalid_;
};

bool EscapeDecoder::hex_escape(const char* escape_start, int count, const char* why, std::string* out,
                               std::string* error) {
  unsigned value = 0;
  for (; count; --count, ++p_) {
    if (p_ >= end_ || hex_value(*p_) < 0) return fail(escape_start, p_, why, error);
    value = value * 16 + static_cast<unsigned>(hex_value(*p_));
  }
  if (value > 0x10FFFF) return fail(escape_start, p_, "illegal Unicode character", error);
  put(out, value);
  return true;
}

bool EscapeDecoder::named_escape(const char* escape_start, std::string* out, std::string* error) {
  const char* malformed = "malformed \\N character escape";
  if (p_ >= end_ || *p_ != '{') return fail(escape_start, p_, malformed, error);
  const char* name = ++p_;
  while (p_ < end_ && *p_ != '}') ++p_;
  if (p_ >= end_ || p_ == name) return fail(escape_start, p_, malformed, error);
  unsigned cp = 0;
  bool found = lookup_name(std::string(name, p_), &cp);
  ++p_;
  if (!found) return fail(escape_start, p_, "unknown Unicode character name", error);
  put(out, cp);
  return true;
}

// Files the decoder's warning, if any, at the token's span.
void warn_escape(ParseState* ps, const EscapeDecoder& decoder, const Token& t) {
  if (decoder.invalid().empty()) return;
  ps->warnings.push_back({decoder.invalid(), t.line, t.col, t.end_line, t.end_col});
}

bool EscapeDecoder::run(std::string* out, std::string* error) {
  while (p_ < end_) {
    if (*p_ != '\\' || p_ + 1 >= end_) {
      *out += *p_++;
      continue;
    }
    const char* escape_start = p_;
    char c = p_[1];
    p_ += 2;
    switch (c) {
      case '\n': break;
      case '\\': *out += '\\'; break;
      case '\'': *out += '\''; break;
      case '"': *out += '"'; break;
      case 'a': *out += '\a'; break;
      case 'b': *out += '\b'; break;
      case 'f': *out += '\f'; break;
      case 'n': *out += '\n'; break;
      case 'r': *out += '\r'; break;
      case 't': *out += '\t'; break;
      case 'v': *out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned value = static_cast<unsigned>(c - '0');
        for (int i = 0; i < 2 && p_ < end_ && *p_ >= '0' && *p_ <= '7'; ++i) value = value * 8 + (*p_++ - '0');
        if (value > 0377) note_invalid(escape_start, p_ - escape_start, true);
        put(out, value);
        break;
      }
      case 'x':
        if (!hex_escape(escape_start, 2, "truncated \\xXX escape", out, error)) return false;
        break;
      case 'u':
      case 'U':
      case 'N':
        if (bytes_) {  // not escapes in bytes: kept as written
          *out += '\\';
          *out += c;
        } else if (c == 'N') {
          if (!named_escape(escape_start, out, error)) return false;
        } else if (!hex_escape(escape_start, c == 'u' ? 4 : 8,
                               c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", out, error)) {
          return false;
        }
        break;
      default:  // an invalid escape stays as written (CPython only warns)
        // (Not about a non-ASCII character, as CPython's decoder.)
        if (static_cast<unsigned char>(c) < 0x80) note_invalid(escape_start, 2, false);
        *out += '\\';
        p_ = escape_start + 1;
        break;
    }
  }
  return true;
}

// Accumulates the parts of a concatenation that involves f-strings, the
// way CPython's FstringParser does: literal text is merged, empty literals
// are dropped, and each Constant takes the first token's "u" kind.
class FString {
 public:
  FString(ParseState* ps, Span span, bool kind_u) : ps_(ps), span_(span), kind_u_(kind_u) {}

  void literal(const std::string& text) { last_ += text; }
  void add_value(Expr* e) {
    flush();
    values_.push(ps_->arena, e);
  }
  Expr* finish() {
    flush();
    auto* j = ps_->arena.make<JoinedStr>();
    j->kind = ExprKind::JoinedStr;
    j->span = span_;
    j->values = values_;
    return j;
  }
  Expr* constant(const std::string& text) const {
    auto* c = ps_->arena.make<Constant>();
    c->kind = ExprKind::Constant;
    c->span = span_;
    c->const_kind = ConstKind::Str;
    std::string_view copy = ps_->arena.copy(text);
    c->text = Name{copy.data(), static_cast<uint32_t>(copy.size())};
    c->kind_u = kind_u_;
    return c;
  }

  // Parses the f-string body [p, end) at `recurse_lvl` (0: the literal
  // itself, 1: a format spec). `tok` locates the text in the source.
  bool parse(const char*& p, const char* end, bool raw, int recurse_lvl, const Token& tok);

 private:
  void flush() {
    if (!last_.empty()) values_.push(ps_->arena, constant(last_));
    last_.clear();
  }
  int find_literal(const char*& p, const char* end, bool raw, int recurse_lvl);
  bool find_expr(const char*& p, const char* end, bool raw, int recurse_lvl, const Token& tok, Expr** out,
                 std::string* expr_text);
  bool error(const std::string& message) {
    error_at_lookahead(ps_, message);
    return false;
  }

  ParseState* ps_;
  const Token* tok_ = nullptr;  // the literal being parsed (for warnings)
  Span span_;
  bool kind_u_;
  std::string last_;
  List<Expr*> values_;
};

// CPython's fstring_find_literal: scans literal text up to an undoubled
// "{" (or, in a format spec, "}"). Returns 1 when a doubled brace ended the
// literal (scanning continues after it), 0 otherwise, -1 on error.
int FString::find_literal(const char*& p, const char* end, bool raw, int recurse_lvl) {
  const char* s = p;
  const char* literal_start = s;
  int result = 0;
  while (s < end) {
    char ch = *s++;
    if (!raw && ch == '\\' && s < end) {
      ch = *s++;
      if (ch == 'N') {  // skip "\N{...}": its braces are not a field
        if (s < end && *s++ == '{') {
          while (s < end && *s++ != '}') {
          }
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (recurse_lvl == 0) {
        if (s < end && *s == ch) {  // "{{" or "}}": keep one brace
          p = s + 1;
          result = 1;
          break;
        }
        if (ch == '}') {
          p = s - 1;
          error("f-string: single '}' is not allowed");
          return -1;
        }
      }
      --s;
      p = s;
      break;
    }
    p = s;
  }
  const char* literal_end = result == 1 ? p - 1 : p;
  if (literal_start != literal_end) {
    std::string text;
    if (raw) {
      text.assign(literal_start, literal_end);
    } else {
      std::string why;
      EscapeDecoder decoder(literal_start, literal_end, false);
      if (!decoder.run(&text, &why)) {
        error(why);
        return -1;
      }
      if (tok_) warn_escape(ps_, decoder, *tok_);
    }
    literal(text);
  }
  return result;
}

// CPython's fstring_find_expr: p is at "{". Finds the expression's end,
// parses it, then the "=", "!conversion" and ":format_spec" parts.
bool FString::find_expr(const char*& p, const char* end, bool raw, int recurse_lvl, const Token& tok, Expr** out,
                        std::string* expr_text) {
  if (recurse_lvl >= 2) return error("f-string: expressions nested too deeply");
  ++p;
  const char* expr_start = p;
  char quote = 0;
  int string_type = 0;
  std::string brackets;
  for (; p < end; ++p) {
    char ch = *p;
    if (ch == '\\') return error("f-string expression part cannot include a backslash");
    if (quote) {
      if (ch == quote) {
        if (string_type == 3) {
          if (p + 2 < end && p[1] == ch && p[2] == ch) {
            p += 2;
            quote = 0;
          }
        } else {
          quote = 0;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      string_type = p + 2 < end && p[1] == ch && p[2] == ch ? 3 : 1;
      if (string_type == 3) p += 2;
      quote = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (brackets.size() >= 200) return error("f-string: too many nested parenthesis");
      brackets += ch;
    } else if (ch == '#') {
      return error("f-string expression part cannot include '#'");
    } else if (brackets.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (p + 1 < end && p[1] == '=' && ch != ':' && ch != '}') {  // != == <= >=
        ++p;
        continue;
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (brackets.empty()) return error(std::string("f-string: unmatched '") + ch + "'");
      char open = brackets.back();
      brackets.pop_back();
      if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
        return error(std::string("f-string: closing parenthesis '") + ch + "' does not match opening parenthesis '" +
                     open + "'");
      }
    }
  }
  const char* expr_end = p;
  if (quote) return error("f-string: unterminated string");
  if (!brackets.empty()) return error(std::string("f-string: unmatched '") + brackets.back() + "'");
  if (p >= end) return error("f-string: expecting '}'");

  // CPython's fstring_compile_expr: whitespace alone is no expression.
  const char* s = expr_start;
  while (s < expr_end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) ++s;
  if (s == expr_end) {
    if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
      return error(std::string("f-string: expression required before '") + *expr_end + "'");
    }
    return error("f-string: empty expression not allowed");
  }
  // Where the expression starts in the source, for its tokens' positions.
  int line = tok.line, col = tok.col + static_cast<int>(expr_start - tok.text);
  for (const char* q = tok.text; q < expr_start; ++q) {
    if (*q == '\n') {
      ++line;
      col = static_cast<int>(expr_start - q - 1);
    }
  }
  Expr* value = parse_fstring_expr(ps_, std::string_view(expr_start, expr_end - expr_start), line, col);
  if (!value) return false;

  if (*p == '=') {  // self-documenting: "x=" (with any whitespace after "=")
    ++p;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\f' || *p == '\v' || *p == '\r')) ++p;
    if (p >= end) return error("f-string: expecting '}'");
    expr_text->assign(expr_start, p);
  }
  int conversion = -1;
  if (*p == '!') {
    ++p;
    if (p >= end) return error("f-string: expecting '}'");
    conversion = static_cast<unsigned char>(*p++);
    if (conversion != 's' && conversion != 'r' && conversion != 'a') {
      return error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  Expr* format_spec = nullptr;
  if (p < end && *p == ':') {
    ++p;
    if (p >= end) return error("f-string: expecting '}'");
    FString spec(ps_, span_, kind_u_);
    if (!spec.parse(p, end, raw, recurse_lvl + 1, tok)) return false;
    format_spec = spec.finish();
  }
  if (p >= end || *p != '}') return error("f-string: expecting '}'");
  ++p;
  if (!expr_text->empty() && !format_spec && conversion == -1) conversion = 'r';
  auto* f = ps_->arena.make<FormattedValue>();
  f->kind = ExprKind::FormattedValue;
  f->span = span_;
  f->value = value;
  f->conversion = conversion;
  f->format_spec = format_spec;
  *out = f;
  return true;
}

bool FString::parse(const char*& p, const char* end, bool raw, int recurse_lvl, const Token& tok) {
  tok_ = &tok;
  for (;;) {
    int result = find_literal(p, end, raw, recurse_lvl);
    if (result < 0) return false;
    if (result == 1) continue;
    if (p >= end || *p == '}') break;
    Expr* value = nullptr;
    std::string expr_text;
    if (!find_expr(p, end, raw, recurse_lvl, tok, &value, &expr_text)) return false;
    literal(expr_text);
    add_value(value);
  }
  if (recurse_lvl == 0 && p < end) return error("f-string: unexpected end of string");
  if (recurse_lvl != 0 && (p >= end || *p != '}')) return error("f-string: expecting '}'");
  return true;
}

}  // namespace

// Adjacent literals, concatenated (CPython's _PyPegen_concatenate_strings).
Expr* strings(ParseState* ps, List<Token>* tokens) {
  const Token& first = (*tokens)[0];
  const Token& last = (*tokens)[tokens->size - 1];
  Span span{first.line, first.col, last.end_line, last.end_col};
  Prefix first_prefix = split_literal(first).prefix;
  bool bytes = first_prefix.bytes;
  bool fmode = false;
  for (const Token& t : *tokens) {
    Prefix pre = split_literal(t).prefix;
    if (pre.bytes != bytes) {
      error_at_lookahead(ps, "cannot mix bytes and nonbytes literals");
      bytes = false;
      break;
    }
    fmode |= pre.fstring;
  }
  FString builder(ps, span, first_prefix.u);
  std::string text;
  for (const Token& t : *tokens) {
    if (ps->failed) break;
    Literal lit = split_literal(t);
    if (lit.prefix.fstring) {
      const char* p = lit.body;
      builder.parse(p, lit.end, lit.prefix.raw, 0, t);
      continue;
    }
    std::string part;
    if (bytes) {
      for (const char* c = lit.body; c < lit.end; ++c) {
        if (static_cast<unsigned char>(*c) >= 0x80) {
          error_at(ps, span_of(t), "bytes can only contain ASCII literal characters");
          break;
        }
      }
    }
    std::string why;
    if (lit.prefix.raw) {
      part.assign(lit.body, lit.end);
    } else {
      EscapeDecoder decoder(lit.body, lit.end, bytes);
      if (decoder.run(&part, &why)) {
        warn_escape(ps, decoder, t);
      } else {
        error_at_lookahead(ps, why);
      }
    }
    if (fmode) {
      builder.literal(part);
    } else {
      text += part;
    }
  }
  if (fmode) return builder.finish();
  Expr* c = builder.constant(text);
  static_cast<Constant*>(c)->const_kind = bytes ? ConstKind::Bytes : ConstKind::Str;
  if (bytes) static_cast<Constant*>(c)->kind_u = false;
  return c;
}

}  // namespace coil::parse::build
