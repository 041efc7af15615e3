// str: the str type — UTF-8 helpers, construction, slots and methods — and
// the Unicode character database the methods need (generated tables at the
// end of this file). Formatting (str.format, %, format specs) lives in
// str_format.cpp; codecs and bytes in bytes.cpp.
//
// Every operation works on the UTF-8 bytes directly: searching and splitting
// are byte searches (a match of well-formed UTF-8 in well-formed UTF-8 always
// falls on character boundaries), and character indices are converted to
// byte offsets only where needed. ASCII strs (flag kAscii) skip that
// conversion entirely.
#include "vm/objects/str.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"

namespace coil::vm {

namespace {

// ---------------------------------------------------------------- Unicode
// Property bits of a code point (see the generated table at the end).
enum : uint16_t {
  kPrintable = 1,
  kAlpha = 2,
  kSpace = 4,
  kUpper = 8,   // Lu + Other_Uppercase (str.isupper of one character)
  kLower = 16,  // Ll + Other_Lowercase
  kTitle = 32,  // Lt
  kIdStart = 64,
  kIdContinue = 128,
  kNumericMask = 3 << 8,  // 1: decimal, 2: digit, 3: numeric (exclusive levels)
  kCaseIgnorable = 1 << 10,
};
constexpr int kNumericShift = 8;
constexpr uint16_t kCased = kUpper | kLower | kTitle;

uint16_t uprops(uint32_t cp);
// Full case mappings (SpecialCasing included): write up to 3 code points to
// `out` and return how many.
int case_upper(uint32_t cp, uint32_t* out);
int case_lower(uint32_t cp, uint32_t* out);
int case_title(uint32_t cp, uint32_t* out);
int case_fold(uint32_t cp, uint32_t* out);

int numeric_level(uint32_t cp) { return (uprops(cp) & kNumericMask) >> kNumericShift; }

// Python's whitespace for ASCII: \t \n \v \f \r, \x1c-\x1f and space.
constexpr bool ascii_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}


// Bytes in the UTF-8 sequence a lead byte starts.
int utf8_seq_len(unsigned char c) { return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2; }

// Advances p over n characters (or to end).
const char* utf8_advance(const char* p, const char* end, size_t n) {
  // Whole 8-byte blocks first: a block holds (8 - continuation bytes) leads.
  while (n >= 8 && end - p >= 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    uint64_t cont = x & ~(x << 1) & 0x8080808080808080ull;
    n -= 8 - __builtin_popcountll(cont);
    p += 8;
  }
  for (; p < end; ++p) {
    if (!text::is_continuation_byte(static_cast<unsigned char>(*p))) {
      if (n == 0) break;
      --n;
    }
  }
  return p;
}

// The bytes [start, start+len) of text as a new str (len counted in bytes).
Value make_sub(VM& vm, Str* s, size_t start, size_t end);

}  // namespace

// ---------------------------------------------------------------- UTF-8

size_t str_byte_offset(const Str* s, int64_t i) {
  if (s->is_ascii()) return static_cast<size_t>(i);
  if (i <= 0) return 0;
  if (i >= static_cast<int64_t>(s->length)) return s->size;
  auto n = static_cast<size_t>(i);
  if (n > s->length / 2) {
    // Nearer the end: walk back over (length - i) characters.
    size_t back = s->length - n;
    const char* p = s->data + s->size;
    while (back > 0) {
      --p;
      if (!text::is_continuation_byte(static_cast<unsigned char>(*p))) --back;
    }
    return static_cast<size_t>(p - s->data);
  }
  return static_cast<size_t>(utf8_advance(s->data, s->data + s->size, n) - s->data);
}

// ---------------------------------------------------------------- creation

Str* str_alloc(VM& vm, size_t size, size_t length, bool ascii) {
  if (size >= UINT32_MAX) {
    vm.raise_value(Value::object(vm.types.MemoryError));
    return nullptr;
  }
  auto* s = vm.alloc<Str>(ObjKind::Str, vm.types.str, size + 1);
  s->hash = -1;
  s->size = static_cast<uint32_t>(size);
  s->length = static_cast<uint32_t>(length);
  if (ascii) s->flags |= Str::kAscii;
  s->data[size] = '\0';
  return s;
}

Value str_empty(VM& vm) { return Value::object(vm.empty_str); }

Value str_concat(VM& vm, Str* a, Str* b) {
  if (b->size == 0 && a->type == vm.types.str) return Value::object(a);
  if (a->size == 0 && b->type == vm.types.str) return Value::object(b);
  Str* r = str_alloc(vm, size_t(a->size) + b->size, size_t(a->length) + b->length,
                     a->is_ascii() && b->is_ascii());
  if (!r) return Value::exception();
  std::memcpy(r->data, a->data, a->size);
  std::memcpy(r->data + a->size, b->data, b->size);
  return Value::object(r);
}

Value str_append_unique(VM& vm, Str* a, Str* b) {
  size_t size = size_t(a->size) + b->size;
  if ((a->flags & kStrBuilder) && b->size <= a->aux) {
    std::memcpy(a->data + a->size, b->data, b->size);
    a->data[size] = '\0';
    a->size = static_cast<uint32_t>(size);
    a->length += b->length;
    a->aux -= b->size;
    a->hash = -1;
    if (!b->is_ascii()) a->flags &= ~Str::kAscii;
    return Value::object(a);
  }
  size_t capacity = std::max<size_t>(size * 2, 64);
  if (size >= UINT32_MAX) return vm.raise_value(Value::object(vm.types.MemoryError));
  capacity = std::min<size_t>(capacity, UINT32_MAX - 1);
  auto* r = vm.alloc<Str>(ObjKind::Str, vm.types.str, capacity + 1);
  r->hash = -1;
  r->size = static_cast<uint32_t>(size);
  r->length = a->length + b->length;
  r->flags = kStrBuilder | (a->is_ascii() && b->is_ascii() ? Str::kAscii : 0);
  r->aux = static_cast<uint32_t>(capacity - size);
  std::memcpy(r->data, a->data, a->size);
  std::memcpy(r->data + a->size, b->data, b->size);
  r->data[size] = '\0';
  return Value::object(r);
}

Value str_concat_values(VM& vm, const Value* items, size_t n) {
  size_t size = 0, length = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; ++i) {
    Str* s = as_str(items[i]);
    size += s->size;
    length += s->length;
    ascii = ascii && s->is_ascii();
  }
  if (n == 1 && as_str(items[0])->type == vm.types.str) return items[0];
  if (size == 0) return str_empty(vm);
  Str* r = str_alloc(vm, size, length, ascii);
  if (!r) return Value::exception();
  char* p = r->data;
  for (size_t i = 0; i < n; ++i) {
    Str* s = as_str(items[i]);
    std::memcpy(p, s->data, s->size);
    p += s->size;
  }
  return Value::object(r);
}

Value str_char_at(VM& vm, Str* s, int64_t i) {
  if (s->is_ascii()) return Value::object(vm.ascii_chars[static_cast<unsigned char>(s->data[i])]);
  size_t off = str_byte_offset(s, i);
  int n = utf8_seq_len(static_cast<unsigned char>(s->data[off]));
  return make_sub(vm, s, off, off + n);
}

Value str_substring(VM& vm, Str* s, int64_t start, int64_t end) {
  return make_sub(vm, s, str_byte_offset(s, start), str_byte_offset(s, end));
}

namespace {

Value make_sub(VM& vm, Str* s, size_t start, size_t end) {
  size_t n = end - start;
  if (n == 0) return str_empty(vm);
  if (n == s->size && s->type == vm.types.str) return Value::object(s);
  const char* p = s->data + start;
  if (n == 1) return Value::object(vm.ascii_chars[static_cast<unsigned char>(*p)]);
  size_t length = s->is_ascii() ? n : utf8_count(p, n);
  Str* r = str_alloc(vm, n, length, length == n);
  if (!r) return Value::exception();
  std::memcpy(r->data, p, n);
  return Value::object(r);
}

}  // namespace

Value str_from_utf8(VM& vm, std::string_view bytes) {
  if (bytes.empty()) return str_empty(vm);
  if (bytes.size() == 1) return Value::object(vm.ascii_chars[static_cast<unsigned char>(bytes[0])]);
  size_t length = utf8_count(bytes.data(), bytes.size());
  Str* r = str_alloc(vm, bytes.size(), length, length == bytes.size());
  if (!r) return Value::exception();
  std::memcpy(r->data, bytes.data(), bytes.size());
  return Value::object(r);
}

namespace {

// Methods return an exact str; an unchanged exact str is returned as is.
Value unchanged(VM& vm, Str* s) {
  if (s->type == vm.types.str) return Value::object(s);
  return make_sub(vm, s, 0, s->size);
}

// Decodes a whole str to code points (for the non-ASCII slow paths).
std::u32string decode_all(const Str* s) {
  std::u32string out;
  out.reserve(s->length);
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) out += static_cast<char32_t>(utf8_decode(p, end));
  return out;
}

}  // namespace

// ---------------------------------------------------------------- repr

namespace {

const char kHex[] = "0123456789abcdef";

void append_escape(std::string& out, uint32_t cp) {
  if (cp <= 0xff) {
    out += "\\x";
    out += kHex[cp >> 4];
    out += kHex[cp & 15];
  } else if (cp <= 0xffff) {
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
  } else {
    out += "\\U";
    for (int shift = 28; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
  }
}

}  // namespace

std::string str_repr_text(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      ++p;
      if (c == static_cast<unsigned char>(quote) || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c == '\t') {
        out += "\\t";
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c < 0x20 || c == 0x7f) {
        append_escape(out, c);
      } else {
        out += static_cast<char>(c);
      }
      continue;
    }
    const char* start = p;
    uint32_t cp = utf8_decode(p, end);
    if (unicode_isprintable(cp)) {
      out.append(start, p);
    } else {
      append_escape(out, cp);
    }
  }
  out += quote;
  return out;
}

Value str_repr(VM& vm, Value s) {
  Str* str = as_str(s);
  return str_from_utf8(vm, str_repr_text(str->view()));
}

Value str_ascii_escape(VM& vm, Str* text) {
  if (text->is_ascii()) return Value::object(text);
  std::string out;
  const char* p = text->data;
  const char* end = p + text->size;
  while (p < end) {
    uint32_t cp = utf8_decode(p, end);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else {
      append_escape(out, cp);
    }
  }
  return str_from_utf8(vm, out);
}

// ---------------------------------------------------------------- arguments

namespace {

// The receiver of a str method, checked (str.upper(1) is an error).
Str* self_str(VM& vm, Value* args, int nargs, const char* name) {
  if (nargs < 1) {
    vm.raise_fmt(vm.types.TypeError, "unbound method str.%s() needs an argument", name);
    return nullptr;
  }
  if (!is_str(args[0])) {
    vm.raise_fmt(vm.types.TypeError,
                 "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name,
                 type_name(vm, args[0]));
    return nullptr;
  }
  return as_str(args[0]);
}

// Positional-only methods, under their qualified names ("str.strip()
// takes no keyword arguments", "str.zfill() takes exactly one argument (0
// given)", "center expected at least 1 argument, got 0"). nargs excludes self.
bool method_args(VM& vm, const char* name, int nargs, Tuple* kwnames, int min, int max) {
  if ((!kwnames || kwnames->size == 0) && nargs >= min && nargs <= max) return true;
  return positional_args(vm, std::string("str.") + name, nargs, kwnames, min, max);
}

// An int-like argument: int, bool, or an object with __index__.
// 1 with out set, 0 when v is not int-like (nothing raised), -1 on error.
// Big ints are clamped to the int64 range when `clamp`, else OverflowError.
int index_arg(VM& vm, Value v, int64_t& out, bool clamp = false) {
  if (v.is_int()) {
    out = v.as_int();
    return 1;
  }
  if (v.is_bool()) {
    out = v.as_bool();
    return 1;
  }
  if (v.is_obj() && v.as_obj()->kind == ObjKind::BigInt) {
    auto* b = static_cast<BigInt*>(v.as_obj());
    if (b->to_int64(out)) return 1;
    if (clamp) {
      out = b->sign() < 0 ? INT64_MIN : INT64_MAX;
      return 1;
    }
    vm.raise(vm.types.OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  Type* t = vm.type_of(v);
  if (t->flags & Type::kHeapType) {
    Value f = vm.lookup_type(t, vm.names.__index__);
    if (!f.is_null()) {
      Value r = vm.call_method(v, vm.names.__index__, nullptr, 0);
      if (r.is_exception()) return -1;
      if (!is_int_value(r)) {
        vm.raise_fmt(vm.types.TypeError, "__index__ returned non-int (type %s)", type_name(vm, r));
        return -1;
      }
      return index_arg(vm, r, out, clamp);
    }
  }
  return 0;
}

// An integer argument ("'str' object cannot be interpreted as an integer").
bool int_arg(VM& vm, Value v, int64_t& out) {
  int r = index_arg(vm, v, out);
  if (r == 0) {
    vm.raise_fmt(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name(vm, v));
  }
  return r == 1;
}

// start/end of find(), count(), startswith()...: None or int-like, clamped.
bool slice_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_null() || v.is_none()) return true;
  int r = index_arg(vm, v, out, true);
  if (r == 0) {
    vm.raise(vm.types.TypeError,
             "slice indices must be integers or None or have an __index__ method");
  }
  return r == 1;
}

// A [start, end) character range of s, adjusted as CPython's ADJUST_INDICES,
// with the matching byte offsets (valid only when start <= end).
struct Span {
  int64_t start, end;
  size_t b0, b1;
};

bool get_span(VM& vm, Str* s, Value vstart, Value vend, Span& span) {
  int64_t len = s->length;
  int64_t start = 0, end = INT64_MAX;
  if (!slice_arg(vm, vstart, start) || !slice_arg(vm, vend, end)) return false;
  if (end > len) {
    end = len;
  } else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  span.start = start;
  span.end = end;
  span.b0 = span.b1 = 0;
  if (start <= end) {
    span.b0 = str_byte_offset(s, start);
    span.b1 = str_byte_offset(s, end);
  }
  return true;
}

// A str argument ("must be str, not int").
Str* str_arg(VM& vm, Value v, const char* what = "must be str, not %s") {
  if (is_str(v)) return as_str(v);
  vm.raise_fmt(vm.types.TypeError, what, type_name(vm, v));
  return nullptr;
}

// Byte search of needle in hay[from, to); npos when absent.
size_t find_bytes(std::string_view hay, std::string_view needle, size_t from, size_t to) {
  if (to < from || to - from < needle.size()) return std::string_view::npos;
  if (needle.empty()) return from;
  const char* base = hay.data() + from;
  size_t n = to - from;
  const void* r;
  if (needle.size() == 1) {
    r = std::memchr(base, needle[0], n);
  } else {
    r = memmem(base, n, needle.data(), needle.size());
  }
  return r ? static_cast<size_t>(static_cast<const char*>(r) - hay.data()) : std::string_view::npos;
}

// Non-overlapping occurrences of a non-empty needle, at most `limit`.
size_t count_matches(std::string_view hay, std::string_view needle, int64_t limit) {
  size_t n = 0;
  for (size_t hit = find_bytes(hay, needle, 0, hay.size());
       hit != std::string_view::npos && static_cast<int64_t>(n) < limit;
       hit = find_bytes(hay, needle, hit + needle.size(), hay.size())) {
    ++n;
  }
  return n;
}

size_t rfind_bytes(std::string_view hay, std::string_view needle, size_t from, size_t to) {
  if (to < from || to - from < needle.size()) return std::string_view::npos;
  if (needle.empty()) return to;
  if (needle.size() == 1) {
    const void* r = memrchr(hay.data() + from, needle[0], to - from);
    return r ? static_cast<size_t>(static_cast<const char*>(r) - hay.data())
             : std::string_view::npos;
  }
  size_t r = hay.substr(0, to).rfind(needle);
  return r == std::string_view::npos || r < from ? std::string_view::npos : r;
}

}  // namespace

