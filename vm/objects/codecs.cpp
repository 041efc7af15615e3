// The text codecs shared by str.encode, bytes.decode, str(b, enc) and
// bytes(s, enc): UTF-8 (and UTF-8 with a BOM), UTF-16 and UTF-32 (with a BOM,
// little- and big-endian), ASCII, Latin-1 and the common single-byte code
// pages, with CPython's error handlers and exact UnicodeDecodeError /
// UnicodeEncodeError messages.
#include <algorithm>
#include <cstring>
#include <string>

#include "vm/objects/codec_tables.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

const char kHex[] = "0123456789abcdef";

struct Charmap {
  const char* name;
  const uint16_t* upper;  // bytes 0x80-0xFF; 0x00-0x7F are ASCII
};

constexpr Charmap kCharmaps[] = {
    {"cp1252", codec_tables::kCp1252},         {"cp1250", codec_tables::kCp1250},
    {"cp1251", codec_tables::kCp1251},         {"iso8859-2", codec_tables::kIso8859_2},
    {"iso8859-15", codec_tables::kIso8859_15}, {"cp437", codec_tables::kCp437},
    {"cp850", codec_tables::kCp850},           {"koi8-r", codec_tables::kKoi8R},
    {"mac-roman", codec_tables::kMacRoman},
};

const Charmap* find_charmap(std::string_view codec) {
  for (const Charmap& m : kCharmaps) {
    if (codec == m.name) return &m;
  }
  return nullptr;
}

// Spellings of each codec, lower-case with '-', '_' and ' ' removed (as
// CPython's encodings.aliases, roughly), to the name codecs.lookup() gives.
struct Alias {
  const char* key;
  const char* name;
};
constexpr Alias kAliases[] = {
    {"utf8", "utf-8"},          {"u8", "utf-8"},           {"utf", "utf-8"},
    {"cp65001", "utf-8"},       {"utf8sig", "utf-8-sig"},  {"ascii", "ascii"},
    {"usascii", "ascii"},       {"646", "ascii"},          {"us", "ascii"},
    {"latin1", "latin-1"},      {"latin", "latin-1"},      {"iso88591", "latin-1"},
    {"8859", "latin-1"},        {"cp819", "latin-1"},      {"l1", "latin-1"},
    {"utf16", "utf-16"},        {"u16", "utf-16"},         {"utf16le", "utf-16-le"},
    {"utf16be", "utf-16-be"},   {"utf32", "utf-32"},       {"u32", "utf-32"},
    {"utf32le", "utf-32-le"},   {"utf32be", "utf-32-be"},  {"cp1252", "cp1252"},
    {"windows1252", "cp1252"},  {"1252", "cp1252"},        {"cp1250", "cp1250"},
    {"windows1250", "cp1250"},  {"1250", "cp1250"},        {"cp1251", "cp1251"},
    {"windows1251", "cp1251"},  {"1251", "cp1251"},        {"iso88592", "iso8859-2"},
    {"latin2", "iso8859-2"},    {"l2", "iso8859-2"},       {"iso885915", "iso8859-15"},
    {"latin9", "iso8859-15"},   {"l9", "iso8859-15"},      {"cp437", "cp437"},
    {"437", "cp437"},           {"ibm437", "cp437"},       {"cp850", "cp850"},
    {"850", "cp850"},           {"ibm850", "cp850"},       {"koi8r", "koi8-r"},
    {"macroman", "mac-roman"},  {"macintosh", "mac-roman"},  {"unicodeescape", "unicode-escape"},
    {"rawunicodeescape", "raw-unicode-escape"},
};

// An encoding name lower-cased without '-', '_' and ' ' ("UTF_16le" -> "utf16le").
std::string codec_key(std::string_view encoding) {
  std::string key;
  for (char c : encoding) {
    if (c == '-' || c == '_' || c == ' ') continue;
    key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return key;
}

}  // namespace

std::string codec_lookup(std::string_view encoding) {
  std::string key = codec_key(encoding);
  for (const Alias& a : kAliases) {
    if (key == a.key) return a.name;
  }
  return "";
}

