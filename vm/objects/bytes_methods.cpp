// The methods bytes and bytearray share (CPython's Objects/bytes_methods.c
// and stringlib): searching, splitting, stripping, case mapping and
// classification (ASCII only), padding, hex, translate. A method returns a
// bytes for a bytes receiver and a (new) bytearray for a bytearray; any
// bytes-like argument (bytes or bytearray) is accepted where CPython takes
// a buffer.
#include <cstring>
#include <string>
#include <vector>

#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

const char kHex[] = "0123456789abcdef";

bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
char to_lower(unsigned char c) { return static_cast<char>(is_upper(c) ? c + 32 : c); }
char to_upper(unsigned char c) { return static_cast<char>(is_lower(c) ? c - 32 : c); }

// The receiver's bytes (a copy: the methods below may call back into the VM).
bool self_data(VM& vm, Value* args, int nargs, const char* name, std::string& out) {
  std::string_view v;
  if (nargs < 1 || !bytes_like(args[0], v)) {
    vm.raise_fmt(vm.types.TypeError,
                 "descriptor '%s' for 'bytes' objects doesn't apply to a '%s' object", name,
                 nargs < 1 ? "NoneType" : type_name(vm, args[0]));
    return false;
  }
  out.assign(v);
  return true;
}

// A result of the receiver's kind.
Value like(VM& vm, Value self, std::string_view data) {
  if (is_bytearray(self)) return Value::object(bytearray_new(vm, data));
  return Value::object(bytes_new(vm, data));
}

// Positional-only methods (METH_NOARGS, METH_O, METH_FASTCALL), named as
// CPython names them: "bytes.lower() takes no arguments (1 given)",
// "bytearray.join() takes no keyword arguments", "center expected at least
// 1 argument, got 0". `self` is the receiver or, for classmethods, the class.
bool positional(VM& vm, Value self, const char* name, int nargs, Tuple* kwnames, int min, int max) {
  if ((!kwnames || kwnames->size == 0) && nargs >= min && nargs <= max) return true;
  Type* t = self.is_obj() && self.as_obj()->kind == ObjKind::Type ? static_cast<Type*>(self.as_obj())
                                                                  : vm.type_of(self);
  return positional_args(vm, std::string(t->name->view()) + "." + name, nargs, kwnames, min, max);
}

// The sub[, start[, end]] of find, count, startswith and the others
// (METH_VARARGS: "bytes.find() takes no keyword arguments", "find() takes at
// least 1 argument (0 given)").
bool span_args(VM& vm, Value self, const char* name, int nargs, Tuple* kwnames) {
  if ((!kwnames || kwnames->size == 0) && nargs >= 1 && nargs <= 3) return true;
  std::string qual = std::string(vm.type_of(self)->name->view()) + "." + name;
  return tuple_args_slow(vm, qual.c_str(), nargs, kwnames, 1, 3);
}

// A bytes-like argument, copied; TypeError "a bytes-like object is required".
bool buffer_arg(VM& vm, Value v, std::string& out) {
  std::string_view d;
  if (!bytes_like(v, d)) {
    vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'",
                 type_name(vm, v));
    return false;
  }
  out.assign(d);
  return true;
}