// ---------------------------------------------------------------- slots

namespace {

Value str_repr_slot(VM& vm, Value self) { return str_repr(vm, self); }

// str() of a str subclass instance gives an exact str with the same text.
Value str_str_slot(VM& vm, Value self) { return unchanged(vm, as_str(self)); }

bool str_hash_slot(VM&, Value self, int64_t& out) {
  out = str_hash(as_str(self));
  return true;
}

// UTF-8 byte order is code point order, so memcmp compares as CPython does.
int compare_text(const Str* a, const Str* b) {
  int c = std::memcmp(a->data, b->data, std::min(a->size, b->size));
  if (c != 0) return c;
  return a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
}

Value str_compare_slot(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_str(a) || !is_str(b)) return vm.not_implemented;
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (op == CompareOp::Eq || op == CompareOp::Ne) {
    bool eq = x == y || (x->size == y->size && std::memcmp(x->data, y->data, x->size) == 0);
    return Value::boolean(eq == (op == CompareOp::Eq));
  }
  int c = compare_text(x, y);
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

// s * n: NotImplemented when n is not int-like (the caller reports it).
Value str_repeat(VM& vm, Str* s, Value count) {
  int64_t n;
  if (is_large_int(count)) {
    return vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  int r = index_arg(vm, count, n);
  if (r < 0) return Value::exception();
  if (r == 0) return vm.not_implemented;
  if (n <= 0 || s->size == 0) return str_empty(vm);
  if (n == 1) return unchanged(vm, s);
  if (static_cast<uint64_t>(n) > (UINT32_MAX - 1) / s->size) {
    return vm.raise_value(Value::object(vm.types.MemoryError));
  }
  size_t total = s->size * static_cast<size_t>(n);
  // One call doing long work: counted towards the instruction budget.
  if (!vm.charge(total / 16)) return Value::exception();
  Str* out = str_alloc(vm, total, size_t(s->length) * n, s->is_ascii());
  if (!out) return Value::exception();
  if (s->size == 1) {
    std::memset(out->data, s->data[0], total);
  } else {
    // Doubling copies: log(n) memcpy calls.
    std::memcpy(out->data, s->data, s->size);
    size_t done = s->size;
    while (done < total) {
      size_t chunk = std::min(done, total - done);
      std::memcpy(out->data + done, out->data, chunk);
      done += chunk;
    }
  }
  return Value::object(out);
}

Value str_binary_slot(VM& vm, Value a, Value b, BinaryOp op, bool) {
  switch (op) {
    case BinaryOp::Add:
      if (is_str(a) && is_str(b)) return str_concat(vm, as_str(a), as_str(b));
      return vm.not_implemented;
    case BinaryOp::Mul:
      if (is_str(a)) return str_repeat(vm, as_str(a), b);
      if (is_str(b)) return str_repeat(vm, as_str(b), a);
      return vm.not_implemented;
    case BinaryOp::Mod:
      if (is_str(a)) return str_percent_format(vm, as_str(a), b);
      return vm.not_implemented;
    default: return vm.not_implemented;
  }
}

bool str_length_slot(VM&, Value self, int64_t& out) {
  out = as_str(self)->length;
  return true;
}


Value str_slice(VM& vm, Str* s, Slice* slice) {
  int64_t start, stop, step, n;
  if (!slice_indices(vm, slice, s->length, start, stop, step, n)) return Value::exception();
  if (n <= 0) return str_empty(vm);
  if (step == 1) return make_sub(vm, s, str_byte_offset(s, start), str_byte_offset(s, stop));
  if (s->is_ascii()) {
    Str* r = str_alloc(vm, n, n, true);
    if (!r) return Value::exception();
    for (int64_t k = 0, i = start; k < n; ++k, i += step) r->data[k] = s->data[i];
    return Value::object(r);
  }
  // Non-ASCII with a step: index the characters' byte offsets once.
  std::vector<uint32_t> offsets;
  offsets.reserve(s->length + 1);
  for (uint32_t i = 0; i < s->size; ++i) {
    if (!text::is_continuation_byte(static_cast<unsigned char>(s->data[i]))) offsets.push_back(i);
  }
  offsets.push_back(s->size);
  std::string out;
  for (int64_t k = 0, i = start; k < n; ++k, i += step) {
    out.append(s->data + offsets[i], offsets[i + 1] - offsets[i]);
  }
  return str_from_utf8(vm, out);
}

Value str_getitem_slot(VM& vm, Value self, Value key) {
  Str* s = as_str(self);
  int64_t i;
  if (key.is_int()) {
    i = key.as_int();
  } else if (key.is_obj() && key.as_obj()->kind == ObjKind::Slice) {
    return str_slice(vm, s, static_cast<Slice*>(key.as_obj()));
  } else if (is_large_int(key)) {
    return vm.raise(vm.types.IndexError, "cannot fit 'int' into an index-sized integer");
  } else {
    int r = index_arg(vm, key, i);
    if (r < 0) return Value::exception();
    if (r == 0) {
      return vm.raise_fmt(vm.types.TypeError, "string indices must be integers, not '%s'",
                          type_name(vm, key));
    }
  }
  if (i < 0) i += s->length;
  if (i < 0 || i >= static_cast<int64_t>(s->length)) {
    return vm.raise(vm.types.IndexError, "string index out of range");
  }
  return str_char_at(vm, s, i);
}

int str_contains_slot(VM& vm, Value self, Value item) {
  if (!is_str(item)) {
    vm.raise_fmt(vm.types.TypeError, "'in <string>' requires string as left operand, not %s",
                 type_name(vm, item));
    return -1;
  }
  Str* s = as_str(self);
  return find_bytes(s->view(), as_str(item)->view(), 0, s->size) != std::string_view::npos;
}

Value str_iter_slot(VM& vm, Value self) {
  return Value::object(new_iterator(vm, IterKind::Seq, self));
}

Value str_format_slot(VM& vm, Value self, Str* spec) { return str_format_spec(vm, self, spec); }

}  // namespace

int str_iter_next(VM& vm, Iterator* it, Value& out) {
  Str* s = as_str(it->a);
  if (it->i < 0 || it->i >= static_cast<int64_t>(s->size)) return 0;
  auto c = static_cast<unsigned char>(s->data[it->i]);
  if (c < 0x80) {
    out = Value::object(vm.ascii_chars[c]);
    ++it->i;
    return 1;
  }
  size_t start = static_cast<size_t>(it->i);
  size_t end = std::min<size_t>(start + utf8_seq_len(c), s->size);
  out = make_sub(vm, s, start, end);
  it->i = static_cast<int64_t>(end);
  return 1;
}

// ---------------------------------------------------------------- splitting

namespace {

// Whether the character at p is whitespace; `len` receives its byte length.
bool space_at(const char* p, const char* end, int& len) {
  auto c = static_cast<unsigned char>(*p);
  if (c < 0x80) {
    len = 1;
    return ascii_space(c);
  }
  const char* q = p;
  uint32_t cp = utf8_decode(q, end);
  len = static_cast<int>(q - p);
  return unicode_isspace(cp);
}

// Whether the character ending just before p is whitespace; `len` as above.
bool space_before(const char* begin, const char* p, int& len) {
  const char* q = p - 1;
  while (q > begin && text::is_continuation_byte(static_cast<unsigned char>(*q))) --q;
  return space_at(q, p, len);
}

int64_t maxsplit_arg(VM& vm, Value v, bool& ok) {
  int64_t n = -1;
  ok = v.is_null() || int_arg(vm, v, n);
  return n < 0 ? INT64_MAX : n;
}

// Parses (sep=None, maxsplit=-1); sep is null for whitespace splitting.
bool split_args(VM& vm, const char* fname, Value* args, int nargs, Tuple* kwnames, Str*& sep,
                int64_t& maxsplit) {
  Value a[2];
  if (!parse_args(vm, fname, args + 1, nargs - 1, kwnames, {"sep", "maxsplit"}, 0, a)) return false;
  sep = nullptr;
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!(sep = str_arg(vm, a[0], "must be str or None, not %s"))) return false;
    if (sep->size == 0) {
      vm.raise(vm.types.ValueError, "empty separator");
      return false;
    }
  }
  bool ok;
  maxsplit = maxsplit_arg(vm, a[1], ok);
  return ok;
}

Value str_split(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "split");
  Str* sep;
  int64_t maxsplit;
  if (!s || !split_args(vm, "split", args, nargs, kwnames, sep, maxsplit)) {
    return Value::exception();
  }
  List* out = vm.new_list();
  const char* begin = s->data;
  const char* end = begin + s->size;
  if (!sep) {
    const char* p = begin;
    int len = 0;
    while (maxsplit-- > 0) {
      while (p < end && space_at(p, end, len)) p += len;
      if (p == end) break;
      const char* word = p;
      while (p < end && !space_at(p, end, len)) p += len;
      out->push(make_sub(vm, s, word - begin, p - begin));
    }
    if (p < end) {
      while (p < end && space_at(p, end, len)) p += len;
      if (p < end) out->push(make_sub(vm, s, p - begin, s->size));
    }
    return Value::object(out);
  }
  std::string_view text = s->view(), needle = sep->view();
  // Sized once: a big split would otherwise regrow (and copy) its items
  // log2(n) times. Counting is a byte search, cheap next to the allocations.
  out->items.reserve(count_matches(text, needle, maxsplit) + 1);
  size_t pos = 0;
  while (maxsplit-- > 0) {
    size_t hit = find_bytes(text, needle, pos, text.size());
    if (hit == std::string_view::npos) break;
    out->items.push_back(make_sub(vm, s, pos, hit));
    pos = hit + needle.size();
  }
  out->items.push_back(make_sub(vm, s, pos, text.size()));
  return Value::object(out);
}

Value str_rsplit(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "rsplit");
  Str* sep;
  int64_t maxsplit;
  if (!s || !split_args(vm, "rsplit", args, nargs, kwnames, sep, maxsplit)) {
    return Value::exception();
  }
  List* out = vm.new_list();
  const char* begin = s->data;
  if (!sep) {
    const char* p = begin + s->size;
    int len = 0;
    while (maxsplit-- > 0) {
      while (p > begin && space_before(begin, p, len)) p -= len;
      if (p == begin) break;
      const char* word_end = p;
      while (p > begin && !space_before(begin, p, len)) p -= len;
      out->push(make_sub(vm, s, p - begin, word_end - begin));
    }
    if (p > begin) {
      while (p > begin && space_before(begin, p, len)) p -= len;
      if (p > begin) out->push(make_sub(vm, s, 0, p - begin));
    }
  } else {
    std::string_view text = s->view(), needle = sep->view();
    size_t end = text.size();
    while (maxsplit-- > 0) {
      size_t hit = rfind_bytes(text, needle, 0, end);
      if (hit == std::string_view::npos) break;
      out->push(make_sub(vm, s, hit + needle.size(), end));
      end = hit;
    }
    out->push(make_sub(vm, s, 0, end));
  }
  std::reverse(out->items.begin(), out->items.end());
  return Value::object(out);
}