Value raise_unknown_codec(VM& vm, std::string_view encoding, bool encoding_direction) {
  std::string e(encoding), key = codec_key(encoding);
  for (const char* transform : {"rot13", "hex", "hexcodec", "base64", "base64codec", "zlib", "zlibcodec", "bz2",
                                "bz2codec", "uu", "uucodec", "quopri", "quopricodec"}) {
    if (key == transform) {
      return vm.raise_fmt(vm.types.LookupError, "'%s' is not a text encoding; use %s() to handle arbitrary codecs",
                          e.c_str(), encoding_direction ? "codecs.encode" : "codecs.decode");
    }
  }
  return vm.raise_fmt(vm.types.LookupError, "unknown encoding: %s", e.c_str());
}

// An exception from a codec written in Python is wrapped as CPython does
// ("encoding with 'idna' codec failed (UnicodeError: label too long)", the
// original its __cause__) when codecs._codec_error says so.
Value wrap_codec_error(VM& vm, Value codecs, std::string_view encoding, bool encoding_direction) {
  RootScope roots(vm);
  Value exc = roots.add(vm.take_pending());
  Value fn = roots.add(vm.getattr(codecs, vm.intern("_codec_error")));
  if (fn.is_exception()) return fn;
  Value args[3] = {exc, vm.str_value(encoding), vm.str_value(encoding_direction ? "encoding" : "decoding")};
  roots.add(args[1]);
  roots.add(args[2]);
  Value wrapped = roots.add(vm.call(fn, args, 3));
  if (wrapped.is_exception()) return wrapped;
  return vm.raise_value(wrapped.is_none() ? exc : wrapped);
}

// Search functions live in the codecs module (stdlib/lib/codecs.py), so a
// program can only have registered one once that module is loaded; the
// codecs written in Python (idna, punycode) load it.
Value registered_codec(VM& vm, std::string_view encoding, bool encoding_direction, Value input,
                       std::string_view errors) {
  Value codecs = vm.modules ? dict_get_str(vm.modules, vm.intern("codecs")) : Value::null();
  if (codecs.is_null() && (encoding == "idna" || encoding == "punycode")) {
    codecs = vm.import_module(vm.intern("codecs"));  // these two are written in Python
    if (codecs.is_exception()) return codecs;
  }
  if (codecs.is_null()) return raise_unknown_codec(vm, encoding, encoding_direction);
  RootScope roots(vm);
  Value lookup = roots.add(vm.getattr(codecs, vm.intern("lookup")));
  if (lookup.is_exception()) return lookup;
  Value info = roots.add(vm.call1(lookup, vm.str_value(encoding)));
  if (info.is_exception()) return info;
  Value is_text = roots.add(vm.getattr_opt(info, vm.intern("_is_text_encoding")));
  if (is_text.is_exception()) return is_text;
  if (!is_text.is_null()) {
    int truth = vm.truthy(is_text);
    if (truth < 0) return Value::exception();
    const char* direction = encoding_direction ? "encode" : "decode";
    if (!truth) {
      std::string enc(encoding);
      return vm.raise_fmt(vm.types.LookupError, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
                          enc.c_str(), direction);
    }
  }
  const char* direction = encoding_direction ? "encode" : "decode";
  Value fn = roots.add(vm.getattr(info, vm.intern(direction)));
  if (fn.is_exception()) return fn;
  Value result = roots.add(vm.call2(fn, input, vm.str_value(errors)));
  if (result.is_exception()) return wrap_codec_error(vm, codecs, encoding, encoding_direction);
  if (!result.is_obj() || result.as_obj()->kind != ObjKind::Tuple ||
      static_cast<Tuple*>(result.as_obj())->size != 2) {
    // (CPython's two messages differ by that space.)
    return vm.raise(vm.types.TypeError, encoding_direction ? "encoder must return a tuple (object, integer)"
                                                           : "decoder must return a tuple (object,integer)");
  }
  Value out = static_cast<Tuple*>(result.as_obj())->items[0];
  bool right_type = encoding_direction ? out.is_obj() && out.as_obj()->kind == ObjKind::Bytes : is_str(out);
  if (!right_type) {
    std::string enc(encoding);
    return vm.raise_fmt(vm.types.TypeError, "'%s' %s returned '%s' instead of '%s'; use codecs.%s() to %s to arbitrary types",
                        enc.c_str(), encoding_direction ? "encoder" : "decoder", type_name(vm, out),
                        encoding_direction ? "bytes" : "str", direction, direction);
  }
  return out;
}

