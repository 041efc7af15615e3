// _json: the speedups behind the json package (stdlib/lib/json/), as
// CPython's Modules/_json.c: scanstring, encode_basestring(_ascii), a
// scanner that parses a whole document natively (make_scanner) and an
// encoder that serializes a whole object graph natively (make_encoder).
// Positions in error messages and returned indexes are character indexes,
// as in CPython, although the text is walked as UTF-8.
#include <cmath>
#include <cstring>
#include <string>
#include <unordered_set>

#include "stdlib/stdlib.hpp"
#include "vm/numeric/float_string.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

const char kHex[] = "0123456789abcdef";

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// ---------------------------------------------------------------- errors

// The character index of byte offset `off` of s.
int64_t char_index(Str* s, size_t off) {
  if (s->is_ascii()) return static_cast<int64_t>(off);
  return static_cast<int64_t>(utf8_count(s->data, off));
}

// Raises json.decoder.JSONDecodeError(msg, s, pos) (pos: a byte offset).
Value raise_decode_error(VM& vm, const char* msg, Str* s, size_t off) {
  RootScope roots(vm);
  Value mod = vm.import_module(vm.intern("json.decoder"));
  if (mod.is_exception()) return mod;
  roots.add(mod);
  Value cls = vm.getattr(mod, vm.intern("JSONDecodeError"));
  if (cls.is_exception()) return cls;
  roots.add(cls);
  Value args[3] = {roots.add(vm.str_value(msg)), Value::object(s),
                   vm.make_int(char_index(s, off))};
  Value exc = vm.call(cls, args, 3);
  if (exc.is_exception()) return exc;
  return vm.raise_value(exc);
}

// StopIteration(idx): "no JSON value starts here" (raw_decode turns it into
// "Expecting value").
Value raise_stop(VM& vm, Str* s, size_t off) {
  RootScope roots(vm);
  Value idx = roots.add(vm.make_int(char_index(s, off)));
  return vm.raise_value(vm.new_exception_args(vm.types.StopIteration, vm.tuple_of({idx})));
}

// ---------------------------------------------------------------- strings

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Four hex digits at p, or -1.
int32_t hex4(const char* p) {
  int32_t c = 0;
  for (int k = 0; k < 4; ++k) {
    int d = hex_value(p[k]);
    if (d < 0) return -1;
    c = c << 4 | d;
  }
  return c;
}

// Scans the JSON string whose opening quote is just before byte offset
// `end` (CPython's scanstring_unicode). On success returns the str and sets
// `next` to the byte offset after the closing quote.
Value scan_string(VM& vm, Str* s, size_t end, bool strict, size_t& next) {
  const char* d = s->data;
  size_t len = s->size;
  size_t begin = end - 1;
  // Fast path: no escapes.
  size_t i = end;
  while (i < len) {
    char c = d[i];
    if (c == '"' || c == '\\') break;
    if (static_cast<unsigned char>(c) <= 0x1f && strict) {
      return raise_decode_error(vm, "Invalid control character at", s, i);
    }
    ++i;
  }
  if (i < len && d[i] == '"') {
    next = i + 1;
    return str_from_utf8(vm, std::string_view(d + end, i - end));
  }
  std::string out;
  while (true) {
    size_t j = end;
    while (j < len) {
      char c = d[j];
      if (c == '"' || c == '\\') break;
      if (static_cast<unsigned char>(c) <= 0x1f && strict) {
        return raise_decode_error(vm, "Invalid control character at", s, j);
      }
      ++j;
    }
    if (j >= len) return raise_decode_error(vm, "Unterminated string starting at", s, begin);
    out.append(d + end, j - end);
    if (d[j] == '"') {
      next = j + 1;
      break;
    }
    // A backslash at j.
    ++j;
    if (j == len) return raise_decode_error(vm, "Unterminated string starting at", s, begin);
    char e = d[j];
    if (e != 'u') {
      char c;
      switch (e) {
        case '"': c = '"'; break;
        case '\\': c = '\\'; break;
        case '/': c = '/'; break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        default: return raise_decode_error(vm, "Invalid \\escape", s, j - 1);
      }
      out += c;
      end = j + 1;
      continue;
    }
    // \uXXXX: the four digits must be followed by at least one character.
    ++j;
    if (j + 4 >= len) return raise_decode_error(vm, "Invalid \\uXXXX escape", s, j - 1);
    int32_t c = hex4(d + j);
    if (c < 0) return raise_decode_error(vm, "Invalid \\uXXXX escape", s, j - 1);
    end = j + 4;
    if (c >= 0xD800 && c <= 0xDBFF && end + 6 < len && d[end] == '\\' && d[end + 1] == 'u') {
      int32_t c2 = hex4(d + end + 2);
      if (c2 < 0) return raise_decode_error(vm, "Invalid \\uXXXX escape", s, end + 1);
      if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
        end += 6;
      }
    }
    utf8_append(out, static_cast<uint32_t>(c));
  }
  return str_from_utf8(vm, out);
}

