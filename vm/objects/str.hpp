// str: Unicode text stored as UTF-8, and its methods.
//
// A Str keeps its text as UTF-8 inline (`data`, `size` bytes) with the
// length in code points and an ASCII flag, so ASCII text (the common case)
// gets O(1) indexing and byte-level fast paths everywhere. Lone surrogates
// (which Python strs may hold) are stored as their 3-byte generalised UTF-8.
//
// bytes (vm/objects/bytes.cpp) shares the codec helpers declared here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/utf8.hpp"
#include "vm/vm.hpp"

namespace coil::vm {

inline Str* as_str(Value v) { return static_cast<Str*>(v.as_obj()); }
inline bool is_str(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Str; }
inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.as_obj()); }
inline bool is_bytes(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Bytes; }
inline ByteArray* as_bytearray(Value v) { return static_cast<ByteArray*>(v.as_obj()); }
inline bool is_bytearray(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::ByteArray; }
// The bytes of a C-contiguous, unreleased memoryview (vm/objects/memoryview.cpp).
bool memoryview_contiguous_bytes(Value v, std::string_view& out);
// The data of a bytes-like value (bytes, bytearray, or a contiguous
// memoryview); false for anything else. A bytearray's view is invalidated
// by anything that may change it.
inline bool bytes_like(Value v, std::string_view& out) {
  if (!v.is_obj()) return false;
  switch (v.as_obj()->kind) {
    case ObjKind::Bytes:
      out = as_bytes(v)->view();
      return true;
    case ObjKind::ByteArray:
      out = as_bytearray(v)->view();
      return true;
    case ObjKind::MemoryView:
      return memoryview_contiguous_bytes(v, out);
    default:
      return false;
  }
}
// Writable bytes: a bytearray, or a writable contiguous memoryview.
bool writable_buffer(Value v, char*& data, size_t& size);
// The bytes of any memoryview in row-major order (ValueError if released).
bool memoryview_to_bytes(VM& vm, Value v, std::string& out);

// ---- UTF-8

// Decoding and encoding one code point, counting code points: text/utf8.hpp's
// (a Str's text is well-formed, and surrogates decode to themselves).
using text::utf8_append;
using text::utf8_count;
using text::utf8_decode;

// ---- creating strs

// A new exact str whose length (code points) and ASCII-ness the caller
// knows, with `size` bytes of data left for the caller to fill. Returns
// null with MemoryError pending when the size exceeds what a Str holds.
Str* str_alloc(VM& vm, size_t size, size_t length, bool ascii);
// A str holding well-formed UTF-8 `utf8` (one pass to count code points).
Value str_from_utf8(VM& vm, std::string_view utf8);
// ''.
Value str_empty(VM& vm);
// Concatenates strs (each item must be a Str): one allocation (for
// f-strings' BUILD_STRING).
Value str_concat_values(VM& vm, const Value* items, size_t n);

// ---- amortised appends (for the interpreter's `local += str`)
//
// A *builder* str (flag kStrBuilder) is one whose only reference is a single
// local variable, so it may be extended in place; its spare capacity in
// bytes is kept in Obj::aux. str_append_unique(vm, a, b) returns a + b: when
// `a` is a builder with room it appends in place and returns `a`; otherwise
// it returns a new builder holding a + b with room to grow (capacity
// doubles, so a loop of appends is linear). Contract for the caller (the
// interpreter): pass a builder only while its local is its sole reference,
// store the result straight back into that local, and clear kStrBuilder
// whenever the local's value is read in any other way (LOAD_FAST etc.).
inline constexpr uint16_t kStrBuilder = 4;
Value str_append_unique(VM& vm, Str* a, Str* b);

// ---- the str type

// repr(s): quotes and escapes exactly as CPython (prefers '...', uses "..."
// when the text has ' but no ").
std::string str_repr_text(std::string_view utf8);
Value str_repr(VM& vm, Value s);
// ascii(): escapes every non-ASCII character of `text` (already a repr) as
// \xNN, \uNNNN or \UNNNNNNNN.
Value str_ascii_escape(VM& vm, Str* text);
Value str_concat(VM& vm, Str* a, Str* b);
// The code point at character index i (0 <= i < length) as a new 1-char str.
Value str_char_at(VM& vm, Str* s, int64_t i);
// Characters [start, end) of s (0 <= start <= end <= length) as an exact
// str: s itself when that is all of an exact str (as str slicing gives).
Value str_substring(VM& vm, Str* s, int64_t start, int64_t end);
// Byte offset of character index i (s->size when i == length).
size_t str_byte_offset(const Str* s, int64_t i);
// Next character of a str iterator (IterKind::Seq over a Str): `it->i` is the
// byte offset of the next character. 1 with `out` set, 0 when exhausted.
// The iterator type's next() calls this for Seq iterators over a Str.
int str_iter_next(VM& vm, Iterator* it, Value& out);

