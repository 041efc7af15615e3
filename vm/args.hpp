// The one argument parser of functions written in C++ (CPython's Argument
// Clinic, MicroPython's mp_arg_parse_all): a function declares its
// parameters once, as Python writes a signature, and the parser maps
// positional and keyword arguments onto them, with CPython 3.11's TypeError
// wording for each calling convention.
//
//   const ArgSpec kSplit{"split", "sep=None, maxsplit=-1"};
//   Value a[2];
//   if (!kSplit.parse(vm, args + 1, nargs - 1, kwnames, a)) return Value::exception();
//
// Signature items, separated by commas: `name` (required), `name=default`
// (default None, True, False, an integer, or `?`: left null() when not given,
// so the function can tell), `/` (the parameters before it are
// positional-only) and `*` (those after it are keyword-only).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "vm/vm.hpp"

namespace coil::vm {

// Which of CPython's calling conventions the function follows: it decides
// the wording of the TypeErrors, nothing else.
enum class ArgStyle : uint8_t {
  // Argument Clinic / PyArg_ParseTupleAndKeywords: "split() takes at most 2
  // arguments (3 given)", "'x' is an invalid keyword argument for split()",
  // "round() missing required argument 'number' (pos 1)".
  Keywords,
  // METH_NOARGS, METH_O and METH_FASTCALL without keywords: "str.lower()
  // takes no arguments (1 given)", "len() takes exactly one argument (0
  // given)", "pow expected 2 arguments, got 1", "dict.get() takes no
  // keyword arguments".
  Positional,
  // PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
  Tuple,
  // A slot wrapper (str.__add__): "expected 1 argument, got 0", "wrapper
  // __add__() takes no keyword arguments".
  Wrapper,
  // A function CPython writes in Python (asyncio's loop methods): "f() got
  // an unexpected keyword argument 'x'", "f() missing 1 required
  // positional argument: 'x'"; `name` is the qualified name.
  Python,
};

// A parsed parameter list: what the parser needs, without its storage (the
// ArgSpec below owns one; parse_args makes one on the stack).
struct Params {
  const char* name;  // see ArgSpec
  ArgStyle style;
  int count;          // parameters
  int required;       // the first `required` have no default
  int posonly;        // the first `posonly` cannot be given by name
  int maxpos;         // at most `maxpos` by position (the rest are keyword-only)
  const char* const* names;
  const Value* defaults;  // null(): nothing (the parameter was not given)
};

// The general case of ArgSpec::parse (keywords, or a wrong count).
bool parse_params(VM& vm, const Params& p, Value* args, int nargs, Tuple* kwnames, Value* out);

class ArgSpec {
 public:
  static constexpr int kMaxParams = 16;

  // `name` as CPython's messages show it: qualified ("str.split",
  // "math.pow", "len") where the convention prints it so; null for
  // PyArg_ParseTupleAndKeywords without a name ("function missing ...").
  ArgSpec(const char* name, const char* signature, ArgStyle style = ArgStyle::Keywords);
  ArgSpec(const ArgSpec&) = delete;
  ArgSpec& operator=(const ArgSpec&) = delete;

  // Fills out[0..count()) from the arguments (defaults where not given).
  // False with TypeError pending when they do not fit.
  bool parse(VM& vm, Value* args, int nargs, Tuple* kwnames, Value* out) const {
    if (nargs >= p_.required && nargs <= p_.maxpos && (!kwnames || kwnames->size == 0)) {
      // The usual call: positional arguments only, nothing to look up.
      for (int i = 0; i < nargs; ++i) out[i] = args[i];
      for (int i = nargs; i < p_.count; ++i) out[i] = defaults_[i];
      return true;
    }
    return parse_params(vm, p_, args, nargs, kwnames, out);
  }

  const Params& params() const { return p_; }
  int count() const { return p_.count; }