namespace {

Value unknown_handler(VM& vm, std::string_view errors) {
  std::string e(errors);
  return vm.raise_fmt(vm.types.LookupError, "unknown error handler name '%s'", e.c_str());
}

bool known_handler(std::string_view errors) {
  return errors == "strict" || errors == "ignore" || errors == "replace" || errors == "backslashreplace" ||
         errors == "xmlcharrefreplace" || errors == "surrogateescape" || errors == "surrogatepass" ||
         errors == "namereplace";
}

bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// UnicodeEncodeError / UnicodeDecodeError with CPython's arguments
// (encoding, object, start, end, reason), which also make its message.
Value unicode_error(VM& vm, Type* type, std::string_view codec, Value object, size_t start, size_t end,
                    const char* reason) {
  RootScope roots(vm);
  roots.add(object);
  Value name = roots.add(vm.str_value(codec));
  Value why = roots.add(vm.str_value(reason));
  Tuple* args = vm.tuple_of({name, object, vm.make_int(static_cast<int64_t>(start)),
                             vm.make_int(static_cast<int64_t>(end)), why});
  roots.add(args);
  return vm.raise_value(vm.new_exception_args(type, args));
}

Value encode_error(VM& vm, std::string_view codec, Str* text, size_t start, size_t end, const char* reason) {
  return unicode_error(vm, vm.types.UnicodeEncodeError, codec, Value::object(text), start, end, reason);
}

}  // namespace

Value raise_decode_error(VM& vm, std::string_view codec, std::string_view data, size_t start, size_t end,
                         const char* reason) {
  Value object = Value::object(bytes_new(vm, data));
  return unicode_error(vm, vm.types.UnicodeDecodeError, codec, object, start, end, reason);
}

namespace {

Value decode_error(VM& vm, std::string_view codec, std::string_view data, size_t start, size_t end,
                   const char* reason) {
  return raise_decode_error(vm, codec, data, start, end, reason);
}

// ---------------------------------------------------------------- encoding

// One codec's encoder: put() appends a character's bytes, or returns false
// when the codec cannot represent it.
struct Encoder {
  std::string_view codec;
  const Charmap* map = nullptr;
  int unit = 1;  // 2 for UTF-16, 4 for UTF-32
  bool big_endian = false;

  void put_unit(uint32_t u, std::string& out) const {
    for (int k = 0; k < unit; ++k) {
      int shift = big_endian ? 8 * (unit - 1 - k) : 8 * k;
      out += static_cast<char>((u >> shift) & 0xFF);
    }
  }

  // The raw encoding of any code point, surrogates included (surrogatepass).
  void put_any(uint32_t cp, std::string& out) const {
    if (unit == 1) {
      utf8_append(out, cp);
    } else if (unit == 2 && cp > 0xFFFF) {
      put_unit(0xD800 + ((cp - 0x10000) >> 10), out);
      put_unit(0xDC00 + ((cp - 0x10000) & 0x3FF), out);
    } else {
      put_unit(cp, out);
    }
  }

  bool put(uint32_t cp, std::string& out) const {
    if (map) {
      if (cp < 0x80) {
        out += static_cast<char>(cp);
        return true;
      }
      for (int b = 0; b < 128; ++b) {
        if (map->upper[b] == cp) {
          out += static_cast<char>(0x80 + b);
          return true;
        }
      }
      return false;
    }
    if (codec == "ascii" || codec == "latin-1") {
      if (cp >= (codec == "ascii" ? 0x80u : 0x100u)) return false;
      out += static_cast<char>(cp);
      return true;
    }
    if (is_surrogate(cp)) return false;
    put_any(cp, out);
    return true;
  }

  // The name error messages give: "charmap" for the code pages.
  std::string_view error_name() const { return map ? "charmap" : codec; }