// Appends the JSON form of a str (quotes included).
void encode_string(std::string& out, Str* s, bool ascii_only) {
  out += '"';
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) {
    auto b = static_cast<unsigned char>(*p);
    if (b >= 0x80) {
      const char* start = p;
      uint32_t cp = utf8_decode(p, end);
      if (!ascii_only) {
        out.append(start, p);
        continue;
      }
      auto u4 = [&](uint32_t v) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(v >> shift) & 15];
      };
      if (cp >= 0x10000) {
        cp -= 0x10000;
        u4(0xD800 | (cp >> 10));
        u4(0xDC00 | (cp & 0x3FF));
      } else {
        u4(cp);
      }
      continue;
    }
    ++p;
    switch (b) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (b < 0x20 || (b == 0x7f && ascii_only)) {
          out += "\\u00";
          out += kHex[b >> 4];
          out += kHex[b & 15];
        } else {
          out += static_cast<char>(b);
        }
    }
  }
  out += '"';
}

// ---------------------------------------------------------------- the scanner

// The decoder settings a scanner reads from its context once (make_scanner).
enum ScannerField { kStrict, kObjectHook, kPairsHook, kParseFloat, kParseInt, kParseConstant, kFields };

struct Scanner {
  VM& vm;
  Str* s;
  bool strict;
  Value object_hook, pairs_hook, parse_float, parse_int, parse_constant;

  const char* d() const { return s->data; }
  size_t len() const { return s->size; }
  size_t skip_ws(size_t i) const {
    while (i < len() && is_ws(d()[i])) ++i;
    return i;
  }
  bool at(size_t i, const char* word) const {
    size_t n = std::strlen(word);
    return i + n <= len() && std::memcmp(d() + i, word, n) == 0;
  }

  Value scan(size_t i, size_t& next);
  Value parse_object(size_t i, size_t& next);
  Value parse_array(size_t i, size_t& next);
  Value parse_number(size_t i, size_t& next);
  Value constant(const char* name, size_t i, size_t& next);
};

Value Scanner::constant(const char* name, size_t i, size_t& next) {
  next = i + std::strlen(name);
  Value arg = vm.str_value(name);
  RootScope roots(vm);
  roots.add(arg);
  return vm.call1(parse_constant, arg);
}

Value Scanner::scan(size_t i, size_t& next) {
  if (i >= len()) return raise_stop(vm, s, i);
  switch (d()[i]) {
    case '"': return scan_string(vm, s, i + 1, strict, next);
    case '{': {
      NativeRecursion guard(vm, " while decoding a JSON object from a unicode string");
      if (guard.failed()) return Value::exception();
      return parse_object(i + 1, next);
    }
    case '[': {
      NativeRecursion guard(vm, " while decoding a JSON array from a unicode string");
      if (guard.failed()) return Value::exception();
      return parse_array(i + 1, next);
    }
    case 'n':
      if (at(i, "null")) {
        next = i + 4;
        return Value::none();
      }
      break;
    case 't':
      if (at(i, "true")) {
        next = i + 4;
        return Value::boolean(true);
      }
      break;
    case 'f':
      if (at(i, "false")) {
        next = i + 5;
        return Value::boolean(false);
      }
      break;
    case 'N':
      if (at(i, "NaN")) return constant("NaN", i, next);
      break;
    case 'I':
      if (at(i, "Infinity")) return constant("Infinity", i, next);
      break;
    case '-':
      if (at(i, "-Infinity")) return constant("-Infinity", i, next);
      break;
  }
  return parse_number(i, next);
}