// An optional start/end of find() & co.: None or an index (clamped).
bool slice_bound(VM& vm, Value v, int64_t& out) {
  if (v.is_null() || v.is_none()) return true;
  if (!is_int_value(v) && vm.lookup_type(vm.type_of(v), vm.names.__index__).is_null()) {
    vm.raise(vm.types.TypeError,
             "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return vm.index_value(v, out, true);
}

void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
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
}

// The sub argument of find/count/index: bytes-like, or an int byte.
bool sub_arg(VM& vm, Value v, std::string& out) {
  std::string_view d;
  if (bytes_like(v, d)) {
    out.assign(d);
    return true;
  }
  if (!is_int_value(v) && vm.lookup_type(vm.type_of(v), vm.names.__index__).is_null()) {
    vm.raise_fmt(vm.types.TypeError, "argument should be integer or bytes-like object, not '%s'",
                 type_name(vm, v));
    return false;
  }
  int64_t b;
  if (!vm.index_value(v, b, true)) return false;
  if (b < 0 || b > 255) {
    vm.raise(vm.types.ValueError, "byte must be in range(0, 256)");
    return false;
  }
  out.assign(1, static_cast<char>(b));
  return true;
}

enum class Search { Find, RFind, Count };

// find/rfind/count over self[start:end]: the index (-1 absent) or the count.
bool search(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, Search how,
            int64_t& result) {
  std::string s, sub;
  if (!self_data(vm, args, nargs, name, s) || !span_args(vm, args[0], name, nargs - 1, kwnames) ||
      !sub_arg(vm, args[1], sub)) {
    return false;
  }
  int64_t len = static_cast<int64_t>(s.size()), start = 0, end = len;
  if ((nargs > 2 && !slice_bound(vm, args[2], start)) ||
      (nargs > 3 && !slice_bound(vm, args[3], end))) {
    return false;
  }
  adjust_indices(start, end, len);
  int64_t n = static_cast<int64_t>(sub.size());
  if (how == Search::Count) {
    result = 0;
    if (end - start < n) return true;
    if (n == 0) {
      result = end - start + 1;
      return true;
    }
    std::string_view hay(s.data() + start, end - start);
    for (size_t p = hay.find(sub); p != std::string_view::npos; p = hay.find(sub, p + n)) ++result;
    return true;
  }
  result = -1;
  if (end - start < n) return true;
  std::string_view hay(s.data() + start, end - start);
  size_t p = how == Search::Find ? hay.find(sub) : hay.rfind(sub);
  if (p != std::string_view::npos) result = start + static_cast<int64_t>(p);
  return true;
}

Value b_find(VM& vm, Value* a, int n, Tuple* k) {
  int64_t r;
  return search(vm, a, n, k, "find", Search::Find, r) ? vm.make_int(r) : Value::exception();
}
Value b_rfind(VM& vm, Value* a, int n, Tuple* k) {
  int64_t r;
  return search(vm, a, n, k, "rfind", Search::RFind, r) ? vm.make_int(r) : Value::exception();
}
Value b_count(VM& vm, Value* a, int n, Tuple* k) {
  int64_t r;
  return search(vm, a, n, k, "count", Search::Count, r) ? vm.make_int(r) : Value::exception();
}
Value b_index(VM& vm, Value* a, int n, Tuple* k) {
  int64_t r;
  if (!search(vm, a, n, k, "index", Search::Find, r)) return Value::exception();
  if (r < 0) return vm.raise(vm.types.ValueError, "subsection not found");
  return vm.make_int(r);
}
Value b_rindex(VM& vm, Value* a, int n, Tuple* k) {
  int64_t r;
  if (!search(vm, a, n, k, "rindex", Search::RFind, r)) return Value::exception();
  if (r < 0) return vm.raise(vm.types.ValueError, "subsection not found");
  return vm.make_int(r);
}

Value affix(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, bool at_end) {
  std::string s;
  if (!self_data(vm, args, nargs, name, s) || !span_args(vm, args[0], name, nargs - 1, kwnames)) {
    return Value::exception();
  }
  int64_t len = static_cast<int64_t>(s.size()), start = 0, end = len;
  if ((nargs > 2 && !slice_bound(vm, args[2], start)) ||
      (nargs > 3 && !slice_bound(vm, args[3], end))) {
    return Value::exception();
  }
  adjust_indices(start, end, len);
  auto matches = [&](std::string_view x) {
    if (start > len) return false;
    int64_t n = static_cast<int64_t>(x.size());
    if (end - start < n) return false;
    std::string_view hay(s.data() + start, end - start);
    return at_end ? hay.substr(hay.size() - n) == x : hay.substr(0, n) == x;
  };
  std::string_view x;
  if (args[1].is_obj() && args[1].as_obj()->kind == ObjKind::Tuple) {
    auto* t = static_cast<Tuple*>(args[1].as_obj());
    for (uint32_t i = 0; i < t->size; ++i) {
      if (!bytes_like(t->items[i], x)) {
        return vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'",
                            type_name(vm, t->items[i]));
      }
      if (matches(std::string(x))) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  if (!bytes_like(args[1], x)) {
    return vm.raise_fmt(vm.types.TypeError,
                        "%s first arg must be bytes or a tuple of bytes, not %s", name,
                        type_name(vm, args[1]));
  }
  return Value::boolean(matches(std::string(x)));
}

Value b_startswith(VM& vm, Value* a, int n, Tuple* k) {
  return affix(vm, a, n, k, "startswith", false);
}
Value b_endswith(VM& vm, Value* a, int n, Tuple* k) { return affix(vm, a, n, k, "endswith", true); }

// ---------------------------------------------------------------- splitting

// maxsplit from split(sep=None, maxsplit=-1); false on error.
bool split_args(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, std::string& s,
                bool& have_sep, std::string& sep, int64_t& maxsplit) {
  Value a[2];
  if (!self_data(vm, args, nargs, name, s) ||
      !parse_args(vm, name, args + 1, nargs - 1, kwnames, {"sep", "maxsplit"}, 0, a)) {
    return false;
  }
  have_sep = !a[0].is_null() && !a[0].is_none();
  if (have_sep) {
    if (!buffer_arg(vm, a[0], sep)) return false;
    if (sep.empty()) {
      vm.raise(vm.types.ValueError, "empty separator");
      return false;
    }
  }
  maxsplit = -1;
  if (!a[1].is_null() && !vm.index_value(a[1], maxsplit)) return false;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  return true;
}

Value parts_list(VM& vm, Value self, const std::vector<std::string_view>& parts) {
  RootScope roots(vm);
  List* l = roots.add(vm.new_list(parts.size()));
  for (auto p : parts) l->push(like(vm, self, p));
  return Value::object(l);
}

Value b_split(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string s, sep;
  bool have_sep;
  int64_t maxsplit;
  if (!split_args(vm, args, nargs, kwnames, "split", s, have_sep, sep, maxsplit)) {
    return Value::exception();
  }
  std::vector<std::string_view> parts;
  std::string_view v(s);
  if (have_sep) {
    size_t pos = 0;
    while (maxsplit-- > 0) {
      size_t p = v.find(sep, pos);
      if (p == std::string_view::npos) break;
      parts.push_back(v.substr(pos, p - pos));
      pos = p + sep.size();
    }
    parts.push_back(v.substr(pos));
  } else {
    size_t i = 0, n = v.size();
    while (true) {
      while (i < n && is_space(v[i])) ++i;
      if (i == n) break;
      if (maxsplit-- <= 0) {
        parts.push_back(v.substr(i));
        break;
      }
      size_t j = i;
      while (j < n && !is_space(v[j])) ++j;
      parts.push_back(v.substr(i, j - i));
      i = j;
    }
  }
  return parts_list(vm, args[0], parts);
}

Value b_rsplit(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string s, sep;
  bool have_sep;
  int64_t maxsplit;
  if (!split_args(vm, args, nargs, kwnames, "rsplit", s, have_sep, sep, maxsplit)) {
    return Value::exception();
  }
  std::vector<std::string_view> parts;
  std::string_view v(s);
  if (have_sep) {
    size_t end = v.size();
    while (maxsplit-- > 0 && end >= sep.size()) {
      size_t p = v.substr(0, end).rfind(sep);
      if (p == std::string_view::npos) break;
      parts.push_back(v.substr(p + sep.size(), end - p - sep.size()));
      end = p;
    }
    parts.push_back(v.substr(0, end));
  } else {
    size_t j = v.size();
    while (true) {
      while (j > 0 && is_space(v[j - 1])) --j;
      if (j == 0) break;
      if (maxsplit-- <= 0) {
        parts.push_back(v.substr(0, j));
        break;
      }
      size_t i = j;
      while (i > 0 && !is_space(v[i - 1])) --i;
      parts.push_back(v.substr(i, j - i));
      j = i;
    }
  }
  std::vector<std::string_view> ordered(parts.rbegin(), parts.rend());
  return parts_list(vm, args[0], ordered);
}

Value b_splitlines(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string s;
  Value a[1];
  if (!self_data(vm, args, nargs, "splitlines", s) ||
      !parse_args(vm, "splitlines", args + 1, nargs - 1, kwnames, {"keepends"}, 0, a)) {
    return Value::exception();
  }
  bool keep = false;
  if (!a[0].is_null()) {
    int t = vm.truthy(a[0]);
    if (t < 0) return Value::exception();
    keep = t;
  }
  std::vector<std::string_view> parts;
  std::string_view v(s);
  size_t i = 0, n = v.size();
  while (i < n) {
    size_t j = i;
    while (j < n && v[j] != '\n' && v[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) {
      j += (v[j] == '\r' && j + 1 < n && v[j + 1] == '\n') ? 2 : 1;
      if (keep) eol = j;
    }
    parts.push_back(v.substr(i, eol - i));
    i = j;
  }
  return parts_list(vm, args[0], parts);
}

Value partition(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, bool right) {
  std::string s, sep;
  if (!self_data(vm, args, nargs, name, s) || !positional(vm, args[0], name, nargs - 1, kwnames, 1, 1) ||
      !buffer_arg(vm, args[1], sep)) {
    return Value::exception();
  }
  if (sep.empty()) return vm.raise(vm.types.ValueError, "empty separator");
  std::string_view v(s);
  size_t p = right ? v.rfind(sep) : v.find(sep);
  RootScope roots(vm);
  Value parts[3];
  if (p == std::string_view::npos) {
    parts[0] = roots.add(like(vm, args[0], right ? "" : v));
    parts[1] = roots.add(like(vm, args[0], ""));
    parts[2] = roots.add(like(vm, args[0], right ? v : ""));
  } else {
    parts[0] = roots.add(like(vm, args[0], v.substr(0, p)));
    parts[1] = roots.add(like(vm, args[0], sep));
    parts[2] = roots.add(like(vm, args[0], v.substr(p + sep.size())));
  }
  return Value::object(vm.tuple_of({parts[0], parts[1], parts[2]}));
}
Value b_partition(VM& vm, Value* a, int n, Tuple* k) { return partition(vm, a, n, k, "partition", false); }
Value b_rpartition(VM& vm, Value* a, int n, Tuple* k) { return partition(vm, a, n, k, "rpartition", true); }

Value b_join(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string sep;
  if (!self_data(vm, args, nargs, "join", sep) || !positional(vm, args[0], "join", nargs - 1, kwnames, 1, 1)) {
    return Value::exception();
  }
  std::vector<Value> items;
  RootScope roots(vm);
  Value list = list_from_iterable(vm, args[1]);
  if (list.is_exception()) return list;
  roots.add(list);
  std::string out;
  auto& v = static_cast<List*>(list.as_obj())->items;
  for (size_t i = 0; i < v.size(); ++i) {
    std::string_view d;
    if (!bytes_like(v[i], d)) {
      return vm.raise_fmt(vm.types.TypeError,
                          "sequence item %zu: expected a bytes-like object, %s found", i,
                          type_name(vm, v[i]));
    }
    if (i > 0) out += sep;
    out += d;
  }
  return like(vm, args[0], out);
}

// ---------------------------------------------------------------- stripping, replacing

Value strip(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, bool left,
            bool right) {
  std::string s, chars;
  if (!self_data(vm, args, nargs, name, s) || !positional(vm, args[0], name, nargs - 1, kwnames, 0, 1)) {
    return Value::exception();
  }
  bool custom = nargs > 1 && !args[1].is_none();
  if (custom && !buffer_arg(vm, args[1], chars)) return Value::exception();
  auto strip_it = [&](char c) {
    return custom ? chars.find(c) != std::string::npos : is_space(static_cast<unsigned char>(c));
  };
  size_t b = 0, e = s.size();
  if (left) {
    while (b < e && strip_it(s[b])) ++b;
  }
  if (right) {
    while (e > b && strip_it(s[e - 1])) --e;
  }
  return like(vm, args[0], std::string_view(s).substr(b, e - b));
}
Value b_strip(VM& vm, Value* a, int n, Tuple* k) { return strip(vm, a, n, k, "strip", true, true); }
Value b_lstrip(VM& vm, Value* a, int n, Tuple* k) { return strip(vm, a, n, k, "lstrip", true, false); }
Value b_rstrip(VM& vm, Value* a, int n, Tuple* k) { return strip(vm, a, n, k, "rstrip", false, true); }

Value b_replace(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string s, old_, new_;
  if (!self_data(vm, args, nargs, "replace", s) ||
      !positional(vm, args[0], "replace", nargs - 1, kwnames, 2, 3) || !buffer_arg(vm, args[1], old_) ||
      !buffer_arg(vm, args[2], new_)) {
    return Value::exception();
  }
  int64_t count = -1;
  if (nargs > 3 && !vm.index_value(args[3], count)) return Value::exception();
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (old_.empty()) {
    // Inserts `new` before every byte and at the end.
    size_t i = 0;
    for (; i <= s.size() && count > 0; ++i, --count) {
      out += new_;
      if (i < s.size()) out += s[i];
    }
    if (i < s.size()) out.append(s, i, std::string::npos);
    return like(vm, args[0], out);
  }
  size_t pos = 0;
  while (count-- > 0) {
    size_t p = s.find(old_, pos);
    if (p == std::string::npos) break;
    out.append(s, pos, p - pos);
    out += new_;
    pos = p + old_.size();
  }
  out.append(s, pos, std::string::npos);
  return like(vm, args[0], out);
}

Value fix(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, bool suffix) {
  std::string s, x;
  if (!self_data(vm, args, nargs, name, s) || !positional(vm, args[0], name, nargs - 1, kwnames, 1, 1) ||
      !buffer_arg(vm, args[1], x)) {
    return Value::exception();
  }
  std::string_view v(s);
  if (x.size() <= v.size()) {
    if (!suffix && v.substr(0, x.size()) == x) v.remove_prefix(x.size());
    else if (suffix && v.substr(v.size() - x.size()) == x) v.remove_suffix(x.size());
  }
  return like(vm, args[0], v);
}
Value b_removeprefix(VM& vm, Value* a, int n, Tuple* k) { return fix(vm, a, n, k, "removeprefix", false); }
Value b_removesuffix(VM& vm, Value* a, int n, Tuple* k) { return fix(vm, a, n, k, "removesuffix", true); }

// ---------------------------------------------------------------- case and classification

enum class Case { Lower, Upper, Swap, Capitalize, Title };

Value map_case(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, Case how) {
  std::string s;
  if (!self_data(vm, args, nargs, name, s) || !positional(vm, args[0], name, nargs - 1, kwnames, 0, 0)) {
    return Value::exception();
  }
  bool prev_cased = false;
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    switch (how) {
      case Case::Lower: s[i] = to_lower(c); break;
      case Case::Upper: s[i] = to_upper(c); break;
      case Case::Swap: s[i] = is_upper(c) ? to_lower(c) : to_upper(c); break;
      case Case::Capitalize: s[i] = i == 0 ? to_upper(c) : to_lower(c); break;
      case Case::Title:
        s[i] = prev_cased ? to_lower(c) : to_upper(c);
        prev_cased = is_alpha(c);
        break;
    }
  }
  return like(vm, args[0], s);
}
Value b_lower(VM& vm, Value* a, int n, Tuple* k) { return map_case(vm, a, n, k, "lower", Case::Lower); }
Value b_upper(VM& vm, Value* a, int n, Tuple* k) { return map_case(vm, a, n, k, "upper", Case::Upper); }
Value b_swapcase(VM& vm, Value* a, int n, Tuple* k) { return map_case(vm, a, n, k, "swapcase", Case::Swap); }
Value b_capitalize(VM& vm, Value* a, int n, Tuple* k) {
  return map_case(vm, a, n, k, "capitalize", Case::Capitalize);
}
Value b_title(VM& vm, Value* a, int n, Tuple* k) { return map_case(vm, a, n, k, "title", Case::Title); }

template <bool (*Pred)(unsigned char)>
Value all_bytes(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name) {
  std::string s;
  if (!self_data(vm, args, nargs, name, s) || !positional(vm, args[0], name, nargs - 1, kwnames, 0, 0)) {
    return Value::exception();
  }
  if (s.empty()) return Value::boolean(false);
  for (char c : s) {
    if (!Pred(static_cast<unsigned char>(c))) return Value::boolean(false);
  }
  return Value::boolean(true);
}
bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
Value b_isalpha(VM& vm, Value* a, int n, Tuple* k) { return all_bytes<is_alpha>(vm, a, n, k, "isalpha"); }
Value b_isdigit(VM& vm, Value* a, int n, Tuple* k) { return all_bytes<is_digit>(vm, a, n, k, "isdigit"); }
Value b_isalnum(VM& vm, Value* a, int n, Tuple* k) { return all_bytes<is_alnum>(vm, a, n, k, "isalnum"); }
Value b_isspace(VM& vm, Value* a, int n, Tuple* k) { return all_bytes<is_space>(vm, a, n, k, "isspace"); }

Value b_isascii(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string s;
  if (!self_data(vm, args, nargs, "isascii", s) ||
      !positional(vm, args[0], "isascii", nargs - 1, kwnames, 0, 0)) {
    return Value::exception();
  }
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return Value::boolean(false);
  }
  return Value::boolean(true);
}

// islower/isupper: at least one cased byte, and none of the other case.
Value cased(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, bool lower) {
  std::string s;
  if (!self_data(vm, args, nargs, name, s) || !positional(vm, args[0], name, nargs - 1, kwnames, 0, 0)) {
    return Value::exception();
  }
  bool any = false;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (lower ? is_upper(c) : is_lower(c)) return Value::boolean(false);
    any |= lower ? is_lower(c) : is_upper(c);
  }
  return Value::boolean(any);
}
Value b_islower(VM& vm, Value* a, int n, Tuple* k) { return cased(vm, a, n, k, "islower", true); }
Value b_isupper(VM& vm, Value* a, int n, Tuple* k) { return cased(vm, a, n, k, "isupper", false); }