  const char* reason() const {
    if (map) return "character maps to <undefined>";
    if (codec == "ascii") return "ordinal not in range(128)";
    if (codec == "latin-1") return "ordinal not in range(256)";
    return "surrogates not allowed";
  }
};

Encoder make_encoder(std::string_view codec) {
  Encoder e;
  e.codec = codec;
  e.map = find_charmap(codec);
  if (codec.substr(0, 6) == "utf-16") e.unit = 2;
  if (codec.substr(0, 6) == "utf-32") e.unit = 4;
  e.big_endian = codec.size() > 3 && codec.substr(codec.size() - 3) == "-be";
  return e;
}

// Applies an encode error handler to one unencodable character.
bool encode_replacement(const Encoder& enc, std::string_view errors, uint32_t cp, std::string& out) {
  auto put_text = [&](const std::string& text) {
    for (char c : text) enc.put(static_cast<unsigned char>(c), out);
  };
  if (errors == "ignore") return true;
  if (errors == "replace") return enc.put('?', out);
  if (errors == "backslashreplace") {
    std::string text = cp <= 0xff ? "\\x" : cp <= 0xffff ? "\\u" : "\\U";
    int digits = cp <= 0xff ? 2 : cp <= 0xffff ? 4 : 8;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) text += kHex[(cp >> shift) & 15];
    put_text(text);
    return true;
  }
  if (errors == "xmlcharrefreplace") {
    put_text("&#" + std::to_string(cp) + ";");
    return true;
  }
  if (errors == "surrogateescape" && cp >= 0xDC80 && cp <= 0xDCFF && enc.unit == 1) {
    out += static_cast<char>(cp - 0xDC00);
    return true;
  }
  bool utf = enc.unit > 1 || enc.codec == "utf-8" || enc.codec == "utf-8-sig";
  if (errors == "surrogatepass" && utf && is_surrogate(cp)) {
    enc.put_any(cp, out);
    return true;
  }
  return false;
}

// The byte order mark a codec writes first (UTF-16/32 in little-endian).
std::string_view bom_of(std::string_view codec) {
  if (codec == "utf-8-sig") return std::string_view("\xEF\xBB\xBF", 3);
  if (codec == "utf-16") return std::string_view("\xFF\xFE", 2);
  if (codec == "utf-32") return std::string_view("\xFF\xFE\0\0", 4);
  return {};
}

// unicode_escape / raw_unicode_escape: Python string-literal escapes in
// Latin-1 bytes (raw: only \\u and \\U, for characters past U+00FF).
std::string escape_encode(const Str* s, bool raw) {
  std::string out;
  const char* p = s->data;
  const char* end = p + s->size;
  auto hex = [&](const char* prefix, uint32_t cp, int digits) {
    out += prefix;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
  };
  while (p < end) {
    uint32_t cp = utf8_decode(p, end);
    if (cp > 0xFFFF) {
      hex("\\U", cp, 8);
    } else if (cp > 0xFF) {
      hex("\\u", cp, 4);
    } else if (raw) {
      out += static_cast<char>(cp);
    } else if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '\t' || cp == '\n' || cp == '\r') {
      out += cp == '\t' ? "\\t" : cp == '\n' ? "\\n" : "\\r";
    } else if (cp < 0x20 || cp >= 0x7F) {
      hex("\\x", cp, 2);
    } else {
      out += static_cast<char>(cp);
    }
  }
  return out;
}

}  // namespace

Value codec_encode(VM& vm, Str* s, std::string_view codec, std::string_view errors) {
  if (codec == "unicode-escape" || codec == "raw-unicode-escape") {
    return Value::object(bytes_new(vm, escape_encode(s, codec[0] == 'r')));
  }
  Encoder enc = make_encoder(codec);
  std::string out(bom_of(codec));
  // Fast path: ASCII text is itself in every byte-oriented codec.
  if (s->is_ascii() && enc.unit == 1) {
    if (out.empty()) return Value::object(bytes_new(vm, s->view()));
    out.append(s->view());
    return Value::object(bytes_new(vm, out));
  }
  out.reserve(out.size() + s->size * enc.unit);
  const char* p = s->data;
  const char* end = p + s->size;
  size_t index = 0;
  while (p < end) {
    uint32_t cp = utf8_decode(p, end);
    if (enc.put(cp, out)) {
      ++index;
      continue;
    }
    // A run of unencodable characters is reported as one error.
    size_t run_start = index;
    std::vector<uint32_t> run{cp};
    const char* q = p;
    std::string scratch;
    while (q < end) {
      const char* r = q;
      uint32_t c = utf8_decode(r, end);
      scratch.clear();
      if (enc.put(c, scratch)) break;
      run.push_back(c);
      q = r;
    }
    if (!known_handler(errors)) return unknown_handler(vm, errors);
    if (errors == "strict") return encode_error(vm, enc.error_name(), s, run_start, run_start + run.size(), enc.reason());
    for (size_t k = 0; k < run.size(); ++k) {
      if (!encode_replacement(enc, errors, run[k], out)) {
        return encode_error(vm, enc.error_name(), s, run_start + k, run_start + k + 1, enc.reason());
      }
    }
    p = q;
    index += run.size();
  }
  return Value::object(bytes_new(vm, out));
}

// ---------------------------------------------------------------- decoding

