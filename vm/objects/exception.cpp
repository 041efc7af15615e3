// Exceptions: raising with implicit chaining, the BaseException family's
// attributes and reprs (tracebacks are printed by vm/traceback.cpp).
#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/traceback.hpp"

namespace coil::vm {

static Exception* as_exc(Value v) { return static_cast<Exception*>(v.as_obj()); }

Value VM::raise_value(Value exc) {
  if (exc.is_obj() && exc.as_obj()->kind == ObjKind::Type &&
      (static_cast<Type*>(exc.as_obj())->flags & Type::kException)) {
    exc = call(exc, nullptr, 0);
    if (exc.is_exception()) return exc;
  }
  if (!isinstance(exc, types.BaseException)) {
    return raise(types.TypeError, "exceptions must derive from BaseException");
  }
  // Implicit chaining: the exception being handled becomes the context,
  // breaking any cycle the way CPython does.
  Value handled = handled_exception();
  if (!handled.is_null() && !handled.is(exc) && handled.is_obj() &&
      handled.as_obj()->kind == ObjKind::Exception) {
    Value o = handled;
    while (o.is_obj() && o.as_obj()->kind == ObjKind::Exception) {
      Value ctx = as_exc(o)->context;
      if (ctx.is(exc)) {
        as_exc(o)->context = Value::none();
        break;
      }
      o = ctx;
    }
    as_exc(exc)->context = handled;
  }
  pending = exc;
  return Value::exception();
}

Value stop_iteration_value(VM& vm, Value exc) {
  (void)vm;
  if (!exc.is_obj() || exc.as_obj()->kind != ObjKind::Exception) return Value::none();
  Tuple* args = as_exc(exc)->args;
  return args && args->size > 0 ? args->items[0] : Value::none();
}

Value system_exit_code(VM& vm, Value exc) {
  Tuple* args = as_exc(exc)->args;
  if (args && args->size > 1) return Value::object(args);
  return stop_iteration_value(vm, exc);
}

// CPython's errnomap (Objects/exceptions.c): the subclass OSError(errno, ...)
// and the OS-error raisers construct.
Type* os_error_type_for_errno(VM& vm, int err) {
  switch (err) {
    case ENOENT: return vm.types.FileNotFoundError;
    case EEXIST: return vm.types.FileExistsError;
    case EISDIR: return vm.types.IsADirectoryError;
    case ENOTDIR: return vm.types.NotADirectoryError;
    case EACCES:
    case EPERM: return vm.types.PermissionError;
    case EINTR: return vm.types.InterruptedError;
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS: return vm.types.BlockingIOError;
    case ECHILD: return vm.types.ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return vm.types.BrokenPipeError;
    case ECONNABORTED: return vm.types.ConnectionAbortedError;
    case ECONNREFUSED: return vm.types.ConnectionRefusedError;
    case ECONNRESET: return vm.types.ConnectionResetError;
    case ESRCH: return vm.types.ProcessLookupError;
    case ETIMEDOUT: return vm.types.TimeoutError;
    default: return vm.types.OSError;
  }
}

// ---------------------------------------------------------------- str/repr

// CPython's OSError_str: "[Errno 2] No such file or directory: 'x'".
static Value os_error_str(VM& vm, Exception* e) {
  Tuple* args = e->args;
  Value filename = e->dict ? dict_get_str(e->dict, vm.names.filename) : Value::null();
  if (filename.is_null()) filename = args->size >= 3 ? args->items[2] : Value::none();
  Value filename2 = e->dict ? dict_get_str(e->dict, vm.intern("filename2")) : Value::null();
  if (filename2.is_null()) filename2 = args->size >= 5 ? args->items[4] : Value::none();
  RootScope roots(vm);
  Value no = roots.add(vm.str(args->items[0]));
  if (no.is_exception()) return no;
  Value text = roots.add(vm.str(args->items[1]));
  if (text.is_exception()) return text;
  std::string s = "[Errno " + std::string(as_str(no)->view()) + "] " + std::string(as_str(text)->view());
  if (!filename.is_none()) {
    Value r = vm.repr(filename);
    if (r.is_exception()) return r;
    s += ": " + std::string(as_str(r)->view());
    if (!filename2.is_none()) {  // rename(a, b) and friends: 'a' -> 'b'
      Value r2 = vm.repr(filename2);
      if (r2.is_exception()) return r2;
      s += " -> " + std::string(as_str(r2)->view());
    }
  }
  return vm.str_value(s);
}

__attribute__((format(printf, 1, 2))) static std::string format_text(const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return std::string(buf, n < 0 ? 0 : std::min<size_t>(static_cast<size_t>(n), sizeof buf - 1));
}

// UnicodeTranslateError made with CPython's four arguments (object, start,
// end, reason); its encoding is None.
static bool translate_error_args(VM& vm, Value exc, Exception* e) {
  if (!e->args || e->args->size != 4 || !vm.isinstance(exc, vm.types.UnicodeTranslateError)) return false;
  Value* a = e->args->items;
  return is_str(a[0]) && a[1].is_int() && a[2].is_int() && is_str(a[3]);
}

static Value translate_error_str(VM& vm, Exception* e) {
  Value* a = e->args->items;
  int64_t start = a[1].as_int(), end = a[2].as_int();
  Str* text = as_str(a[0]);
  std::string reason(as_str(a[3])->view());
  if (start >= 0 && end == start + 1 && start < static_cast<int64_t>(text->length)) {
    const char* p = text->data;
    const char* stop = p + text->size;
    for (int64_t i = 0; i < start; ++i) utf8_decode(p, stop);
    uint32_t cp = utf8_decode(p, stop);
    const char* fmt = cp <= 0xff     ? "can't translate character '\\x%02x' in position %lld: %s"
                      : cp <= 0xffff ? "can't translate character '\\u%04x' in position %lld: %s"
                                     : "can't translate character '\\U%08x' in position %lld: %s";
    return vm.str_value(format_text(fmt, cp, static_cast<long long>(start), reason.c_str()));
  }
  return vm.str_value(format_text("can't translate characters in position %lld-%lld: %s",
                                  static_cast<long long>(start), static_cast<long long>(end - 1), reason.c_str()));
}

// UnicodeDecodeError/UnicodeEncodeError made with CPython's five arguments
// (encoding, object, start, end, reason): their attributes and message.
static bool unicode_error_args(VM& vm, Value exc, Exception* e) {
  if (!e->args || e->args->size != 5) return false;
  if (!vm.isinstance(exc, vm.types.UnicodeDecodeError) && !vm.isinstance(exc, vm.types.UnicodeEncodeError)) {
    return false;
  }
  Value* a = e->args->items;
  return is_str(a[0]) && (is_str(a[1]) || is_bytes(a[1]) || is_bytearray(a[1])) && a[2].is_int() && a[3].is_int() &&
         is_str(a[4]);
}

static Value unicode_error_str(VM& vm, Exception* e) {
  Value* a = e->args->items;
  int64_t start = a[2].as_int(), end = a[3].as_int();
  std::string codec(as_str(a[0])->view()), reason(as_str(a[4])->view());
  if (is_str(a[1])) {
    Str* text = as_str(a[1]);
    if (start >= 0 && end == start + 1 && start < static_cast<int64_t>(text->length)) {
      const char* p = text->data;
      const char* stop = p + text->size;
      for (int64_t i = 0; i < start; ++i) utf8_decode(p, stop);
      uint32_t cp = utf8_decode(p, stop);
      const char* fmt = cp <= 0xff     ? "'%s' codec can't encode character '\\x%02x' in position %lld: %s"
                        : cp <= 0xffff ? "'%s' codec can't encode character '\\u%04x' in position %lld: %s"
                                       : "'%s' codec can't encode character '\\U%08x' in position %lld: %s";
      return vm.str_value(format_text(fmt, codec.c_str(), cp, static_cast<long long>(start), reason.c_str()));
    }
    return vm.str_value(format_text("'%s' codec can't encode characters in position %lld-%lld: %s", codec.c_str(),
                                    static_cast<long long>(start), static_cast<long long>(end - 1), reason.c_str()));
  }
  std::string_view data;
  bytes_like(a[1], data);
  if (start >= 0 && end == start + 1 && start < static_cast<int64_t>(data.size())) {
    return vm.str_value(format_text("'%s' codec can't decode byte 0x%02x in position %lld: %s", codec.c_str(),
                                    static_cast<unsigned char>(data[start]), static_cast<long long>(start),
                                    reason.c_str()));
  }
  return vm.str_value(format_text("'%s' codec can't decode bytes in position %lld-%lld: %s", codec.c_str(),
                                  static_cast<long long>(start), static_cast<long long>(end - 1), reason.c_str()));
}

// A SyntaxError's detail `name` (filename, lineno, offset, text, end_lineno,
// end_offset): assigned as an attribute (the compiler does), else taken from
// the info of SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
// end_offset])), else None.
Value syntax_error_detail(VM& vm, Value exc, std::string_view name) {
  Exception* e = as_exc(exc);
  if (e->dict) {
    Value v = dict_get_str(e->dict, vm.intern(name));
    if (!v.is_null()) return v;
  }
  if (name == "msg") return e->args && e->args->size ? e->args->items[0] : Value::none();
  static constexpr std::string_view kFields[] = {"filename", "lineno", "offset",
                                                 "text", "end_lineno", "end_offset"};
  Tuple* args = e->args;
  if (args && args->size == 2 && args->items[1].is_obj() && args->items[1].as_obj()->kind == ObjKind::Tuple) {
    auto* info = static_cast<Tuple*>(args->items[1].as_obj());
    for (uint32_t i = 0; i < 6; ++i) {
      if (name == kFields[i]) return i < info->size ? info->items[i] : Value::none();
    }
  }
  return Value::none();
}

// CPython's SyntaxError_str: "msg (file.py, line 3)", with the file's base
// name, each part only when it is a str / an exact int.
static Value syntax_error_str(VM& vm, Value exc) {
  RootScope roots(vm);
  Value msg = roots.add(vm.str(syntax_error_detail(vm, exc, "msg")));
  if (msg.is_exception()) return msg;
  Value file = syntax_error_detail(vm, exc, "filename");
  Value line = syntax_error_detail(vm, exc, "lineno");
  bool have_file = file.is_obj() && is_str(file);
  bool have_line = line.is_int() && vm.type_of(line) == vm.types.int_;
  if (!have_file && !have_line) return msg;
  std::string out(as_str(msg)->view());
  out += " (";
  if (have_file) {
    std::string_view f = as_str(file)->view();
    size_t slash = f.rfind('/');
    out += slash == std::string_view::npos ? f : f.substr(slash + 1);
    if (have_line) out += ", ";
  }
  if (have_line) out += "line " + std::to_string(line.as_int());
  out += ")";
  return vm.str_value(out);
}

Value exception_str(VM& vm, Value exc) {
  Exception* e = as_exc(exc);
  if (vm.isinstance(exc, vm.types.SyntaxError)) return syntax_error_str(vm, exc);
  Tuple* args = e->args;
  uint32_t n = args ? args->size : 0;
  if (vm.isinstance(exc, vm.types.KeyError) && n == 1) return vm.repr(args->items[0]);
  if (n >= 2 && n <= 5 && vm.isinstance(exc, vm.types.OSError)) return os_error_str(vm, e);
  if (unicode_error_args(vm, exc, e)) return unicode_error_str(vm, e);
  if (translate_error_args(vm, exc, e)) return translate_error_str(vm, e);
  if (n == 0) return vm.str_value("");
  if (n == 1) return vm.str(args->items[0]);
  return vm.repr(Value::object(args));
}

static Value exception_repr(VM& vm, Value self) {
  Exception* e = as_exc(self);
  std::string s(vm.type_of(self)->name->view());
  s += "(";
  uint32_t n = e->args ? e->args->size : 0;
  for (uint32_t i = 0; i < n; ++i) {
    if (i) s += ", ";
    Value r = vm.repr(e->args->items[i]);
    if (r.is_exception()) return r;
    s += as_str(r)->view();
  }
  s += ")";
  return vm.str_value(s);
}

static Value exception_str_slot(VM& vm, Value self) { return exception_str(vm, self); }

static Value exception_getattr(VM& vm, Value self, Str* name) {
  Exception* e = as_exc(self);
  std::string_view n = name->view();
  if (n == "args") return Value::object(e->args ? e->args : vm.empty_tuple);
  if (n == "__cause__") return e->cause;
  if (n == "__context__") return e->context;
  if (n == "__suppress_context__") return Value::boolean(e->suppress_context);
  if (n == "__traceback__") return e->traceback ? Value::object(e->traceback) : Value::none();
  if (e->dict) {
    Value v = dict_get_str(e->dict, name);
    if (!v.is_null()) return v;
  }
  if (n == "value" && vm.isinstance(self, vm.types.StopIteration)) return stop_iteration_value(vm, self);
  if (n == "code" && vm.isinstance(self, vm.types.SystemExit)) return system_exit_code(vm, self);
  if (vm.isinstance(self, vm.types.OSError)) {
    uint32_t argc = e->args ? e->args->size : 0;
    if (n == "errno") return argc >= 2 ? e->args->items[0] : Value::none();
    if (n == "strerror") return argc >= 2 ? e->args->items[1] : Value::none();
    if (n == "filename") return argc >= 3 ? e->args->items[2] : Value::none();
    if (n == "filename2") return argc >= 5 ? e->args->items[4] : Value::none();
  }
  if (unicode_error_args(vm, self, e)) {
    static constexpr const char* kFields[] = {"encoding", "object", "start", "end", "reason"};
    for (int i = 0; i < 5; ++i) {
      if (n == kFields[i]) return e->args->items[i];
    }
  }
  if (translate_error_args(vm, self, e)) {
    if (n == "encoding") return Value::none();
    static constexpr const char* kFields[] = {"object", "start", "end", "reason"};
    for (int i = 0; i < 4; ++i) {
      if (n == kFields[i]) return e->args->items[i];
    }
  }
  if (vm.isinstance(self, vm.types.SyntaxError)) {
    if (n == "msg" || n == "filename" || n == "lineno" || n == "offset" || n == "text" ||
        n == "end_lineno" || n == "end_offset") {
      return syntax_error_detail(vm, self, n);
    }
    if (n == "print_file_and_line") return Value::none();
  }
  if ((n == "name" || n == "obj") &&
      (vm.isinstance(self, vm.types.NameError) || vm.isinstance(self, vm.types.AttributeError) ||
       vm.isinstance(self, vm.types.ImportError))) {
    return Value::none();
  }
  if (vm.isinstance(self, vm.types.ImportError)) {
    // CPython's ImportError keeps its one argument as msg.
    if (n == "msg") return e->args && e->args->size == 1 ? e->args->items[0] : Value::none();
    if (n == "path") return Value::none();
  }
  return generic_getattr(vm, self, name, true);
}

static int exception_setattr(VM& vm, Value self, Str* name, Value value) {
  Exception* e = as_exc(self);
  std::string_view n = name->view();
  if (n == "__cause__") {
    if (value.is_null()) return vm.raise(vm.types.TypeError, "__cause__ may not be deleted").is_exception() ? -1 : -1;
    if (!value.is_none() && !vm.isinstance(value, vm.types.BaseException)) {
      vm.raise(vm.types.TypeError, "exception cause must be None or derive from BaseException");
      return -1;
    }
    e->cause = value;
    e->suppress_context = true;
    return 0;
  }
  if (n == "__context__") {
    e->context = value.is_null() ? Value::none() : value;
    return 0;
  }
  if (n == "__suppress_context__") {
    e->suppress_context = !value.is_null() && vm.truthy(value) == 1;
    return 0;
  }
  if (n == "__traceback__") {
    if (value.is_none() || value.is_null()) {
      e->traceback = nullptr;
    } else if (value.is_obj() && value.as_obj()->kind == ObjKind::Traceback) {
      e->traceback = static_cast<Traceback*>(value.as_obj());
    } else {
      vm.raise(vm.types.TypeError, "__traceback__ must be a traceback or None");
      return -1;
    }
    return 0;
  }
  if (n == "args") {
    std::vector<Value> items;
    if (!vm.unpack_iterable(value, items)) return -1;
    Tuple* t = vm.new_tuple(static_cast<uint32_t>(items.size()));
    for (size_t i = 0; i < items.size(); ++i) t->items[i] = items[i];
    e->args = t;
    return 0;
  }
  return generic_setattr(vm, self, name, value);
}

// BaseException.add_note(note): appends to __notes__, creating the list.
static Value exception_add_note(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "add_note", kw) || !check_nargs(vm, "add_note", nargs, 2, 2)) return Value::exception();
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "note must be a str, not '%s'", type_name(vm, args[1]));
  }
  Str* key = vm.intern("__notes__");
  Value notes = vm.getattr(args[0], key);
  if (notes.is_exception()) {
    if (!vm.isinstance(vm.pending, vm.types.AttributeError)) return Value::exception();
    vm.pending = Value::null();
    notes = Value::object(vm.new_list(0));
    RootScope roots(vm);
    roots.add(notes);
    if (vm.setattr(args[0], key, notes) < 0) return Value::exception();
  }
  if (!notes.is_obj() || notes.as_obj()->kind != ObjKind::List) {
    return vm.raise(vm.types.TypeError, "Cannot add note: __notes__ is not a list");
  }
  static_cast<List*>(notes.as_obj())->push(args[1]);
  return Value::none();
}