// Length in bytes of the line break at p (0 when none): \n \r \r\n \v \f
// \x1c \x1d \x1e \x85 \u2028 \u2029.
int line_break_at(const char* p, const char* end) {
  auto c = static_cast<unsigned char>(*p);
  switch (c) {
    case '\r': return p + 1 < end && p[1] == '\n' ? 2 : 1;
    case '\n':
    case '\v':
    case '\f':
    case 0x1c:
    case 0x1d:
    case 0x1e: return 1;
    case 0xC2: return p + 1 < end && static_cast<unsigned char>(p[1]) == 0x85 ? 2 : 0;
    case 0xE2:
      return p + 2 < end && static_cast<unsigned char>(p[1]) == 0x80 &&
                     (static_cast<unsigned char>(p[2]) == 0xA8 ||
                      static_cast<unsigned char>(p[2]) == 0xA9)
                 ? 3
                 : 0;
    default: return 0;
  }
}

Value str_splitlines(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "splitlines");
  if (!s) return Value::exception();
  Value a[1];
  if (!parse_args(vm, "splitlines", args + 1, nargs - 1, kwnames, {"keepends"}, 0, a)) {
    return Value::exception();
  }
  bool keepends = false;
  if (!a[0].is_null()) {
    if (is_large_int(a[0])) {
      return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
    }
    int64_t k;
    if (!int_arg(vm, a[0], k)) return Value::exception();
    keepends = k != 0;
  }
  List* out = vm.new_list();
  const char* begin = s->data;
  const char* end = begin + s->size;
  const char* line = begin;
  for (const char* p = begin; p < end;) {
    int n = line_break_at(p, end);
    if (n == 0) {
      ++p;
      continue;
    }
    out->items.push_back(make_sub(vm, s, line - begin, (keepends ? p + n : p) - begin));
    p += n;
    line = p;
  }
  if (line < end) out->items.push_back(make_sub(vm, s, line - begin, s->size));
  return Value::object(out);
}

Value str_join(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* sep = self_str(vm, args, nargs, "join");
  if (!sep || !method_args(vm, "join", nargs - 1, kwnames, 1, 1)) return Value::exception();
  Value iterable = args[1];
  RootScope roots(vm);
  const Value* items;
  size_t n;
  List* collected = nullptr;
  if (iterable.is_obj() && iterable.as_obj()->kind == ObjKind::List) {
    auto& v = static_cast<List*>(iterable.as_obj())->items;
    items = v.data();
    n = v.size();
  } else if (iterable.is_obj() && iterable.as_obj()->kind == ObjKind::Tuple) {
    auto* t = static_cast<Tuple*>(iterable.as_obj());
    items = t->items;
    n = t->size;
  } else {
    Value it = vm.iter(iterable);
    if (it.is_exception()) {
      if (vm.pending_is(vm.types.TypeError)) {
        vm.take_pending();
        vm.raise(vm.types.TypeError, "can only join an iterable");
      }
      return Value::exception();
    }
    roots.add(it);
    collected = roots.add(vm.new_list());
    for (;;) {
      Value x;
      int r = vm.next(it, x);
      if (r < 0) return Value::exception();
      if (r == 0) break;
      vm.heap.push_counted(collected->items, x);
      if ((collected->items.size() & 1023) == 0 && !vm.charge(1024)) return Value::exception();
    }
    items = collected->items.data();
    n = collected->items.size();
  }
  if (n == 0) return str_empty(vm);
  size_t size = sep->size * (n - 1), length = sep->length * (n - 1);
  bool ascii = sep->is_ascii();
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) {
      return vm.raise_fmt(vm.types.TypeError, "sequence item %zu: expected str instance, %s found",
                          i, type_name(vm, items[i]));
    }
    Str* s = as_str(items[i]);
    size += s->size;
    length += s->length;
    ascii = ascii && s->is_ascii();
  }
  if (n == 1 && as_str(items[0])->type == vm.types.str) return items[0];
  if (!vm.charge(n + size / 16)) return Value::exception();
  Str* r = str_alloc(vm, size, length, ascii);
  if (!r) return Value::exception();
  char* p = r->data;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && sep->size) {
      std::memcpy(p, sep->data, sep->size);
      p += sep->size;
    }
    Str* s = as_str(items[i]);
    std::memcpy(p, s->data, s->size);
    p += s->size;
  }
  return Value::object(r);
}

// ---------------------------------------------------------------- strip

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Value do_strip(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, int side) {
  Str* s = self_str(vm, args, nargs, name);
  if (!s || !method_args(vm, name, nargs - 1, kwnames, 0, 1)) return Value::exception();
  Str* chars = nullptr;
  if (nargs > 1 && !args[1].is_none()) {
    if (!is_str(args[1])) {
      return vm.raise_fmt(vm.types.TypeError, "%s arg must be None or str", name);
    }
    chars = as_str(args[1]);
  }
  const char* begin = s->data;
  const char* end = begin + s->size;
  // Membership test for one character [p, q).
  std::u32string set;
  bool ascii_set[128] = {};
  if (chars) {
    const char* p = chars->data;
    const char* e = p + chars->size;
    while (p < e) {
      uint32_t cp = utf8_decode(p, e);
      if (cp < 128) {
        ascii_set[cp] = true;
      } else {
        set += static_cast<char32_t>(cp);
      }
    }
  }
  auto strip_char = [&](const char* p, const char* e, int& len) {
    if (!chars) return space_at(p, e, len);
    auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      len = 1;
      return ascii_set[c];
    }
    const char* q = p;
    uint32_t cp = utf8_decode(q, e);
    len = static_cast<int>(q - p);
    return set.find(static_cast<char32_t>(cp)) != std::u32string::npos;
  };
  const char* l = begin;
  const char* r = end;
  int len = 0;
  if (side & kLeft) {
    while (l < r && strip_char(l, r, len)) l += len;
  }
  if (side & kRight) {
    while (r > l) {
      const char* q = r - 1;
      while (q > l && text::is_continuation_byte(static_cast<unsigned char>(*q))) --q;
      if (!strip_char(q, r, len)) break;
      r = q;
    }
  }
  return make_sub(vm, s, l - begin, r - begin);
}

Value str_strip(VM& vm, Value* args, int nargs, Tuple* kw) {
  return do_strip(vm, args, nargs, kw, "strip", kBoth);
}
Value str_lstrip(VM& vm, Value* args, int nargs, Tuple* kw) {
  return do_strip(vm, args, nargs, kw, "lstrip", kLeft);
}
Value str_rstrip(VM& vm, Value* args, int nargs, Tuple* kw) {
  return do_strip(vm, args, nargs, kw, "rstrip", kRight);
}

// ---------------------------------------------------------------- replace

Value str_replace(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "replace");
  if (!s || !method_args(vm, "replace", nargs - 1, kwnames, 2, 3)) return Value::exception();
  Str* old = str_arg(vm, args[1], "replace() argument 1 must be str, not %s");
  if (!old) return Value::exception();
  Str* rep = str_arg(vm, args[2], "replace() argument 2 must be str, not %s");
  if (!rep) return Value::exception();
  int64_t count = -1;
  if (nargs > 3 && !int_arg(vm, args[3], count)) return Value::exception();
  if (count < 0) count = INT64_MAX;
  if (count == 0) return unchanged(vm, s);
  std::string_view text = s->view(), from = old->view(), to = rep->view();
  if (from.empty()) {
    std::string out;
    // Insert `to` before every character and at the end, `count` times.
    const char* p = s->data;
    const char* end = p + s->size;
    int64_t done = 0;
    out.reserve(text.size() + to.size() * std::min<int64_t>(count, s->length + 1));
    while (done < count) {
      out += to;
      ++done;
      if (p == end) break;
      const char* q = p + utf8_seq_len(static_cast<unsigned char>(*p));
      out.append(p, q);
      p = q;
    }
    out.append(p, end);
    return str_from_utf8(vm, out);
  }
  // Two passes: count the matches, then fill a result of the exact size.
  size_t first = find_bytes(text, from, 0, text.size());
  if (first == std::string_view::npos) return unchanged(vm, s);
  int64_t matches = 0;
  for (size_t hit = first; hit != std::string_view::npos && matches < count;
       hit = find_bytes(text, from, hit + from.size(), text.size())) {
    ++matches;
  }
  size_t size = text.size() + matches * to.size() - matches * from.size();
  size_t length = s->length + matches * rep->length - matches * old->length;
  Str* r = str_alloc(vm, size, length, s->is_ascii() && rep->is_ascii());
  if (!r) return Value::exception();
  char* p = r->data;
  size_t pos = 0;
  size_t hit = first;
  for (int64_t done = 0; done < matches; ++done) {
    std::memcpy(p, text.data() + pos, hit - pos);
    p += hit - pos;
    std::memcpy(p, to.data(), to.size());
    p += to.size();
    pos = hit + from.size();
    if (done + 1 < matches) hit = find_bytes(text, from, pos, text.size());
  }
  std::memcpy(p, text.data() + pos, text.size() - pos);
  return Value::object(r);
}

// ---------------------------------------------------------------- searching

// Parses (sub[, start[, end]]) of find/rfind/index/rindex/count.
// The sub[, start[, end]] of find, count, startswith and the others.
bool span_args(VM& vm, const char* name, int nargs, Tuple* kwnames) {
  if ((!kwnames || kwnames->size == 0) && nargs >= 1 && nargs <= 3) return true;
  return tuple_args_slow(vm, (std::string("str.") + name).c_str(), nargs, kwnames, 1, 3);
}

bool find_args(VM& vm, const char* name, Value* args, int nargs, Tuple* kwnames, Str*& sub,
               Span& span) {
  if (!span_args(vm, name, nargs - 1, kwnames)) return false;
  if (!(sub = str_arg(vm, args[1]))) return false;
  Value start = nargs > 2 ? args[2] : Value::null();
  Value end = nargs > 3 ? args[3] : Value::null();
  return get_span(vm, as_str(args[0]), start, end, span);
}

// find/rfind: the character index of sub within the span, or -1.
// -2 with an exception pending on error.
int64_t do_find(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, bool reverse) {
  Str* s = self_str(vm, args, nargs, name);
  Str* sub;
  Span span;
  if (!s || !find_args(vm, name, args, nargs, kwnames, sub, span)) return -2;
  if (span.end - span.start < static_cast<int64_t>(sub->length)) return -1;
  if (sub->size == 0) return reverse ? span.end : span.start;
  size_t hit = reverse ? rfind_bytes(s->view(), sub->view(), span.b0, span.b1)
                       : find_bytes(s->view(), sub->view(), span.b0, span.b1);
  if (hit == std::string_view::npos) return -1;
  return s->is_ascii()
             ? static_cast<int64_t>(hit)
             : span.start + static_cast<int64_t>(utf8_count(s->data + span.b0, hit - span.b0));
}

Value str_find(VM& vm, Value* args, int nargs, Tuple* kw) {
  int64_t r = do_find(vm, args, nargs, kw, "find", false);
  return r == -2 ? Value::exception() : Value::small_int(r);
}
Value str_rfind(VM& vm, Value* args, int nargs, Tuple* kw) {
  int64_t r = do_find(vm, args, nargs, kw, "rfind", true);
  return r == -2 ? Value::exception() : Value::small_int(r);
}
Value str_index(VM& vm, Value* args, int nargs, Tuple* kw) {
  int64_t r = do_find(vm, args, nargs, kw, "index", false);
  if (r == -1) return vm.raise(vm.types.ValueError, "substring not found");
  return r == -2 ? Value::exception() : Value::small_int(r);
}
Value str_rindex(VM& vm, Value* args, int nargs, Tuple* kw) {
  int64_t r = do_find(vm, args, nargs, kw, "rindex", true);
  if (r == -1) return vm.raise(vm.types.ValueError, "substring not found");
  return r == -2 ? Value::exception() : Value::small_int(r);
}

Value str_count(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "count");
  Str* sub;
  Span span;
  if (!s || !find_args(vm, "count", args, nargs, kwnames, sub, span)) return Value::exception();
  if (span.end - span.start < static_cast<int64_t>(sub->length)) return Value::small_int(0);
  if (sub->size == 0) return Value::small_int(span.end - span.start + 1);
  int64_t n = 0;
  size_t pos = span.b0;
  for (;;) {
    size_t hit = find_bytes(s->view(), sub->view(), pos, span.b1);
    if (hit == std::string_view::npos) break;
    ++n;
    pos = hit + sub->size;
  }
  return Value::small_int(n);
}

// startswith/endswith for one candidate.
bool tail_match(Str* s, Str* sub, const Span& span, bool at_end) {
  if (span.end - static_cast<int64_t>(sub->length) < span.start) return false;
  if (sub->size == 0) return true;
  if (at_end) {
    return span.b1 >= sub->size &&
           std::memcmp(s->data + span.b1 - sub->size, sub->data, sub->size) == 0;
  }
  return span.b0 + sub->size <= s->size &&
         std::memcmp(s->data + span.b0, sub->data, sub->size) == 0;
}