namespace {

// Applies a decode error handler to the invalid bytes [start, end).
bool decode_replacement(std::string_view errors, std::string_view data, size_t start, size_t end,
                        std::string& out) {
  if (errors == "ignore") return true;
  if (errors == "replace") {
    utf8_append(out, 0xFFFD);
    return true;
  }
  if (errors == "surrogateescape") {
    for (size_t k = start; k < end; ++k) utf8_append(out, 0xDC00 + static_cast<unsigned char>(data[k]));
    return true;
  }
  if (errors == "backslashreplace") {
    for (size_t k = start; k < end; ++k) {
      auto b = static_cast<unsigned char>(data[k]);
      out += "\\x";
      out += kHex[b >> 4];
      out += kHex[b & 15];
    }
    return true;
  }
  return false;
}

// One decoding step: `n` bytes at data[i] became code point `cp` (n > 0),
// or the bytes [i, i + bad) are invalid for `reason`.
struct Step {
  size_t n = 0;
  uint32_t cp = 0;
  size_t bad = 0;
  const char* reason = nullptr;
};

uint32_t read_unit(std::string_view data, size_t i, int unit, bool big_endian) {
  uint32_t u = 0;
  for (int k = 0; k < unit; ++k) {
    uint32_t b = static_cast<unsigned char>(data[i + k]);
    u |= b << (big_endian ? 8 * (unit - 1 - k) : 8 * k);
  }
  return u;
}

Step utf16_step(std::string_view data, size_t i, bool big_endian, bool surrogatepass) {
  if (data.size() - i < 2) return {0, 0, data.size() - i, "truncated data"};
  uint32_t u = read_unit(data, i, 2, big_endian);
  if (!is_surrogate(u)) return {2, u};
  if (u >= 0xDC00) return surrogatepass ? Step{2, u} : Step{0, 0, 2, "illegal encoding"};
  if (data.size() - i < 4) {
    if (surrogatepass) return {2, u};
    return {0, 0, data.size() - i, "unexpected end of data"};
  }
  uint32_t low = read_unit(data, i + 2, 2, big_endian);
  if (low >= 0xDC00 && low <= 0xDFFF) return {4, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)};
  return surrogatepass ? Step{2, u} : Step{0, 0, 2, "illegal UTF-16 surrogate"};
}

Step utf32_step(std::string_view data, size_t i, bool big_endian, bool surrogatepass) {
  if (data.size() - i < 4) return {0, 0, data.size() - i, "truncated data"};
  uint32_t u = read_unit(data, i, 4, big_endian);
  if (u > 0x10FFFF) return {0, 0, 4, "code point not in range(0x110000)"};
  if (is_surrogate(u) && !surrogatepass) return {0, 0, 4, "code point in surrogate code point range(0xd800, 0xe000)"};
  return {4, u};
}

Step byte_step(std::string_view data, size_t i, std::string_view codec, const Charmap* map) {
  auto c = static_cast<unsigned char>(data[i]);
  if (c < 0x80) return {1, c};
  if (map) {
    uint16_t cp = map->upper[c - 0x80];
    if (cp == codec_tables::kUndefined) return {0, 0, 1, "character maps to <undefined>"};
    return {1, cp};
  }
  if (codec == "latin-1") return {1, c};
  if (codec == "ascii") return {0, 0, 1, "ordinal not in range(128)"};
  // UTF-8: the caller copies the checked bytes (cp is not needed).
  Step s;
  s.n = static_cast<size_t>(text::utf8_check(data, i, s.bad, s.reason));
  return s;
}

