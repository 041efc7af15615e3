// The argument parser of functions written in C++ (see args.hpp): the
// signature text read once into a Params, the general parse, and every
// TypeError of CPython 3.11's calling conventions.
#include "vm/args.hpp"

#include "vm/objects/str.hpp"

#include <cstdlib>
#include <cstring>
#include <vector>

namespace coil::vm {

namespace {

const char* plural(int n) { return n == 1 ? "" : "s"; }

// "str.center" -> "center": the name _PyArg_CheckPositional and Argument
// Clinic print.
std::string short_name(std::string_view qualified) {
  size_t dot = qualified.rfind('.');
  return std::string(dot == std::string_view::npos ? qualified : qualified.substr(dot + 1));
}

// "split()" for the Keywords and Tuple conventions; "function" when unnamed.
std::string callee(const Params& p) {
  return p.name ? short_name(p.name) + "()" : std::string("function");
}

bool raise_too_many(VM& vm, const Params& p, int nargs, int nkw) {
  std::string f = callee(p);
  std::string qual = p.name ? std::string(p.name) + "()" : f;
  switch (p.style) {
    case ArgStyle::Keywords:
      if (nargs + nkw > p.count) {
        // CPython adds "keyword" when no argument came by position (bpo-31229).
        vm.raise_fmt(vm.types.TypeError, "%s takes at most %d %sargument%s (%d given)", f.c_str(),
                     p.count, nargs == 0 ? "keyword " : "", plural(p.count), nargs + nkw);
      } else if (p.maxpos == 0) {
        vm.raise_fmt(vm.types.TypeError, "%s takes no positional arguments", f.c_str());
      } else {
        vm.raise_fmt(vm.types.TypeError, "%s takes %s %d positional argument%s (%d given)",
                     f.c_str(), p.required < p.maxpos ? "at most" : "exactly", p.maxpos,
                     plural(p.maxpos), nargs);
      }
      return false;
    case ArgStyle::Python: {
      int given = nargs;
      std::string takes;
      if (p.required < p.maxpos) {
        takes = "from " + std::to_string(p.required) + " to " + std::to_string(p.maxpos) +
                " positional arguments";
      } else {
        takes = std::to_string(p.maxpos) + " positional argument" + plural(p.maxpos);
      }
      vm.raise_fmt(vm.types.TypeError, "%s() takes %s but %d %s given", p.name, takes.c_str(),
                   given, given == 1 ? "was" : "were");
      return false;
    }
    default:
      return check_nargs(vm, p.name, nargs, p.required, p.maxpos);
  }
}

bool raise_missing(VM& vm, const Params& p, int i, int nargs) {
  std::string f = callee(p);
  if (p.style == ArgStyle::Python) {
    vm.raise_fmt(vm.types.TypeError, "%s() missing 1 required %s argument: '%s'", p.name,
                 i < p.maxpos ? "positional" : "keyword-only", p.names[i]);
  } else if (i < p.posonly) {
    // A positional-only parameter cannot come by name: count them.
    int min = p.posonly < p.required ? p.posonly : p.required;
    vm.raise_fmt(vm.types.TypeError, "%s takes %s %d positional argument%s (%d given)", f.c_str(),
                 min < p.maxpos ? "at least" : "exactly", min, plural(min), nargs);
  } else {
    vm.raise_fmt(vm.types.TypeError, "%s missing required argument '%s' (pos %d)", f.c_str(),
                 p.names[i], i + 1);
  }
  return false;
}

bool raise_bad_keyword(VM& vm, const Params& p, Str* key) {
  if (p.style == ArgStyle::Python) {
    vm.raise_fmt(vm.types.TypeError, "%s() got an unexpected keyword argument '%s'", p.name,
                 key->data);
  } else {
    std::string who = p.name ? short_name(p.name) + "()" : std::string("this function");
    vm.raise_fmt(vm.types.TypeError, "'%s' is an invalid keyword argument for %s", key->data,
                 who.c_str());
  }
  return false;
}

bool raise_twice(VM& vm, const Params& p, Str* key, int i) {
  if (p.style == ArgStyle::Python) {
    vm.raise_fmt(vm.types.TypeError, "%s() got multiple values for argument '%s'", p.name,
                 key->data);
  } else {
    vm.raise_fmt(vm.types.TypeError, "argument for %s given by name ('%s') and position (%d)",
                 callee(p).c_str(), key->data, i + 1);
  }
  return false;
}

// The keyword-capable conventions (Keywords, Python).
bool parse_keywords(VM& vm, const Params& p, Value* args, int nargs, Tuple* kwnames, Value* out) {
  bool python = p.style == ArgStyle::Python;
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  // Argument Clinic counts first; a Python function looks at keywords first.
  if (!python && (nargs > p.maxpos || nargs + nkw > p.count)) {
    return raise_too_many(vm, p, nargs, nkw);
  }
  for (int i = 0; i < p.count; ++i) out[i] = i < nargs && i < p.maxpos ? args[i] : Value::null();
  // Keywords: each names a parameter that may come by name and was not
  // given by position.
  Str* bad = nullptr;
  int twice = -1;
  for (int k = 0; k < nkw; ++k) {
    Str* key = static_cast<Str*>(kwnames->items[k].as_obj());
    int found = -1;
    for (int i = p.posonly; i < p.count && found < 0; ++i) {
      if (key->view() == p.names[i]) found = i;
    }
    if (found < 0 || !out[found].is_null()) {
      if (!bad) bad = key, twice = found;
      continue;
    }
    out[found] = args[nargs + k];
  }
  auto keyword_error = [&] {
    return twice < 0 ? raise_bad_keyword(vm, p, bad) : raise_twice(vm, p, bad, twice);
  };
  if (python && bad) return keyword_error();
  if (python && nargs > p.maxpos) return raise_too_many(vm, p, nargs, nkw);
  // As in CPython, a missing argument is reported before a keyword that
  // fits nowhere.
  for (int i = 0; i < p.count; ++i) {
    if (!out[i].is_null()) continue;
    if (i < p.required) return raise_missing(vm, p, i, nargs);
    out[i] = p.defaults ? p.defaults[i] : Value::null();
  }
  if (bad) return keyword_error();
  return true;
}

}  // namespace

bool parse_params(VM& vm, const Params& p, Value* args, int nargs, Tuple* kwnames, Value* out) {
  switch (p.style) {
    case ArgStyle::Keywords:
    case ArgStyle::Python:
      return parse_keywords(vm, p, args, nargs, kwnames, out);
    case ArgStyle::Positional:
      if (!positional_args(vm, p.name, nargs, kwnames, p.required, p.maxpos)) return false;
      break;
    case ArgStyle::Tuple:
      if (!tuple_args(vm, p.name, nargs, kwnames, p.required, p.maxpos)) return false;
      break;
    case ArgStyle::Wrapper:
      if (!wrapper_args(vm, p.name, nargs, kwnames, p.maxpos)) return false;
      break;
  }
  for (int i = 0; i < p.count; ++i) {
    out[i] = i < nargs ? args[i] : p.defaults ? p.defaults[i] : Value::null();
  }
  return true;
}

// ---------------------------------------------------------------- ArgSpec

namespace {

// A default written in a signature: None, True, False, an integer, or `?`
// (null(): not given).
Value default_value(std::string_view text) {
  if (text == "?") return Value::null();
  if (text == "None") return Value::none();
  if (text == "True") return Value::boolean(true);
  if (text == "False") return Value::boolean(false);
  std::string digits(text);
  char* end = nullptr;
  long long v = std::strtoll(digits.c_str(), &end, 10);
  if (digits.empty() || *end != '\0' || !Value::fits_small_int(v)) std::abort();  // a bad spec
  return Value::small_int(v);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

ArgSpec::ArgSpec(const char* name, const char* signature, ArgStyle style) {
  p_ = Params{name, style, 0, 0, 0, -1, names_, defaults_};
  // First pass: the names, NUL-separated, so names_ can point into text_
  // once it no longer grows.
  std::string_view sig(signature);
  std::vector<std::string_view> items;
  while (!sig.empty()) {
    size_t comma = sig.find(',');
    items.push_back(trim(sig.substr(0, comma)));
    sig = comma == std::string_view::npos ? std::string_view() : sig.substr(comma + 1);
  }
  std::vector<size_t> offsets;
  bool optional = false;
  for (std::string_view item : items) {
    if (item == "/") {
      p_.posonly = p_.count;
      continue;
    }
    if (item == "*") {
      p_.maxpos = p_.count;
      continue;
    }
    size_t eq = item.find('=');
    std::string_view pname = trim(item.substr(0, eq));
    if (p_.count == kMaxParams) std::abort();  // a bad spec: raise kMaxParams
    offsets.push_back(text_.size());
    text_.append(pname);
    text_.push_back('\0');
    if (eq == std::string_view::npos) {
      // Required parameters come first, as in Python (keyword-only ones
      // after `*` may be required too, but none of ours are).
      if (optional) std::abort();
      defaults_[p_.count] = Value::null();
      p_.required = p_.count + 1;
    } else {
      optional = true;
      defaults_[p_.count] = default_value(trim(item.substr(eq + 1)));
    }
    ++p_.count;
  }
  for (int i = 0; i < p_.count; ++i) names_[i] = text_.c_str() + offsets[i];
  if (p_.maxpos < 0) p_.maxpos = p_.count;
  if (style == ArgStyle::Positional || style == ArgStyle::Tuple || style == ArgStyle::Wrapper) {
    p_.posonly = p_.count;
  }
}

// ---------------------------------------------------------------- positional conventions

bool check_nargs(VM& vm, std::string_view fname, int nargs, int min, int max) {
  if (nargs >= min && nargs <= max) return true;
  std::string f(fname);
  if (min == max && min <= 1) {
    // METH_NOARGS and METH_O, under the qualified name.
    if (min == 0) {
      vm.raise_fmt(vm.types.TypeError, "%s() takes no arguments (%d given)", f.c_str(), nargs);
    } else {
      vm.raise_fmt(vm.types.TypeError, "%s() takes exactly one argument (%d given)", f.c_str(),
                   nargs);
    }
    return false;
  }
  // _PyArg_CheckPositional, under the short name.
  std::string s = short_name(fname);
  bool few = nargs < min;
  int n = few ? min : max;
  vm.raise_fmt(vm.types.TypeError, "%s expected %s%d argument%s, got %d", s.c_str(),
               min == max ? "" : few ? "at least " : "at most ", n, plural(n), nargs);
  return false;
}

bool no_kwargs(VM& vm, std::string_view fname, Tuple* kwnames) {
  if (!kwnames || kwnames->size == 0) return true;
  std::string f(fname);
  vm.raise_fmt(vm.types.TypeError, "%s() takes no keyword arguments", f.c_str());
  return false;
}

Value raise_bad_argument(VM& vm, std::string_view fname, std::string_view arg, std::string_view expected,
                         Value got) {
  bool numbered = !arg.empty() && arg[0] >= '0' && arg[0] <= '9';
  std::string msg = std::string(fname) + "() argument " + (numbered ? "" : "'") + std::string(arg) +
                    (numbered ? "" : "'") + " must be " + std::string(expected) + ", not " +
                    (got.is_none() ? "None" : type_name(vm, got));
  return vm.raise(vm.types.TypeError, msg);
}

bool str_param(VM& vm, std::string_view fname, std::string_view arg, Value v, std::string_view& out) {
  if (v.is_null()) return true;
  if (!is_str(v)) {
    raise_bad_argument(vm, fname, arg, "str", v);
    return false;
  }
  out = as_str(v)->view();
  return true;
}

bool tuple_args_slow(VM& vm, const char* name, int nargs, Tuple* kwnames, int min, int max) {
  if (kwnames && kwnames->size > 0) return no_kwargs(vm, name ? name : "function", kwnames);
  if (nargs >= min && nargs <= max) return true;
  bool few = nargs < min;
  int n = few ? min : max;
  std::string f = name ? short_name(name) + "()" : std::string("function");
  vm.raise_fmt(vm.types.TypeError, "%s takes %s %d argument%s (%d given)", f.c_str(),
               min == max ? "exactly" : few ? "at least" : "at most", n, plural(n), nargs);
  return false;
}

bool wrapper_args(VM& vm, const char* method, int nargs, Tuple* kwnames, int n) {
  if (kwnames && kwnames->size > 0) {
    vm.raise_fmt(vm.types.TypeError, "wrapper %s() takes no keyword arguments", method);
    return false;
  }
  if (nargs == n) return true;
  vm.raise_fmt(vm.types.TypeError, "expected %d argument%s, got %d", n, plural(n), nargs);
  return false;
}

namespace {

// How CPython checks the arguments of a special method of a built-in type.
enum class SpecialKind : uint8_t {
  Wrapper,        // a slot wrapper: check_num_args
  UnpackWrapper,  // a slot wrapper using PyArg_UnpackTuple(args, "", ...)
  Method,         // a METH_O / METH_NOARGS method the type defines itself
};

struct SpecialMethod {
  const char* type;  // null: every type
  const char* name;
  SpecialKind kind;
};

// CPython's slotdefs (Objects/typeobject.c) for the slots coil's built-in
// types fill, and the methods that coexist with them. First match wins.
constexpr SpecialMethod kSpecialMethods[] = {
    // Defined beside the slot (METH_COEXIST) or instead of it.
    {"list", "__getitem__", SpecialKind::Method},
    {"dict", "__getitem__", SpecialKind::Method},
    {"dict", "__contains__", SpecialKind::Method},
    {"set", "__contains__", SpecialKind::Method},
    {"frozenset", "__contains__", SpecialKind::Method},
    // sq_repeat, sq_inplace_repeat and sq_ass_item/mp_ass_subscript.
    {"list", "__mul__", SpecialKind::UnpackWrapper},
    {"list", "__rmul__", SpecialKind::UnpackWrapper},
    {"list", "__imul__", SpecialKind::UnpackWrapper},
    {"tuple", "__mul__", SpecialKind::UnpackWrapper},
    {"tuple", "__rmul__", SpecialKind::UnpackWrapper},
    {"str", "__mul__", SpecialKind::UnpackWrapper},
    {"str", "__rmul__", SpecialKind::UnpackWrapper},
    {nullptr, "__setitem__", SpecialKind::UnpackWrapper},
    // Every other slot wrapper.
    {nullptr, "__len__", SpecialKind::Wrapper},
    {nullptr, "__iter__", SpecialKind::Wrapper},
    {nullptr, "__next__", SpecialKind::Wrapper},
    {nullptr, "__repr__", SpecialKind::Wrapper},
    {nullptr, "__str__", SpecialKind::Wrapper},
    {nullptr, "__hash__", SpecialKind::Wrapper},
    {nullptr, "__contains__", SpecialKind::Wrapper},
    {nullptr, "__getitem__", SpecialKind::Wrapper},
    {nullptr, "__delitem__", SpecialKind::Wrapper},
    {nullptr, "__add__", SpecialKind::Wrapper},
    {nullptr, "__radd__", SpecialKind::Wrapper},
    {nullptr, "__iadd__", SpecialKind::Wrapper},
    {nullptr, "__mul__", SpecialKind::Wrapper},
    {nullptr, "__rmul__", SpecialKind::Wrapper},
    {nullptr, "__mod__", SpecialKind::Wrapper},
    {nullptr, "__rmod__", SpecialKind::Wrapper},
    {nullptr, "__eq__", SpecialKind::Wrapper},
    {nullptr, "__ne__", SpecialKind::Wrapper},
    {nullptr, "__lt__", SpecialKind::Wrapper},
    {nullptr, "__le__", SpecialKind::Wrapper},
    {nullptr, "__gt__", SpecialKind::Wrapper},
    {nullptr, "__ge__", SpecialKind::Wrapper},
    {nullptr, "__neg__", SpecialKind::Wrapper},
    {nullptr, "__pos__", SpecialKind::Wrapper},
    {nullptr, "__abs__", SpecialKind::Wrapper},
    {nullptr, "__invert__", SpecialKind::Wrapper},
    {nullptr, "__bool__", SpecialKind::Wrapper},
    {nullptr, "__int__", SpecialKind::Wrapper},
    {nullptr, "__float__", SpecialKind::Wrapper},
    {nullptr, "__index__", SpecialKind::Wrapper},
    {nullptr, "__or__", SpecialKind::Wrapper},
    {nullptr, "__ror__", SpecialKind::Wrapper},
    {nullptr, "__and__", SpecialKind::Wrapper},
    {nullptr, "__rand__", SpecialKind::Wrapper},
    {nullptr, "__xor__", SpecialKind::Wrapper},
    {nullptr, "__rxor__", SpecialKind::Wrapper},
    {nullptr, "__sub__", SpecialKind::Wrapper},
    {nullptr, "__rsub__", SpecialKind::Wrapper},
    {nullptr, "__ior__", SpecialKind::Wrapper},
    {nullptr, "__iand__", SpecialKind::Wrapper},
    {nullptr, "__ixor__", SpecialKind::Wrapper},
    {nullptr, "__isub__", SpecialKind::Wrapper},
};

SpecialKind special_kind(const char* type, const char* method) {
  for (const SpecialMethod& m : kSpecialMethods) {
    if (std::strcmp(m.name, method) == 0 && (!m.type || std::strcmp(m.type, type) == 0)) {
      return m.kind;
    }
  }
  return SpecialKind::Method;
}

}  // namespace

bool special_method_args(VM& vm, const char* type, const char* method, int nargs,
                         Tuple* kwnames, int n) {
  if (nargs == n && (!kwnames || kwnames->size == 0)) return true;
  switch (special_kind(type, method)) {
    case SpecialKind::Wrapper:
      return wrapper_args(vm, method, nargs, kwnames, n);
    case SpecialKind::UnpackWrapper:
      return unpack_wrapper_args(vm, method, nargs, kwnames, n, n);
    case SpecialKind::Method:
      break;
  }
  return positional_args(vm, std::string(type) + "." + method, nargs, kwnames, n, n);
}

bool unpack_wrapper_args(VM& vm, const char* method, int nargs, Tuple* kwnames, int min, int max) {
  if (kwnames && kwnames->size > 0) return wrapper_args(vm, method, nargs, kwnames, min);
  if (nargs >= min && nargs <= max) return true;
  bool few = nargs < min;
  int n = few ? min : max;
  vm.raise_fmt(vm.types.TypeError, " expected %s%d argument%s, got %d",
               min == max ? "" : few ? "at least " : "at most ", n, plural(n), nargs);
  return false;
}

bool parse_args(VM& vm, const char* fname, Value* args, int nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, int required, Value* out,
                int max_positional, ArgStyle style) {
  int n = static_cast<int>(names.size());
  if (max_positional < 0) max_positional = n;
  if ((!kwnames || kwnames->size == 0) && nargs >= required && nargs <= max_positional) {
    for (int i = 0; i < n; ++i) out[i] = i < nargs ? args[i] : Value::null();
    return true;
  }
  Params p{fname, style, n, required, 0, max_positional,
           names.begin(), nullptr};
  return parse_params(vm, p, args, nargs, kwnames, out);
}

}  // namespace coil::vm
