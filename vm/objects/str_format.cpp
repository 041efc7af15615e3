// str formatting: format(s, spec) (through the numeric library's format-spec
// implementation), str.format / str.format_map (CPython's
// Objects/stringlib/unicode_format.h, same parsing order and errors), and
// printf-style `fmt % args` (PyUnicode_Format in Objects/unicodeobject.c).
#include <cctype>
#include <charconv>
#include <cstring>
#include <string>
#include <string_view>

#include "vm/numeric/float_string.hpp"
#include "vm/numeric/format.hpp"
#include "vm/numeric/int_string.hpp"
#include "vm/objects/bytes_format.hpp"
#include "vm/objects/number.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

// Appends a str value's text.
void append_str(std::string& out, Value s) { out += as_str(s)->view(); }

// ascii(v): repr with the non-ASCII characters escaped.
Value ascii_of(VM& vm, Value v) {
  Value r = vm.repr(v);
  if (r.is_exception()) return r;
  return str_ascii_escape(vm, as_str(r));
}

// Raises KeyError(key) (printed as the key's repr).
Value raise_key_error(VM& vm, Value key) {
  return vm.raise_value(vm.new_exception_args(vm.types.KeyError, vm.tuple_of({key})));
}

}  // namespace

// ---------------------------------------------------------------- format(s, spec)

Value str_format_spec(VM& vm, Value self, Str* spec) {
  Str* s = as_str(self);
  // An empty spec means str(self), which a subclass may override.
  if (spec->size == 0) return s->type == vm.types.str ? self : vm.str(self);
  std::string out;
  num::Status st = num::format_str(s->view(), spec->view(), out, vm.type_of(self)->name->view());
  if (!st.ok()) return raise_status(vm, st);
  return str_from_utf8(vm, out);
}

// ---------------------------------------------------------------- str.format

namespace {

// The numbering state shared by a format string and its nested specs.
struct AutoNumber {
  enum State { Init, Auto, Manual } state = Init;
  int64_t next = 0;
};

// One parsed replacement field: {name!conversion:spec}.
struct Field {
  std::string_view name;
  std::string_view spec;
  uint32_t conversion = 0;
  bool spec_needs_expanding = false;
};

class Formatter {
 public:
  // str.format: positional args and keyword arguments (kwnames/values).
  Formatter(VM& vm, Value* args, int nargs, Tuple* kwnames)
      : vm_(vm),
        roots_(vm),
        args_(args),
        nargs_(nargs),
        kwnames_(kwnames),
        mapping_(Value::null()) {}
  // str.format_map: every name is looked up in `mapping`.
  Formatter(VM& vm, Value mapping)
      : vm_(vm), roots_(vm), args_(nullptr), nargs_(0), kwnames_(nullptr), mapping_(mapping) {}

  bool build(std::string_view fmt, int depth, AutoNumber& an, std::string& out);

 private:
  bool error(Type* type, const char* message) {
    vm_.raise(type, message);
    return false;
  }
  bool parse_field(std::string_view fmt, size_t& pos, Field& field);
  bool render(const Field& field, int depth, AutoNumber& an, std::string& out);
  bool append_number(Value v, std::string_view spec, std::string& out);
  Value field_object(std::string_view name, AutoNumber& an);
  Value lookup_name(std::string_view name);
  // The integer a field name part spells, -1 when it is not all digits,
  // -2 with ValueError pending when too big.
  int64_t get_integer(std::string_view s);

  VM& vm_;
  RootScope roots_;
  Value* args_;
  int nargs_;
  Tuple* kwnames_;
  Value mapping_;
};

int64_t Formatter::get_integer(std::string_view s) {
  if (s.empty()) return -1;
  int64_t value = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    int digit = unicode_decimal_value(utf8_decode(p, end));
    if (digit < 0) return -1;
    if (value > (INT64_MAX - digit) / 10) {
      vm_.raise(vm_.types.ValueError, "Too many decimal digits in format string");
      return -2;
    }
    value = value * 10 + digit;
  }
  return value;
}