// Strips a byte order mark, choosing the byte order of "utf-16"/"utf-32"
// (little-endian when there is none, as CPython on this platform).
size_t skip_bom(std::string_view data, std::string_view codec, bool& big_endian) {
  auto starts = [&](std::string_view bom) { return data.substr(0, bom.size()) == bom; };
  if (codec == "utf-8-sig") return starts(std::string_view("\xEF\xBB\xBF", 3)) ? 3 : 0;
  if (codec == "utf-16") {
    if (starts(std::string_view("\xFF\xFE", 2))) return 2;
    if (starts(std::string_view("\xFE\xFF", 2))) {
      big_endian = true;
      return 2;
    }
  }
  if (codec == "utf-32") {
    if (starts(std::string_view("\xFF\xFE\0\0", 4))) return 4;
    if (starts(std::string_view("\0\0\xFE\xFF", 4))) {
      big_endian = true;
      return 4;
    }
  }
  return 0;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the escapes of unicode_escape (all of a string literal's but
// \\N{...}) or raw_unicode_escape (\\u and \\U only); other bytes are Latin-1.
Value escape_decode(VM& vm, std::string_view data, bool raw, std::string_view errors) {
  const char* name = raw ? "rawunicodeescape" : "unicodeescape";
  std::string out;
  size_t i = 0;
  while (i < data.size()) {
    auto c = static_cast<unsigned char>(data[i]);
    if (c != '\\' || i + 1 >= data.size()) {
      if (c == '\\' && !raw) {
        if (errors == "strict" || !decode_replacement(errors, data, i, i + 1, out)) {
          return decode_error(vm, name, data, i, i + 1, "\\ at end of string");
        }
        ++i;
        continue;
      }
      utf8_append(out, c);
      ++i;
      continue;
    }
    char e = data[i + 1];
    int digits = e == 'x' && !raw ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (digits) {
      uint32_t cp = 0;
      size_t k = i + 2;
      for (; k < data.size() && k < i + 2 + digits && hex_value(data[k]) >= 0; ++k) cp = cp * 16 + hex_value(data[k]);
      const char* reason = k < i + 2 + static_cast<size_t>(digits)
                               ? (e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                                  : "truncated \\UXXXXXXXX escape")
                           : cp > 0x10FFFF ? "illegal Unicode character"
                                           : nullptr;
      if (reason) {
        if (errors == "strict" || !decode_replacement(errors, data, i, k, out)) {
          return decode_error(vm, name, data, i, k, reason);
        }
      } else {
        utf8_append(out, cp);
      }
      i = k;
      continue;
    }
    if (raw) {
      out += '\\';
      ++i;
      continue;
    }
    i += 2;
    switch (e) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      default:
        if (e >= '0' && e <= '7') {
          uint32_t cp = static_cast<uint32_t>(e - '0');
          for (int n = 0; n < 2 && i < data.size() && data[i] >= '0' && data[i] <= '7'; ++n) cp = cp * 8 + (data[i++] - '0');
          utf8_append(out, cp);
        } else {
          out += '\\';
          utf8_append(out, static_cast<unsigned char>(e));
        }
    }
  }
  return str_from_utf8(vm, out);
}

}  // namespace

Value codec_decode(VM& vm, std::string_view data, std::string_view codec, std::string_view errors) {
  if (codec == "unicode-escape" || codec == "raw-unicode-escape") {
    if (!known_handler(errors)) return unknown_handler(vm, errors);
    return escape_decode(vm, data, codec[0] == 'r', errors);
  }
  const Charmap* map = find_charmap(codec);
  int unit = codec.substr(0, 6) == "utf-16" ? 2 : codec.substr(0, 6) == "utf-32" ? 4 : 1;
  bool big_endian = codec.size() > 3 && codec.substr(codec.size() - 3) == "-be";
  bool surrogatepass = errors == "surrogatepass";
  std::string_view error_name = map ? "charmap" : codec;
  std::string out;
  out.reserve(data.size());
  size_t i = skip_bom(data, codec, big_endian);
  if (unit > 1 && !big_endian && codec.size() == 6) error_name = codec == "utf-16" ? "utf-16-le" : "utf-32-le";
  if (unit > 1 && big_endian && codec.size() == 6) error_name = codec == "utf-16" ? "utf-16-be" : "utf-32-be";
  while (i < data.size()) {
    auto c = static_cast<unsigned char>(data[i]);
    if (c < 0x80 && unit == 1) {  // the common case
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    Step s = unit == 2   ? utf16_step(data, i, big_endian, surrogatepass)
             : unit == 4 ? utf32_step(data, i, big_endian, surrogatepass)
                         : byte_step(data, i, codec, map);
    if (s.n > 0) {
      if (unit == 1 && !map && c >= 0x80 && codec != "latin-1") {
        out.append(data.data() + i, s.n);  // valid UTF-8, as is
      } else {
        utf8_append(out, s.cp);
      }
      i += s.n;
      continue;
    }
    if (!known_handler(errors)) return unknown_handler(vm, errors);
    if (errors == "strict" || !decode_replacement(errors, data, i, i + s.bad, out)) {
      return decode_error(vm, error_name, data, i, i + s.bad, s.reason);
    }
    i += s.bad;
  }
  return str_from_utf8(vm, out);
}

}  // namespace coil::vm