Value do_startswith(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, bool at_end) {
  Str* s = self_str(vm, args, nargs, name);
  if (!s) return Value::exception();
  if (!span_args(vm, name, nargs - 1, kwnames)) return Value::exception();
  Span span;
  if (!get_span(vm, s, nargs > 2 ? args[2] : Value::null(), nargs > 3 ? args[3] : Value::null(),
                span)) {
    return Value::exception();
  }
  Value prefix = args[1];
  if (is_str(prefix)) return Value::boolean(tail_match(s, as_str(prefix), span, at_end));
  if (prefix.is_obj() && prefix.as_obj()->kind == ObjKind::Tuple) {
    auto* t = static_cast<Tuple*>(prefix.as_obj());
    for (uint32_t i = 0; i < t->size; ++i) {
      if (!is_str(t->items[i])) {
        return vm.raise_fmt(vm.types.TypeError, "tuple for %s must only contain str, not %s", name,
                            type_name(vm, t->items[i]));
      }
      if (tail_match(s, as_str(t->items[i]), span, at_end)) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  return vm.raise_fmt(vm.types.TypeError, "%s first arg must be str or a tuple of str, not %s",
                      name, type_name(vm, prefix));
}

Value str_startswith(VM& vm, Value* args, int nargs, Tuple* kw) {
  return do_startswith(vm, args, nargs, kw, "startswith", false);
}
Value str_endswith(VM& vm, Value* args, int nargs, Tuple* kw) {
  return do_startswith(vm, args, nargs, kw, "endswith", true);
}

Value do_partition(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, bool reverse) {
  Str* s = self_str(vm, args, nargs, name);
  if (!s || !method_args(vm, name, nargs - 1, kwnames, 1, 1)) return Value::exception();
  Str* sep = str_arg(vm, args[1]);
  if (!sep) return Value::exception();
  if (sep->size == 0) return vm.raise(vm.types.ValueError, "empty separator");
  size_t hit = reverse ? rfind_bytes(s->view(), sep->view(), 0, s->size)
                       : find_bytes(s->view(), sep->view(), 0, s->size);
  Tuple* t = vm.new_tuple(3);
  if (hit == std::string_view::npos) {
    Value whole = unchanged(vm, s);
    t->items[0] = reverse ? str_empty(vm) : whole;
    t->items[1] = str_empty(vm);
    t->items[2] = reverse ? whole : str_empty(vm);
    return Value::object(t);
  }
  t->items[0] = make_sub(vm, s, 0, hit);
  t->items[1] = unchanged(vm, sep);
  t->items[2] = make_sub(vm, s, hit + sep->size, s->size);
  return Value::object(t);
}

Value str_partition(VM& vm, Value* args, int nargs, Tuple* kw) {
  return do_partition(vm, args, nargs, kw, "partition", false);
}
Value str_rpartition(VM& vm, Value* args, int nargs, Tuple* kw) {
  return do_partition(vm, args, nargs, kw, "rpartition", true);
}

Value do_remove_affix(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name,
                      bool suffix) {
  Str* s = self_str(vm, args, nargs, name);
  if (!s || !method_args(vm, name, nargs - 1, kwnames, 1, 1)) return Value::exception();
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "%s() argument must be str, not %s", name,
                        type_name(vm, args[1]));
  }
  Str* a = as_str(args[1]);
  if (a->size == 0 || a->size > s->size) return unchanged(vm, s);
  if (suffix) {
    if (std::memcmp(s->data + s->size - a->size, a->data, a->size) != 0) return unchanged(vm, s);
    return make_sub(vm, s, 0, s->size - a->size);
  }
  if (std::memcmp(s->data, a->data, a->size) != 0) return unchanged(vm, s);
  return make_sub(vm, s, a->size, s->size);
}

Value str_removeprefix(VM& vm, Value* args, int nargs, Tuple* kw) {
  return do_remove_affix(vm, args, nargs, kw, "removeprefix", false);
}
Value str_removesuffix(VM& vm, Value* args, int nargs, Tuple* kw) {
  return do_remove_affix(vm, args, nargs, kw, "removesuffix", true);
}

}  // namespace

// ---------------------------------------------------------------- case

namespace {

void append_cps(std::string& out, const uint32_t* cps, int n) {
  for (int i = 0; i < n; ++i) utf8_append(out, cps[i]);
}

// Σ lowercases to final ς at the end of a word (CPython's
// handle_capital_sigma): preceded by a cased letter (skipping
// case-ignorables) and not followed by one.
uint32_t lower_sigma(const std::u32string& text, size_t i) {
  size_t j = i;
  uint32_t c = 0;
  bool found = false;
  while (j > 0) {
    c = text[--j];
    if (!(uprops(c) & kCaseIgnorable)) {
      found = true;
      break;
    }
  }
  bool final_sigma = found && (uprops(c) & kCased);
  if (final_sigma) {
    for (j = i + 1; j < text.size(); ++j) {
      c = text[j];
      if (!(uprops(c) & kCaseIgnorable)) break;
    }
    final_sigma = j == text.size() || !(uprops(c) & kCased);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

int lower_at(const std::u32string& text, size_t i, uint32_t* out) {
  if (text[i] == 0x3A3) {
    out[0] = lower_sigma(text, i);
    return 1;
  }
  return case_lower(text[i], out);
}

enum class CaseOp { Upper, Lower, Fold, Swap, Title, Capitalize };

Value change_case(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, CaseOp op) {
  Str* s = self_str(vm, args, nargs, name);
  if (!s || !method_args(vm, name, nargs - 1, kwnames, 0, 0)) return Value::exception();
  if (s->is_ascii()) {
    Str* r = str_alloc(vm, s->size, s->length, true);
    if (!r) return Value::exception();
    if (op == CaseOp::Upper || op == CaseOp::Lower || op == CaseOp::Fold) {
      // The common cases, branch-light.
      char from = op == CaseOp::Upper ? 'a' : 'A';
      for (uint32_t i = 0; i < s->size; ++i) {
        char c = s->data[i];
        r->data[i] = static_cast<unsigned char>(c - from) < 26 ? static_cast<char>(c ^ 0x20) : c;
      }
      return Value::object(r);
    }
    bool prev_cased = false;
    for (uint32_t i = 0; i < s->size; ++i) {
      char c = s->data[i];
      bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
      bool to_upper = false, to_lower = false;
      switch (op) {
        case CaseOp::Upper: to_upper = true; break;
        case CaseOp::Lower:
        case CaseOp::Fold: to_lower = true; break;
        case CaseOp::Swap:
          to_upper = lower;
          to_lower = upper;
          break;
        case CaseOp::Title:
          to_upper = !prev_cased;
          to_lower = prev_cased;
          break;
        case CaseOp::Capitalize:
          to_upper = i == 0;
          to_lower = i != 0;
          break;
      }
      if (to_upper && lower) c = static_cast<char>(c - 32);
      if (to_lower && upper) c = static_cast<char>(c + 32);
      prev_cased = upper || lower;
      r->data[i] = c;
    }
    return Value::object(r);
  }
  std::u32string text = decode_all(s);
  std::string out;
  out.reserve(s->size);
  uint32_t buf[3];
  bool prev_cased = false;
  for (size_t i = 0; i < text.size(); ++i) {
    uint32_t c = text[i];
    uint16_t p = uprops(c);
    int n = 0;
    switch (op) {
      case CaseOp::Upper: n = case_upper(c, buf); break;
      case CaseOp::Lower: n = lower_at(text, i, buf); break;
      case CaseOp::Fold: n = case_fold(c, buf); break;
      case CaseOp::Swap:
        if (p & kUpper) {
          n = lower_at(text, i, buf);
        } else if (p & kLower) {
          n = case_upper(c, buf);
        } else {
          buf[0] = c;
          n = 1;
        }
        break;
      case CaseOp::Title:
        n = prev_cased ? lower_at(text, i, buf) : case_title(c, buf);
        prev_cased = p & kCased;
        break;
      case CaseOp::Capitalize: n = i == 0 ? case_title(c, buf) : lower_at(text, i, buf); break;
    }
    append_cps(out, buf, n);
  }
  return str_from_utf8(vm, out);
}

Value str_upper(VM& vm, Value* a, int n, Tuple* k) {
  return change_case(vm, a, n, k, "upper", CaseOp::Upper);
}
Value str_lower(VM& vm, Value* a, int n, Tuple* k) {
  return change_case(vm, a, n, k, "lower", CaseOp::Lower);
}
Value str_casefold(VM& vm, Value* a, int n, Tuple* k) {
  return change_case(vm, a, n, k, "casefold", CaseOp::Fold);
}
Value str_swapcase(VM& vm, Value* a, int n, Tuple* k) {
  return change_case(vm, a, n, k, "swapcase", CaseOp::Swap);
}
Value str_title(VM& vm, Value* a, int n, Tuple* k) {
  return change_case(vm, a, n, k, "title", CaseOp::Title);
}
Value str_capitalize(VM& vm, Value* a, int n, Tuple* k) {
  return change_case(vm, a, n, k, "capitalize", CaseOp::Capitalize);
}

// ---------------------------------------------------------------- predicates

// True when every character satisfies `pred` (and the str is not empty).
template <class Pred>
Value all_chars(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, Pred pred,
                bool empty_result = false) {
  Str* s = self_str(vm, args, nargs, name);
  if (!s || !method_args(vm, name, nargs - 1, kwnames, 0, 0)) return Value::exception();
  if (s->size == 0) return Value::boolean(empty_result);
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) {
    if (!pred(utf8_decode(p, end))) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value str_isascii(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "isascii");
  if (!s || !method_args(vm, "isascii", nargs - 1, kwnames, 0, 0)) return Value::exception();
  return Value::boolean(s->is_ascii());
}
Value str_isspace(VM& vm, Value* a, int n, Tuple* k) {
  return all_chars(vm, a, n, k, "isspace", [](uint32_t c) { return unicode_isspace(c); });
}
Value str_isalpha(VM& vm, Value* a, int n, Tuple* k) {
  return all_chars(vm, a, n, k, "isalpha", [](uint32_t c) { return unicode_isalpha(c); });
}
Value str_isalnum(VM& vm, Value* a, int n, Tuple* k) {
  return all_chars(vm, a, n, k, "isalnum",
                   [](uint32_t c) { return (uprops(c) & (kAlpha | kNumericMask)) != 0; });
}
Value str_isdecimal(VM& vm, Value* a, int n, Tuple* k) {
  return all_chars(vm, a, n, k, "isdecimal", [](uint32_t c) { return numeric_level(c) == 1; });
}
Value str_isdigit(VM& vm, Value* a, int n, Tuple* k) {
  return all_chars(vm, a, n, k, "isdigit",
                   [](uint32_t c) { return numeric_level(c) == 1 || numeric_level(c) == 2; });
}
Value str_isnumeric(VM& vm, Value* a, int n, Tuple* k) {
  return all_chars(vm, a, n, k, "isnumeric", [](uint32_t c) { return numeric_level(c) != 0; });
}
Value str_isprintable(VM& vm, Value* a, int n, Tuple* k) {
  return all_chars(
      vm, a, n, k, "isprintable", [](uint32_t c) { return unicode_isprintable(c); }, true);
}

Value str_isidentifier(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "isidentifier");
  if (!s || !method_args(vm, "isidentifier", nargs - 1, kwnames, 0, 0)) return Value::exception();
  if (s->size == 0) return Value::boolean(false);
  const char* p = s->data;
  const char* end = p + s->size;
  if (!unicode_is_id_start(utf8_decode(p, end))) return Value::boolean(false);
  while (p < end) {
    if (!unicode_is_id_continue(utf8_decode(p, end))) return Value::boolean(false);
  }
  return Value::boolean(true);
}

// isupper/islower: at least one cased character, and none of the other case.
Value cased_check(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, uint16_t want) {
  Str* s = self_str(vm, args, nargs, name);
  if (!s || !method_args(vm, name, nargs - 1, kwnames, 0, 0)) return Value::exception();
  uint16_t reject = kCased & ~want;
  bool cased = false;
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) {
    uint16_t props = uprops(utf8_decode(p, end));
    if (props & reject) return Value::boolean(false);
    if (props & want) cased = true;
  }
  return Value::boolean(cased);
}

Value str_isupper(VM& vm, Value* a, int n, Tuple* k) {
  return cased_check(vm, a, n, k, "isupper", kUpper);
}
Value str_islower(VM& vm, Value* a, int n, Tuple* k) {
  return cased_check(vm, a, n, k, "islower", kLower);
}

Value str_istitle(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "istitle");
  if (!s || !method_args(vm, "istitle", nargs - 1, kwnames, 0, 0)) return Value::exception();
  bool cased = false, prev_cased = false;
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) {
    uint16_t props = uprops(utf8_decode(p, end));
    if (props & (kUpper | kTitle)) {
      if (prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else if (props & kLower) {
      if (!prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(cased);
}

// ---------------------------------------------------------------- padding

Value pad(VM& vm, Str* s, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0) return unchanged(vm, s);
  left = std::max<int64_t>(left, 0);
  right = std::max<int64_t>(right, 0);
  std::string f;
  utf8_append(f, fill);
  size_t size = s->size + f.size() * static_cast<size_t>(left + right);
  Str* r = str_alloc(vm, size, s->length + left + right, s->is_ascii() && fill < 0x80);
  if (!r) return Value::exception();
  char* p = r->data;
  auto put_fill = [&](int64_t n) {
    if (f.size() == 1) {
      std::memset(p, f[0], n);
      p += n;
    } else {
      for (int64_t i = 0; i < n; ++i, p += f.size()) std::memcpy(p, f.data(), f.size());
    }
  };
  put_fill(left);
  std::memcpy(p, s->data, s->size);
  p += s->size;
  put_fill(right);
  return Value::object(r);
}

enum class Justify { Left, Right, Center };

Value do_justify(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, Justify how) {
  Str* s = self_str(vm, args, nargs, name);
  if (!s || !method_args(vm, name, nargs - 1, kwnames, 1, 2)) return Value::exception();
  int64_t width;
  if (!int_arg(vm, args[1], width)) return Value::exception();
  uint32_t fill = ' ';
  if (nargs > 2) {
    if (!is_str(args[2])) {
      return vm.raise_fmt(vm.types.TypeError,
                          "The fill character must be a unicode character, not %s",
                          type_name(vm, args[2]));
    }
    Str* f = as_str(args[2]);
    if (f->length != 1) {
      return vm.raise(vm.types.TypeError, "The fill character must be exactly one character long");
    }
    const char* p = f->data;
    fill = utf8_decode(p, p + f->size);
  }
  int64_t len = s->length;
  if (width <= len) return unchanged(vm, s);
  int64_t marg = width - len;
  switch (how) {
    case Justify::Left: return pad(vm, s, 0, marg, fill);
    case Justify::Right: return pad(vm, s, marg, 0, fill);
    default: {
      int64_t left = marg / 2 + (marg & width & 1);
      return pad(vm, s, left, marg - left, fill);
    }
  }
}

Value str_ljust(VM& vm, Value* a, int n, Tuple* k) {
  return do_justify(vm, a, n, k, "ljust", Justify::Left);
}
Value str_rjust(VM& vm, Value* a, int n, Tuple* k) {
  return do_justify(vm, a, n, k, "rjust", Justify::Right);
}
Value str_center(VM& vm, Value* a, int n, Tuple* k) {
  return do_justify(vm, a, n, k, "center", Justify::Center);
}

Value str_zfill(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "zfill");
  if (!s || !method_args(vm, "zfill", nargs - 1, kwnames, 1, 1)) return Value::exception();
  int64_t width;
  if (!int_arg(vm, args[1], width)) return Value::exception();
  if (width <= static_cast<int64_t>(s->length)) return unchanged(vm, s);
  int64_t fill = width - s->length;
  Value v = pad(vm, s, fill, 0, '0');
  if (v.is_exception()) return v;
  Str* r = as_str(v);
  char c = r->data[fill];
  if (c == '+' || c == '-') {
    r->data[0] = c;
    r->data[fill] = '0';
  }
  return v;
}

Value str_expandtabs(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "expandtabs");
  if (!s) return Value::exception();
  Value a[1];
  if (!parse_args(vm, "expandtabs", args + 1, nargs - 1, kwnames, {"tabsize"}, 0, a)) {
    return Value::exception();
  }
  int64_t tabsize = 8;
  if (!a[0].is_null()) {
    if (is_large_int(a[0])) {
      return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
    }
    if (!int_arg(vm, a[0], tabsize)) return Value::exception();
  }
  if (!std::memchr(s->data, '\t', s->size)) return unchanged(vm, s);
  std::string out;
  int64_t column = 0;
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) {
    auto c = static_cast<unsigned char>(*p);
    if (c == '\t') {
      ++p;
      if (tabsize > 0) {
        int64_t n = tabsize - column % tabsize;
        out.append(static_cast<size_t>(n), ' ');
        column += n;
      }
      continue;
    }
    int n = utf8_seq_len(c);
    out.append(p, n);
    p += n;
    ++column;
    if (c == '\n' || c == '\r') column = 0;
  }
  return str_from_utf8(vm, out);
}

}  // namespace