bool Formatter::build(std::string_view fmt, int depth, AutoNumber& an, std::string& out) {
  if (depth <= 0) return error(vm_.types.ValueError, "Max string recursion exceeded");
  size_t pos = 0, n = fmt.size();
  while (pos < n) {
    // Literal text up to the next brace.
    size_t start = pos;
    char c = 0;
    bool markup = false;
    while (pos < n) {
      c = fmt[pos++];
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    bool at_end = pos >= n;
    size_t len = pos - start;
    if (c == '}' && markup && (at_end || fmt[pos] != '}')) {
      return error(vm_.types.ValueError, "Single '}' encountered in format string");
    }
    if (at_end && markup && c == '{') {
      return error(vm_.types.ValueError, "Single '{' encountered in format string");
    }
    if (!at_end && markup) {
      if (fmt[pos] == c) {
        // An escaped {{ or }}: the literal keeps one brace.
        ++pos;
        markup = false;
      } else {
        --len;
      }
    }
    out.append(fmt.data() + start, len);
    if (!markup) continue;
    Field field;
    if (!parse_field(fmt, pos, field) || !render(field, depth, an, out)) return false;
  }
  return true;
}

bool Formatter::parse_field(std::string_view fmt, size_t& pos, Field& field) {
  size_t n = fmt.size();
  size_t name_start = pos;
  char c = 0;
  while (pos < n) {
    c = fmt[pos++];
    if (c == '{') return error(vm_.types.ValueError, "unexpected '{' in field name");
    if (c == '[') {
      while (pos < n && fmt[pos] != ']') ++pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  field.name = fmt.substr(name_start, pos - 1 - name_start);
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (pos >= n) {
        return error(vm_.types.ValueError, "end of string while looking for conversion specifier");
      }
      const char* p = fmt.data() + pos;
      field.conversion = utf8_decode(p, fmt.data() + n);
      pos = p - fmt.data();
      if (pos < n) {
        c = fmt[pos++];
        if (c == '}') return true;
        if (c != ':') return error(vm_.types.ValueError, "expected ':' after conversion specifier");
      }
    }
    size_t spec_start = pos;
    int count = 1;
    while (pos < n) {
      c = fmt[pos++];
      if (c == '{') {
        field.spec_needs_expanding = true;
        ++count;
      } else if (c == '}' && --count == 0) {
        field.spec = fmt.substr(spec_start, pos - 1 - spec_start);
        return true;
      }
    }
    return error(vm_.types.ValueError, "unmatched '{' in format spec");
  }
  if (c != '}') return error(vm_.types.ValueError, "expected '}' before end of string");
  return true;
}

Value Formatter::lookup_name(std::string_view name) {
  if (mapping_.is_null() && kwnames_) {
    for (uint32_t k = 0; k < kwnames_->size; ++k) {
      if (as_str(kwnames_->items[k])->view() == name) return args_[nargs_ + k];
    }
  }
  Value key = roots_.add(str_from_utf8(vm_, name));
  if (!mapping_.is_null()) return vm_.getitem(mapping_, key);
  return raise_key_error(vm_, key);
}

Value Formatter::field_object(std::string_view name, AutoNumber& an) {
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  std::string_view first = name.substr(0, i);
  int64_t index = get_integer(first);
  if (index == -2) return Value::exception();
  bool empty = first.empty();
  if (empty || index != -1) {
    if (an.state == AutoNumber::Init) an.state = empty ? AutoNumber::Auto : AutoNumber::Manual;
    if (an.state == AutoNumber::Manual && empty) {
      return vm_.raise(vm_.types.ValueError,
                       "cannot switch from manual field specification to automatic field "
                       "numbering");
    }
    if (an.state == AutoNumber::Auto && !empty) {
      return vm_.raise(vm_.types.ValueError,
                       "cannot switch from automatic field numbering to manual field "
                       "specification");
    }
    if (empty) index = an.next++;
  }
  Value obj;
  if (index == -1) {
    obj = lookup_name(first);
  } else if (!mapping_.is_null()) {
    return vm_.raise(vm_.types.ValueError, "Format string contains positional fields");
  } else if (index >= nargs_) {
    return vm_.raise_fmt(vm_.types.IndexError,
                         "Replacement index %lld out of range for positional args tuple",
                         static_cast<long long>(index));
  } else {
    obj = args_[index];
  }
  if (obj.is_exception()) return obj;
  roots_.add(obj);
  // The rest: .attribute and [key] parts.
  while (i < name.size()) {
    char c = name[i++];
    std::string_view part;
    bool is_attr = c == '.';
    if (is_attr) {
      size_t start = i;
      while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
      part = name.substr(start, i - start);
    } else if (c == '[') {
      size_t start = i;
      while (i < name.size() && name[i] != ']') ++i;
      if (i >= name.size()) return vm_.raise(vm_.types.ValueError, "Missing ']' in format string");
      part = name.substr(start, i - start);
      ++i;
    } else {
      return vm_.raise(vm_.types.ValueError,
                       "Only '.' or '[' may follow ']' in format field specifier");
    }
    int64_t idx = is_attr ? -1 : get_integer(part);
    if (idx == -2) return Value::exception();
    if (part.empty()) return vm_.raise(vm_.types.ValueError, "Empty attribute in format string");
    // Attribute names are interned, as the attribute machinery expects.
    Value key = roots_.add(is_attr    ? Value::object(vm_.intern(part))
                           : idx >= 0 ? vm_.make_int(idx)
                                      : str_from_utf8(vm_, part));
    obj = is_attr ? vm_.getattr(obj, as_str(key)) : vm_.getitem(obj, key);
    if (obj.is_exception()) return obj;
    roots_.add(obj);
  }
  return obj;
}

bool Formatter::render(const Field& field, int depth, AutoNumber& an, std::string& out) {
  Value obj = field_object(field.name, an);
  if (obj.is_exception()) return false;
  switch (field.conversion) {
    case 0: break;
    case 'r': obj = vm_.repr(obj); break;
    case 's': obj = vm_.str(obj); break;
    case 'a': obj = ascii_of(vm_, obj); break;
    default:
      if (field.conversion > 32 && field.conversion < 127) {
        vm_.raise_fmt(vm_.types.ValueError, "Unknown conversion specifier %c",
                      static_cast<char>(field.conversion));
      } else {
        vm_.raise_fmt(vm_.types.ValueError, "Unknown conversion specifier \\x%x", field.conversion);
      }
      return false;
  }
  if (obj.is_exception()) return false;
  roots_.add(obj);
  std::string expanded;
  std::string_view spec = field.spec;
  if (field.spec_needs_expanding) {
    if (!build(field.spec, depth - 1, an, expanded)) return false;
    spec = expanded;
  }
  if (spec.empty() && is_str(obj) && vm_.type_of(obj) == vm_.types.str) {
    append_str(out, obj);
    return true;
  }
  if (!spec.empty() && (obj.is_int() || obj.is_double())) return append_number(obj, spec, out);
  Value spec_str = spec.empty() ? str_empty(vm_) : roots_.add(str_from_utf8(vm_, spec));
  Value r = vm_.format(obj, spec_str);
  if (r.is_exception()) return false;
  append_str(out, r);
  return true;
}

// format(v, spec) for a small int or a float (whose __format__ cannot be
// overridden), straight from the spec text: no spec or result str objects.
bool Formatter::append_number(Value v, std::string_view spec, std::string& out) {
  std::string piece;
  num::Status st = v.is_int() ? num::format_int(int_view(v), spec, piece)
                              : num::format_float(v.as_double(), spec, piece);
  if (!st.ok()) {
    raise_status(vm_, st);
    return false;
  }
  out += piece;
  return true;
}

}  // namespace