Value Scanner::parse_number(size_t start, size_t& next) {
  const char* p = d();
  size_t n = len(), i = start;
  auto digit = [&](size_t k) { return k < n && p[k] >= '0' && p[k] <= '9'; };
  if (p[i] == '-') {
    ++i;
    if (i >= n) return raise_stop(vm, s, start);
  }
  if (p[i] >= '1' && p[i] <= '9') {
    ++i;
    while (digit(i)) ++i;
  } else if (p[i] == '0') {
    ++i;
  } else {
    return raise_stop(vm, s, start);
  }
  bool is_float = false;
  if (i + 1 < n && p[i] == '.' && digit(i + 1)) {
    is_float = true;
    i += 2;
    while (digit(i)) ++i;
  }
  if (i + 1 < n && (p[i] == 'e' || p[i] == 'E')) {
    size_t e_start = i++;
    if (i + 1 < n && (p[i] == '-' || p[i] == '+')) ++i;
    while (digit(i)) ++i;
    if (p[i - 1] >= '0' && p[i - 1] <= '9') {
      is_float = true;
    } else {
      i = e_start;
    }
  }
  next = i;
  std::string_view text(p + start, i - start);
  Value custom = is_float ? parse_float : parse_int;
  if (custom.as_obj() != (is_float ? vm.types.float_ : vm.types.int_)) {
    RootScope roots(vm);
    Value arg = roots.add(vm.str_value(text));
    return vm.call1(custom, arg);
  }
  if (is_float) {
    double x;
    num::Status st = num::parse_float(text, x);
    if (!st.ok()) return vm.raise(vm.types.ValueError, st.message());
    return Value::from_double(x);
  }
  if (text.size() <= 18) {
    int64_t v = 0;
    bool neg = text[0] == '-';
    for (size_t k = neg; k < text.size(); ++k) v = v * 10 + (text[k] - '0');
    return vm.make_int(neg ? -v : v);
  }
  RootScope roots(vm);
  Value arg = roots.add(vm.str_value(text));
  return vm.call1(Value::object(vm.types.int_), arg);
}

Value Scanner::parse_object(size_t i, size_t& next) {
  RootScope roots(vm);
  bool pairs = !pairs_hook.is_none();
  List* items = pairs ? roots.add(vm.new_list()) : nullptr;
  Dict* dict = pairs ? nullptr : roots.add(vm.new_dict());
  i = skip_ws(i);
  if (i >= len() || d()[i] != '}') {
    while (true) {
      if (i >= len() || d()[i] != '"') {
        return raise_decode_error(vm, "Expecting property name enclosed in double quotes", s, i);
      }
      size_t after;
      Value key = scan_string(vm, s, i + 1, strict, after);
      if (key.is_exception()) return key;
      roots.add(key);
      i = skip_ws(after);
      if (i >= len() || d()[i] != ':') return raise_decode_error(vm, "Expecting ':' delimiter", s, i);
      i = skip_ws(i + 1);
      Value val = scan(i, after);
      if (val.is_exception()) return val;
      if (pairs) {
        roots.add(val);
        items->push(Value::object(vm.tuple_of({key, val})));
      } else if (dict_set(vm, dict, key, val) < 0) {
        return Value::exception();
      }
      i = skip_ws(after);
      if (i < len() && d()[i] == '}') break;
      if (i >= len() || d()[i] != ',') return raise_decode_error(vm, "Expecting ',' delimiter", s, i);
      i = skip_ws(i + 1);
    }
  }
  next = i + 1;
  if (pairs) return vm.call1(pairs_hook, Value::object(items));
  if (!object_hook.is_none()) return vm.call1(object_hook, Value::object(dict));
  return Value::object(dict);
}