// BaseException.__reduce__(): (type, args), plus the instance dict when
// there is one, as copy and pickle expect.
static Value exception_reduce(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__reduce__", kw) || !check_nargs(vm, "__reduce__", nargs, 1, 1)) return Value::exception();
  Exception* e = as_exc(args[0]);
  Value type = Value::object(vm.type_of(args[0]));
  Value exc_args = Value::object(e->args ? e->args : vm.empty_tuple);
  if (e->dict && e->dict->table.used) return Value::object(vm.tuple_of({type, exc_args, Value::object(e->dict)}));
  return Value::object(vm.tuple_of({type, exc_args}));
}

static Value exception_with_traceback(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "with_traceback", kw) || !check_nargs(vm, "with_traceback", nargs, 2, 2))
    return Value::exception();
  if (exception_setattr(vm, args[0], vm.names.__traceback__, args[1]) < 0) return Value::exception();
  return args[0];
}

// BaseException.__str__ and __repr__ as methods, so a subclass's own
// __str__ can reach them through super() (object's would give the repr).


Value set_import_error_keywords(VM& vm, Value exc, const Value* kwvalues, Tuple* kwnames) {
  // As CPython's PyArg_ParseTupleAndKeywords("|$OO:ImportError"): the count first.
  if (kwnames->size > 2) {
    return vm.raise_fmt(vm.types.TypeError, "ImportError() takes at most 2 keyword arguments (%u given)",
                        static_cast<unsigned>(kwnames->size));
  }
  for (uint32_t i = 0; i < kwnames->size; ++i) {
    Str* key = as_str(kwnames->items[i]);
    if (key->view() != "name" && key->view() != "path") {
      return vm.raise_fmt(vm.types.TypeError, "'%s' is an invalid keyword argument for ImportError()", key->data);
    }
  }
  RootScope roots(vm);
  roots.add(exc);
  Exception* e = as_exc(exc);
  if (!e->dict) e->dict = vm.new_dict();
  for (uint32_t i = 0; i < kwnames->size; ++i) dict_set_str(vm, e->dict, as_str(kwnames->items[i]), kwvalues[i]);
  return exc;
}

