// coil numeric library: the format specification mini-language (see
// format.hpp). The checks are made in the same order as in CPython 3.11's
// Python/formatter_unicode.c, because the first failing check decides the
// error message.
#include "vm/numeric/format.hpp"

#include <algorithm>
#include <cctype>
#include <climits>
#include <iterator>
#include <vector>

#include "vm/numeric/float_string.hpp"
#include "vm/numeric/text.hpp"

namespace coil::num {
namespace {

// Widths and precisions beyond this report MemoryError rather than trying to
// build a gigantic string (CPython would attempt the allocation).
constexpr std::int64_t kMaxFormatLength = std::int64_t{1} << 28;

// ----------------------------------------------------------------------------
// Parsing
// ----------------------------------------------------------------------------

bool is_alignment(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign(char32_t c) { return c == ' ' || c == '+' || c == '-'; }

// A presentation type for a message: the character when printable ASCII,
// else "\x" and its hex code (CPython's two cases).
std::string type_char_for_message(char32_t type) {
  if (type > 32 && type < 128) return std::string(1, static_cast<char>(type));
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (std::uint32_t v = type; v != 0 || hex.empty(); v >>= 4) hex.insert(hex.begin(), kHex[v & 0xf]);
  return "\\x" + hex;
}

std::string truncated_type_name(std::string_view type_name) {
  return std::string(type_name.substr(0, code_point_prefix_bytes(type_name, 200)));
}

Status unknown_format_code(char32_t type, std::string_view type_name) {
  return value_error("Unknown format code '" + type_char_for_message(type) +
                     "' for object of type '" + truncated_type_name(type_name) + "'");
}

Status invalid_separator_for_type(char separator, char32_t type) {
  return value_error(std::string("Cannot specify '") + separator + "' with '" +
                     type_char_for_message(type) + "'.");
}

Status both_separators() { return value_error("Cannot specify both ',' and '_'."); }

// Reads decimal digits (any Unicode decimal digit) at `pos`. Returns the
// number consumed, or -1 on int64 overflow.
int read_integer(const char32_t* cps, std::size_t end, std::size_t& pos, std::int64_t& result) {
  int consumed = 0;
  std::int64_t value = 0;
  for (; pos < end; ++pos, ++consumed) {
    const int digit = unicode_decimal_value(cps[pos]);
    if (digit < 0) break;
    if (value > (INT64_MAX - digit) / 10) return -1;
    value = value * 10 + digit;
  }
  result = value;
  return consumed;
}

// The grouping character allowed with a presentation type, per PEP 378/515:
// true when `separator` may be used with `type`.
bool separator_allowed(char separator, char32_t type) {
  switch (type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
      return true;
    case 'b': case 'o': case 'x': case 'X':
      return separator == '_';
    default:
      return false;
  }
}

}  // namespace

Status parse_format_spec(std::string_view spec, char32_t default_type, char default_align,
                         std::string_view type_name, FormatSpec& out) {
  // Decoded code points; specs are short, so a stack buffer usually holds them.
  char32_t inline_cps[32];
  std::vector<char32_t> heap_cps;
  char32_t* cps = inline_cps;
  if (spec.size() > std::size(inline_cps)) {
    heap_cps.resize(spec.size());
    cps = heap_cps.data();
  }
  std::size_t end = 0;
  for (std::size_t pos = 0; pos < spec.size();) cps[end++] = decode_utf8(spec, pos);
  std::size_t pos = 0;
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;

  bool fill_given = false;
  bool align_given = false;
  if (end - pos >= 2 && is_alignment(cps[pos + 1])) {
    f.fill = cps[pos];
    f.align = static_cast<char>(cps[pos + 1]);
    fill_given = align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment(cps[pos])) {
    f.align = static_cast<char>(cps[pos]);
    align_given = true;
    ++pos;
  }
  if (pos < end && is_sign(cps[pos])) f.sign = static_cast<char>(cps[pos++]);
  if (pos < end && cps[pos] == 'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < end && cps[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  // A leading '0' means zero fill, and '=' alignment for numbers.
  if (!fill_given && pos < end && cps[pos] == '0') {
    f.fill = '0';
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  auto too_many_digits = [] { return value_error("Too many decimal digits in format string"); };
  std::int64_t number = 0;
  int consumed = read_integer(cps, end, pos, number);
  if (consumed < 0) return too_many_digits();
  f.width = consumed == 0 ? -1 : number;

  if (pos < end && cps[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < end && cps[pos] == '_') {
    if (f.grouping != '\0') return both_separators();
    f.grouping = '_';
    ++pos;
  }
  if (pos < end && cps[pos] == ',') {
    if (f.grouping == '_') return both_separators();
    // ",," falls through to the type checks below: "Cannot specify ',' with ','."
  }
  if (pos < end && cps[pos] == '.') {
    ++pos;
    consumed = read_integer(cps, end, pos, number);
    if (consumed < 0) return too_many_digits();
    if (consumed == 0) return value_error("Format specifier missing precision");
    f.precision = number;
  }
  if (end - pos > 1) {
    return value_error("Invalid format specifier '" + std::string(spec) +
                       "' for object of type '" + truncated_type_name(type_name) + "'");
  }
  if (end - pos == 1) f.type = cps[pos];
  if (f.grouping != '\0' && !separator_allowed(f.grouping, f.type)) {
    return invalid_separator_for_type(f.grouping, f.type);
  }
  out = f;
  return {};
}

namespace {

// ----------------------------------------------------------------------------
// Rendering numbers
// ----------------------------------------------------------------------------

// A number split the way CPython lays it out:
//   <sign><prefix><digits grouped>[.<remainder>]
// where the remainder is the fraction, exponent and/or '%' (or the character
// of the 'c' type, with has_decimal false).
struct NumberParts {
  bool negative = false;
  std::string prefix;
  std::string digits;
  bool has_decimal = false;
  std::string remainder;
  std::int64_t remainder_width = 0;  // in code points
};

// Inserts `separator` every `group` digits from the right, and pads with
// zeros (and separators) on the left up to `min_width` characters. group 0
// means no grouping (zero padding only). Mirrors CPython's
// _PyUnicode_InsertThousandsGrouping.
std::string group_digits(std::string_view digits, std::int64_t min_width, int group,
                         char separator) {
  auto remaining = static_cast<std::int64_t>(digits.size());
  if (group == 0) {
    const std::int64_t zeros = std::max<std::int64_t>(min_width - remaining, 0);
    std::string out(static_cast<std::size_t>(zeros), '0');
    out += digits;
    return out;
  }
  std::string reversed;  // built right to left, one group at a time
  for (;;) {
    const std::int64_t len = std::min<std::int64_t>(
        group, std::max({remaining, min_width, std::int64_t{1}}));
    const std::int64_t zeros = std::max<std::int64_t>(0, len - remaining);
    const std::int64_t chars = std::min(remaining, len);
    for (std::int64_t k = 1; k <= chars; ++k) {
      reversed += digits[static_cast<std::size_t>(remaining - k)];
    }
    reversed.append(static_cast<std::size_t>(zeros), '0');
    remaining -= chars;
    min_width -= len;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;  // the separator
    reversed += separator;
  }
  std::reverse(reversed.begin(), reversed.end());
  return reversed;
}

void append_fill(std::string& out, char32_t fill, std::int64_t count) {
  if (count <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<std::size_t>(count), static_cast<char>(fill));
    return;
  }
  std::string one;
  text::utf8_append(one, fill);
  out.reserve(out.size() + one.size() * static_cast<std::size_t>(count));
  for (std::int64_t k = 0; k < count; ++k) out += one;
}

// Lays out `n` with the spec's sign, grouping, fill and alignment into `out`.
void render_number(const NumberParts& n, const FormatSpec& spec, int group, char separator,
                   std::string& out) {
  char sign = n.negative ? '-' : (spec.sign == '+' || spec.sign == ' ') ? spec.sign : '\0';
  const std::int64_t non_digits = static_cast<std::int64_t>((sign ? 1 : 0) + n.prefix.size()) +
                                  (n.has_decimal ? 1 : 0) + n.remainder_width;
  const std::int64_t min_width =
      (spec.fill == '0' && spec.align == '=') ? spec.width - non_digits : 0;
  // The digits need rewriting only for grouping or zero padding.
  std::string grouped_text;
  std::string_view grouped = n.digits;
  if (!n.digits.empty() &&
      (group != 0 || min_width > static_cast<std::int64_t>(n.digits.size()))) {
    grouped_text = group_digits(n.digits, min_width, group, separator);
    grouped = grouped_text;
  }
  const std::int64_t padding = spec.width - (non_digits + static_cast<std::int64_t>(grouped.size()));
  std::int64_t left = 0, inner = 0, right = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<': right = padding; break;
      case '^': left = padding / 2; right = padding - left; break;
      case '=': inner = padding; break;
      default: left = padding; break;
    }
  }
  out.clear();
  out.reserve(static_cast<std::size_t>(std::max<std::int64_t>(padding, 0)) + grouped.size() +
              n.prefix.size() + n.remainder.size() + 2);
  append_fill(out, spec.fill, left);
  if (sign) out += sign;
  out += n.prefix;
  append_fill(out, spec.fill, inner);
  out += grouped;
  if (n.has_decimal) out += '.';
  out += n.remainder;
  append_fill(out, spec.fill, right);
}

int group_size(const FormatSpec& spec) {
  if (spec.grouping == '\0' || spec.type == 'n') return 0;
  const bool power_of_two_base =
      spec.type == 'b' || spec.type == 'o' || spec.type == 'x' || spec.type == 'X';
  return power_of_two_base ? 4 : 3;
}

// ----------------------------------------------------------------------------
// Floats
// ----------------------------------------------------------------------------

Status format_float_spec(double x, const FormatSpec& spec, std::string& out) {
  if (spec.precision > INT_MAX) return value_error("precision too big");
  if (spec.precision > kMaxFormatLength || spec.width > kMaxFormatLength) return memory_error();
  unsigned flags = 0;
  if (spec.alternate) flags |= kFloatAlternate;
  if (spec.no_neg_zero) flags |= kFloatNoNegativeZero;
  char32_t type = spec.type;
  int default_precision = 6;
  if (type == 0) {  // like repr without precision, else like 'g' with ".0"
    flags |= kFloatAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = false;
  if (type == '%') {
    type = 'f';
    x *= 100;
    percent = true;
  }
  int precision = static_cast<int>(spec.precision);
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  std::string text = double_to_string(x, static_cast<char>(type), precision, flags);
  if (percent) text += '%';

  NumberParts parts;
  std::size_t i = 0;
  if (text[0] == '-') {
    parts.negative = true;
    i = 1;
  }
  const std::size_t digits_start = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  parts.digits = text.substr(digits_start, i - digits_start);
  if (i < text.size() && text[i] == '.') {
    parts.has_decimal = true;
    ++i;
  }
  parts.remainder = text.substr(i);
  parts.remainder_width = static_cast<std::int64_t>(parts.remainder.size());
  render_number(parts, spec, group_size(spec), spec.grouping, out);
  return {};
}

// ----------------------------------------------------------------------------
// Ints
// ----------------------------------------------------------------------------

Status char_parts(IntView v, NumberParts& parts) {
  std::int64_t code = 0;
  if (!int_to_int64(v, code)) return overflow_error("Python int too large to convert to C long");
  if (code < 0 || code > 0x10ffff) return overflow_error("%c arg not in range(0x110000)");
  text::utf8_append(parts.remainder, static_cast<char32_t>(code));
  parts.remainder_width = 1;
  return {};
}

Status format_long(IntView v, const FormatSpec& spec, std::string& out, int max_str_digits) {
  if (spec.precision != -1) {
    return value_error("Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_zero) {
    return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  }
  NumberParts parts;
  if (spec.type == 'c') {
    if (spec.sign != '\0') {
      return value_error("Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alternate) {
      return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (Status s = char_parts(v, parts); !s.ok()) return s;
  } else {
    int base = 10;
    const char* prefix = "";
    switch (spec.type) {
      case 'b': base = 2, prefix = "0b"; break;
      case 'o': base = 8, prefix = "0o"; break;
      case 'x': case 'X': base = 16, prefix = "0x"; break;
      default: break;
    }
    parts.negative = v.sign() < 0;
    if (base == 10) {
      if (Status s = int_to_decimal(v, parts.digits, max_str_digits); !s.ok()) return s;
      if (parts.negative) parts.digits.erase(0, 1);
    } else {
      append_abs_digits(v, base, parts.digits);
    }
    if (spec.alternate) parts.prefix = prefix;
    if (spec.type == 'X') {
      for (char& c : parts.prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      for (char& c : parts.digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  if (spec.width > kMaxFormatLength) return memory_error();
  render_number(parts, spec, group_size(spec), spec.grouping, out);
  return {};
}

}  // namespace

Status format_int(IntView v, std::string_view spec, std::string& out,
                  std::string_view type_name, int max_str_digits) {
  if (spec.empty()) return int_to_decimal(v, out, max_str_digits);
  FormatSpec f;
  if (Status s = parse_format_spec(spec, 'd', '>', type_name, f); !s.ok()) return s;
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_long(v, f, out, max_str_digits);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double x;
      if (Status s = int_to_double(v, x); !s.ok()) return s;
      return format_float_spec(x, f, out);
    }
    default:
      return unknown_format_code(f.type, type_name);
  }
}

Status format_float(double x, std::string_view spec, std::string& out,
                    std::string_view type_name) {
  if (spec.empty()) {
    out = float_repr(x);
    return {};
  }
  FormatSpec f;
  if (Status s = parse_format_spec(spec, 0, '>', type_name, f); !s.ok()) return s;
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float_spec(x, f, out);
    default:
      return unknown_format_code(f.type, type_name);
  }
}

Status format_str(std::string_view s, std::string_view spec, std::string& out,
                  std::string_view type_name) {
  if (spec.empty()) {
    out = s;
    return {};
  }
  FormatSpec f;
  if (Status st = parse_format_spec(spec, 's', '<', type_name, f); !st.ok()) return st;
  if (f.type != 's') return unknown_format_code(f.type, type_name);
  if (f.sign == ' ') return value_error("Space not allowed in string format specifier");
  if (f.sign != '\0') return value_error("Sign not allowed in string format specifier");
  if (f.no_neg_zero) {
    return value_error("Negative zero coercion (z) not allowed in string format specifier");
  }
  if (f.alternate) {
    return value_error("Alternate form (#) not allowed in string format specifier");
  }
  if (f.align == '=') return value_error("'=' alignment not allowed in string format specifier");

  if (f.width > kMaxFormatLength) return memory_error();
  auto length = static_cast<std::int64_t>(count_code_points(s));
  if (f.precision >= 0 && length > f.precision) {
    s = s.substr(0, code_point_prefix_bytes(s, static_cast<std::size_t>(f.precision)));
    length = f.precision;
  }
  const std::int64_t padding = std::max<std::int64_t>(f.width - length, 0);
  std::int64_t left = 0;
  if (f.align == '>') {
    left = padding;
  } else if (f.align == '^') {
    left = padding / 2;
  }
  out.clear();
  append_fill(out, f.fill, left);
  out += s;
  append_fill(out, f.fill, padding - left);
  return {};
}

}  // namespace coil::num
