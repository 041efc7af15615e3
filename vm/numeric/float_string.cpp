// coil numeric library: float <-> text (see float_string.hpp).
//
// Digit generation follows the three modes of David Gay's dtoa that CPython
// uses: shortest round-trip (repr), N significant digits ('e', 'g') and N
// digits after the point ('f'). std::to_chars supplies the correctly rounded
// digits for each mode; the layout rules are CPython's format_float_short.
#include "vm/numeric/float_string.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <system_error>

#include "vm/numeric/text.hpp"

namespace coil::num {
namespace {

// A positive decimal value 0.DIGITS * 10**decpt. Like dtoa's output: no
// leading or trailing zeros, "0" for zero, and empty when 'f' rounding left
// no significant digit (then decpt == -precision). The digits live in a
// buffer owned by the caller.
struct Digits {
  std::string_view digits;
  std::int64_t decpt = 0;
};

std::string_view strip_trailing_zeros(std::string_view digits) {
  while (!digits.empty() && digits.back() == '0') digits.remove_suffix(1);
  return digits;
}

// Parses to_chars scientific output "D[.DDD]e[+-]XX" in place.
Digits from_scientific(char* text, std::size_t size) {
  const std::string_view view(text, size);
  const std::size_t e_pos = view.find('e');
  int exponent = 0;
  std::string_view exp_text = view.substr(e_pos + 1);
  if (exp_text.front() == '+') exp_text.remove_prefix(1);
  std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
  Digits result;
  if (e_pos > 1) {  // "D.DDD": drop the point by moving the first digit onto it
    text[1] = text[0];
    result.digits = std::string_view(text + 1, e_pos - 1);
  } else {
    result.digits = std::string_view(text, 1);
  }
  result.digits = strip_trailing_zeros(result.digits);
  result.decpt = exponent + 1;
  return result;
}

// Scratch space for digit generation: the stack for the usual precisions
// (no allocation per format), the heap for huge ones.
class Scratch {
 public:
  char* get(std::size_t n) {
    if (n <= sizeof small_) return small_;
    large_.resize(n);
    return large_.data();
  }

 private:
  char small_[512];
  std::string large_;
};

// Shortest digits that round-trip (dtoa mode 0). value > 0, finite.
Digits shortest_digits(double value, Scratch& scratch) {
  char* buf = scratch.get(64);
  const auto r = std::to_chars(buf, buf + 64, value, std::chars_format::scientific);
  return from_scientific(buf, static_cast<std::size_t>(r.ptr - buf));
}

// `count` >= 1 correctly rounded significant digits (dtoa mode 2).
Digits significant_digits(double value, std::int64_t count, Scratch& scratch) {
  const auto size = static_cast<std::size_t>(count) + 32;
  char* buf = scratch.get(size);
  const auto r = std::to_chars(buf, buf + size, value, std::chars_format::scientific,
                               static_cast<int>(count - 1));
  return from_scientific(buf, static_cast<std::size_t>(r.ptr - buf));
}

// Correctly rounded digits up to `places` after the point (dtoa mode 3).
Digits fixed_digits(double value, int places, Scratch& scratch) {
  const auto size = static_cast<std::size_t>(places) + 340;  // 309 integer digits at most
  char* buf = scratch.get(size);
  const auto r = std::to_chars(buf, buf + size, value, std::chars_format::fixed, places);
  std::string_view text(buf, static_cast<std::size_t>(r.ptr - buf));
  Digits result;
  const std::size_t point = text.find('.');
  if (point == std::string_view::npos) {
    result.digits = text;
    result.decpt = static_cast<std::int64_t>(text.size());
  } else {  // drop the point by shifting the integer part right
    std::memmove(buf + 1, buf, point);
    result.digits = text.substr(1);
    result.decpt = static_cast<std::int64_t>(point);
  }
  while (!result.digits.empty() && result.digits.front() == '0') {
    result.digits.remove_prefix(1);
    --result.decpt;
  }
  result.digits = strip_trailing_zeros(result.digits);
  return result;
}

// Lays out finite digits per CPython's format_float_short. `code` is one of
// e, f, g, r; `precision` is in dtoa terms (significant digits for e/g).
std::string layout(const Digits& d, bool negative, char code, std::int64_t precision,
                   unsigned flags, bool upper) {
  const bool add_dot_0 = (flags & kFloatAddDot0) != 0;
  const bool alternate = (flags & kFloatAlternate) != 0;
  const auto digits_len = static_cast<std::int64_t>(d.digits.size());
  std::int64_t decpt = d.decpt;
  std::int64_t end = digits_len;  // one past the last digit position to print
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      end = precision;
      break;
    case 'f':
      end = decpt + precision;
      break;
    case 'g':
      use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
      if (alternate) end = precision;
      break;
    default:  // 'r': exponent form below 1e-4 and from 1e16
      use_exp = decpt <= -4 || decpt > 16;
      break;
  }
  std::int64_t exponent = 0;
  if (use_exp) {
    exponent = decpt - 1;
    decpt = 1;
  }
  // Print the positions [start, end) of the digit string extended with zeros
  // on both sides, with the point before position decpt.
  const std::int64_t start = decpt <= 0 ? decpt - 1 : 0;
  end = std::max(end, (!use_exp && add_dot_0) ? decpt + 1 : decpt);