Value b_istitle(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string s;
  if (!self_data(vm, args, nargs, "istitle", s) ||
      !positional(vm, args[0], "istitle", nargs - 1, kwnames, 0, 0)) {
    return Value::exception();
  }
  bool cased_seen = false, prev_cased = false;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (is_upper(c)) {
      if (prev_cased) return Value::boolean(false);
      prev_cased = cased_seen = true;
    } else if (is_lower(c)) {
      if (!prev_cased) return Value::boolean(false);
      prev_cased = cased_seen = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(cased_seen);
}

// ---------------------------------------------------------------- padding

Value pad(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, int where) {
  std::string s;
  if (!self_data(vm, args, nargs, name, s) || !positional(vm, args[0], name, nargs - 1, kwnames, 1, 2)) {
    return Value::exception();
  }
  int64_t width;
  if (!vm.index_value(args[1], width)) return Value::exception();
  char fill = ' ';
  if (nargs > 2) {
    std::string_view f;
    if (!bytes_like(args[2], f) || f.size() != 1) {
      return vm.raise_fmt(vm.types.TypeError,
                          "%s() argument 2 must be a byte string of length 1, not %s", name,
                          type_name(vm, args[2]));
    }
    fill = f[0];
  }
  int64_t len = static_cast<int64_t>(s.size());
  if (width <= len) return like(vm, args[0], s);
  int64_t total = width - len, left;
  if (where < 0) {
    left = 0;
  } else if (where > 0) {
    left = total;
  } else {
    left = total / 2 + (total & width & 1);
  }
  std::string out(static_cast<size_t>(left), fill);
  out += s;
  out.append(static_cast<size_t>(total - left), fill);
  return like(vm, args[0], out);
}
Value b_ljust(VM& vm, Value* a, int n, Tuple* k) { return pad(vm, a, n, k, "ljust", -1); }
Value b_rjust(VM& vm, Value* a, int n, Tuple* k) { return pad(vm, a, n, k, "rjust", 1); }
Value b_center(VM& vm, Value* a, int n, Tuple* k) { return pad(vm, a, n, k, "center", 0); }

Value b_zfill(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string s;
  if (!self_data(vm, args, nargs, "zfill", s) || !positional(vm, args[0], "zfill", nargs - 1, kwnames, 1, 1)) {
    return Value::exception();
  }
  int64_t width;
  if (!vm.index_value(args[1], width)) return Value::exception();
  int64_t len = static_cast<int64_t>(s.size());
  if (width <= len) return like(vm, args[0], s);
  std::string out(static_cast<size_t>(width - len), '0');
  out += s;
  if (len > 0 && (s[0] == '+' || s[0] == '-')) {
    out[0] = s[0];
    out[width - len] = '0';
  }
  return like(vm, args[0], out);
}

Value b_expandtabs(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string s;
  Value a[1];
  if (!self_data(vm, args, nargs, "expandtabs", s) ||
      !parse_args(vm, "expandtabs", args + 1, nargs - 1, kwnames, {"tabsize"}, 0, a)) {
    return Value::exception();
  }
  int64_t tab = 8;
  if (!a[0].is_null() && !vm.index_value(a[0], tab)) return Value::exception();
  std::string out;
  int64_t col = 0;
  for (char c : s) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(static_cast<size_t>(n), ' ');
        col += n;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return like(vm, args[0], out);
}

// ---------------------------------------------------------------- hex, decode, translate

Value b_hex(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string s;
  if (!self_data(vm, args, nargs, "hex", s)) return Value::exception();
  return bytes_hex(vm, s, args + 1, nargs - 1, kwnames);
}

}  // namespace

