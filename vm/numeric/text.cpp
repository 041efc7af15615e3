// coil numeric library: Unicode/UTF-8 helpers (see text.hpp).
#include "vm/numeric/text.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace coil::num {
namespace {

// First code point of each run of ten Unicode decimal digits (0..9) outside
// ASCII (Unicode 14.0, as in CPython 3.11).
constexpr char32_t kDecimalRunStarts[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,
    0xbe6,   0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,
    0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,
    0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,
    0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730,
    0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950,
    0x1fbf0,
};

struct CodePointRange {
  char32_t first;
  char32_t last;
};

// Non-ASCII code points that str.isprintable() rejects, except unassigned
// ones: categories Cc, Cf, Cs, Co, Zl, Zp and Zs (Unicode 14.0).
constexpr CodePointRange kNonPrintable[] = {
    {0x80, 0xa0},       {0xad, 0xad},       {0x600, 0x605},
    {0x61c, 0x61c},     {0x6dd, 0x6dd},     {0x70f, 0x70f},
    {0x890, 0x891},     {0x8e2, 0x8e2},     {0x1680, 0x1680},
    {0x180e, 0x180e},   {0x2000, 0x200f},   {0x2028, 0x202f},
    {0x205f, 0x2064},   {0x2066, 0x206f},   {0x3000, 0x3000},
    {0xd800, 0xf8ff},   {0xfeff, 0xfeff},   {0xfff9, 0xfffb},
    {0x110bd, 0x110bd}, {0x110cd, 0x110cd}, {0x13430, 0x13438},
    {0x1bca0, 0x1bca3}, {0x1d173, 0x1d17a}, {0xe0001, 0xe0001},
    {0xe0020, 0xe007f}, {0xf0000, 0xffffd}, {0x100000, 0x10fffd},
};

bool is_printable(char32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
  const auto* it = std::upper_bound(
      std::begin(kNonPrintable), std::end(kNonPrintable), cp,
      [](char32_t value, const CodePointRange& r) { return value < r.first; });
  if (it == std::begin(kNonPrintable)) return true;
  --it;
  return cp > it->last;
}

void append_hex(std::string& out, std::uint32_t value, int width) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
    out += kHex[(value >> shift) & 0xf];
  }
}

void append_repr_char(std::string& out, char32_t cp, char quote) {
  switch (cp) {
    case '\\': out += "\\\\"; return;
    case '\t': out += "\\t"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    default: break;
  }
  if (cp == static_cast<char32_t>(quote)) {
    out += '\\';
    out += quote;
  } else if (is_printable(cp)) {
    append_utf8(out, cp);
  } else if (cp <= 0xff) {
    out += "\\x";
    append_hex(out, cp, 2);
  } else if (cp <= 0xffff) {
    out += "\\u";
    append_hex(out, cp, 4);
  } else {
    out += "\\U";
    append_hex(out, cp, 8);
  }
}

}  // namespace

char32_t decode_utf8(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  int length = 0;
  char32_t cp = 0;
  char32_t min_value = 0;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2, cp = lead & 0x1f, min_value = 0x80;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3, cp = lead & 0x0f, min_value = 0x800;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4, cp = lead & 0x07, min_value = 0x10000;
  }
  if (length == 0 || pos + length > text.size()) {
    ++pos;
    return 0xdc80 + (lead & 0x7f);
  }
  for (int k = 1; k < length; ++k) {
    const unsigned char cont = byte(pos + k);
    if ((cont & 0xc0) != 0x80) {
      ++pos;
      return 0xdc80 + (lead & 0x7f);
    }
    cp = (cp << 6) | (cont & 0x3f);
  }
  if (cp < min_value || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
    ++pos;
    return 0xdc80 + (lead & 0x7f);
  }
  pos += length;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xc0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xe0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  }
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) decode_utf8(text, pos);
  return count;
}

std::size_t code_point_prefix_bytes(std::string_view text, std::size_t n) {
  std::size_t pos = 0;
  for (std::size_t k = 0; k < n && pos < text.size(); ++k) decode_utf8(text, pos);
  return pos;
}

int unicode_decimal_value(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp < 0x660) return -1;
  const auto* it = std::upper_bound(std::begin(kDecimalRunStarts),
                                    std::end(kDecimalRunStarts), cp);
  if (it == std::begin(kDecimalRunStarts)) return -1;
  const char32_t start = *(it - 1);
  return cp - start < 10 ? static_cast<int>(cp - start) : -1;
}

bool unicode_is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
  switch (cp) {
    case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202f: case 0x205f: case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200a;
  }
}

std::string transform_decimal_and_space_to_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = decode_utf8(text, pos);
    if (cp < 0x7f) {
      out += static_cast<char>(cp);
    } else if (unicode_is_space(cp)) {
      out += ' ';
    } else if (const int digit = unicode_decimal_value(cp); digit >= 0) {
      out += static_cast<char>('0' + digit);
    } else {
      out += '?';  // cannot be part of a number; stop like CPython
      break;
    }
  }
  return out;
}

std::string py_str_repr(std::string_view text, std::size_t max_code_points) {
  const bool has_single = text.find('\'') != std::string_view::npos;
  const bool has_double = text.find('"') != std::string_view::npos;
  const char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out(1, quote);
  for (std::size_t pos = 0; pos < text.size();) {
    append_repr_char(out, decode_utf8(text, pos), quote);
  }
  out += quote;
  if (max_code_points != std::string::npos) {
    out.resize(code_point_prefix_bytes(out, max_code_points));
  }
  return out;
}

}  // namespace coil::num