  std::string out;
  if (negative) {
    out += '-';
  } else if (flags & kFloatAlwaysSign) {
    out += '+';
  }
  out.reserve(out.size() + static_cast<std::size_t>(end - start) + 8);
  for (std::int64_t i = start; i < end; ++i) {
    if (i == decpt) out += '.';
    out += (i >= 0 && i < digits_len) ? d.digits[static_cast<std::size_t>(i)] : '0';
  }
  if (decpt == end) out += '.';
  if (out.back() == '.' && !alternate) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    out += exponent < 0 ? '-' : '+';
    const std::int64_t magnitude = exponent < 0 ? -exponent : exponent;  // < 400
    if (magnitude >= 100) out += static_cast<char>('0' + magnitude / 100);
    out += static_cast<char>('0' + magnitude / 10 % 10);
    out += static_cast<char>('0' + magnitude % 10);
  }
  return out;
}

}  // namespace

std::string double_to_string(double value, char format_code, int precision,
                             unsigned flags) {
  const bool upper = format_code == 'E' || format_code == 'F' || format_code == 'G';
  const char code = upper ? static_cast<char>(format_code - 'A' + 'a') : format_code;
  if (precision < 0) precision = 0;
  bool negative = std::signbit(value);
  if (std::isnan(value) || std::isinf(value)) {
    std::string out;
    if (std::isnan(value)) negative = false;  // the sign of a NaN is ignored
    if (negative) {
      out += '-';
    } else if (flags & kFloatAlwaysSign) {
      out += '+';
    }
    out += std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  std::int64_t dtoa_precision = precision;  // int64: 'e' may add one to INT_MAX
  if (code == 'e') ++dtoa_precision;  // dtoa counts all significant digits
  if (code == 'g' && precision == 0) dtoa_precision = 1;

  Digits digits;
  Scratch scratch;
  const double magnitude = std::fabs(value);
  if (magnitude == 0.0) {
    digits.digits = "0";
    digits.decpt = 1;
  } else if (code == 'f') {
    digits = fixed_digits(magnitude, precision, scratch);
  } else if (code == 'r') {
    digits = shortest_digits(magnitude, scratch);
  } else {
    digits = significant_digits(magnitude, dtoa_precision, scratch);
  }
  if ((flags & kFloatNoNegativeZero) && negative &&
      (digits.digits.empty() || digits.digits == "0")) {
    negative = false;
  }
  return layout(digits, negative, code, dtoa_precision, flags, upper);
}

std::string float_repr(double value) { return double_to_string(value, 'r', 0, kFloatAddDot0); }

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Removes underscores, which are only allowed between two digits.
bool remove_underscores(std::string& s) {
  if (s.find('_') == std::string::npos) return true;
  std::string cleaned;
  char prev = '\0';
  for (char c : s) {
    if (c == '_') {
      if (!is_digit(prev)) return false;
    } else {
      if (prev == '_' && !is_digit(c)) return false;
      cleaned += c;
    }
    prev = c;
  }
  if (prev == '_') return false;
  s = std::move(cleaned);
  return true;
}

bool iequals(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char c = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// Validates DIGITS [. DIGITS] [e [sign] DIGITS] (at least one mantissa digit)
// and estimates the decimal exponent of the leading non-zero digit, which
// decides overflow versus underflow when the value is out of range.
bool scan_decimal(std::string_view s, std::int64_t& magnitude_exponent) {
  std::size_t i = 0;
  std::int64_t int_digits = 0;
  std::int64_t first_nonzero = INT64_MIN;  // exponent of the leading non-zero digit
  std::int64_t mantissa_digits = 0;
  for (; i < s.size() && is_digit(s[i]); ++i, ++int_digits, ++mantissa_digits) {
    if (s[i] != '0' && first_nonzero == INT64_MIN) first_nonzero = -int_digits;
  }
  if (first_nonzero != INT64_MIN) first_nonzero += int_digits - 1;
  if (i < s.size() && s[i] == '.') {
    ++i;
    for (std::int64_t k = 1; i < s.size() && is_digit(s[i]); ++i, ++k, ++mantissa_digits) {
      if (s[i] != '0' && first_nonzero == INT64_MIN) first_nonzero = -k;
    }
  }
  if (mantissa_digits == 0) return false;
  std::int64_t exponent = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool negative_exp = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative_exp = s[i++] == '-';
    const std::size_t exp_start = i;
    for (; i < s.size() && is_digit(s[i]); ++i) {
      if (exponent < (std::int64_t{1} << 40)) exponent = exponent * 10 + (s[i] - '0');
    }
    if (i == exp_start) return false;
    if (negative_exp) exponent = -exponent;
  }
  if (i != s.size()) return false;
  magnitude_exponent = first_nonzero == INT64_MIN ? INT64_MIN : first_nonzero + exponent;
  return true;
}

bool parse_ascii_float(std::string s, double& out) {
  if (!remove_underscores(s)) return false;
  std::string_view text = s;
  while (!text.empty() && ascii_is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && ascii_is_space(text.back())) text.remove_suffix(1);
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  double magnitude;
  std::int64_t magnitude_exponent;
  if (iequals(text, "inf") || iequals(text, "infinity")) {
    magnitude = HUGE_VAL;
  } else if (iequals(text, "nan")) {
    magnitude = std::nan("");
  } else if (scan_decimal(text, magnitude_exponent)) {
    const auto r = std::from_chars(text.data(), text.data() + text.size(), magnitude);
    if (r.ec == std::errc::result_out_of_range) {
      magnitude = (magnitude_exponent != INT64_MIN && magnitude_exponent >= 0) ? HUGE_VAL : 0.0;
    } else if (r.ec != std::errc() || r.ptr != text.data() + text.size()) {
      return false;
    }
  } else {
    return false;
  }
  out = negative ? -magnitude : magnitude;
  return true;
}

}  // namespace

Status parse_float(std::string_view text, double& out) {
  if (!parse_ascii_float(transform_decimal_and_space_to_ascii(text), out)) {
    return value_error("could not convert string to float: " + py_str_repr(text));
  }
  return {};
}

}  // namespace coil::num