Value Scanner::parse_array(size_t i, size_t& next) {
  RootScope roots(vm);
  List* list = roots.add(vm.new_list());
  i = skip_ws(i);
  if (i >= len() || d()[i] != ']') {
    while (true) {
      size_t after;
      Value val = scan(i, after);
      if (val.is_exception()) return val;
      list->push(val);
      i = skip_ws(after);
      if (i < len() && d()[i] == ']') break;
      if (i >= len() || d()[i] != ',') return raise_decode_error(vm, "Expecting ',' delimiter", s, i);
      i = skip_ws(i + 1);
    }
  }
  next = i + 1;
  return Value::object(list);
}

// The scanner object: a native function whose bound self is a tuple of the
// settings (ScannerField order). scanner(string, idx) -> (value, end).
Value scanner_call(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* cfg = static_cast<Tuple*>(args[0].as_obj());
  Value a[2];
  if (!parse_args(vm, "scan_once", args + 1, nargs - 1, kwnames, {"string", "idx"}, 2, a)) {
    return Value::exception();
  }
  if (!is_str(a[0])) {
    return vm.raise_fmt(vm.types.TypeError, "first argument must be a string, not %s",
                        type_name(vm, a[0]));
  }
  int64_t idx;
  if (!vm.index_value(a[1], idx)) return Value::exception();
  Str* s = as_str(a[0]);
  if (idx < 0) return vm.raise(vm.types.ValueError, "idx cannot be negative");
  if (idx >= static_cast<int64_t>(s->length)) {
    return vm.raise_value(
        vm.new_exception_args(vm.types.StopIteration, vm.tuple_of({vm.make_int(idx)})));
  }
  Scanner sc{vm, s, vm.truthy(cfg->items[kStrict]) == 1, cfg->items[kObjectHook],
             cfg->items[kPairsHook], cfg->items[kParseFloat], cfg->items[kParseInt],
             cfg->items[kParseConstant]};
  size_t next;
  Value v = sc.scan(str_byte_offset(s, idx), next);
  if (v.is_exception()) return v;
  RootScope roots(vm);
  roots.add(v);
  Value end = roots.add(vm.make_int(char_index(s, next)));
  return Value::object(vm.tuple_of({v, end}));
}

// make_scanner(context): reads strict, object_hook, object_pairs_hook,
// parse_float, parse_int and parse_constant from the context.
Value json_make_scanner(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "make_scanner", kwnames) || !check_nargs(vm, "make_scanner", nargs, 1, 1)) {
    return Value::exception();
  }
  static const char* const kNames[kFields] = {"strict",      "object_hook", "object_pairs_hook",
                                              "parse_float", "parse_int",   "parse_constant"};
  RootScope roots(vm);
  Tuple* cfg = roots.add(vm.new_tuple(kFields));
  for (int k = 0; k < kFields; ++k) cfg->items[k] = Value::none();
  for (int k = 0; k < kFields; ++k) {
    Value v = vm.getattr(args[0], vm.intern(kNames[k]));
    if (v.is_exception()) return v;
    cfg->items[k] = v;
  }
  NativeFunction* f = vm.new_native("scanner", scanner_call);
  f->self = Value::object(cfg);
  return Value::object(f);
}

// scanstring(string, end, strict=True) -> (str, end)
Value json_scanstring(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[3];
  if (!parse_args(vm, "scanstring", args, nargs, kwnames, {"string", "end", "strict"}, 2, a)) {
    return Value::exception();
  }
  if (!is_str(a[0])) {
    return vm.raise_fmt(vm.types.TypeError, "first argument must be a string, not %s",
                        type_name(vm, a[0]));
  }
  int64_t end;
  if (!vm.index_value(a[1], end)) return Value::exception();
  Str* s = as_str(a[0]);
  if (end < 0 || end > static_cast<int64_t>(s->length)) {
    return vm.raise(vm.types.ValueError, "end is out of bounds");
  }
  bool strict = true;
  if (!a[2].is_null()) {
    int t = vm.truthy(a[2]);
    if (t < 0) return Value::exception();
    strict = t;
  }
  size_t next;
  Value v = scan_string(vm, s, str_byte_offset(s, end), strict, next);
  if (v.is_exception()) return v;
  RootScope roots(vm);
  roots.add(v);
  Value e = roots.add(vm.make_int(char_index(s, next)));
  return Value::object(vm.tuple_of({v, e}));
}

