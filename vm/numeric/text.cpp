// coil numeric library: Unicode/UTF-8 helpers (see text.hpp).
#include "vm/numeric/text.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "vm/objects/str.hpp"

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

}  // namespace

char32_t decode_utf8(std::string_view s, std::size_t& pos) {
  std::size_t bad_len = 0;
  const char* reason = nullptr;
  const int n = text::utf8_check(s, pos, bad_len, reason);
  if (n == 0) return 0xdc80 + (static_cast<unsigned char>(s[pos++]) & 0x7f);
  const char* p = s.data() + pos;
  pos += static_cast<std::size_t>(n);
  return text::utf8_decode(p, p + n);
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
  std::string out = vm::str_repr_text(text);
  if (max_code_points != std::string::npos) {
    out.resize(code_point_prefix_bytes(out, max_code_points));
  }
  return out;
}

}  // namespace coil::num
