// coil numeric library: int <-> text (see int_string.hpp).
#include "vm/numeric/int_string.hpp"

#include <string>

#include "vm/numeric/mpz_util.hpp"
#include "vm/numeric/text.hpp"

namespace coil::num {

using detail::magnitude;
using detail::Mpz;
using detail::MpzAbs;

namespace {

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

std::string to_str_limit_message(int limit) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion; use "
         "sys.set_int_max_str_digits() to increase the limit";
}

std::string to_int_limit_message(int limit, std::size_t digits) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion: value has " +
         std::to_string(digits) +
         " digits; use sys.set_int_max_str_digits() to increase the limit";
}

bool is_power_of_two_base(int base) { return (base & (base - 1)) == 0; }

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Digits (no underscores) in `base` to an Int.
Int digits_to_int(const std::string& digits, int base, bool negative) {
  std::int64_t value = 0;
  bool fits = true;
  for (char c : digits) {
    if (__builtin_mul_overflow(value, base, &value) ||
        __builtin_sub_overflow(value, digit_value(c), &value)) {  // accumulate negatively:
      fits = false;                                             // INT64_MIN is reachable
      break;
    }
  }
  if (fits && (negative || value != INT64_MIN)) return negative ? value : -value;
  Mpz z;
  mpz_set_str(z, digits.c_str(), base);
  if (negative) mpz_neg(z, z);
  return Int::adopt(z);
}

// The prefix letter that may follow '0' for `base`, or 0.
char prefix_letter(int base) {
  switch (base) {
    case 16: return 'x';
    case 8: return 'o';
    case 2: return 'b';
    default: return 0;
  }
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

enum class ParseError { None, Syntax, Limit };

// The core of int(str, base) on the ASCII-transformed text, following
// CPython 3.11's PyLong_FromString step by step (the order of checks decides
// which error wins).
ParseError parse_ascii_int(std::string_view s, int base, int max_str_digits, Int& out,
                           std::size_t& digit_count) {
  std::size_t i = 0;
  while (i < s.size() && ascii_is_space(s[i])) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';

  const auto at = [&](std::size_t k) { return k < s.size() ? s[k] : '\0'; };
  bool only_zeros_allowed = false;  // base 0 with a leading '0': "010" is invalid
  if (base == 0) {
    if (at(i) != '0') {
      base = 10;
    } else if (lower(at(i + 1)) == 'x') {
      base = 16;
    } else if (lower(at(i + 1)) == 'o') {
      base = 8;
    } else if (lower(at(i + 1)) == 'b') {
      base = 2;
    } else {
      base = 10;
      only_zeros_allowed = true;
    }
  }
  if (at(i) == '0' && prefix_letter(base) != 0 && lower(at(i + 1)) == prefix_letter(base)) {
    i += 2;
    if (at(i) == '_') ++i;  // one underscore may follow the prefix
  }
  if (at(i) == '_') return ParseError::Syntax;

  std::string digits;
  char prev = '\0';
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '_') {
      if (prev == '_') return ParseError::Syntax;
    } else if (digit_value(c) < base) {
      digits += c;
    } else {
      break;
    }
    prev = c;
  }
  if (prev == '_') return ParseError::Syntax;
  if (digits.empty()) return ParseError::Syntax;
  if (!is_power_of_two_base(base) && max_str_digits > 0 &&
      digits.size() > static_cast<std::size_t>(max_str_digits)) {
    digit_count = digits.size();
    return ParseError::Limit;
  }
  Int value = digits_to_int(digits, base, negative);
  if (only_zeros_allowed && value.view().sign() != 0) return ParseError::Syntax;
  while (i < s.size() && ascii_is_space(s[i])) ++i;
  if (i != s.size()) return ParseError::Syntax;
  out = std::move(value);
  return ParseError::None;
}

}  // namespace

void append_abs_digits(IntView v, int base, std::string& out) {
  if (v.is_small()) {
    std::uint64_t m = magnitude(v.small());
    char buf[64];
    char* p = buf + sizeof buf;
    do {
      *--p = kDigitChars[m % static_cast<unsigned>(base)];
      m /= static_cast<unsigned>(base);
    } while (m != 0);
    out.append(p, buf + sizeof buf);
    return;
  }
  const MpzAbs abs_v(v.big());
  const std::size_t start = out.size();
  out.resize(start + mpz_sizeinbase(abs_v, base) + 2);
  mpz_get_str(out.data() + start, base, abs_v);
  out.resize(start + std::char_traits<char>::length(out.data() + start));
}

Status int_to_decimal(IntView v, std::string& out, int max_str_digits) {
  out.clear();
  if (!v.is_small() && max_str_digits > 0) {
    // sizeinbase is exact or one too many: reject early only when certain.
    const std::size_t estimate = mpz_sizeinbase(v.big(), 10);
    if (estimate - 1 > static_cast<std::size_t>(max_str_digits)) {
      return value_error(to_str_limit_message(max_str_digits));
    }
  }
  if (v.sign() < 0) out += '-';
  append_abs_digits(v, 10, out);
  const std::size_t digits = out.size() - (v.sign() < 0 ? 1 : 0);
  if (max_str_digits > 0 && digits > static_cast<std::size_t>(max_str_digits)) {
    out.clear();
    return value_error(to_str_limit_message(max_str_digits));
  }
  return {};
}

Status int_to_string(IntView v, int base, std::string& out, int max_str_digits) {
  if (base == 10) return int_to_decimal(v, out, max_str_digits);
  out.clear();
  if (v.sign() < 0) out += '-';
  if (const char letter = prefix_letter(base); letter != 0) {
    out += '0';
    out += letter;
  }
  append_abs_digits(v, base, out);
  return {};
}

Status parse_int(std::string_view text, int base, Int& out, int max_str_digits) {
  if (base != 0 && (base < 2 || base > 36)) {
    return value_error("int() base must be >= 2 and <= 36, or 0");
  }
  std::size_t digit_count = 0;
  switch (parse_ascii_int(transform_decimal_and_space_to_ascii(text), base, max_str_digits,
                          out, digit_count)) {
    case ParseError::None:
      return {};
    case ParseError::Limit:
      return value_error(to_int_limit_message(max_str_digits, digit_count));
    case ParseError::Syntax:
      break;
  }
  return value_error("invalid literal for int() with base " + std::to_string(base) + ": " +
                     py_str_repr(text, 200));
}

Status parse_int_literal(std::string_view literal, Int& out, int max_str_digits) {
  int base = 10;
  if (literal.size() > 1 && literal[0] == '0') {
    switch (lower(literal[1])) {
      case 'x': base = 16; break;
      case 'o': base = 8; break;
      case 'b': base = 2; break;
      default: break;
    }
    if (base != 10) literal.remove_prefix(2);
  }
  std::string digits;
  digits.reserve(literal.size());
  for (char c : literal) {
    if (c != '_') digits += c;
  }
  if (base == 10 && max_str_digits > 0 &&
      digits.size() > static_cast<std::size_t>(max_str_digits)) {
    return {ErrorKind::SyntaxError,
            to_int_limit_message(max_str_digits, digits.size()) +
                " - Consider hexadecimal for huge integer literals to avoid decimal "
                "conversion limits."};
  }
  out = digits_to_int(digits, base, false);
  return {};
}

}  // namespace coil::num