Value str_format(VM& vm, Str* fmt, Value* args, int nargs, Tuple* kwnames) {
  Formatter f(vm, args, nargs, kwnames);
  AutoNumber an;
  std::string out;
  if (!f.build(fmt->view(), 2, an, out)) return Value::exception();
  return str_from_utf8(vm, out);
}

Value str_format_map(VM& vm, Str* fmt, Value mapping) {
  Formatter f(vm, mapping);
  AutoNumber an;
  std::string out;
  if (!f.build(fmt->view(), 2, an, out)) return Value::exception();
  return str_from_utf8(vm, out);
}

// ---------------------------------------------------------------- fmt % args

namespace {

enum PercentFlags { kLJust = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16 };

// One conversion specification: %[(key)][flags][width][.prec][hlL]type.
struct Spec {
  int flags = 0;
  int64_t width = -1;
  int64_t prec = -1;
  uint32_t type = 0;
  bool numeric = false;  // the result carries a sign (CPython's arg->sign)
};

// printf-style formatting of str (`fmt % args`) and, with `bytes` set, of
// bytes/bytearray (PEP 461: %b/%s take bytes-like objects or __bytes__,
// %c a byte, %r/%a ASCII; lengths and indexes count bytes).
class PercentFormatter {
 public:
  PercentFormatter(VM& vm, std::string_view fmt, Value args, bool bytes)
      : vm_(vm), roots_(vm), fmt_(fmt), bytes_(bytes), args_(args) {
    if (args.is_obj() && args.as_obj()->kind == ObjKind::Tuple) {
      arglen_ = static_cast<Tuple*>(args.as_obj())->size;
      argidx_ = 0;
    } else {
      arglen_ = -1;
      argidx_ = -2;
      // Any object with __getitem__ (but not a tuple, str, or for bytes
      // formatting bytes or bytearray) is a mapping.
      bool binary = bytes && (is_bytes(args) || is_bytearray(args));
      if (!is_str(args) && !binary && vm.type_of(args)->slots.getitem) dict_ = args;
    }
  }