Value encode_basestring_common(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name,
                               bool ascii_only) {
  if (!no_kwargs(vm, name, kwnames) || !check_nargs(vm, name, nargs, 1, 1)) {
    return Value::exception();
  }
  if (!is_str(args[0])) {
    return vm.raise_fmt(vm.types.TypeError, "first argument must be a string, not %s",
                        type_name(vm, args[0]));
  }
  std::string out;
  encode_string(out, as_str(args[0]), ascii_only);
  return vm.str_value(out);
}

Value json_encode_basestring_ascii(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return encode_basestring_common(vm, args, nargs, kwnames, "encode_basestring_ascii", true);
}
Value json_encode_basestring(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return encode_basestring_common(vm, args, nargs, kwnames, "encode_basestring", false);
}

// ---------------------------------------------------------------- the encoder

enum EncoderField {
  kMarkers, kDefault, kEncoder, kIndent, kKeySep, kItemSep, kSortKeys, kSkipKeys, kAllowNan,
  kEncoderFields
};

struct Encoder {
  VM& vm;
  Value default_fn, encoder;
  bool check_circular = true, sort_keys = false, skipkeys = false, allow_nan = true;
  // The string for one level of indentation, or null (one line).
  Str* indent = nullptr;
  Str* key_sep = nullptr;
  Str* item_sep = nullptr;
  // 0: a user-supplied function encodes strs; 1/2: natively, ASCII only or not.
  int native_strings = 0;
  std::unordered_set<Obj*> markers = {};
  std::string out = {};

  bool encode(Value v, int level);
  bool encode_str(Str* s);
  bool encode_float(double x, std::string& to);
  bool encode_list(Value v, int level);
  bool encode_dict(Value v, int level);
  bool mark(Obj* o);
  void newline(int level) {
    out += '\n';
    for (int k = 0; k < level; ++k) out += indent->view();
  }
};

bool Encoder::encode_str(Str* s) {
  if (native_strings) {
    encode_string(out, s, native_strings == 1);
    return true;
  }
  Value r = vm.call1(encoder, Value::object(s));
  if (r.is_exception()) return false;
  if (!is_str(r)) {
    vm.raise_fmt(vm.types.TypeError, "encoder() must return a string, not %s", type_name(vm, r));
    return false;
  }
  out += as_str(r)->view();
  return true;
}