 private:
  Params p_;
  std::string text_;  // the names, NUL-separated (names_ point into it)
  const char* names_[kMaxParams];
  Value defaults_[kMaxParams];
};

// Positional-only calls, for functions whose count is all there is to check
// (the spec's Positional style): min <= nargs <= max, with CPython's
// wording for METH_NOARGS (min == max == 0) and METH_O (1) under the
// qualified `fname`, and _PyArg_CheckPositional's ("center expected at
// least 1 argument, got 0") under the part after its last dot.
bool check_nargs(VM& vm, std::string_view fname, int nargs, int min, int max);
// For functions that take no keyword arguments: "fname() takes no keyword arguments".
bool no_kwargs(VM& vm, std::string_view fname, Tuple* kwnames);
// Both: the checks of a METH_FASTCALL function without keywords.
inline bool positional_args(VM& vm, std::string_view fname, int nargs, Tuple* kwnames, int min,
                            int max) {
  if ((!kwnames || kwnames->size == 0) && nargs >= min && nargs <= max) return true;
  return no_kwargs(vm, fname, kwnames) && check_nargs(vm, fname, nargs, min, max);
}
// PyArg_ParseTuple's checks for positional-only arguments (METH_VARARGS:
// str.find, bytes.count): "find() takes at least 1 argument (0 given)",
// and under the qualified `name` "str.find() takes no keyword arguments"
// (what CPython says when the method is called as obj.find(...)).
bool tuple_args_slow(VM& vm, const char* name, int nargs, Tuple* kwnames, int min, int max);
inline bool tuple_args(VM& vm, const char* name, int nargs, Tuple* kwnames, int min, int max) {
  if ((!kwnames || kwnames->size == 0) && nargs >= min && nargs <= max) return true;
  return tuple_args_slow(vm, name, nargs, kwnames, min, max);
}
// A slot wrapper's checks (list.__len__(self), str.__add__(self, other)):
// "expected 1 argument, got 0", "wrapper __add__() takes no keyword
// arguments". nargs excludes the receiver.
bool wrapper_args(VM& vm, const char* method, int nargs, Tuple* kwnames, int n);

// A built-in type's special method `type.method` given nargs arguments
// after the receiver when it takes n: checked as CPython checks it. Most
// stand for a slot and are slot wrappers ("expected 1 argument, got 0",
// "wrapper __len__() takes no keyword arguments"; sequence repeat and item
// assignment say " expected 2 arguments, got 3"); a few the type defines as
// plain methods beside the slot (list.__getitem__: "list.__getitem__()
// takes exactly one argument (0 given)"), as are dunders that are no slot
// (__reversed__, __sizeof__). The table of which is which is in args.cpp.
bool special_method_args(VM& vm, const char* type, const char* method, int nargs,
                         Tuple* kwnames, int n);

// A slot wrapper that unpacks its arguments with PyArg_UnpackTuple and no
// name (int.__pow__(exp, mod=None)): " expected at least 1 argument, got 0".
bool unpack_wrapper_args(VM& vm, const char* method, int nargs, Tuple* kwnames, int min, int max);

// Argument Clinic's TypeError for an argument of the wrong type: "encode()
// argument 'errors' must be str, not int". `arg` is the parameter's name,
// or its position ("1") where CPython numbers it; None is named "None"
// (_PyArg_BadArgument). Returns exception().
Value raise_bad_argument(VM& vm, std::string_view fname, std::string_view arg, std::string_view expected,
                         Value got);
// A str argument's text in `out`; an optional one not given (null()) leaves
// `out`, its default, as it is. False with raise_bad_argument's error pending.
bool str_param(VM& vm, std::string_view fname, std::string_view arg, Value v, std::string_view& out);

// The same parser for a signature written at the call (names in order, the
// first `required` mandatory, at most `max_positional` by position, the
// rest keyword-only); missing optional ones are left null().
bool parse_args(VM& vm, const char* fname, Value* args, int nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, int required, Value* out,
                int max_positional = -1, ArgStyle style = ArgStyle::Keywords);

}  // namespace coil::vm