Value bytes_hex(VM& vm, std::string_view s, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_args(vm, "hex", args, nargs, kwnames, {"sep", "bytes_per_sep"}, 0, a)) {
    return Value::exception();
  }
  std::string sep;
  if (!a[0].is_null()) {
    std::string_view d;
    if (is_str(a[0])) {
      d = as_str(a[0])->view();
    } else if (!bytes_like(a[0], d)) {
      return vm.raise(vm.types.TypeError, "sep must be str or bytes.");
    }
    if (d.size() != 1) return vm.raise(vm.types.ValueError, "sep must be length 1.");
    if (static_cast<unsigned char>(d[0]) >= 0x80) {
      return vm.raise(vm.types.ValueError, "sep must be ASCII.");
    }
    sep.assign(d);
  }
  int64_t per = 1;
  if (!a[1].is_null() && !vm.index_value(a[1], per)) return Value::exception();
  std::string out;
  size_t n = s.size();
  uint64_t group = per < 0 ? static_cast<uint64_t>(-per) : static_cast<uint64_t>(per);
  for (size_t i = 0; i < n; ++i) {
    if (!sep.empty() && i > 0 && group > 0) {
      // Groups count from the right for a positive bytes_per_sep.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    auto c = static_cast<unsigned char>(s[i]);
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return vm.str_value(out);
}

namespace {

// bytes.fromhex(string) / bytearray.fromhex(string): a classmethod.
Value b_fromhex(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!positional(vm, args[0], "fromhex", nargs - 1, kwnames, 1, 1)) return Value::exception();
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "fromhex() argument must be str, not %s",
                        type_name(vm, args[1]));
  }
  Str* text = as_str(args[1]);
  std::string_view t = text->view();
  auto hexval = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  size_t i = 0;
  auto bad = [&](size_t at) {
    return vm.raise_fmt(vm.types.ValueError,
                        "non-hexadecimal number found in fromhex() arg at position %lld",
                        static_cast<long long>(text->is_ascii() ? at : utf8_count(t.data(), at)));
  };
  while (i < t.size()) {
    if (is_space(static_cast<unsigned char>(t[i]))) {
      ++i;
      continue;
    }
    int hi = hexval(t[i]);
    if (hi < 0) return bad(i);
    if (i + 1 >= t.size()) return bad(i + 1);
    int lo = hexval(t[i + 1]);
    if (lo < 0) return bad(i + 1);
    out += static_cast<char>(hi << 4 | lo);
    i += 2;
  }
  auto* cls = static_cast<Type*>(args[0].as_obj());
  Value r = vm.is_subtype(cls, vm.types.bytearray) ? Value::object(bytearray_new(vm, out))
                                                    : Value::object(bytes_new(vm, out));
  if (cls == vm.types.bytes || cls == vm.types.bytearray) return r;
  RootScope roots(vm);
  roots.add(r);
  return vm.call1(args[0], r);
}