// ---------------------------------------------------------------- encode, translate

namespace {

Value str_encode(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "encode");
  if (!s) return Value::exception();
  Value a[2];
  if (!parse_args(vm, "encode", args + 1, nargs - 1, kwnames, {"encoding", "errors"}, 0, a)) {
    return Value::exception();
  }
  std::string_view encoding = "utf-8", errors = "strict";
  if (!str_param(vm, "encode", "encoding", a[0], encoding) || !str_param(vm, "encode", "errors", a[1], errors)) {
    return Value::exception();
  }
  std::string codec = codec_lookup(encoding);
  if (codec.empty()) return registered_codec(vm, encoding, true, args[0], errors);
  return codec_encode(vm, s, codec, errors);
}

// str.maketrans(x[, y[, z]]) -> dict of code point -> code point / str / None.
Value str_maketrans(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "maketrans", kwnames) || !check_nargs(vm, "maketrans", nargs, 1, 3)) {
    return Value::exception();
  }
  Dict* d = vm.new_dict();
  if (nargs == 1) {
    if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Dict) {
      return vm.raise(vm.types.TypeError,
                      "if you give only one argument to maketrans it must be a dict");
    }
    auto* src = static_cast<Dict*>(args[0].as_obj());
    for (const auto& e : src->table.entries) {
      if (e.key.is_null()) continue;
      Value key = e.key;
      if (is_str(key)) {
        Str* k = as_str(key);
        if (k->length != 1) {
          return vm.raise(vm.types.ValueError,
                          "string keys in translate table must be of length 1");
        }
        const char* p = k->data;
        key = Value::small_int(utf8_decode(p, p + k->size));
      } else if (!is_int_value(key)) {
        return vm.raise(vm.types.TypeError, "keys in translate table must be strings or integers");
      }
      if (dict_set(vm, d, key, e.value) < 0) return Value::exception();
    }
    return Value::object(d);
  }
  if (!is_str(args[0])) {
    return vm.raise(vm.types.TypeError,
                    "first maketrans argument must be a string if there is a second argument");
  }
  for (int i = 1; i < nargs; ++i) {
    if (!is_str(args[i])) {
      return vm.raise_fmt(vm.types.TypeError, "maketrans() argument %d must be str, not %s", i + 1,
                          type_name(vm, args[i]));
    }
  }
  Str* x = as_str(args[0]);
  Str* y = as_str(args[1]);
  if (x->length != y->length) {
    return vm.raise(vm.types.ValueError,
                    "the first two maketrans arguments must have equal length");
  }
  const char *p = x->data, *pe = p + x->size, *q = y->data, *qe = q + y->size;
  while (p < pe) {
    Value from = Value::small_int(utf8_decode(p, pe));
    Value to = Value::small_int(utf8_decode(q, qe));
    if (dict_set(vm, d, from, to) < 0) return Value::exception();
  }
  if (nargs == 3) {
    Str* z = as_str(args[2]);
    p = z->data;
    pe = p + z->size;
    while (p < pe) {
      if (dict_set(vm, d, Value::small_int(utf8_decode(p, pe)), Value::none()) < 0) {
        return Value::exception();
      }
    }
  }
  return Value::object(d);
}

Value str_translate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "translate");
  if (!s || !method_args(vm, "translate", nargs - 1, kwnames, 1, 1)) return Value::exception();
  Value table = args[1];
  std::string out;
  out.reserve(s->size);
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) {
    const char* start = p;
    uint32_t cp = utf8_decode(p, end);
    Value v = vm.getitem(table, Value::small_int(cp));
    if (v.is_exception()) {
      if (!vm.pending_is(vm.types.LookupError)) return v;
      vm.take_pending();
      out.append(start, p);
      continue;
    }
    if (v.is_none()) continue;
    if (is_str(v)) {
      out += as_str(v)->view();
      continue;
    }
    if (is_int_value(v)) {
      int64_t n = 0;
      index_arg(vm, v, n, true);
      if (n < 0 || n > 0x10FFFF) {
        return vm.raise(vm.types.ValueError, "character mapping must be in range(0x110000)");
      }
      utf8_append(out, static_cast<uint32_t>(n));
      continue;
    }
    return vm.raise(vm.types.TypeError, "character mapping must return integer, None or str");
  }
  return str_from_utf8(vm, out);
}

// ---------------------------------------------------------------- format

Value str_format_method(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "format");
  if (!s) return Value::exception();
  return str_format(vm, s, args + 1, nargs - 1, kwnames);
}

Value str_format_map_method(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "format_map");
  if (!s || !method_args(vm, "format_map", nargs - 1, kwnames, 1, 1)) return Value::exception();
  return str_format_map(vm, s, args[1]);
}

Value str_dunder_format(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Str* s = self_str(vm, args, nargs, "__format__");
  if (!s || !method_args(vm, "__format__", nargs - 1, kwnames, 1, 1)) return Value::exception();
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "__format__() argument must be str, not %s",
                        type_name(vm, args[1]));
  }
  return str_format_spec(vm, args[0], as_str(args[1]));
}

// ---------------------------------------------------------------- construction

// str(object='', encoding='utf-8', errors='strict'): an exact str.
Value str_make(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[3];
  if (!parse_args(vm, "str", args, nargs, kwnames, {"object", "encoding", "errors"}, 0, a)) {
    return Value::exception();
  }
  if (a[1].is_null() && a[2].is_null()) {
    if (a[0].is_null()) return str_empty(vm);
    return vm.str(a[0]);
  }
  std::string_view encoding = "utf-8", errors = "strict";
  if (!str_param(vm, "str", "encoding", a[1], encoding) || !str_param(vm, "str", "errors", a[2], errors)) {
    return Value::exception();
  }
  if (a[0].is_null()) return str_empty(vm);
  if (is_str(a[0])) return vm.raise(vm.types.TypeError, "decoding str is not supported");
  std::string_view data;
  if (!bytes_like(a[0], data)) {
    return vm.raise_fmt(vm.types.TypeError, "decoding to str: need a bytes-like object, %s found",
                        type_name(vm, a[0]));
  }
  std::string codec = codec_lookup(encoding);
  if (codec.empty()) return registered_codec(vm, encoding, false, a[0], errors);
  std::string copy(data);  // decoding may run code (an error handler) that changes a bytearray
  return codec_decode(vm, copy, codec, errors);
}

// str.__new__(cls, ...): builds the str, then re-types a copy for subclasses.
Value str_dunder_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (nargs < 1) return vm.raise(vm.types.TypeError, "str.__new__(): not enough arguments");
  if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Type) {
    return vm.raise_fmt(vm.types.TypeError, "str.__new__(X): X is not a type object (%s)",
                        type_name(vm, args[0]));
  }
  auto* cls = static_cast<Type*>(args[0].as_obj());
  if (!vm.is_subtype(cls, vm.types.str)) {
    return vm.raise_fmt(vm.types.TypeError, "str.__new__(%s): %s is not a subtype of str",
                        cls->name->data, cls->name->data);
  }
  Value v = str_make(vm, args + 1, nargs - 1, kwnames);
  if (v.is_exception() || cls == vm.types.str) return v;
  Str* s = as_str(v);
  Str* r = str_alloc(vm, s->size, s->length, s->is_ascii());
  if (!r) return Value::exception();
  std::memcpy(r->data, s->data, s->size);
  r->type = cls;
  return Value::object(r);
}

void add_static(VM& vm, Type* t, std::string_view name, NativeFn fn) {
  NativeFunction* f = vm.new_native(name, fn, false);
  f->qualname = vm.intern(std::string(t->name->view()) + "." + std::string(name));
  auto* sm = vm.alloc<StaticMethod>(ObjKind::StaticMethod, vm.types.staticmethod);
  sm->func = Value::object(f);
  dict_set_str(vm, t->dict, f->name, Value::object(sm));
}

}  // namespace

void init_str_type(VM& vm) {
  vm.empty_str = vm.intern("");
  for (int c = 0; c < 128; ++c) {
    char ch = static_cast<char>(c);
    vm.ascii_chars[c] = vm.intern(std::string_view(&ch, 1));
  }
  Type* t = vm.types.str;
  t->constructor = str_make;
  TypeSlots& s = t->slots;
  s.repr = str_repr_slot;
  s.str = str_str_slot;
  s.hash = str_hash_slot;
  s.compare = str_compare_slot;
  s.binary = str_binary_slot;
  s.sequence_ops = op_bit(BinaryOp::Add) | op_bit(BinaryOp::Mul);
  s.number_ops = op_bit(BinaryOp::Mod);
  s.length = str_length_slot;
  s.getitem = str_getitem_slot;
  s.contains = str_contains_slot;
  s.iter = str_iter_slot;
  s.format = str_format_slot;

  static const struct {
    const char* name;
    NativeFn fn;
  } kMethods[] = {
      {"split", str_split},
      {"rsplit", str_rsplit},
      {"splitlines", str_splitlines},
      {"join", str_join},
      {"strip", str_strip},
      {"lstrip", str_lstrip},
      {"rstrip", str_rstrip},
      {"replace", str_replace},
      {"find", str_find},
      {"rfind", str_rfind},
      {"index", str_index},
      {"rindex", str_rindex},
      {"count", str_count},
      {"startswith", str_startswith},
      {"endswith", str_endswith},
      {"partition", str_partition},
      {"rpartition", str_rpartition},
      {"removeprefix", str_removeprefix},
      {"removesuffix", str_removesuffix},
      {"upper", str_upper},
      {"lower", str_lower},
      {"casefold", str_casefold},
      {"swapcase", str_swapcase},
      {"title", str_title},
      {"capitalize", str_capitalize},
      {"isascii", str_isascii},
      {"isspace", str_isspace},
      {"isalpha", str_isalpha},
      {"isalnum", str_isalnum},
      {"isdecimal", str_isdecimal},
      {"isdigit", str_isdigit},
      {"isnumeric", str_isnumeric},
      {"isprintable", str_isprintable},
      {"isidentifier", str_isidentifier},
      {"isupper", str_isupper},
      {"islower", str_islower},
      {"istitle", str_istitle},
      {"ljust", str_ljust},
      {"rjust", str_rjust},
      {"center", str_center},
      {"zfill", str_zfill},
      {"expandtabs", str_expandtabs},
      {"encode", str_encode},
      {"translate", str_translate},
      {"format", str_format_method},
      {"format_map", str_format_map_method},
      {"__format__", str_dunder_format},
  };
  for (const auto& m : kMethods) add_method(vm, t, m.name, m.fn);
  add_static(vm, t, "maketrans", str_maketrans);
  add_static(vm, t, "__new__", str_dunder_new);
}

