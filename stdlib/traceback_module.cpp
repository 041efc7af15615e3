// `_traceback`: what the traceback module (stdlib/lib/traceback.py) cannot
// see from coil code. coil has no frame objects, so the entries of a
// traceback and of the running stack come from here, and the text of an
// entry is the VM's own (the same lines, carets and "[Previous line repeated
// N more times]" as an uncaught exception's report).
#include <algorithm>
#include <string>

#include "stdlib/stdlib.hpp"
#include "vm/frame.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/traceback.hpp"

namespace coil::vm {

namespace {

bool is_traceback(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Traceback; }
bool is_exception(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Exception; }

// Code compiled into the binary ("<frozen NAME>"): left out, as in tracebacks.
bool is_frozen(Code* c) { return c->filename->view().starts_with("<frozen "); }

// (filename, lineno, name, line or None) for one entry.
Value entry_tuple(VM& vm, Code* code, int line) {
  RootScope roots(vm);
  Value text = Value::none();
  std::string src;
  if (raw_source_line(vm, code->filename, line, src)) {
    size_t first = src.find_first_not_of(" \t\f");
    size_t last = src.find_last_not_of(" \t\f");
    text = roots.add(vm.str_value(first == std::string::npos ? "" : src.substr(first, last - first + 1)));
  }
  Value lineno = roots.add(vm.make_int(line));
  return Value::object(
      vm.tuple_of({Value::object(code->filename), lineno, Value::object(code->name), text}));
}

// format_tb(tb) -> str: the "  File ..." blocks of a traceback chain.
Value tb_format_tb(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "format_tb", kw) || !check_nargs(vm, "format_tb", nargs, 1, 1)) {
    return Value::exception();
  }
  if (args[0].is_none()) return vm.str_value("");
  if (!is_traceback(args[0])) return vm.raise(vm.types.TypeError, "format_tb() expects a traceback");
  std::string out;
  format_traceback_entries(vm, out, static_cast<Traceback*>(args[0].as_obj()));
  return vm.str_value(out);
}

// format_exception_only(exc) -> str: "Type: message\n" (SyntaxError's block).
// Without "Did you mean" (3.11's traceback module has none: only the
// interpreter's own report of an uncaught exception offers it).
Value tb_format_exception_only(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "format_exception_only", kw) ||
      !check_nargs(vm, "format_exception_only", nargs, 1, 1)) {
    return Value::exception();
  }
  if (!is_exception(args[0])) return vm.raise(vm.types.TypeError, "format_exception_only() expects an exception");
  std::string out;
  format_exception_only(vm, out, args[0], /*suggest=*/false);
  return vm.str_value(out);
}

// extract_tb(tb) -> [(filename, lineno, name, line), ...], oldest call first,
// frozen frames left out when the chain has others.
Value tb_extract_tb(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "extract_tb", kw) || !check_nargs(vm, "extract_tb", nargs, 1, 1)) {
    return Value::exception();
  }
  RootScope roots(vm);
  List* out = roots.add(vm.new_list());
  if (args[0].is_none()) return Value::object(out);
  if (!is_traceback(args[0])) return vm.raise(vm.types.TypeError, "extract_tb() expects a traceback");
  auto* first = static_cast<Traceback*>(args[0].as_obj());
  bool hide_frozen = false;
  for (Traceback* t = first; t; t = t->next) hide_frozen |= !is_frozen(t->code);
  for (Traceback* t = first; t; t = t->next) {
    if (hide_frozen && is_frozen(t->code)) continue;
    out->push(entry_tuple(vm, t->code, t->line));
  }
  return Value::object(out);
}

// extract_stack(with_frozen=False) -> the running frames as entries, outermost
// first, without frozen ones (the traceback module's own frames among them)
// unless asked (warnings counts its stacklevel over every frame).
Value tb_extract_stack(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "extract_stack", kw) || !check_nargs(vm, "extract_stack", nargs, 0, 1)) {
    return Value::exception();
  }
  int with_frozen = nargs ? vm.truthy(args[0]) : 0;
  if (with_frozen < 0) return Value::exception();
  RootScope roots(vm);
  List* out = roots.add(vm.new_list());
  for (Frame* f = vm.frame; f; f = f->previous) {
    if (is_frozen(f->code) && !with_frozen) continue;
    out->push(entry_tuple(vm, f->code, f->line()));
  }
  std::reverse(out->items.begin(), out->items.end());
  return Value::object(out);
}

// getline(filename, lineno) -> the line with its newline, or "" (linecache).
Value tb_getline(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "getline", kw) || !check_nargs(vm, "getline", nargs, 2, 2)) {
    return Value::exception();
  }
  if (!is_str(args[0]) || !args[1].is_int()) return vm.str_value("");
  std::string line;
  if (!raw_source_line(vm, as_str(args[0]), static_cast<int>(args[1].as_int()), line)) {
    return vm.str_value("");
  }
  return vm.str_value(line + "\n");
}

// cache_source(filename, text): tracebacks show the lines of `text` for code
// compiled under that name; text None forgets them. doctest sets its
// examples' text while a test runs, as CPython's doctest patches
// linecache.getlines for the run.
Value tb_cache_source(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "cache_source", kw) || !check_nargs(vm, "cache_source", nargs, 2, 2)) {
    return Value::exception();
  }
  if (!is_str(args[0]) || !(is_str(args[1]) || args[1].is_none())) {
    return vm.raise(vm.types.TypeError, "cache_source() takes a str and a str or None");
  }
  std::string filename(as_str(args[0])->view());
  if (args[1].is_none()) {
    vm.sources.erase(filename);
  } else {
    vm.sources[filename] = std::string(as_str(args[1])->view());
  }
  return Value::none();
}

}  // namespace

Module* init_traceback_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("_traceback"));
  add_function(vm, m->dict, "format_tb", tb_format_tb);
  add_function(vm, m->dict, "format_exception_only", tb_format_exception_only);
  add_function(vm, m->dict, "extract_tb", tb_extract_tb);
  add_function(vm, m->dict, "extract_stack", tb_extract_stack);
  add_function(vm, m->dict, "getline", tb_getline);
  add_function(vm, m->dict, "cache_source", tb_cache_source);
  return m;
}

}  // namespace coil::vm