// ---- formatting (vm/objects/str_format.cpp)

// str.format(*args, **kwargs) on a format string.
Value str_format(VM& vm, Str* fmt, Value* args, int nargs, Tuple* kwnames);
// str.format_map(mapping).
Value str_format_map(VM& vm, Str* fmt, Value mapping);
// format(value, spec) for str values.
Value str_format_spec(VM& vm, Value self, Str* spec);
// The printf-style `fmt % args`.
Value str_percent_format(VM& vm, Str* fmt, Value args);

// ---- Unicode character properties (CPython 3.11's database, Unicode 14)

bool unicode_isspace(uint32_t cp);
bool unicode_isprintable(uint32_t cp);
bool unicode_isalpha(uint32_t cp);
// XID_Start (plus '_') and XID_Continue, as str.isidentifier uses them.
bool unicode_is_id_start(uint32_t cp);
bool unicode_is_id_continue(uint32_t cp);
// The value 0-9 of a decimal digit (category Nd), or -1.
int unicode_decimal_value(uint32_t cp);
// str.isalnum / str.isdecimal of one character.
bool unicode_isalnum(uint32_t cp);
bool unicode_isdecimal(uint32_t cp);
// The simple case mappings of one character (what the re module compares).
uint32_t unicode_simple_lower(uint32_t cp);
uint32_t unicode_simple_upper(uint32_t cp);

// ---- codecs (shared by str.encode, bytes.decode, str(b, enc), bytes(s, enc))

// The codec's name as codecs.lookup() gives it ("utf-8", "utf-16-le",
// "cp1252", ...) or empty when unknown (vm/objects/codecs.cpp).
std::string codec_lookup(std::string_view encoding);
// LookupError for an encoding codec_lookup() does not know: "unknown
// encoding: x", or for a bytes/str transform ("rot13", "hex", ...) that it
// needs codecs.encode() (`encoding` true) / codecs.decode().
Value raise_unknown_codec(VM& vm, std::string_view encoding, bool encoding_direction);
// For an encoding codec_lookup() does not know: a codec the program registered
// (codecs.register) encodes/decodes `input` through codecs.lookup(), with
// CPython's checks of what it returns; otherwise raise_unknown_codec's error.
Value registered_codec(VM& vm, std::string_view encoding, bool encoding_direction, Value input,
                       std::string_view errors);
// Raises UnicodeDecodeError(codec, data, start, end, reason).
Value raise_decode_error(VM& vm, std::string_view codec, std::string_view data, size_t start, size_t end,
                         const char* reason);
// Encodes/decodes with a known codec; `errors` is the error handler name.
// On error: exception pending, returns exception().
Value codec_encode(VM& vm, Str* s, std::string_view codec, std::string_view errors);
Value codec_decode(VM& vm, std::string_view data, std::string_view codec, std::string_view errors);
// A new bytes object holding `data`.
Bytes* bytes_new(VM& vm, std::string_view data);
// escape_single: escape ' even inside "..." quotes, as CPython's bytearray
// repr does (bytearray(b"x\'y")); bytes' repr does not.
std::string bytes_repr_text(std::string_view data, bool escape_single = false);
// A new (exact) bytearray holding `data` (vm/objects/bytearray.cpp).
ByteArray* bytearray_new(VM& vm, std::string_view data);
// The methods bytes and bytearray share (vm/objects/bytes_methods.cpp):
// each returns bytes for a bytes receiver and bytearray for a bytearray.
void add_bytes_methods(VM& vm, Type* type);
// data.hex(sep, bytes_per_sep), for bytes, bytearray and memoryview.
Value bytes_hex(VM& vm, std::string_view data, Value* args, int nargs, Tuple* kwnames);
// The bytes of bytes(x)/bytearray(x) for x an int count, a bytes-like
// object or an iterable of ints; `tname` names the type in errors.
bool bytes_from_source(VM& vm, Value src, const char* tname, std::string& out);

}  // namespace coil::vm