// ---------------------------------------------------------------- Unicode database
//
// Character properties and case mappings of CPython 3.11's unicodedata
// (Unicode 14.0.0), for every code point. The tables are generated by the
// script below and stored compactly as text: numbers are little-endian
// base-64 varints (5 data bits per character, the 6th bit means "more").
// They are decoded at compile time into sorted arrays searched by bisection.
//
// - Properties: runs of code points sharing a property set; each run is a
//   palette index (one character) and its length - 1 (a varint).
// - Case mappings: runs of code points mapped by the same offset (every
//   code point, or every second one, from first to last), then the full
//   mappings that produce several code points (SpecialCasing).
//
// Approximation: kCaseIgnorable (used only for the final-sigma rule of
// lower()) is derived from the general categories Mn/Me/Cf/Lm/Sk plus the
// Word_Break MidLetter/MidNumLet/Single_Quote characters, which is how
// Unicode defines Case_Ignorable.
//
// Generator (run with python3.11, paste its output below):
//
// # Generates the Unicode tables of vm/objects/str.cpp from CPython's
// # unicodedata (3.11: Unicode 14.0.0). Output: C++ to paste between the
// # "BEGIN GENERATED" / "END GENERATED" markers.
// import sys, unicodedata
//
// ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
// WB_MID = {0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024,
//           0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A}
//
// def props(cp):
//     c = chr(cp)
//     cat = unicodedata.category(c)
//     b = 0
//     if c.isprintable(): b |= 1
//     if c.isalpha(): b |= 2
//     if c.isspace(): b |= 4
//     if c.isupper(): b |= 8
//     if c.islower(): b |= 16
//     if cat == 'Lt': b |= 32
//     if c.isidentifier(): b |= 64
//     if ('a' + c).isidentifier(): b |= 128
//     if c.isdecimal(): b |= 1 << 8
//     elif c.isdigit(): b |= 2 << 8
//     elif c.isnumeric(): b |= 3 << 8
//     if cat in ('Mn', 'Me', 'Cf', 'Lm', 'Sk') or cp in WB_MID: b |= 1 << 10
//     return b
//
// def varint(n, out):
//     while True:
//         d = n & 31
//         n >>= 5
//         out.append(ALPHABET[d | (32 if n else 0)])
//         if not n:
//             return
//
// def zigzag(n):
//     return n * 2 if n >= 0 else -n * 2 - 1
//
// def emit(name, chars):
//     s = ''.join(chars)
//     print(f'constexpr char {name}[] =')
//     for i in range(0, len(s), 92):
//         print(f'    "{s[i:i + 92]}"')
//     print('    ;')
//
// # Property runs: palette index + run length.
// runs = []
// prev = None
// for cp in range(0x110000):
//     p = props(cp)
//     if p != prev:
//         runs.append([cp, p])
//         prev = p
// palette = sorted(set(p for _, p in runs))
// assert len(palette) <= 64, len(palette)
// out = []
// for i, (cp, p) in enumerate(runs):
//     end = runs[i + 1][0] if i + 1 < len(runs) else 0x110000
//     out.append(ALPHABET[palette.index(p)])
//     varint(end - cp - 1, out)
// print(f'constexpr int kPropRunCount = {len(runs)};')
// items = [hex(p) for p in palette]
// print('constexpr uint16_t kPropPalette[] = {')
// for i in range(0, len(items), 12):
//     print('    ' + ', '.join(items[i:i + 12]) + ',')
// print('};')
// emit('kPropBlob', out)
//
// # Case mappings: simple (one code point) as runs, full (several) as specials.
// def mapping(f, name, kname):
//     simple, special = [], []
//     for cp in range(0x110000):
//         m = f(chr(cp))
//         if m == chr(cp):
//             continue
//         if len(m) == 1:
//             d = ord(m) - cp
//             if simple:
//                 first, last, delta, stride = simple[-1]
//                 if delta == d and ((stride == 0 and cp - last in (1, 2)) or cp - last == stride):
//                     simple[-1] = [first, cp, d, cp - last]
//                     continue
//             simple.append([cp, cp, d, 0])
//         else:
//             special.append((cp, [ord(x) for x in m]))
//     out = []
//     pos = 0
//     for first, last, delta, stride in simple:
//         stride = stride or 1
//         varint(first - pos, out)
//         varint(((last - first) // stride) * 2 + (stride - 1), out)
//         varint(zigzag(delta), out)
//         pos = last + 1
//     pool = 0
//     pos = 0
//     sout = []
//     for cp, seq in special:
//         varint(cp - pos, sout)
//         varint(len(seq), sout)
//         for x in seq:
//             varint(x, sout)
//         pos = cp + 1
//         pool += len(seq)
//     print(f'constexpr int k{kname}RunCount = {len(simple)};')
//     print(f'constexpr int k{kname}SpecialCount = {len(special)};')
//     print(f'constexpr int k{kname}PoolSize = {max(pool, 1)};')
//     emit(f'k{kname}Blob', out)
//     emit(f'k{kname}SpecialBlob', sout)
//
// mapping(str.upper, 'upper', 'Upper')
// mapping(str.lower, 'lower', 'Lower')
// mapping(str.title, 'title', 'Title')
// mapping(str.casefold, 'casefold', 'Fold')

