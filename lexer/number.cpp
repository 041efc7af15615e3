// Numeric literals, scanned by hand: a transcription of the number part of
// CPython 3.11's Parser/tokenizer.c, so that token extents, error messages
// and error positions match. (A regex would accept the same literals, but
// the errors depend on how far the C code had read.)
#include "lexer/number.hpp"

namespace coil::lex {
namespace {

constexpr int kEof = -1;

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_ident_char(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_';
}

// tok_nextc/tok_backup over a buffer; an error is recorded once, after which
// every step returns kEof so the caller unwinds.
class Scanner {
 public:
  Scanner(const char* start, const char* limit) : start_(start), p_(start), limit_(limit) {}

  NumberScan run();

 private:
  int next() { return p_ < limit_ ? static_cast<unsigned char>(*p_++) : kEof; }
  void backup(int c) {
    if (c != kEof) --p_;
  }
  bool fail(std::string message) {
    result_.error = std::move(message);
    result_.error_at = p_;
    result_.error_end = p_;
    return false;
  }
  bool lookahead(const char* rest);
  bool verify_end(int c, const char* kind);
  bool decimal_tail(int& c);
  bool radix(int& c, char letter);
  bool after_zero(int& c);
  bool fraction(int& c);
  bool exponent(int& c, bool& finished);
  bool decimal_suffix(int& c);

  const char* start_;
  const char* p_;
  const char* limit_;
  NumberScan result_;
};

// True when the input continues with `rest` and then a non-identifier
// character; the cursor is left where it was.
bool Scanner::lookahead(const char* rest) {
  const char* saved = p_;
  bool matched = true;
  for (const char* s = rest; *s; ++s) {
    if (next() != *s) {
      matched = false;
      break;
    }
  }
  if (matched) {
    int c = next();
    matched = !(is_ascii_ident_char(c) || c >= 128);
  }
  p_ = saved;
  return matched;
}

// CPython's verify_end_of_number: `c` has just been read after the literal.
// "1if x else y" stays valid (CPython only warns); "1abc" is an error.
// Either way the cursor is left before `c`.
bool Scanner::verify_end(int c, const char* kind) {
  bool keyword = false;
  switch (c) {
    case 'a': keyword = lookahead("nd"); break;
    case 'e': keyword = lookahead("lse"); break;
    case 'f': keyword = lookahead("or"); break;
    case 'o': keyword = lookahead("r"); break;
    case 'n': keyword = lookahead("ot"); break;
    case 'i': {
      int c2 = next();
      keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
      backup(c2);
      break;
    }
    default: break;
  }
  backup(c);  // on success the literal ends before `c`
  if (!keyword && c < 128 && is_ascii_ident_char(c)) return fail(std::string("invalid ") + kind + " literal");
  return true;
}

// Digits with single underscores between them; `c` is the first char after.
bool Scanner::decimal_tail(int& c) {
  for (;;) {
    do c = next();
    while (is_digit(c));
    if (c != '_') return true;
    c = next();
    if (!is_digit(c)) {
      backup(c);
      return fail("invalid decimal literal");
    }
  }
}

// 0x, 0o and 0b literals; `c` is the prefix letter on entry.
bool Scanner::radix(int& c, char letter) {
  const char* kind = letter == 'x' ? "hexadecimal" : letter == 'o' ? "octal" : "binary";
  int max_digit = letter == 'o' ? '7' : '1';
  auto in_radix = [&](int ch) { return letter == 'x' ? is_xdigit(ch) : ch >= '0' && ch <= max_digit; };
  c = next();
  do {
    if (c == '_') c = next();
    if (!in_radix(c)) {
      if (letter != 'x' && is_digit(c)) return fail(std::string("invalid digit '") + char(c) + "' in " + kind + " literal");
      backup(c);
      return fail(std::string("invalid ") + kind + " literal");
    }
    do c = next();
    while (in_radix(c));
  } while (c == '_');
  if (letter != 'x' && is_digit(c)) return fail(std::string("invalid digit '") + char(c) + "' in " + kind + " literal");
  return verify_end(c, kind);
}

// A literal starting with "0" that is not 0x/0o/0b: zeros, maybe followed by
// a float part; other digits are the forbidden old-style octal.
bool Scanner::after_zero(int& c) {
  bool nonzero = false;
  for (;;) {
    if (c == '_') {
      c = next();
      if (!is_digit(c)) {
        backup(c);
        return fail("invalid decimal literal");
      }
    }
    if (c != '0') break;
    c = next();
  }
  const char* zeros_end = p_;
  if (is_digit(c)) {
    nonzero = true;
    if (!decimal_tail(c)) return false;
  }
  if (c == '.') {
    c = next();
    return fraction(c);
  }
  if (c == 'e' || c == 'E') {
    bool finished = false;
    if (!exponent(c, finished)) return false;
    return finished || decimal_suffix(c);
  }
  if (c == 'j' || c == 'J') return verify_end(next(), "imaginary");
  if (nonzero) {
    backup(c);
    result_.error =
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
    result_.error_at = start_ + 1;
    result_.error_end = zeros_end;
    return false;
  }
  return verify_end(c, "decimal");
}

// After the ".": optional digits, then the exponent and "j" suffixes.
bool Scanner::fraction(int& c) {
  if (is_digit(c) && !decimal_tail(c)) return false;
  if (c == 'e' || c == 'E') {
    bool finished = false;
    if (!exponent(c, finished)) return false;
    if (finished) return true;
  }
  return decimal_suffix(c);
}

// `c` is 'e' or 'E'. An "e" not followed by digits ends the literal before
// the "e" ("1else" is 1 followed by else); `finished` reports that case.
bool Scanner::exponent(int& c, bool& finished) {
  int e = c;
  c = next();
  if (c == '+' || c == '-') {
    c = next();
    if (!is_digit(c)) {
      backup(c);
      return fail("invalid decimal literal");
    }
  } else if (!is_digit(c)) {
    backup(c);
    finished = true;  // verify_end backs up over the "e" as well
    return verify_end(e, "decimal");
  }
  return decimal_tail(c);
}

// The optional "j", then the end-of-literal check.
bool Scanner::decimal_suffix(int& c) {
  if (c == 'j' || c == 'J') return verify_end(next(), "imaginary");
  return verify_end(c, "decimal");
}

NumberScan Scanner::run() {
  int c = next();
  bool ok;
  if (c == '.') {
    c = next();
    ok = fraction(c);
  } else if (c == '0') {
    c = next();
    if (c == 'x' || c == 'X') {
      ok = radix(c, 'x');
    } else if (c == 'o' || c == 'O') {
      ok = radix(c, 'o');
    } else if (c == 'b' || c == 'B') {
      ok = radix(c, 'b');
    } else {
      ok = after_zero(c);
    }
  } else {
    ok = decimal_tail(c);
    if (ok && c == '.') {
      c = next();
      ok = fraction(c);
    } else if (ok && (c == 'e' || c == 'E')) {
      bool finished = false;
      ok = exponent(c, finished);
      if (ok && !finished) ok = decimal_suffix(c);
    } else if (ok) {
      ok = decimal_suffix(c);
    }
  }
  if (!ok) return result_;
  result_.end = p_;
  return result_;
}

}  // namespace

NumberScan scan_number(const char* start, const char* limit) {
  return Scanner(start, limit).run();
}

}  // namespace coil::lex