Value b_decode(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string s;
  Value a[2];
  if (!self_data(vm, args, nargs, "decode", s) ||
      !parse_args(vm, "decode", args + 1, nargs - 1, kwnames, {"encoding", "errors"}, 0, a)) {
    return Value::exception();
  }
  std::string_view encoding = "utf-8", errors = "strict";
  if (!str_param(vm, "decode", "encoding", a[0], encoding) || !str_param(vm, "decode", "errors", a[1], errors)) {
    return Value::exception();
  }
  std::string codec = codec_lookup(encoding);
  if (codec.empty()) return registered_codec(vm, encoding, false, args[0], errors);
  return codec_decode(vm, s, codec, errors);
}

// translate(table, /, delete=b''): the table only by position.
const ArgSpec kTranslateArgs{"translate", "table, /, delete=?"};

Value b_translate(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string s;
  Value a[2];
  if (!self_data(vm, args, nargs, "translate", s) ||
      !kTranslateArgs.parse(vm, args + 1, nargs - 1, kwnames, a)) {
    return Value::exception();
  }
  std::string table, del;
  if (!a[0].is_none()) {
    if (!buffer_arg(vm, a[0], table)) return Value::exception();
    if (table.size() != 256) {
      return vm.raise(vm.types.ValueError, "translation table must be 256 characters long");
    }
  }
  if (!a[1].is_null() && !buffer_arg(vm, a[1], del)) return Value::exception();
  bool drop[256] = {};
  for (char c : del) drop[static_cast<unsigned char>(c)] = true;
  std::string out;
  for (char c : s) {
    auto b = static_cast<unsigned char>(c);
    if (drop[b]) continue;
    out += table.empty() ? c : table[b];
  }
  return like(vm, args[0], out);
}