namespace {

// clang-format off
// BEGIN GENERATED
constexpr int kPropRunCount = 3859;
constexpr uint16_t kPropPalette[] = {
    0x0, 0x1, 0x3, 0x4, 0x5, 0x9, 0x11, 0x81, 0x83, 0xc1, 0xc3, 0xcb,
    0xd3, 0xe3, 0x181, 0x201, 0x281, 0x301, 0x3c1, 0x3c3, 0x3c9, 0x3d1, 0x400, 0x401,
    0x403, 0x413, 0x481, 0x483, 0x491, 0x4c1, 0x4c3, 0x4d3,
};
constexpr char kPropBlob[] =
    "AIDEANDDEABFXABFXABAOJXABFLZBCXAJAXAMZBDAFDAAZDABGXABAMABBWABAXABBPBXAMABAaAXAPAMABARCBALWBA"
    "LGMXBAMHLAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMA"
    "LAMALAMALAMALAMALAMALAMALAMBLAMALAMALAMALAMALAMALAMALAMALAMBLAMALAMALAMALAMALAMALAMALAMALAMA"
    "LAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALBMALAMALAMCLBMALAMALBMALCMBLDMA"
    "LBMALCMCLBMALBMALAMALAMALBMALAMBLAMALBMALCMALAMALBMBKALAMCKDLANAMALANAMALANAMALAMALAMALAMALA"
    "MALAMALAMALAMALAMBLAMALAMALAMALAMALAMALAMALAMALAMALAMBLANAMALAMALCMALAMALAMALAMALAMALAMALAMA"
    "LAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMG"
    "LBMALBMBLAMALDMALAMALAMALAMALAMkCKAMafIeGfBXDeLXNfEXGeAXAeAXQakCcAapBLAMALAMAeAXALAMAABZAMCB"
    "ALAADXBLAaALCAALAAALBMALQAALIMiBLAMBLCMCLAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMELAMA"
    "BALAMALBMBLyBMvBLAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMABAaEXBLA"
    "MALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALA"
    "MALAMALAMALAMALBMALAMALAMALAMALAMALAMALAMBLAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALA"
    "MALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALA"
    "MALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMAAALlBABeABEXAMoBBBABBCAAasBBAaABAaBBAaBBAa"
    "AAHKaADKDBAXAAKWFBJaKBAWABCKfeAKJaUOJBDKBaAKiDBAKAaGWABAaFeBaBBAaDKBOJKCBBKABNAAWAKAaAKdaaAB"
    "K4CaKKAANOJKgBaIeBBDeAABaABBKVaDeAaIeAaCeAaEABBOAAKYaCABBAAAKKAEKXXAKFAAWBAFaHKoBeAaXWAafHAK"
    "1BaAHAaAKAHCaHHDaAHBKAaGKJaBBBOJBAeAKOaAHBAAKHABKBABKVAAKGAAKAACKDABaAKAHCaDABHBABHBaAKAAHHA"
    "ADKBAAKCaBABOJKBBBRFBBKABAaAABaBHAAAKFADKBABKVAAKGAAKBAAKBAAKBABaAAAHCaBADaBABaCACaAAGKDAAKA"
    "AGOJaBKCaABAAJaBHAAAKIAAKCAAKVAAKGAAKBAAKEABaAKAHCaEAAaBHAAAHBaAABKAAOKBaBABOJBBAGKAaFAAaAHB"
    "AAKHABKBABKVAAKGAAKBAAKEABaAKAHAaAHAaDABHBABHBaAAGaBHAADKBAAKCaBABOJBAKARFAJaAKAAAKFACKCAAKD"
    "ACKBAAKAAAKBACKBACKCACKLADHBaAHBACHCAAHCaAABKAAFHAANOJRCBHAEaAHCaAKHAAKCAAKWAAKPABaAKAaCHDAA"
    "aCAAaDAGaBAAKCABKAABKBaBABOJAGBARGBAKAaAHBBAKHAAKCAAKWAAKJAAKEABaAKAHAaAHEAAaAHBAAHBaBAGHBAF"
    "KBAAKBaBABOJAAKBAMaBHBKIAAKCAAKoBaBKAHCaDAAHCAAHCaAKABAADKCHARGKCaBABOJRIBAKFAAaAHBAAKRACKXA"
    "AKIAAKAABKGACaAADHCaCAAaAAAHHAFOJABHBBAALKvBaAKAIAaGADBAKFeAaHBAOJBBAkBKBAAKAAAKEAAKXAAKAAAK"
    "JaAKAIAaIKAABKEAAeAAAaFABOJABKDAfKABWaBBFOJRJBAaABAaABAaABDHBKHAAKjBADaNHAaEBAaBKEaKAAajBAAB"
    "HaABFAABMAkBKqBHBaDHAaFHAaBHBaBKAOJBFKFHBaBKDaCKAHCKBHGKCaDKMaAHBaBHFaAKAHAOJHCaABBLlBAALAAE"
    "LAABMqBBAeAMCKoKAAKDABKGAAKAAAKDABKoBAAKDABKgBAAKDABKGAAKAAAKDABKOAAK4BAAKDABKiCABaCBIQIRKAC"
    "KPBJAFL1CABMFABBAKrTBBKQDAKZBBACKqCBCSCKHAGKRaCHAAIKSaBHABBAIKRaBALKMAAKCAAaBALKzBaBHAaGHHaA"
    "HBaKBCeABDKAaAABOJAFRJAFBKaCWAaAOJAFKiBeAK0BAGKEdBKhBaAKAAEKlCAJKeAAaCHDaBHCADHBaAHFaCADBAAC"
    "BBOJKdABKEAKKrBADKZAFOJQAACBhBKWaBHBaAABBBK0BHAaAHAaGAAaAHAaAHBaHHFaJABaAOJAFOJAFBGeABFABaNX"
    "AaPAwBaDHAKuBaAHAaEHAaAHEaAHBKHACOJBQaIBKAAaBHAKdHAaDHBaBHAaCKBOJKrBaAHAaBHCaAHAaCHBAHBDKjBH"
    "HaHHBaBACBEOJACKCOJKdeFBBMIAGLqBABLCBHAHaCBAaMHAaGKDaAKFaAKBHAaBKAAEMrBf+BMMfAMhBfkBa/BLAMAL"
    "AMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMAL"
    "AMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMAL"
    "AMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMAL"
    "AMALAMALAMALAMALAMILAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMAL"
    "AMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMAL"
    "AMALAMALAMALAMALAMALAMALAMALAMILHMFABLFABMHLHMHLHMFABLFABMHAALAAALAAALAAALAMHLHMNABMHNHMHNHM"
    "HNHMEAAMBLDNAXAMAXCMCAAMBLDNAXCMDABMBLDAAXCMHLEXCABMCAAMBLDNAXBAADKWEBHXBBJXABBXADBWEDABOHBB"
    "SHABJDAWEAAWJPAfAABPFBEfAPJBEAAfMACBgBAOaMXDaAXCaLAOBBLABDLABBMALCMBLCMABALABBJALEBFLABALABA"
    "LABALDJAMALDMAKDMABBMBLBBELAMDBDMABARPUPVPSCLAMASDRABBADB2UAYBKAUPIRKPIRKPIRKBZFZGZPARJPIRAP"
    "AB1TPIRAPIRAPIRAB/eABBfAABoDLvBMvBLAMALCMBLAMALAMALAMALDMALAMBLAMFfBLCMALAMALAMALAMALAMALAMA"
    "LAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMA"
    "LAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMBBFLAMALA"
    "MAaCLAMAAEBDRABBMlBAAMAAEMAABK3BAGeABAANaAKWAIKGAAKGAAKGAAKGAAKGAAKGAAKGAAKGAAafBuBYABtBAhBB"
    "ZAAB4CALB1GAZBLADDABDeAKASABYSIaDHBBAeEBBSCeAKABCAAK1CABaBXBeBKABAK5CBAeCKAAEKqBAAK9CAABBRDB"
    "JKfBjBALKPBeAARJBdRHBAROBfRJBmBROB/JKETAK8DTAKldTAKhZTAKxzEB/BTAKBTAKCTAKATAKyCTAKtBTAKGTAKA"
    "TAKnBTBKdTAKHTAKjBTAKhDTAKyMTAKgCTAKhBTAKATAKATAKyOTAKATCKFTAKzDTDK1YTAK0QTAKGTAK/rBTAKiETBK"
    "LTCKATAKsfTAKsCTAKkkBTAKy5BTAKukBTAKmXTAKmwCTAKkdTAKgkCTAKDTAK7DTAKvnCTAKjBTAKETAKqBTAK8DTAK"
    "9oCeAK2jBACB2BAIKnBeFBBKrIeABCKPOJKBATLAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALA"
    "MALAMALAMALAMALAMALAMALAMALAMALAMALAMAKAaAXCBAaJBAeALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMA"
    "LAMALAMALAMALAMAfBaBKlCSJaBBFAHXWeIXBLAMALAMALAMALAMALAMALAMALAMCLAMALAMALAMALAMALAMALAMALAM"
    "ALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAMALAM"
    "ALAMAfAMHLAMALAMALBMALAMALAMALAMALAMAeAXBLAMALAMAKALAMALAMCLAMALAMALAMALAMALAMALAMALAMALAMAL"
    "AMALAMALEMALEMALAMALAMALAMALAMALAMALAMALAMALDMALAMAAELAMAAAMAAAMALAMALAMAAXeCLAMAKAfBMAKGaAK"
    "CaAKDaAKWHBaBHABDaAACRFBDAFKzBBDAHHBKxBHPaBAHBBOJAFaRKFBCKABAKBaAOJKbaHBBKWaKHBAKBAKcACaCHAK"
    "uBaAHBaDHBaBHCBMAAeAOJADBBKEaAeAKIOJKEAAKoBaFHBaBHBaBAIKCaAKHaAHAABOJABBDKPeAKFBCKAHAaAHAKxB"
    "aAKAaCKBaBKEaBKAaAKAAXKBeABBKKHAaBHBBBKAeBHAaAAJKFABKFABKFAIKGAAKGAAMqBXAfDMIeAXBADMvCKiBHBa"
    "AHBaAHBBAHAaAABOJAFKj9KALKWADKwBAjoIKqDTAKGTAKDTAK4BTAKdTAKATAKoBTAKvDABKpDAlBMGALMEAEKAaAKJ"
    "BAKMAAKEAAKAAAKBAAKBAAKrDXQAPKqECFK5GBRK/BABK1BAGBAAfKJCBBDaPBCXABFAFaPBCHBBXHCBBXAAABAXABQA"
    "ABDADCAKACAKACAAACAKACAKACAKACAKACAK9DABWAAABFXABFXABAOJXABFLZBCXAHAXAMZBKKJeAKsBbBKeACKFABK"
    "FABKFABKCACBCXABCAABGAJWCBBABKLAAKZAAKSAAKBAAKOABKNAhBK6DAEBCADRsBACBIS0BRDBQRBBCAABMACBAAuB"
    "BsBaAAhEKcACKwBAOaARaADKfRDAIKTSAKHSAAEKlBaEAEKdAABAKjBADKHBASEApBLnBMnBKtCABOJAFLjBADMjBADK"
    "nBAHKzBAKBALKAALOAALGAALBAAMKAAMOAAMGAAMBAiCK2JAIKVAJKHAXfAeBfCAAfpBAAfIAkCKFABKAAAKrBAAKBAC"
    "KAABKWAABARHKWBBRGKeAHRIAvBKSAAKBAEREKVRFACBAKZAEBAA/BK3BADRBKBRPABRtBKAaCAAaBAEaDKDAAKCAAKc"
    "ABaCADaAPDREAGBIAGKcRBBAKcRCAfKHBAKbaBADREBGAIK1BACBGKVABRHKSAERHKRAGBDALRGAvCKoCA2BLyBAMMyB"
    "AGRFKjBaDAHOJAlJPIRVAAKpBAAaBBAABKBAtCKcRJKAAHKVaKRDBEAVKRaDBDAlBKURGATKWAIHAaAHAK0BaOBGADPI"
    "RKOJaAKBaBKAAIaCHAKsBHCaDHBaBBBWABDaAAJWAABKYAGOJAFaCKjBaEHAaHAAOJBDKAHBKAAHKiBaABBKAAIaBHAK"
    "vBHCaIHBKDBDaDBAHAaAOJKABAKABCAARTAKKRAAKYHCaCHBaAHAaBBFaAAgCKGAAKAAAKDAAKOAAKJBAAFKuBaAHCaH"
    "AEOJAFaBHBAAKHABKBABKVAAKGAAKBAAKEAAaBKAHBaAHDABHBABHCABKAAFHAAEKEHBABaGACaEAqEK0BHCaHHBaCHA"
    "aAKDBEOJBBAABAaAKCAdKvBHCaFHAaAHDaBHAaBKBBAKAAHOJAlFKuBHCaDABHDaBHAaBBWKDaBAhBKvBHCaHHBaAHAa"
    "BBCKAAKOJAFBMASKqBaAHAaAHBaFHAaAKABAAFOJA1BKaABaCHBaDHAaEADOJRBBDKGA4FKrBHCaIHAaBBAAjDLfMfOJ"
    "RIALKHABKAABKHAAKBAAKXHFAAHBABaBHAaAKAHAKAHAaABCAIOJAlCKHABKmBHCaDABaBHDaAKABAKAHAAaKAaJKnBa"
    "FHAKAaDBHaAAHKAaFHBaCKtBaMHAaBBCKABEAMKoCAmIKIAAKkBHAaGAAaFHAaAKABEAJOJRSACBBKdABaVAAHAaGHAa"
    "BHAaBAoCKGAAKBAAKlBaFACaAAAaBAAaGKAaAAHOJAFKFAAKBAAKfHEAAaBAAHBaAHAaAKAAGOJA1JKSaBHBBBA2FKAA"
    "ORUBcAMBAK5cAlDSuDAABEAKKjGAryCKgDBBAMKuhBAAWIAm+DKmSA4tIK4RAGKeAAOJADBBKuCAAOJAFKdABaEBAAJK"
    "vBaGBIeDBBAJOJAARGAAKUAEKSAvVLfMfRWBDAkDKqCADaAKAH2BAGaDeMA/BeBBAeAaAAKHBANK3/FAHK1mBApBKIAm"
    "3IeDAAeGAAeBAAKiJAsBKCAQKDAHKrMAjoCKqDAEKMACKIAGKJABBAaBBAWDA7yEatBABaWAIBzDA7BB1HAJBmBABB7B"
    "HBaCBCHFWHaHBBaGBdaDB8BAUBhCaCBAA5ERTALB2CAIRYAmELZMZLZMGAAMRLZMZLAAALBABLAABLBABLDAALHMDAAM"
    "AAAMGAAMKLZMZLBAALDABLHAALGAAMZLBAALDAALEAALAACLGAAMZLZMZLZMZLZMZLZMZLZMZLZMbABLYBAMYBAMFLYB"
    "AMYBAMFLYBAMYBAMFLYBAMYBAMFLYBAMYBAMFLAMAABOxBB/Pa2BBDaxBBHaABNaABGAOaEAAaOAviBMJKAMTAgHaGAA"
    "aQABaGAAaBAAaEA0GKsBACaGeGABOJADKABAA/JKdaAAQKrBaDOJAEBAA/mBKGAAKDAAKBAAKOAAKkGABRIaGAoBLhBM"
    "hBaGeAADOJADBBAwYR6BBARCBARDArCRsBBAROAhGKDAAKaAAKBAAKAABKAAAKJAAKDAAKAAAKAAFKAADKAAAKAAAKAA"
    "AKCAAKBAAKAABKAAAKAAAKAAAKAAAKAAAKBAAKAABKDAAKGAAKDAAKDAAKAAAKJAAKQAEKCAAKEAAKQAzBBBAtIBrBAD"
    "BjDALBOABBOAABOAABkBAJPKRBBiBFZBFFZBFFZBjBA3BBcAMBrBADBIAGBBANBFA5EB6HXEB3WAEBPACBMACBzDALB4"
    "CAGBLADBAAOBLADB3BAHBJAFBnBAHBdABBBAtCBzKALBNABBEACBEACBGAIBcACBKAEBFAJBJAFBHAHBGAIByEAAB2BA"
    "kBOJAlgBKATAKhDTAK8DTAK9BTAKngCTAK3CTAKHTAKOTAKsKTAKRTAKaTAK1jGTAKmwBTAKhsETAKw6JTAKxjRAfK4h"
    "EAGK9GABKh0FANKwpHA+gDKvETAKsMAhvBKq6EA1l7VWAAdW/CA/DavHAvw/F"
    ;
constexpr int kUpperRunCount = 194;
constexpr int kUpperSpecialCount = 102;
constexpr int kUpperPoolSize = 220;
constexpr char kUpperBlob[] =
    "hDyB/B6BAuuBqBsB/BBM/BAAyHBvBBBAvOBFBCPBCtBBCFBAA3SAAmMCDBCABDABFABCAiGDABAAmKDAkICFBCABEABC"
    "ABDDBCABDABBAwDFABAADBABAADBABAADBPBAA9EBRBCABAADBABDnBBDRBIABCC+jVBABEJBAA+hVAA4hVAA8hVAAjN"
    "AA7MBC5MBAzMBA1MAA+0yCDA5MAA20yCBA9MBAwyyCAAo0yCBAhNAAlNAAo0yCAAu/UAAi0yCCAlNBA6/UAApNCArNHA"
    "u+UCAzNBAm0yCAAzNDA0yyCAAzNAApEACxNAAtEFA1NKAqxyCAAkxyCmFAoFrBDBDABDEkIuBArCAEpCBgB/BAA9BAQ/"
    "BAA/DAC9DBA7DAAxDDA9CAArDAAPBXBAArFAA/EAAOAAnHBA/FCABCAB0B+B/BAe/EBhBBJ1BBCNBAAdB/CBxBqC/Cp6"
    "C0Cg8FCEg8F4XKPikCA7mMAA5mMAAnmMACjmMAAlmMAA3lMAApiMAAk8kCwHAoglCDAsuHQAwjlCyD1EBFA1DF/CBAOQ"
    "IKQKOQIOQIKQLHQIOQIC0EAGsFACoGACgIACgHAC8HyBCQMApiORCQOCQDAOoLA3BhBefEABrayBzBm6B+C/CBABDA1i"
    "VAAviVBFBGABCABKjDBIDBEABMqC/lOBA/lOFA/lOzoetBBTbBnENBD9BBKDBCJBEABEDBAAgDCTBLPBEDBGABFDBcAB"
    "8aA/5Bc+E/8rCh8UyB/BtmBuCvCoEmCvC7EUtCBctCBMtCBCtCj4BkD/Dt+C+B/BgsV+B/Bi1eiCjC"
    ;
constexpr char kUpperSpecialBlob[] =
    "/GCzCzCpDC8VuCmFCqCsY/MD5coYhYfDldoYhY2OC1pByqBuoGCoCxZAC0CoYAC3CqYAC5CqYAChC+V1FCldzYBDldzY"
    "gYBDldzYhYBDldzYiapBCo4H5cACp4H5cACq4H5cACr4H5cACs4H5cACt4H5cACu4H5cACv4H5cACo4H5cACp4H5cACq"
    "4H5cACr4H5cACs4H5cACt4H5cACu4H5cACv4H5cACo5H5cACp5H5cACq5H5cACr5H5cACs5H5cACt5H5cACu5H5cACv5"
    "H5cACo5H5cACp5H5cACq5H5cACr5H5cACs5H5cACt5H5cACu5H5cACv5H5cACo7H5cACp7H5cACq7H5cACr7H5cACs7H"
    "5cACt7H5cACu7H5cACv7H5cACo7H5cACp7H5cACq7H5cACr7H5cACs7H5cACt7H5cACu7H5cACv7H5cCC69H5cACxc5c"
    "ACmc5cBCxciaADxcia5cECxc5cFCq+H5cAC3c5cACpc5cBC3ciaAD3cia5cEC3c5cFD5coYgYAD5coYhYCC5ciaAD5co"
    "YiaKDldoYgYADldoYhYAChdzYBCldiaADldoYiaKC6/H5cACpd5cACvc5cBCpdiaADpdia5cECpd5cj42BCmCmCACmCp"
    "CACmCsCADmCmCpCADmCmCsCACzC0CACzC0CMCkqBmqBACkqB1pBACkqB7pBACuqBmqBACkqB9pB"
    ;
constexpr int kLowerRunCount = 181;
constexpr int kLowerSpecialCount = 1;
constexpr int kLowerPoolSize = 2;
constexpr char kLowerBlob[] =
    "hCyBgClDsBgCBMgChBvBCDFCCPCCtBCBAxHAFCDAkNADCBA8MAACBC6MAACCA+EAA0MAA2MAACBA6MAA+MBAmNAAiNAA"
    "CDAmNAAqNBAsNAFCBA0NAACBA0NCACBA0NAACBCyNADCBA2NAACDACHAEAACBAEAACBAEARCCRCCAEADCBAhGAAvDAnB"
    "CBAjIBRCHA2iVAACBAlKAAwiVCACBAlMAAqEAAuEAJChJDCDACIAoHGAsCBEqCBAgEBC+DBgBgCBQgCjBAQIXCFA3DCA"
    "CBANAACCEjIAegFA+BgCwBhBCJ1BCBAeANCC/CCCqCgDp6CqCgmOBAgmOFAgmOyW+Eg9rCAKQ6kC0C/7FCE/7FgK1ECJ"
    "A97OB/CCJOPIKPKOPIOPIKPLHPIOPYOPIOPIOPICPACzEAARLGrFAARLCPACnGMCPAC/GAANLC/HAC7HAARpJA51ODA9"
    "rQAArkQGA4BtBegBTACyZyB0Bw5B+CgDwBACBAt/UAAruHAAt+UCFCBA3hVAA5/UAA9hVAA7hVBACCACIC9jVAjDCIDC"
    "EACtqetBCTbCnENCD9BCKDCBAnglCAJCEACBAvyyCCDCDTCBAn0yCAA90yCAA10yCAAh0yCAAn0yCBAjxyCAAzyyCAAp"
    "xyCAAg6BAPCBA/CAAl0yCAAvjlCADCGACFDCcACr5VyBgClmBuCwCoEmCwC8EUuCBcuCBMuCBCuCq3BkDgEt/C+BgCgs"
    "V+BgCg1eiCkC"
    ;
constexpr char kLowerSpecialBlob[] =
    "wJCpDnY"
    ;
constexpr int kTitleRunCount = 196;
constexpr int kTitleSpecialCount = 48;
constexpr int kTitlePoolSize = 112;
constexpr char kTitleBlob[] =
    "hDyB/B6BAuuBqBsB/BBM/BAAyHBvBBBAvOBFBCPBCtBBCFBAA3SAAmMCDBCABDABFABCAiGDABAAmKDAkICFBCABEABC"
    "ABDDBCABDABBAwDEACBABAACBABAACBRBAA9EBRBBACBDBDnBBDRBIABCC+jVBABEJBAA+hVAA4hVAA8hVAAjNAA7MBC"
    "5MBAzMBA1MAA+0yCDA5MAA20yCBA9MBAwyyCAAo0yCBAhNAAlNAAo0yCAAu/UAAi0yCCAlNBA6/UAApNCArNHAu+UCAz"
    "NBAm0yCAAzNDA0yyCAAzNAApEACxNAAtEFA1NKAqxyCAAkxyCmFAoFrBDBDABDEkIuBArCAEpCBgB/BAA9BAQ/BAA/DA"
    "C9DBA7DAAxDDA9CAArDAAPBXBAArFAA/EAAOAAnHBA/FCABCAB0B+B/BAe/EBhBBJ1BBCNBAAdB/CBxBqC/CxzDKPikC"
    "A7mMAA5mMAAnmMACjmMAAlmMAA3lMAApiMAAk8kCwHAoglCDAsuHQAwjlCyD1EBFA1DF/CBAOQIKQKOQIOQIKQLHQIOQ"
    "IC0EAGsFACoGACgIACgHAC8HCOQIOQIOQICQBASKApiOEASMCQOCQDAONAS6KA3BhBefEABrayBzBm6B+C/CBABDA1iV"
    "AAviVBFBGABCABKjDBIDBEABMqC/lOBA/lOFA/lOzoetBBTbBnENBD9BBKDBCJBEABEDBAAgDCTBLPBEDBGABFDBcAB8"
    "aA/5Bc+E/8rCh8UyB/BtmBuCvCoEmCvC7EUtCBctCBMtCBCtCj4BkD/Dt+C+B/BgsV+B/Bi1eiCjC"
    ;
constexpr char kTitleSpecialBlob[] =
    "/GCzCzDpDC8VuCmFCqCsY/MD5coYhYfDldoYhY2OC1pBisBuoGCoCxZAC0CoYAC3CqYAC5CqYAChC+V1FCldzYBDldzY"
    "gYBDldzYhYBDldzYia7CC69HlaBCmclaBCxciaADxcialaKCq+HlaBCpclaBC3ciaAD3cialaKD5coYgYAD5coYhYCC5"
    "ciaAD5coYiaKDldoYgYADldoYhYAChdzYBCldiaADldoYiaKC6/HlaBCvclaBCpdiaADpdialao42BCmCmDACmCpDACm"
    "CsDADmCmDpDADmCmDsDACzC0DACzC0DMCkqB2rBACkqBlrBACkqBrrBACuqB2rBACkqBtrB"
    ;
constexpr int kFoldRunCount = 195;
constexpr int kFoldSpecialCount = 104;
constexpr int kFoldPoolSize = 224;
constexpr char kFoldBlob[] =
    "hCyBgC6CAuwBKsBgCBMgChBvBCDFCCPCCtBCBAxHAFCBA3QBAkNADCBA8MAACBC6MAACCA+EAA0MAA2MAACBA6MAA+MB"
    "AmNAAiNAACDAmNAAqNBAsNAFCBA0NAACBA0NCACBA0NAACBCyNADCBA2NAACDACHAEAACBAEAACBAEARCCRCCAEADCBA"
    "hGAAvDAnBCBAjIBRCHA2iVAACBAlKAAwiVCACBAlMAAqEAAuEAJC2HAoHqBDCDACIAoHGAsCBEqCBAgEBC+DBgBgCBQg"
    "CWACMAQAA7BAAxBDAdAArBBXCBArDAA/CCA3DAA/DBACBANAACCEjIAegFA+BgCwBhBCJ1BCBAeANCC/CCCqCgDp6CqC"
    "gmOBAgmOFAgmOqZKPikCA7kMAA5kMAAnkMACjkMAAlkMAA3jMAAniMAAm8kCH0C/7FCE/7FgK1ECGAzDE/CCJOPIKPKO"
    "PIOPIKPLHPIOPoCCPACzECApgOJGrFMCPACnGMCPAC/GAANLC/HAC7HqJA51ODA9rQAArkQGA4BtBegBTACyZyB0Bw5B"
    "+CgDwBACBAt/UAAruHAAt+UCFCBA3hVAA5/UAA9hVAA7hVBACCACIC9jVAjDCIDCEACtqetBCTbCnENCD9BCKDCBAngl"
    "CAJCEACBAvyyCCDCDTCBAn0yCAA90yCAA10yCAAh0yCAAn0yCBAjxyCAAzyyCAApxyCAAg6BAPCBA/CAAl0yCAAvjlCA"
    "DCGACFDCcAC6b+E/8rCh7UyBgClmBuCwCoEmCwC8EUuCBcuCBMuCBCuCq3BkDgEt/C+BgCgsV+BgCg1eiCkC"
    ;
constexpr char kFoldSpecialBlob[] =
    "/GCzDzDwCCpDnYYC8VuDmFCqDsY/MD5doYhYfDleoYhY2OClrBisBuoGCoDxZAC0DoYAC3DqYAC5DqYAChD+VDCzDzDx"
    "FClezYBDlezYgYBDlezYhYBDlezYiapBCg4H5dACh4H5dACi4H5dACj4H5dACk4H5dACl4H5dACm4H5dACn4H5dACg4H"
    "5dACh4H5dACi4H5dACj4H5dACk4H5dACl4H5dACm4H5dACn4H5dACg5H5dACh5H5dACi5H5dACj5H5dACk5H5dACl5H5"
    "dACm5H5dACn5H5dACg5H5dACh5H5dACi5H5dACj5H5dACk5H5dACl5H5dACm5H5dACn5H5dACg7H5dACh7H5dACi7H5d"
    "ACj7H5dACk7H5dACl7H5dACm7H5dACn7H5dACg7H5dACh7H5dACi7H5dACj7H5dACk7H5dACl7H5dACm7H5dACn7H5dC"
    "Cw7H5dACxd5dACsd5dBCxdiaADxdia5dECxd5dFC07H5dAC3d5dACud5dBC3diaAD3dia5dEC3d5dFD5doYgYAD5doYh"
    "YCC5diaAD5doYiaKDleoYgYADleoYhYAChezYBCleiaADleoYiaKC87H5dACpe5dACue5dBCpeiaADpeia5dECpe5dj4"
    "2BCmDmDACmDpDACmDsDADmDmDpDADmDmDsDACzD0DACzD0DMC0rB2rBAC0rBlrBAC0rBrrBAC+rB2rBAC0rBtrB"
    ;
// END GENERATED
// clang-format on

constexpr int b64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  return c == '+' ? 62 : 63;
}