  // The formatted text (UTF-8 for str, raw bytes for bytes); false with the
  // exception pending.
  bool run(std::string& out);

 private:
  Value next_arg();
  bool parse(size_t& pos, Spec& spec);
  // 1 converted, 0 unsupported type (nothing raised), -1 error.
  int convert(Value v, Spec& spec, std::string& piece);
  bool format_int(Value v, Spec& spec, std::string& piece);
  bool format_float(Value v, Spec& spec, std::string& piece);
  bool format_char(Value v, std::string& piece);
  bool format_bytes(Value v, Spec& spec, std::string& piece);
  bool format_byte(Value v, std::string& piece);
  void output(const Spec& spec, std::string_view piece);
  bool star_arg(int64_t& out, bool precision);
  bool fail(Type* type, const char* message) {
    vm_.raise(type, message);
    return false;
  }

  VM& vm_;
  RootScope roots_;
  std::string_view fmt_;
  bool bytes_;
  Value args_;
  Value dict_ = Value::null();
  int64_t arglen_;
  int64_t argidx_;
  std::string out_;
};

Value PercentFormatter::next_arg() {
  if (argidx_ < arglen_) {
    ++argidx_;
    if (arglen_ < 0) return args_;
    return static_cast<Tuple*>(args_.as_obj())->items[argidx_ - 1];
  }
  return vm_.raise(vm_.types.TypeError, "not enough arguments for format string");
}

bool PercentFormatter::run(std::string& out) {
  std::string_view fmt = fmt_;
  out_.reserve(fmt.size() + 16);
  size_t pos = 0;
  while (pos < fmt.size()) {
    const void* pct = std::memchr(fmt.data() + pos, '%', fmt.size() - pos);
    size_t next = pct ? static_cast<const char*>(pct) - fmt.data() : fmt.size();
    out_.append(fmt.data() + pos, next - pos);
    if (!pct) break;
    pos = next + 1;
    if (pos < fmt.size() && fmt[pos] == '%') {
      out_ += '%';
      ++pos;
      continue;
    }
    Spec spec;
    if (!parse(pos, spec)) return false;
    Value v = next_arg();
    if (v.is_exception()) return false;
    std::string piece;
    int r = convert(v, spec, piece);
    if (r < 0) return false;
    if (r == 0) {
      uint32_t c = spec.type;
      vm_.raise_fmt(vm_.types.ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                    c >= 31 && c <= 126 ? static_cast<char>(c) : '?', c,
                    (bytes_ ? pos : utf8_count(fmt.data(), pos)) - 1);
      return false;
    }
    output(spec, piece);
  }
  if (argidx_ < arglen_ && dict_.is_null()) {
    vm_.raise(vm_.types.TypeError, bytes_ ? "not all arguments converted during bytes formatting"
                                          : "not all arguments converted during string formatting");
    return false;
  }
  out = std::move(out_);
  return true;
}

bool PercentFormatter::star_arg(int64_t& out, bool precision) {
  Value v = next_arg();
  if (v.is_exception()) return false;
  if (!is_int_value(v)) return fail(vm_.types.TypeError, "* wants int");
  if (v.is_bool()) {
    out = v.as_bool();
  } else if (v.is_int()) {
    out = v.as_int();
  } else {
    return fail(vm_.types.OverflowError, precision
                                             ? "Python int too large to convert to C int"
                                             : "Python int too large to convert to C ssize_t");
  }
  if (precision && (out > INT32_MAX || out < INT32_MIN)) {
    return fail(vm_.types.OverflowError, "Python int too large to convert to C int");
  }
  return true;
}

// Parses the specification after '%' (pos is just past it), fetching the
// mapping value of a (key) and the arguments of '*' widths.
bool PercentFormatter::parse(size_t& pos, Spec& spec) {
  std::string_view fmt = fmt_;
  size_t n = fmt.size();
  auto incomplete = [&] { return fail(vm_.types.ValueError, "incomplete format"); };
  if (pos >= n) return incomplete();
  char c = fmt[pos];
  if (c == '(') {
    if (dict_.is_null()) return fail(vm_.types.TypeError, "format requires a mapping");
    size_t key_start = ++pos;
    int depth = 1;
    while (pos < n && depth > 0) {
      if (fmt[pos] == ')') {
        --depth;
      } else if (fmt[pos] == '(') {
        ++depth;
      }
      ++pos;
    }
    if (depth > 0) return fail(vm_.types.ValueError, "incomplete format key");
    std::string_view key_text = fmt.substr(key_start, pos - 1 - key_start);
    Value key = roots_.add(bytes_ ? Value::object(bytes_new(vm_, key_text)) : str_from_utf8(vm_, key_text));
    Value v = vm_.getitem(dict_, key);
    if (v.is_exception()) return false;
    args_ = roots_.add(v);
    arglen_ = -1;
    argidx_ = -2;
  }
  // Reads the next character into c; false at the end of the format.
  auto advance = [&] {
    if (pos >= n) return false;
    c = fmt[pos++];
    return true;
  };
  if (!advance()) return incomplete();
  for (;;) {
    int flag = c == '-'   ? kLJust
               : c == '+' ? kSign
               : c == ' ' ? kBlank
               : c == '#' ? kAlt
               : c == '0' ? kZero
                          : 0;
    if (!flag) break;
    spec.flags |= flag;
    if (!advance()) return incomplete();
  }
  if (c == '*') {
    if (!star_arg(spec.width, false)) return false;
    if (spec.width < 0) {
      spec.flags |= kLJust;
      spec.width = -spec.width;
    }
    if (!advance()) return incomplete();
  } else if (c >= '0' && c <= '9') {
    spec.width = c - '0';
    for (;;) {
      if (!advance()) return incomplete();
      if (c < '0' || c > '9') break;
      if (spec.width > (INT64_MAX - (c - '0')) / 10)
        return fail(vm_.types.ValueError, "width too big");
      spec.width = spec.width * 10 + (c - '0');
    }
  }
  if (c == '.') {
    spec.prec = 0;
    if (!advance()) return incomplete();
    if (c == '*') {
      if (!star_arg(spec.prec, true)) return false;
      if (spec.prec < 0) spec.prec = 0;
      if (!advance()) return incomplete();
    } else if (c >= '0' && c <= '9') {
      spec.prec = c - '0';
      for (;;) {
        if (!advance()) return incomplete();
        if (c < '0' || c > '9') break;
        if (spec.prec > (INT32_MAX - (c - '0')) / 10) {
          return fail(vm_.types.ValueError, "precision too big");
        }
        spec.prec = spec.prec * 10 + (c - '0');
      }
    }
  }
  if (c == 'h' || c == 'l' || c == 'L') {
    if (!advance()) return incomplete();
  }
  if (bytes_) {
    spec.type = static_cast<unsigned char>(c);
    return true;
  }
  // The type is a whole code point (for the error message).
  const char* p = fmt.data() + pos - 1;
  spec.type = utf8_decode(p, fmt.data() + n);
  pos = p - fmt.data();
  return true;
}

int PercentFormatter::convert(Value v, Spec& spec, std::string& piece) {
  if (bytes_) {
    switch (spec.type) {
      case 's':
      case 'b': return format_bytes(v, spec, piece) ? 1 : -1;
      case 'r':
      case 'a': {
        Value s = ascii_of(vm_, v);
        if (s.is_exception()) return -1;
        piece = as_str(s)->view();
        return 1;
      }
      case 'c': return format_byte(v, piece) ? 1 : -1;
      default: break;  // the numbers, as for str
    }
  }
  bool ok;
  switch (spec.type) {
    case 's':
    case 'r':
    case 'a': {
      Value s = spec.type == 's' && is_str(v) && vm_.type_of(v) == vm_.types.str ? v
                : spec.type == 's'                                               ? vm_.str(v)
                : spec.type == 'r'                                               ? vm_.repr(v)
                                                                                 : ascii_of(vm_, v);
      ok = !s.is_exception();
      if (ok) piece = as_str(s)->view();
      break;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      spec.numeric = true;
      ok = format_int(v, spec, piece);
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      spec.numeric = true;
      ok = format_float(v, spec, piece);
      break;
    case 'c': ok = format_char(v, piece); break;
    default: return 0;
  }
  return ok ? 1 : -1;
}

// The int value of a %d/%x argument (as CPython's mainformatlong), or
// exception() (TypeError in CPython's words when the type is wrong).
Value int_argument(VM& vm, Value v, uint32_t type) {
  if (v.is_bool()) return Value::small_int(v.as_bool());
  if (is_int_value(v)) return v;
  bool index_only = type == 'o' || type == 'x' || type == 'X';
  Value r = Value::null();
  Str* called = nullptr;
  if (!index_only && is_float_value(v)) {
    r = int_from_double(vm, float_of(v));
  } else {
    // int() tries __int__ before __index__; %x and friends take __index__ only.
    Type* t = vm.type_of(v);
    Str* names[2] = {index_only ? nullptr : vm.names.__int__, vm.names.__index__};
    for (Str* name : names) {
      if (name && !called && !vm.lookup_type(t, name).is_null()) {
        called = name;
        r = vm.call_method(v, name, nullptr, 0);
      }
    }
  }
  if (r.is_null()) {
    return vm.raise_fmt(vm.types.TypeError,
                        index_only ? "%%%c format: an integer is required, not %s"
                                   : "%%%c format: a real number is required, not %s",
                        static_cast<char>(type), type_name(vm, v));
  }
  if (called && !r.is_exception() && !is_int_value(r)) {
    return vm.raise_fmt(vm.types.TypeError, "%s returned non-int (type %s)", called->data,
                        type_name(vm, r));
  }
  return r.is_bool() ? Value::small_int(r.as_bool()) : r;
}

bool PercentFormatter::format_int(Value v, Spec& spec, std::string& piece) {
  Value iv = int_argument(vm_, v, spec.type);
  if (iv.is_exception()) return false;
  num::IntView view = int_view(iv);
  std::string digits;
  bool negative = view.sign() < 0;
  if (spec.type == 'o' || spec.type == 'x' || spec.type == 'X') {
    num::append_abs_digits(view, spec.type == 'o' ? 8 : 16, digits);
    if (spec.type == 'X') {
      for (char& ch : digits) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    }
  } else if (iv.is_int()) {
    // Small ints: straight to text (no str object, far below the digit limit).
    int64_t n = iv.as_int();
    uint64_t magnitude = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    char buf[24];
    digits.assign(buf, std::to_chars(buf, buf + sizeof buf, magnitude).ptr);
  } else {
    // The int's own decimal text (not str(), which an int subclass may
    // override), under the interpreter's digit limit.
    Value s = int_repr(vm_, iv);
    if (s.is_exception()) return false;
    digits = as_str(s)->view();
    if (negative) digits.erase(0, 1);
  }
  if (negative) piece += '-';
  if ((spec.flags & kAlt) && spec.type != 'd' && spec.type != 'i' && spec.type != 'u') {
    piece += '0';
    piece += static_cast<char>(spec.type == 'o' ? 'o' : spec.type);
  }
  if (spec.prec > static_cast<int64_t>(digits.size())) {
    piece.append(static_cast<size_t>(spec.prec) - digits.size(), '0');
  }
  piece += digits;
  return true;
}

bool PercentFormatter::format_float(Value v, Spec& spec, std::string& piece) {
  double x;
  if (is_float_value(v)) {
    x = float_of(v);
  } else if (is_int_value(v)) {
    if (!int_to_double(vm_, v.is_bool() ? Value::small_int(v.as_bool()) : v, x)) return false;
  } else {
    Type* t = vm_.type_of(v);
    Str* name = !vm_.lookup_type(t, vm_.names.__float__).is_null()   ? vm_.names.__float__
                : !vm_.lookup_type(t, vm_.names.__index__).is_null() ? vm_.names.__index__
                                                                     : nullptr;
    if (!name) {
      vm_.raise_fmt(vm_.types.TypeError, "must be real number, not %s", type_name(vm_, v));
      return false;
    }
    Value r = vm_.call_method(v, name, nullptr, 0);
    if (r.is_exception()) return false;
    return format_float(r, spec, piece);
  }
  int prec = spec.prec < 0 ? 6 : static_cast<int>(spec.prec);
  piece = num::double_to_string(x, static_cast<char>(spec.type), prec,
                                (spec.flags & kAlt) ? unsigned{num::kFloatAlternate} : 0u);
  return true;
}

bool PercentFormatter::format_char(Value v, std::string& piece) {
  if (is_str(v)) {
    Str* s = as_str(v);
    if (s->length != 1) return fail(vm_.types.TypeError, "%c requires int or char");
    piece = s->view();
    return true;
  }
  Value iv = v;
  if (!is_int_value(v)) {
    Type* t = vm_.type_of(v);
    if (vm_.lookup_type(t, vm_.names.__index__).is_null()) {
      return fail(vm_.types.TypeError, "%c requires int or char");
    }
    iv = vm_.call_method(v, vm_.names.__index__, nullptr, 0);
    if (iv.is_exception()) return false;
  }
  // An int subclass's value is its payload (int_view), as for %d.
  num::IntView view = iv.is_bool() ? num::IntView(iv.as_bool()) : int_view(iv);
  int64_t cp = view.is_small() ? view.small() : -1;
  if (cp < 0 || cp > 0x10FFFF) {
    return fail(vm_.types.OverflowError, "%c arg not in range(0x110000)");
  }
  utf8_append(piece, static_cast<uint32_t>(cp));
  return true;
}

// %b/%s of bytes formatting: a bytes-like object or one with __bytes__.
bool PercentFormatter::format_bytes(Value v, Spec&, std::string& piece) {
  std::string_view data;
  if (bytes_like(v, data)) {
    piece = data;
    return true;
  }
  Str* name = vm_.intern("__bytes__");
  if (vm_.lookup_type(vm_.type_of(v), name).is_null()) {
    vm_.raise_fmt(vm_.types.TypeError,
                  "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                  type_name(vm_, v));
    return false;
  }
  Value r = vm_.call_method(v, name, nullptr, 0);
  if (r.is_exception()) return false;
  if (!is_bytes(r)) {
    vm_.raise_fmt(vm_.types.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(vm_, r));
    return false;
  }
  piece = as_bytes(r)->view();
  return true;
}

// %c of bytes formatting: an int in range(256) or a single byte.
bool PercentFormatter::format_byte(Value v, std::string& piece) {
  std::string_view data;
  if (bytes_like(v, data)) {
    if (data.size() != 1) return fail(vm_.types.TypeError, "%c requires an integer in range(256) or a single byte");
    piece = data;
    return true;
  }
  if (!is_int_value(v) && vm_.lookup_type(vm_.type_of(v), vm_.names.__index__).is_null()) {
    return fail(vm_.types.TypeError, "%c requires an integer in range(256) or a single byte");
  }
  int64_t n;
  if (!vm_.index_value(v, n, true)) return false;  // huge values clamp, then fail below
  if (n < 0 || n > 255) return fail(vm_.types.OverflowError, "%c arg not in range(256)");
  piece = std::string(1, static_cast<char>(n));
  return true;
}

// Pads and signs a converted value (CPython's unicode_format_arg_output).
void PercentFormatter::output(const Spec& spec, std::string_view piece) {
  bool is_text = spec.type == 's' || spec.type == 'r' || spec.type == 'a' || (bytes_ && spec.type == 'b');
  int64_t len = static_cast<int64_t>(bytes_ ? piece.size() : utf8_count(piece.data(), piece.size()));
  if (bytes_ && is_text && spec.prec >= 0 && len > spec.prec) {
    piece = piece.substr(0, static_cast<size_t>(spec.prec));
    len = spec.prec;
  } else if (is_text && spec.prec >= 0 && len > spec.prec) {
    // Keep the first `prec` characters.
    size_t bytes = 0;
    for (int64_t chars = 0; bytes < piece.size(); ++bytes) {
      if ((static_cast<unsigned char>(piece[bytes]) & 0xC0) != 0x80 && chars++ == spec.prec) break;
    }
    piece = piece.substr(0, bytes);
    len = spec.prec;
  }
  int64_t width = spec.width;
  bool has_sign = spec.numeric;
  char fill = has_sign && (spec.flags & kZero) ? '0' : ' ';
  char sign = 0;
  if (has_sign) {
    if (!piece.empty() && (piece[0] == '-' || piece[0] == '+')) {
      sign = piece[0];
      piece.remove_prefix(1);
      --len;
    } else if (spec.flags & kSign) {
      sign = '+';
    } else if (spec.flags & kBlank) {
      sign = ' ';
    } else {
      has_sign = false;
    }
  }
  if (width < len) width = len;
  if (has_sign) {
    if (fill != ' ') out_ += sign;
    if (width > len) --width;
  }
  bool prefix = (spec.flags & kAlt) && (spec.type == 'x' || spec.type == 'X' || spec.type == 'o');
  if (prefix) {
    if (fill != ' ') out_.append(piece.substr(0, 2));
    piece.remove_prefix(2);
    width = std::max<int64_t>(width - 2, 0);
    len -= 2;
  }
  if (width > len && !(spec.flags & kLJust)) {
    out_.append(static_cast<size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (has_sign) out_ += sign;
    if (prefix) {
      out_ += '0';
      out_ += static_cast<char>(spec.type);
    }
  }
  out_ += piece;
  if (width > len) out_.append(static_cast<size_t>(width - len), ' ');
}

}  // namespace

Value str_percent_format(VM& vm, Str* fmt, Value args) {
  PercentFormatter f(vm, fmt->view(), args, false);
  std::string out;
  if (!f.run(out)) return Value::exception();
  return str_from_utf8(vm, out);
}

bool bytes_percent_format(VM& vm, std::string_view fmt, Value args, std::string& out) {
  PercentFormatter f(vm, fmt, args, true);
  return f.run(out);
}

}  // namespace coil::vm