// bytes.maketrans(from, to): a staticmethod.
Value b_maketrans(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  std::string from, to;
  if (!positional_args(vm, "maketrans", nargs, kwnames, 2, 2) || !buffer_arg(vm, args[0], from) ||
      !buffer_arg(vm, args[1], to)) {
    return Value::exception();
  }
  if (from.size() != to.size()) {
    return vm.raise(vm.types.ValueError, "maketrans arguments must have same length");
  }
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return Value::object(bytes_new(vm, table));
}

}  // namespace

void add_bytes_methods(VM& vm, Type* t) {
  static const struct {
    const char* name;
    NativeFn fn;
  } kMethods[] = {
      {"find", b_find}, {"rfind", b_rfind}, {"index", b_index}, {"rindex", b_rindex},
      {"count", b_count}, {"startswith", b_startswith}, {"endswith", b_endswith},
      {"split", b_split}, {"rsplit", b_rsplit}, {"splitlines", b_splitlines},
      {"partition", b_partition}, {"rpartition", b_rpartition}, {"join", b_join},
      {"strip", b_strip}, {"lstrip", b_lstrip}, {"rstrip", b_rstrip}, {"replace", b_replace},
      {"removeprefix", b_removeprefix}, {"removesuffix", b_removesuffix}, {"lower", b_lower},
      {"upper", b_upper}, {"swapcase", b_swapcase}, {"capitalize", b_capitalize},
      {"title", b_title}, {"isalpha", b_isalpha}, {"isdigit", b_isdigit},
      {"isalnum", b_isalnum}, {"isspace", b_isspace}, {"isascii", b_isascii},
      {"islower", b_islower}, {"isupper", b_isupper}, {"istitle", b_istitle},
      {"ljust", b_ljust}, {"rjust", b_rjust}, {"center", b_center}, {"zfill", b_zfill},
      {"expandtabs", b_expandtabs}, {"hex", b_hex}, {"decode", b_decode},
      {"translate", b_translate},
  };
  for (const auto& m : kMethods) add_method(vm, t, m.name, m.fn);
  add_class_method(vm, t, "fromhex", b_fromhex);
  auto* sm = vm.alloc<StaticMethod>(ObjKind::StaticMethod, vm.types.staticmethod);
  sm->func = Value::object(vm.new_native("maketrans", b_maketrans));
  vm.set_global(t->dict, "maketrans", Value::object(sm));
}

}  // namespace coil::vm