struct BlobReader {
  const char* p;
  constexpr int digit() { return b64_value(*p++); }
  constexpr uint32_t varint() {
    uint32_t v = 0;
    for (int shift = 0;; shift += 5) {
      int d = digit();
      v |= static_cast<uint32_t>(d & 31) << shift;
      if (!(d & 32)) return v;
    }
  }
};

struct PropRun {
  uint32_t start;
  uint16_t props;
};

constexpr std::array<PropRun, kPropRunCount> decode_props() {
  std::array<PropRun, kPropRunCount> runs{};
  BlobReader r{kPropBlob};
  uint32_t cp = 0;
  for (auto& run : runs) {
    run.props = kPropPalette[r.digit()];
    run.start = cp;
    cp += r.varint() + 1;
  }
  return runs;
}

constexpr auto kPropRuns = decode_props();

constexpr std::array<uint16_t, 128> ascii_props() {
  std::array<uint16_t, 128> out{};
  size_t run = 0;
  for (uint32_t cp = 0; cp < 128; ++cp) {
    while (run + 1 < kPropRuns.size() && kPropRuns[run + 1].start <= cp) ++run;
    out[cp] = kPropRuns[run].props;
  }
  return out;
}

constexpr auto kAsciiProps = ascii_props();

uint16_t uprops(uint32_t cp) {
  if (cp < 128) return kAsciiProps[cp];
  auto it = std::upper_bound(kPropRuns.begin(), kPropRuns.end(), cp,
                             [](uint32_t c, const PropRun& r) { return c < r.start; });
  return it == kPropRuns.begin() ? 0 : (it - 1)->props;
}

struct CaseRun {
  uint32_t first, last, stride;
  int32_t delta;
};

struct CaseSpecial {
  uint32_t cp;
  uint16_t offset, len;
};

template <int Runs, int Specials, int Pool>
struct CaseTable {
  std::array<CaseRun, Runs> runs{};
  std::array<CaseSpecial, Specials> specials{};
  std::array<uint32_t, Pool> pool{};
};

template <int Runs, int Specials, int Pool>
constexpr CaseTable<Runs, Specials, Pool> decode_case(const char* run_blob,
                                                      const char* special_blob) {
  CaseTable<Runs, Specials, Pool> t{};
  BlobReader r{run_blob};
  uint32_t pos = 0;
  for (auto& run : t.runs) {
    run.first = pos + r.varint();
    uint32_t code = r.varint();
    run.stride = (code & 1) + 1;
    run.last = run.first + (code >> 1) * run.stride;
    uint32_t z = r.varint();
    run.delta = (z & 1) ? -static_cast<int32_t>((z + 1) >> 1) : static_cast<int32_t>(z >> 1);
    pos = run.last + 1;
  }
  BlobReader s{special_blob};
  pos = 0;
  uint16_t offset = 0;
  for (auto& sp : t.specials) {
    sp.cp = pos + s.varint();
    sp.len = static_cast<uint16_t>(s.varint());
    sp.offset = offset;
    for (int i = 0; i < sp.len; ++i) t.pool[offset++] = s.varint();
    pos = sp.cp + 1;
  }
  return t;
}

constexpr auto kUpperTable =
    decode_case<kUpperRunCount, kUpperSpecialCount, kUpperPoolSize>(kUpperBlob, kUpperSpecialBlob);
constexpr auto kLowerTable =
    decode_case<kLowerRunCount, kLowerSpecialCount, kLowerPoolSize>(kLowerBlob, kLowerSpecialBlob);
constexpr auto kTitleTable =
    decode_case<kTitleRunCount, kTitleSpecialCount, kTitlePoolSize>(kTitleBlob, kTitleSpecialBlob);
constexpr auto kFoldTable =
    decode_case<kFoldRunCount, kFoldSpecialCount, kFoldPoolSize>(kFoldBlob, kFoldSpecialBlob);

template <class Table>
int case_map(const Table& t, uint32_t cp, uint32_t* out) {
  auto sp = std::lower_bound(t.specials.begin(), t.specials.end(), cp,
                             [](const CaseSpecial& s, uint32_t c) { return s.cp < c; });
  if (sp != t.specials.end() && sp->cp == cp) {
    for (int i = 0; i < sp->len; ++i) out[i] = t.pool[sp->offset + i];
    return sp->len;
  }
  auto run = std::upper_bound(t.runs.begin(), t.runs.end(), cp,
                              [](uint32_t c, const CaseRun& r) { return c < r.first; });
  if (run != t.runs.begin()) {
    --run;
    if (cp <= run->last && (cp - run->first) % run->stride == 0) {
      out[0] = static_cast<uint32_t>(static_cast<int32_t>(cp) + run->delta);
      return 1;
    }
  }
  out[0] = cp;
  return 1;
}

int case_upper(uint32_t cp, uint32_t* out) { return case_map(kUpperTable, cp, out); }
int case_lower(uint32_t cp, uint32_t* out) { return case_map(kLowerTable, cp, out); }
int case_title(uint32_t cp, uint32_t* out) { return case_map(kTitleTable, cp, out); }
int case_fold(uint32_t cp, uint32_t* out) { return case_map(kFoldTable, cp, out); }

}  // namespace

bool unicode_isspace(uint32_t cp) { return uprops(cp) & kSpace; }
bool unicode_isprintable(uint32_t cp) { return uprops(cp) & kPrintable; }
bool unicode_isalpha(uint32_t cp) { return uprops(cp) & kAlpha; }
bool unicode_is_id_start(uint32_t cp) { return uprops(cp) & kIdStart; }
bool unicode_is_id_continue(uint32_t cp) { return uprops(cp) & kIdContinue; }
bool unicode_isalnum(uint32_t cp) { return (uprops(cp) & kAlpha) || numeric_level(cp) != 0; }
bool unicode_isdecimal(uint32_t cp) { return numeric_level(cp) == 1; }

// Simple (one code point) mappings: a full mapping that expands keeps the
// character for upper case and takes its first code point for lower case
// ('İ' -> 'i'), which is what the Unicode simple mappings give there.
uint32_t unicode_simple_lower(uint32_t cp) {
  if (cp < 128) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  uint32_t out[3];
  case_lower(cp, out);
  return out[0];
}
uint32_t unicode_simple_upper(uint32_t cp) {
  if (cp < 128) return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
  uint32_t out[3];
  return case_upper(cp, out) == 1 ? out[0] : cp;
}

int unicode_decimal_value(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  if (numeric_level(cp) != 1) return -1;
  // Decimal digits come in runs of ten starting at zero.
  auto it = std::upper_bound(kPropRuns.begin(), kPropRuns.end(), cp,
                             [](uint32_t c, const PropRun& r) { return c < r.start; });
  return static_cast<int>((cp - (it - 1)->start) % 10);
}

}  // namespace coil::vm
