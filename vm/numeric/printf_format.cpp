// coil numeric library: printf-style conversions (see printf_format.hpp).
// The padding rules follow CPython's unicode_format_arg_output: a '0' flag
// pads numbers with zeros after the sign and the "0x"/"0o" prefix, '-' pads
// on the right with spaces.
#include "vm/numeric/printf_format.hpp"

#include <algorithm>

#include "vm/numeric/float_string.hpp"
#include "vm/numeric/text.hpp"

namespace coil::num {
namespace {

// As in format.cpp: refuse to build absurdly long fields.
constexpr std::int64_t kMaxFieldLength = std::int64_t{1} << 28;

bool has_base_prefix(const PrintfSpec& spec) {
  return spec.alternate && (spec.type == 'o' || spec.type == 'x' || spec.type == 'X');
}

// Lays out a converted number `body` ("-0x1f", "3.14", "inf"...).
std::string output_number(std::string_view body, const PrintfSpec& spec) {
  const char fill = spec.zero_pad ? '0' : ' ';
  auto len = static_cast<std::int64_t>(body.size());
  std::size_t pos = 0;
  char sign = '\0';
  if (body[0] == '-' || body[0] == '+') {
    sign = body[0];
    --len;
    ++pos;
  } else if (spec.plus_sign) {
    sign = '+';
  } else if (spec.blank_sign) {
    sign = ' ';
  }
  std::int64_t width = std::max(spec.width, len);
  std::string out;
  if (sign != '\0') {
    if (fill != ' ') out += sign;
    if (width > len) --width;
  }
  const bool prefix = has_base_prefix(spec);
  if (prefix) {
    if (fill != ' ') {
      out.append(body, pos, 2);
      pos += 2;
    }
    width = std::max<std::int64_t>(width - 2, 0);
    len -= 2;
  }
  if (width > len && !spec.left_adjust) {
    out.append(static_cast<std::size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign != '\0') out += sign;
    if (prefix) {
      out.append(body, pos, 2);
      pos += 2;
    }
  }
  out.append(body, pos, static_cast<std::size_t>(len));
  if (width > len) out.append(static_cast<std::size_t>(width - len), ' ');
  return out;
}

}  // namespace

Status printf_format_int(IntView v, const PrintfSpec& spec, std::string& out,
                         int max_str_digits) {
  if (spec.width > kMaxFieldLength || spec.precision > kMaxFieldLength) return memory_error();
  int base = 10;
  if (spec.type == 'o') base = 8;
  if (spec.type == 'x' || spec.type == 'X') base = 16;
  std::string digits;
  if (base == 10) {
    if (Status s = int_to_decimal(v, digits, max_str_digits); !s.ok()) return s;
    if (v.sign() < 0) digits.erase(0, 1);
  } else {
    append_abs_digits(v, base, digits);
  }
  // The precision is a minimum number of digits.
  if (spec.precision > static_cast<std::int64_t>(digits.size())) {
    digits.insert(0, static_cast<std::size_t>(spec.precision) - digits.size(), '0');
  }
  std::string body = v.sign() < 0 ? "-" : "";
  if (spec.alternate && base != 10) body += base == 8 ? "0o" : "0x";
  body += digits;
  if (spec.type == 'X') {
    for (char& c : body) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
  }
  out = output_number(body, spec);
  return {};
}

Status printf_format_float(double x, const PrintfSpec& spec, std::string& out) {
  if (spec.width > kMaxFieldLength || spec.precision > kMaxFieldLength) return memory_error();
  const int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  const std::string body =
      double_to_string(x, spec.type, precision, spec.alternate ? unsigned{kFloatAlternate} : 0u);
  out = output_number(body, spec);
  return {};
}

Status printf_format_text(std::string_view text, const PrintfSpec& spec, std::string& out) {
  if (spec.width > kMaxFieldLength) return memory_error();
  auto len = static_cast<std::int64_t>(count_code_points(text));
  if (spec.precision >= 0 && len > spec.precision) {
    text = text.substr(0, code_point_prefix_bytes(text, static_cast<std::size_t>(spec.precision)));
    len = spec.precision;
  }
  const std::int64_t padding = std::max<std::int64_t>(spec.width - len, 0);
  out.clear();
  if (!spec.left_adjust) out.append(static_cast<std::size_t>(padding), ' ');
  out += text;
  if (spec.left_adjust) out.append(static_cast<std::size_t>(padding), ' ');
  return {};
}

}  // namespace coil::num