bool Encoder::encode_float(double x, std::string& to) {
  if (!std::isfinite(x)) {
    if (!allow_nan) {
      // CPython 3.11's C encoder leaves the value out; its Python encoder
      // (which it uses when indenting) names it.
      if (indent) {
        vm.raise_fmt(vm.types.ValueError, "Out of range float values are not JSON compliant: %s",
                     num::float_repr(x).c_str());
      } else {
        vm.raise(vm.types.ValueError, "Out of range float values are not JSON compliant");
      }
      return false;
    }
    to += std::isnan(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
    return true;
  }
  to += num::float_repr(x);
  return true;
}

bool Encoder::mark(Obj* o) {
  if (!check_circular) return true;
  if (!markers.insert(o).second) {
    vm.raise(vm.types.ValueError, "Circular reference detected");
    return false;
  }
  return true;
}

bool Encoder::encode(Value v, int level) {
  if (v.is_none()) {
    out += "null";
  } else if (v.is_bool()) {
    out += v.as_bool() ? "true" : "false";
  } else if (v.is_double()) {
    return encode_float(v.as_double(), out);
  } else if (is_int_value(v)) {
    Value r = int_repr(vm, v);
    if (r.is_exception()) return false;
    out += as_str(r)->view();
  } else if (is_str(v)) {
    return encode_str(as_str(v));
  } else if (v.as_obj()->kind == ObjKind::List || v.as_obj()->kind == ObjKind::Tuple) {
    NativeRecursion guard(vm, " while encoding a JSON object");
    if (guard.failed()) return false;
    return encode_list(v, level);
  } else if (v.as_obj()->kind == ObjKind::Dict) {
    NativeRecursion guard(vm, " while encoding a JSON object");
    if (guard.failed()) return false;
    return encode_dict(v, level);
  } else {
    if (!mark(v.as_obj())) return false;
    RootScope roots(vm);
    Value r = vm.call1(default_fn, v);
    if (r.is_exception()) return false;
    roots.add(r);
    {
      NativeRecursion guard(vm, " while encoding a JSON object");
      if (guard.failed()) return false;
      if (!encode(r, level)) return false;
    }
    if (check_circular) markers.erase(v.as_obj());
  }
  return true;
}

bool Encoder::encode_list(Value v, int level) {
  Obj* o = v.as_obj();
  size_t n = o->kind == ObjKind::List ? static_cast<List*>(o)->items.size()
                                      : static_cast<Tuple*>(o)->size;
  if (n == 0) {
    out += "[]";
    return true;
  }
  if (!mark(o)) return false;
  out += '[';
  if (indent) newline(++level);
  // Indexes each time: a default() or encoder call may change a list.
  for (size_t i = 0;; ++i) {
    Value item;
    if (o->kind == ObjKind::List) {
      auto* l = static_cast<List*>(o);
      if (i >= l->items.size()) break;
      item = l->items[i];
    } else {
      if (i >= n) break;
      item = static_cast<Tuple*>(o)->items[i];
    }
    if (i > 0) {
      out += item_sep->view();
      if (indent) newline(level);
    }
    if (!encode(item, level)) return false;
  }
  if (indent) newline(level - 1);
  out += ']';
  if (check_circular) markers.erase(o);
  return true;
}

bool Encoder::encode_dict(Value v, int level) {
  auto* d = static_cast<Dict*>(v.as_obj());
  if (dict_size(d) == 0) {
    out += "{}";
    return true;
  }
  if (!mark(d)) return false;
  out += '{';
  if (indent) newline(++level);
  RootScope roots(vm);
  // The items, as PyMapping_Items: straight from the table for a plain dict,
  // through items() for a subclass.
  List* items;
  if (d->type == vm.types.dict) {
    items = roots.add(vm.new_list(d->table.used));
    for (const auto& e : d->table.entries) {
      if (e.key.is_null()) continue;
      items->push(Value::object(vm.tuple_of({e.key, e.value})));
    }
  } else {
    Value m = vm.call_method(v, vm.intern("items"), nullptr, 0);
    if (m.is_exception()) return false;
    roots.add(m);
    Value l = list_from_iterable(vm, m);
    if (l.is_exception()) return false;
    items = static_cast<List*>(roots.add(l).as_obj());
  }
  if (sort_keys && list_sort(vm, items, Value::none(), false).is_exception()) return false;
  bool first = true;
  for (size_t i = 0; i < items->items.size(); ++i) {
    Value item = items->items[i];
    if (!item.is_obj() || item.as_obj()->kind != ObjKind::Tuple ||
        static_cast<Tuple*>(item.as_obj())->size != 2) {
      vm.raise(vm.types.ValueError, "items must return 2-tuples");
      return false;
    }
    Value key = static_cast<Tuple*>(item.as_obj())->items[0];
    Value value = static_cast<Tuple*>(item.as_obj())->items[1];
    std::string kstr;
    bool is_text = false;
    if (is_str(key)) {
      is_text = true;
    } else if (key.is_double()) {
      if (!encode_float(key.as_double(), kstr)) return false;
    } else if (key.is_bool()) {
      kstr = key.as_bool() ? "true" : "false";
    } else if (key.is_none()) {
      kstr = "null";
    } else if (is_int_value(key)) {
      Value r = int_repr(vm, key);
      if (r.is_exception()) return false;
      kstr = as_str(r)->view();
    } else if (skipkeys) {
      continue;
    } else {
      vm.raise_fmt(vm.types.TypeError, "keys must be str, int, float, bool or None, not %s",
                   type_name(vm, key));
      return false;
    }
    if (!first) {
      out += item_sep->view();
      if (indent) newline(level);
    }
    first = false;
    if (is_text) {
      if (!encode_str(as_str(key))) return false;
    } else {
      Str* ks = roots.add(vm.new_str(kstr));
      if (!encode_str(ks)) return false;
    }
    out += key_sep->view();
    if (!encode(value, level)) return false;
  }
  if (indent) newline(level - 1);
  out += '}';
  if (check_circular) markers.erase(d);
  return true;
}

// encoder(obj, _current_indent_level) -> (str,): the whole document in one chunk.
Value encoder_call(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* cfg = static_cast<Tuple*>(args[0].as_obj());
  Value a[2];
  if (!parse_args(vm, "_iterencode", args + 1, nargs - 1, kwnames,
                  {"obj", "_current_indent_level"}, 2, a)) {
    return Value::exception();
  }
  int64_t level;
  if (!vm.index_value(a[1], level)) return Value::exception();
  Value* c = cfg->items;
  Encoder e{vm, c[kDefault], c[kEncoder]};
  e.check_circular = !c[kMarkers].is_none();
  int t;
  if ((t = vm.truthy(c[kSortKeys])) < 0) return Value::exception();
  e.sort_keys = t;
  if ((t = vm.truthy(c[kSkipKeys])) < 0) return Value::exception();
  e.skipkeys = t;
  if ((t = vm.truthy(c[kAllowNan])) < 0) return Value::exception();
  e.allow_nan = t;
  e.indent = c[kIndent].is_none() ? nullptr : as_str(c[kIndent]);
  e.key_sep = as_str(c[kKeySep]);
  e.item_sep = as_str(c[kItemSep]);
  Value enc = c[kEncoder];
  if (enc.is_obj() && enc.as_obj()->kind == ObjKind::NativeFunction) {
    NativeFn fn = static_cast<NativeFunction*>(enc.as_obj())->fn;
    if (fn == json_encode_basestring_ascii) e.native_strings = 1;
    if (fn == json_encode_basestring) e.native_strings = 2;
  }
  if (!e.encode(a[0], static_cast<int>(level))) return Value::exception();
  RootScope roots(vm);
  Value s = roots.add(vm.str_value(e.out));
  return Value::object(vm.tuple_of({s}));
}

// make_encoder(markers, default, encoder, indent, key_separator,
// item_separator, sort_keys, skipkeys, allow_nan). Unlike CPython's, it
// honours indent (None, or the str of one level).
Value json_make_encoder(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "make_encoder", kwnames) ||
      !check_nargs(vm, "make_encoder", nargs, kEncoderFields, kEncoderFields)) {
    return Value::exception();
  }
  if (!args[kMarkers].is_none() && !(args[kMarkers].is_obj() &&
                                     args[kMarkers].as_obj()->kind == ObjKind::Dict)) {
    return vm.raise_fmt(vm.types.TypeError,
                        "make_encoder() argument 1 must be dict or None, not %s",
                        type_name(vm, args[kMarkers]));
  }
  if (!args[kIndent].is_none() && !is_str(args[kIndent])) {
    return vm.raise_fmt(vm.types.TypeError, "make_encoder() argument 4 must be str or None, not %s",
                        type_name(vm, args[kIndent]));
  }
  for (int k : {kKeySep, kItemSep}) {
    if (!is_str(args[k])) {
      return vm.raise_fmt(vm.types.TypeError, "make_encoder() argument %d must be str, not %s",
                          k + 1, type_name(vm, args[k]));
    }
  }
  RootScope roots(vm);
  Tuple* cfg = roots.add(vm.new_tuple(kEncoderFields));
  for (int k = 0; k < kEncoderFields; ++k) cfg->items[k] = args[k];
  NativeFunction* f = vm.new_native("_iterencode", encoder_call);
  f->self = Value::object(cfg);
  return Value::object(f);
}

}  // namespace

Module* init_json_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("_json"));
  Dict* d = m->dict;
  add_function(vm, d, "scanstring", json_scanstring);
  add_function(vm, d, "encode_basestring_ascii", json_encode_basestring_ascii);
  add_function(vm, d, "encode_basestring", json_encode_basestring);
  add_function(vm, d, "make_scanner", json_make_scanner);
  add_function(vm, d, "make_encoder", json_make_encoder);
  return m;
}

}  // namespace coil::vm