// BaseException.__init__: stores the arguments (used by subclasses' super().__init__);
// ImportError's keywords (a subclass's super().__init__(msg, name=...)) become attributes.
static Value exception_init(VM& vm, Value* args, int nargs, Tuple* kw) {
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(nargs - 1));
  for (int i = 1; i < nargs; ++i) t->items[i - 1] = args[i];
  as_exc(args[0])->args = t;
  if (kw && kw->size && vm.isinstance(args[0], vm.types.ImportError)) {
    Value r = set_import_error_keywords(vm, args[0], args + nargs, kw);
    if (r.is_exception()) return r;
  }
  return Value::none();
}

// BaseException.__new__(cls, *args): an instance of cls with its args (for
// exception classes that define __new__).
static Value exception_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  (void)kw;
  if (nargs < 1) return vm.raise(vm.types.TypeError, "BaseException.__new__(): not enough arguments");
  Value cls = args[0];
  if (!cls.is_obj() || cls.as_obj()->kind != ObjKind::Type) {
    return vm.raise_fmt(vm.types.TypeError, "BaseException.__new__(X): X is not a type object (%s)",
                        type_name(vm, cls));
  }
  auto* type = static_cast<Type*>(cls.as_obj());
  if (!vm.is_subtype(type, vm.types.BaseException)) {
    return vm.raise_fmt(vm.types.TypeError, "BaseException.__new__(%s): %s is not a subtype of BaseException",
                        type->name->data, type->name->data);
  }
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(nargs - 1));
  for (int i = 1; i < nargs; ++i) t->items[i - 1] = args[i];
  return vm.new_exception_args(type, t);
}

void init_exception_types(VM& vm) {
  Type* base = vm.types.BaseException;
  base->slots.repr = exception_repr;
  base->slots.str = exception_str_slot;
  base->slots.getattr = exception_getattr;
  base->slots.setattr = exception_setattr;
  add_method(vm, base, "with_traceback", exception_with_traceback);
  add_method(vm, base, "add_note", exception_add_note);
  add_method(vm, base, "__reduce__", exception_reduce);
  add_method(vm, base, "__init__", exception_init);
  vm.set_global(base->dict, "__new__", Value::object(vm.new_native("__new__", exception_new)));
  init_traceback_type(vm);
}

}  // namespace coil::vm
