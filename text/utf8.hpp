// UTF-8, in one place for every stage (lexer, parser, VM, library): the
// encoder, the decoder for text already known to be valid, and the
// validator that gives CPython's reasons for bad bytes.
//
// Python strs may hold lone surrogates; they are encoded (and decoded) as
// their 3-byte generalised UTF-8, which the validator, like CPython's UTF-8
// codec, rejects in input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace coil::text {

inline bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

// Appends code point `cp` (< 0x110000) as UTF-8.
inline void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Number of code points in n bytes of UTF-8 (eight bytes at a time).
inline size_t utf8_count(const char* p, size_t n) {
  size_t count = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    uint64_t cont = x & ~(x << 1) & 0x8080808080808080ull;
    count += 8 - static_cast<size_t>(__builtin_popcountll(cont));
  }
  for (; i < n; ++i) count += !is_continuation_byte(static_cast<unsigned char>(p[i]));
  return count;
}

// Decodes the code point at `p` and advances past it. The text must be valid
// UTF-8 (a str's, or checked by utf8_check); a sequence cut short by `end`
// decodes what is there.
inline uint32_t utf8_decode(const char*& p, const char* end) {
  auto c = static_cast<unsigned char>(*p++);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> extra);
  while (extra-- > 0 && p < end) cp = (cp << 6) | (static_cast<unsigned char>(*p++) & 0x3F);
  return cp;
}

// Validates one UTF-8 sequence at data[i] as CPython's decoder does.
// Returns its length (> 0), or 0 with `bad_len` set to the length of the
// invalid prefix and `reason` set ("invalid start byte", "invalid
// continuation byte", or "unexpected end of data" when the input ends inside
// a sequence that was valid so far).
inline int utf8_check(std::string_view data, size_t i, size_t& bad_len, const char*& reason) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(data[i + k]); };
  size_t avail = data.size() - i;
  unsigned char c = at(0);
  if (c < 0x80) return 1;
  auto invalid_continuation = [&](size_t valid) {
    bad_len = valid;
    reason = "invalid continuation byte";
    return 0;
  };
  auto end_of_data = [&] {
    bad_len = avail;
    reason = "unexpected end of data";
    return 0;
  };
  if (c < 0xC2 || c > 0xF4) {
    bad_len = 1;
    reason = "invalid start byte";
    return 0;
  }
  if (c < 0xE0) {
    if (avail < 2) return end_of_data();
    return is_continuation_byte(at(1)) ? 2 : invalid_continuation(1);
  }
  // The second byte's range rules out overlong forms, surrogates and code
  // points past U+10FFFF.
  auto bad_second = [&](unsigned char c2) {
    if (!is_continuation_byte(c2)) return true;
    if (c < 0xF0) return c2 < 0xA0 ? c == 0xE0 : c == 0xED;
    return c2 < 0x90 ? c == 0xF0 : c == 0xF4;
  };
  size_t need = c < 0xF0 ? 3 : 4;
  if (avail >= 2 && bad_second(at(1))) return invalid_continuation(1);
  for (size_t k = 2; k < need && k < avail; ++k) {
    if (!is_continuation_byte(at(k))) return invalid_continuation(k);
  }
  if (avail < need) return end_of_data();
  return static_cast<int>(need);
}

}  // namespace coil::text
