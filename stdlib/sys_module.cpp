// The `sys` module: argv, exit, the standard streams, the recursion limit,
// version information, and struct sequences (named tuples such as
// sys.version_info, also used by the time module).
#include <cfloat>
#include <climits>
#include <cstring>
#include <iostream>
#include <string>

#include "stdlib/stdlib.hpp"
#include "vm/frame.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/traceback.hpp"

namespace coil::vm {

namespace {

// ---------------------------------------------------------------- struct sequences

Tuple* struct_seq_fields(VM& vm, Type* t) {
  Value f = vm.lookup_type(t, vm.intern("__match_args__"));
  if (f.is_null() || !f.is_obj() || f.as_obj()->kind != ObjKind::Tuple) return nullptr;
  return static_cast<Tuple*>(f.as_obj());
}

Value struct_seq_repr(VM& vm, Value self) {
  auto* t = static_cast<Tuple*>(self.as_obj());
  Type* type = vm.type_of(self);
  Tuple* fields = struct_seq_fields(vm, type);
  std::string out;
  // CPython's tp_name: "sys.version_info", but a type of no module is
  // plain "asyncgen_hooks".
  if (is_str(type->module) && as_str(type->module)->view() != "builtins") {
    out += as_str(type->module)->view();
    out += '.';
  }
  out += type->name->view();
  out += '(';
  for (uint32_t i = 0; i < t->size; ++i) {
    if (i > 0) out += ", ";
    if (fields && i < fields->size) {
      out += as_str(fields->items[i])->view();
      out += '=';
    }
    Value r = vm.repr(t->items[i]);
    if (r.is_exception()) return r;
    out += as_str(r)->view();
  }
  out += ')';
  return vm.str_value(out);
}

Value struct_seq_getattr(VM& vm, Value self, Str* name) {
  auto* t = static_cast<Tuple*>(self.as_obj());
  if (Tuple* fields = struct_seq_fields(vm, vm.type_of(self))) {
    for (uint32_t i = 0; i < fields->size && i < t->size; ++i) {
      if (as_str(fields->items[i])->view() == name->view()) return t->items[i];
    }
  }
  return generic_getattr(vm, self, name, true);
}

// ---------------------------------------------------------------- standard streams

// The VM's stdin/stdout/stderr: Foreign objects whose `aux` is the fd, each
// with its binary layer (`buffer`).
struct StdStream : Foreign {
  Value buffer;
};

void stream_trace(Obj* self, std::vector<Obj*>& gray) { mark_gray(gray, static_cast<StdStream*>(self)->buffer); }

constexpr ForeignClass kStdStreamClass = {"TextIOWrapper", stream_trace, nullptr};

// sys.stdout.buffer and the others: bytes in and out of the same VM output
// and input as the text streams. Bytes read past what was asked for wait in
// `pending`.
struct StdBuffer : Foreign {
  std::string pending;
};

void buffer_destroy(Obj* self) { static_cast<StdBuffer*>(self)->~StdBuffer(); }

constexpr ForeignClass kStdBufferClass = {"BufferedIO", nullptr, buffer_destroy};

Foreign* as_stream(Value v) { return static_cast<Foreign*>(v.as_obj()); }

const char* stream_name(int fd) {
  return fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
}

Value stream_repr(VM& vm, Value self) {
  int fd = std_stream_fd(self);
  std::string s = std::string("<_io.TextIOWrapper name='") + stream_name(fd) + "' mode='" +
                  (fd == 0 ? "r" : "w") + "' encoding='utf-8'>";
  return vm.str_value(s);
}

// A few read-only attributes that scripts look at.
Value stream_getattr(VM& vm, Value self, Str* name) {
  int fd = std_stream_fd(self);
  std::string_view n = name->view();
  if (n == "name") return vm.str_value(stream_name(fd));
  if (n == "mode") return vm.str_value(fd == 0 ? "r" : "w");
  if (n == "encoding") return vm.str_value("utf-8");
  if (n == "errors") return vm.str_value("strict");
  if (n == "closed") return Value::boolean(false);
  if (n == "buffer") return static_cast<StdStream*>(self.as_obj())->buffer;
  return generic_getattr(vm, self, name, true);
}

bool check_stream(VM& vm, Value* args, int nargs, const char* fname, int min, int max) {
  if (nargs < 1 || std_stream_fd(args[0]) < 0) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a '_io.TextIOWrapper' object",
                 fname);
    return false;
  }
  // Methods with a fixed arity are named "TextIOWrapper.write() takes ...".
  std::string name = min == max ? std::string("TextIOWrapper.") + fname : std::string(fname);
  return check_nargs(vm, name, nargs - 1, min, max);
}

Value stream_write_text(VM& vm, int fd, Value s) {
  if (!is_str(s)) {
    return vm.raise_fmt(vm.types.TypeError, "write() argument must be str, not %s",
                        type_name(vm, s));
  }
  if (fd == 0) return raise_unsupported_operation(vm, "not writable");
  if (fd == 1) {
    vm.write_out(as_str(s)->view());
  } else {
    vm.write_err(as_str(s)->view());
  }
  return vm.make_int(as_str(s)->length);
}

Value TextIOWrapper_write(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "write", kwnames) || !check_stream(vm, args, nargs, "write", 1, 1)) {
    return Value::exception();
  }
  return stream_write_text(vm, std_stream_fd(args[0]), args[1]);
}

Value TextIOWrapper_writelines(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "writelines", kwnames) ||
      !check_stream(vm, args, nargs, "writelines", 1, 1)) {
    return Value::exception();
  }
  std::vector<Value> lines;
  if (!vm.unpack_iterable(args[1], lines)) return Value::exception();
  for (Value line : lines) {
    if (stream_write_text(vm, std_stream_fd(args[0]), line).is_exception()) {
      return Value::exception();
    }
  }
  return Value::none();
}

Value TextIOWrapper_flush(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "flush", kwnames) || !check_stream(vm, args, nargs, "flush", 0, 0)) {
    return Value::exception();
  }
  if (std_stream_fd(args[0]) == 1) vm.flush_out();
  return Value::none();
}

Value TextIOWrapper_isatty(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "isatty", kwnames) || !check_stream(vm, args, nargs, "isatty", 0, 0)) {
    return Value::exception();
  }
  return Value::boolean(false);
}

Value TextIOWrapper_fileno(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "fileno", kwnames) || !check_stream(vm, args, nargs, "fileno", 0, 0)) {
    return Value::exception();
  }
  return Value::small_int(std_stream_fd(args[0]));
}

Value not_readable(VM& vm) { return raise_unsupported_operation(vm, "not readable"); }

// One line including its newline; '' at end of input.
Value read_stdin_line(VM& vm) {
  std::string line;
  bool newline;
  if (!stdin_read_line(vm, line, newline)) return vm.str_value("");
  if (newline) line += '\n';
  return vm.str_value(line);
}

Value TextIOWrapper_readline(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "readline", kwnames) || !check_stream(vm, args, nargs, "readline", 0, 1)) {
    return Value::exception();
  }
  if (std_stream_fd(args[0]) != 0) return not_readable(vm);
  return read_stdin_line(vm);
}

Value TextIOWrapper_read(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "read", kwnames) || !check_stream(vm, args, nargs, "read", 0, 1)) {
    return Value::exception();
  }
  if (std_stream_fd(args[0]) != 0) return not_readable(vm);
  std::string all, line;
  bool newline = false;
  while (stdin_read_line(vm, line, newline)) {
    all += line;
    if (newline) all += '\n';
  }
  return vm.str_value(all);
}

Value TextIOWrapper_readlines(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "readlines", kwnames) || !check_stream(vm, args, nargs, "readlines", 0, 1)) {
    return Value::exception();
  }
  if (std_stream_fd(args[0]) != 0) return not_readable(vm);
  List* lines = vm.new_list();
  std::string line;
  bool newline = false;
  while (stdin_read_line(vm, line, newline)) {
    if (newline) line += '\n';
    lines->items.push_back(vm.str_value(line));
  }
  return Value::object(lines);
}

// `with sys.stdin as f:` (json.tool does it). CPython closes the stream at
// the end; coil's standard streams stay open (output is flushed).
Value TextIOWrapper_enter(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "__enter__", kwnames) || !check_stream(vm, args, nargs, "__enter__", 0, 0)) {
    return Value::exception();
  }
  return args[0];
}

Value TextIOWrapper_exit(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "__exit__", kwnames) || !check_stream(vm, args, nargs, "__exit__", 0, 3)) {
    return Value::exception();
  }
  if (std_stream_fd(args[0]) == 1) vm.flush_out();
  return Value::none();
}

// `for line in sys.stdin`.
Value stream_iter(VM&, Value self) { return self; }

int stream_next(VM& vm, Value self, Value& out) {
  if (std_stream_fd(self) != 0) {
    not_readable(vm);
    return -1;
  }
  out = read_stdin_line(vm);
  return as_str(out)->size == 0 ? 0 : 1;
}

Type* new_stream_type(VM& vm) {
  Type* t = vm.new_type("TextIOWrapper", vm.types.object, ObjKind::Foreign, nullptr);
  t->flags &= ~Type::kBaseType;
  t->module = Value::object(vm.intern("_io"));
  t->slots.repr = stream_repr;
  t->slots.getattr = stream_getattr;
  t->slots.iter = stream_iter;
  t->slots.next = stream_next;
  inherit_slots(t);
  add_method(vm, t, "write", TextIOWrapper_write);
  add_method(vm, t, "writelines", TextIOWrapper_writelines);
  add_method(vm, t, "flush", TextIOWrapper_flush);
  add_method(vm, t, "isatty", TextIOWrapper_isatty);
  add_method(vm, t, "fileno", TextIOWrapper_fileno);
  add_method(vm, t, "readline", TextIOWrapper_readline);
  add_method(vm, t, "read", TextIOWrapper_read);
  add_method(vm, t, "readlines", TextIOWrapper_readlines);
  add_method(vm, t, "__enter__", TextIOWrapper_enter);
  add_method(vm, t, "__exit__", TextIOWrapper_exit);
  return t;
}

// ---- the binary layer

StdBuffer* as_buffer(VM& vm, Value* args, int nargs, const char* fname) {
  if (nargs < 1 || !args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Foreign ||
      static_cast<Foreign*>(args[0].as_obj())->cls != &kStdBufferClass) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a buffered stream", fname);
    return nullptr;
  }
  return static_cast<StdBuffer*>(args[0].as_obj());
}

Value buffer_repr(VM& vm, Value self) {
  int fd = static_cast<int>(static_cast<Foreign*>(self.as_obj())->aux);
  return vm.str_value(std::string(fd == 0 ? "<_io.BufferedReader" : "<_io.BufferedWriter") + " name='" +
                      stream_name(fd) + "'>");
}

Value buffer_getattr(VM& vm, Value self, Str* name) {
  int fd = static_cast<int>(static_cast<Foreign*>(self.as_obj())->aux);
  std::string_view n = name->view();
  if (n == "name") return vm.str_value(stream_name(fd));
  if (n == "mode") return vm.str_value(fd == 0 ? "rb" : "wb");
  if (n == "closed") return Value::boolean(false);
  return generic_getattr(vm, self, name, true);
}

Value BufferedIO_write(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  StdBuffer* b = as_buffer(vm, args, nargs, "write");
  if (!b || !no_kwargs(vm, "write", kwnames) || !check_nargs(vm, "write", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  std::string_view data;
  if (!bytes_like(args[1], data)) {
    return vm.raise_fmt(vm.types.TypeError, "a bytes-like object is required, not '%s'",
                        type_name(vm, args[1]));
  }
  if (b->aux == 0) return raise_unsupported_operation(vm, "write");
  size_t n = data.size();
  if (b->aux == 1) {
    vm.write_out(data);
  } else {
    vm.write_err(data);
  }
  return vm.make_int(static_cast<int64_t>(n));
}

// Appends the next input line to `b->pending`; false at end of input.
bool buffer_fill(VM& vm, StdBuffer* b) {
  std::string line;
  bool newline;
  if (!stdin_read_line(vm, line, newline)) return false;
  b->pending += line;
  if (newline) b->pending += '\n';
  return true;
}

Value take_pending(VM& vm, StdBuffer* b, size_t n) {
  n = std::min(n, b->pending.size());
  Value out = Value::object(bytes_new(vm, std::string_view(b->pending.data(), n)));
  b->pending.erase(0, n);
  return out;
}

// read(size=-1) and readline(size=-1) of sys.stdin.buffer.
Value buffer_read(VM& vm, Value* args, int nargs, Tuple* kwnames, bool line) {
  const char* fname = line ? "readline" : "read";
  StdBuffer* b = as_buffer(vm, args, nargs, fname);
  if (!b || !no_kwargs(vm, fname, kwnames) || !check_nargs(vm, fname, nargs - 1, 0, 1)) return Value::exception();
  int64_t size = -1;
  if (nargs == 2 && !args[1].is_none()) {
    Value i = index_to_int(vm, args[1]);
    if (i.is_exception() || !vm.index_value(i, size)) return Value::exception();
  }
  if (b->aux != 0) return raise_unsupported_operation(vm, "File not open for reading");
  size_t limit = size < 0 ? SIZE_MAX : static_cast<size_t>(size);
  for (;;) {
    size_t nl = line ? b->pending.find('\n') : std::string::npos;
    if (nl != std::string::npos) return take_pending(vm, b, std::min(nl + 1, limit));
    if (b->pending.size() >= limit || !buffer_fill(vm, b)) return take_pending(vm, b, limit);
  }
}

Value BufferedIO_read(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return buffer_read(vm, args, nargs, kwnames, false);
}
Value BufferedIO_readline(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return buffer_read(vm, args, nargs, kwnames, true);
}

Value BufferedIO_readlines(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!as_buffer(vm, args, nargs, "readlines") || !no_kwargs(vm, "readlines", kwnames) ||
      !check_nargs(vm, "readlines", nargs - 1, 0, 1)) {
    return Value::exception();
  }
  RootScope roots(vm);
  List* lines = roots.add(vm.new_list());
  for (;;) {
    Value l = BufferedIO_readline(vm, args, 1, nullptr);
    if (l.is_exception()) return l;
    if (as_bytes(l)->size == 0) return Value::object(lines);
    lines->items.push_back(l);
  }
}

Value BufferedIO_flush(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  StdBuffer* b = as_buffer(vm, args, nargs, "flush");
  if (!b || !no_kwargs(vm, "flush", kwnames) || !check_nargs(vm, "flush", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  if (b->aux == 1) vm.flush_out();
  return Value::none();
}

Value BufferedIO_fileno(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  StdBuffer* b = as_buffer(vm, args, nargs, "fileno");
  if (!b || !no_kwargs(vm, "fileno", kwnames) || !check_nargs(vm, "fileno", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  return Value::small_int(static_cast<int>(b->aux));
}

Value BufferedIO_false(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!as_buffer(vm, args, nargs, "isatty") || !no_kwargs(vm, "isatty", kwnames) ||
      !check_nargs(vm, "isatty", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  return Value::boolean(false);
}

// readable()/writable()/seekable() of sys.std*.buffer: stdin reads, stdout
// and stderr write, none seeks (as with a pipe or terminal).
Value buffer_can(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* what) {
  StdBuffer* b = as_buffer(vm, args, nargs, what);
  if (!b || !no_kwargs(vm, what, kwnames) || !check_nargs(vm, what, nargs - 1, 0, 0)) return Value::exception();
  std::string_view w(what);
  return Value::boolean(w == "readable" ? b->aux == 0 : w == "writable" ? b->aux != 0 : false);
}
Value BufferedIO_readable(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return buffer_can(vm, args, nargs, kwnames, "readable");
}
Value BufferedIO_writable(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return buffer_can(vm, args, nargs, kwnames, "writable");
}
Value BufferedIO_seekable(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  return buffer_can(vm, args, nargs, kwnames, "seekable");
}

// `for line in sys.stdin.buffer`.
int buffer_next(VM& vm, Value self, Value& out) {
  Value args[1] = {self};
  out = BufferedIO_readline(vm, args, 1, nullptr);
  if (out.is_exception()) return -1;
  return as_bytes(out)->size == 0 ? 0 : 1;
}

Type* new_buffer_type(VM& vm, const char* name) {
  Type* t = vm.new_type(name, vm.types.object, ObjKind::Foreign, nullptr);
  t->flags &= ~Type::kBaseType;
  t->module = Value::object(vm.intern("_io"));
  t->slots.repr = buffer_repr;
  t->slots.getattr = buffer_getattr;
  t->slots.iter = stream_iter;
  t->slots.next = buffer_next;
  inherit_slots(t);
  add_method(vm, t, "write", BufferedIO_write);
  add_method(vm, t, "read", BufferedIO_read);
  add_method(vm, t, "readline", BufferedIO_readline);
  add_method(vm, t, "readlines", BufferedIO_readlines);
  add_method(vm, t, "flush", BufferedIO_flush);
  add_method(vm, t, "fileno", BufferedIO_fileno);
  add_method(vm, t, "isatty", BufferedIO_false);
  add_method(vm, t, "readable", BufferedIO_readable);
  add_method(vm, t, "writable", BufferedIO_writable);
  add_method(vm, t, "seekable", BufferedIO_seekable);
  return t;
}

Value new_stream(VM& vm, Type* type, Type* buffer_type, int fd) {
  RootScope roots(vm);
  auto* b = roots.add(vm.alloc<StdBuffer>(ObjKind::Foreign, buffer_type));
  b->cls = &kStdBufferClass;
  b->aux = static_cast<uint32_t>(fd);
  auto* s = vm.alloc<StdStream>(ObjKind::Foreign, type);
  s->cls = &kStdStreamClass;
  s->aux = static_cast<uint32_t>(fd);
  s->buffer = Value::object(b);
  return Value::object(s);
}

// ---------------------------------------------------------------- functions

Value sys_exit(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "exit", kwnames) || !check_nargs(vm, "exit", nargs, 0, 1)) {
    return Value::exception();
  }
  // The argument becomes SystemExit's args as CPython's PyErr_SetObject makes
  // them: none for None (or no argument), a tuple's items, else the value.
  Tuple* exc_args = vm.empty_tuple;
  if (nargs == 1 && args[0].is_obj() && args[0].as_obj()->kind == ObjKind::Tuple) {
    exc_args = static_cast<Tuple*>(args[0].as_obj());
  } else if (nargs == 1 && !args[0].is_none()) {
    exc_args = vm.tuple_of({args[0]});
  }
  return vm.raise_value(vm.new_exception_args(vm.types.SystemExit, exc_args));
}

// The encoding of file names and its error handler: coil's paths are
// UTF-8 text (CPython's on Linux in a UTF-8 locale say the same).
Value sys_getfilesystemencoding(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "getfilesystemencoding", kwnames) || !check_nargs(vm, "getfilesystemencoding", nargs, 0, 0)) {
    return Value::exception();
  }
  return vm.str_value("utf-8");
}

Value sys_getfilesystemencodeerrors(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "getfilesystemencodeerrors", kwnames) ||
      !check_nargs(vm, "getfilesystemencodeerrors", nargs, 0, 0)) {
    return Value::exception();
  }
  return vm.str_value("surrogateescape");
}

Value sys_getrecursionlimit(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "sys.getrecursionlimit", kwnames) ||
      !check_nargs(vm, "sys.getrecursionlimit", nargs, 0, 0)) {
    return Value::exception();
  }
  return vm.make_int(vm.recursion_limit);
}

Value sys_setrecursionlimit(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "sys.setrecursionlimit", kwnames) ||
      !check_nargs(vm, "sys.setrecursionlimit", nargs, 1, 1)) {
    return Value::exception();
  }
  if (args[0].is_double()) {
    return vm.raise(vm.types.TypeError, "'float' object cannot be interpreted as an integer");
  }
  int64_t limit;
  if (!vm.index_value(args[0], limit, /*clamp=*/true)) return Value::exception();
  if (limit < 1) {
    return vm.raise(vm.types.ValueError, "recursion limit must be greater or equal than 1");
  }
  if (limit > INT_MAX) {
    return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  }
  if (vm.depth >= limit) {
    return vm.raise_fmt(vm.types.RecursionError,
                        "cannot set the recursion limit to %d at the recursion depth %d: the "
                        "limit is too low",
                        static_cast<int>(limit), vm.depth);
  }
  vm.recursion_limit = static_cast<int>(limit);
  return Value::none();
}

// sys._getframe(depth=0): the snapshot of the frame `depth` calls below the
// caller's.
Value sys_getframe(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "_getframe", kwnames) || !check_nargs(vm, "_getframe", nargs, 0, 1)) {
    return Value::exception();
  }
  int64_t depth = 0;
  if (nargs == 1) {
    Value i = index_to_int(vm, args[0]);
    if (i.is_exception() || !vm.index_value(i, depth)) return Value::exception();
  }
  Frame* f = vm.frame;
  for (int64_t k = 0; f && k < depth; ++k) f = f->previous;
  if (!f) return vm.raise(vm.types.ValueError, "call stack is not deep enough");
  return frame_snapshot(vm, f);
}

Value sys_exc_info(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "sys.exc_info", kwnames) || !check_nargs(vm, "sys.exc_info", nargs, 0, 0)) {
    return Value::exception();
  }
  Value e = vm.handled_exception();
  if (e.is_null() || e.is_none()) {
    return Value::object(vm.tuple_of({Value::none(), Value::none(), Value::none()}));
  }
  Value tb = Value::none();
  if (e.is_obj() && e.as_obj()->kind == ObjKind::Exception) {
    if (Traceback* t = static_cast<Exception*>(e.as_obj())->traceback) tb = Value::object(t);
  }
  return Value::object(vm.tuple_of({Value::object(vm.type_of(e)), e, tb}));
}

Value sys_exception(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "sys.exception", kwnames) || !check_nargs(vm, "sys.exception", nargs, 0, 0)) {
    return Value::exception();
  }
  Value e = vm.handled_exception();
  return e.is_null() ? Value::none() : e;
}

// sys.displayhook: what the REPL and compile(..., "single") code do with an
// expression statement's value: repr(value) and a newline to sys.stdout (so
// doctest can capture it), and builtins._ = value.
Value sys_displayhook(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "sys.displayhook", kwnames) ||
      !check_nargs(vm, "displayhook", nargs, 1, 1)) {
    return Value::exception();
  }
  Value v = args[0];
  if (v.is_none()) return Value::none();
  RootScope roots(vm);
  roots.add(v);
  Str* underscore = vm.intern("_");
  dict_set_str(vm, vm.builtins, underscore, Value::none());
  Value text = roots.add(vm.repr(v));
  if (text.is_exception()) return text;
  Value out = roots.add(sys_attribute(vm, "stdout"));
  int fd = out.is_null() ? 1 : std_stream_fd(out);
  if (out.is_none()) return vm.raise_fmt(vm.types.RuntimeError, "lost sys.stdout");
  if (fd == 1) {
    vm.write_out(as_str(text)->view());
    vm.write_out("\n");
  } else {
    Value nl = roots.add(vm.str_value("\n"));
    if (vm.call_method(out, vm.names.write, &text, 1).is_exception()) return Value::exception();
    if (vm.call_method(out, vm.names.write, &nl, 1).is_exception()) return Value::exception();
  }
  dict_set_str(vm, vm.builtins, underscore, v);
  return Value::none();
}

// sys.excepthook(type, value, traceback): the traceback of `value`, as the
// CLI prints an uncaught exception, to sys.stderr. The CLI and the REPL call
// a replacement instead of printing (cli/report.cpp).
Value sys_excepthook(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "excepthook", kwnames) || !check_nargs(vm, "excepthook", nargs, 3, 3)) {
    return Value::exception();
  }
  Value exc = args[1];
  RootScope roots(vm);
  // CPython prints (not raises) its complaint about a value that is no exception.
  std::string shown = vm.isinstance(exc, vm.types.BaseException)
                          ? format_exception(vm, exc)
                          : std::string("TypeError: print_exception(): Exception expected for value, ") +
                                type_name(vm, exc) + " found\n";
  Value text = roots.add(vm.str_value(shown));
  Value err = roots.add(sys_attribute(vm, "stderr"));
  if (err.is_null() || err.is_none()) return vm.raise(vm.types.RuntimeError, "lost sys.stderr");
  if (std_stream_fd(err) == 2) {
    vm.write_err(as_str(text)->view());
    return Value::none();
  }
  if (vm.call_method(err, vm.names.write, &text, 1).is_exception()) return Value::exception();
  return Value::none();
}

// sys.set_int_max_str_digits(maxdigits) / get_int_max_str_digits(): this
// VM's limit on decimal int text (CPython's CVE-2020-10735 guard).
Value sys_set_int_max_str_digits(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  if (nargs + nkw > 1) {
    return vm.raise_fmt(vm.types.TypeError, "set_int_max_str_digits() takes at most 1 argument (%d given)",
                        nargs + nkw);
  }
  Value limit = nargs == 1 ? args[0] : Value::null();
  if (nkw == 1 && as_str(kwnames->items[0])->view() == "maxdigits") limit = args[0];
  if (limit.is_null()) {
    return vm.raise(vm.types.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  }
  Value i = index_to_int(vm, limit);
  int64_t n;
  if (i.is_exception() || !vm.index_value(i, n)) return Value::exception();
  if (n != 0 && n < 640) return vm.raise(vm.types.ValueError, "maxdigits must be 0 or larger than 640");
  vm.max_str_digits = n > INT32_MAX ? INT32_MAX : static_cast<int>(n);
  return Value::none();
}

Value sys_get_int_max_str_digits(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "get_int_max_str_digits", kwnames) || !check_nargs(vm, "get_int_max_str_digits", nargs, 0, 0)) {
    return Value::exception();
  }
  return Value::small_int(vm.max_str_digits);
}

Value sys_intern(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "sys.intern", kwnames) || !check_nargs(vm, "sys.intern", nargs, 1, 1)) {
    return Value::exception();
  }
  if (!is_str(args[0]) || vm.type_of(args[0]) != vm.types.str) {
    return vm.raise_fmt(vm.types.TypeError, "intern() argument must be str, not %s",
                        type_name(vm, args[0]));
  }
  return Value::object(vm.intern(as_str(args[0])->view()));
}

// sys.getsizeof(object[, default]): what the object's type's __sizeof__
// says (coil's sizes are its own; CPython also adds its GC header). A
// TypeError from it gives `default` when one is given.
Value sys_getsizeof(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_args(vm, "getsizeof", args, nargs, kwnames, {"object", "default"}, 1, a)) {
    return Value::exception();
  }
  Value m = vm.lookup_type(vm.type_of(a[0]), vm.intern("__sizeof__"));
  Value res;
  if (m.is_null()) {
    res = vm.raise_fmt(vm.types.TypeError, "Type %s doesn't define __sizeof__", type_name(vm, a[0]));
  } else {
    res = vm.call(m, &a[0], 1);
  }
  int64_t size = 0;
  bool ok = !res.is_exception();
  if (ok && !vm.isinstance(res, vm.types.int_)) {
    vm.raise(vm.types.TypeError, "an integer is required");
    ok = false;
  }
  if (ok && !vm.index_value(res, size)) {
    if (vm.pending_is(vm.types.IndexError)) {
      vm.take_pending();
      vm.raise(vm.types.OverflowError, "Python int too large to convert to C ssize_t");
    }
    ok = false;
  }
  if (ok && size < 0) {
    vm.raise(vm.types.ValueError, "__sizeof__() should return >= 0");
    ok = false;
  }
  if (!ok) {
    if (!a[1].is_null() && vm.pending_is(vm.types.TypeError)) {
      vm.take_pending();
      return a[1];
    }
    return Value::exception();
  }
  return vm.make_int(size);
}

// sys.is_finalizing(): a program's code never runs after the VM starts to
// shut down (exit-time finalizers run before), so always False.
Value sys_is_finalizing(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "is_finalizing", kwnames) || !check_nargs(vm, "is_finalizing", nargs, 0, 0)) {
    return Value::exception();
  }
  return Value::boolean(false);
}

// sys.set_asyncgen_hooks(firstiter=, finalizer=): a hook not given stays
// as it is; None removes it. Both are checked before either is set.
Value sys_set_asyncgen_hooks(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];  // firstiter, finalizer; null() when not given (unnamed in
              // the errors, as CPython's PyArg_ParseTupleAndKeywords "|OO")
  if (!parse_args(vm, nullptr, args, nargs, kwnames, {"firstiter", "finalizer"}, 0, a)) {
    return Value::exception();
  }
  const char* names[2] = {"firstiter", "finalizer"};
  for (int i : {1, 0}) {
    if (!a[i].is_null() && !a[i].is_none() && !vm.is_callable(a[i])) {
      return vm.raise_fmt(vm.types.TypeError, "callable %s expected, got %s", names[i],
                          type_name(vm, a[i]));
    }
  }
  if (!a[1].is_null()) vm.asyncgen_finalizer = a[1];
  if (!a[0].is_null()) vm.asyncgen_firstiter = a[0];
  return Value::none();
}

// sys.get_asyncgen_hooks(): asyncgen_hooks(firstiter=..., finalizer=...),
// a struct sequence of the type in the function's data.
Value sys_get_asyncgen_hooks(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!positional_args(vm, "get_asyncgen_hooks", nargs, kwnames, 0, 0)) return Value::exception();
  auto* type = static_cast<Type*>(vm.native_data.as_obj());
  return new_struct_seq(vm, type, {vm.asyncgen_firstiter, vm.asyncgen_finalizer});
}

Value sys_getdefaultencoding(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "sys.getdefaultencoding", kwnames) ||
      !check_nargs(vm, "sys.getdefaultencoding", nargs, 0, 0)) {
    return Value::exception();
  }
  return vm.str_value("utf-8");
}

// ---------------------------------------------------------------- sys.implementation

Value namespace_repr(VM& vm, Value self) {
  Dict* d = static_cast<Instance*>(self.as_obj())->dict;
  std::string out = "namespace(";
  bool first = true;
  for (const auto& e : d->table.entries) {
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    out += as_str(e.key)->view();
    out += '=';
    Value r = vm.repr(e.value);
    if (r.is_exception()) return r;
    out += as_str(r)->view();
  }
  out += ')';
  return vm.str_value(out);
}

// A types.SimpleNamespace-like object holding `dict` as its attributes.
Value new_namespace(VM& vm, Dict* dict) {
  Type* t = vm.new_type("SimpleNamespace", vm.types.object, ObjKind::Instance, nullptr);
  t->module = Value::object(vm.intern("types"));
  t->slots.repr = namespace_repr;
  inherit_slots(t);
  auto* inst = vm.alloc<Instance>(ObjKind::Instance, t);
  inst->dict = dict;
  return Value::object(inst);
}

constexpr int kMajor = 3, kMinor = 11, kMicro = 7;

}  // namespace

// ---------------------------------------------------------------- shared helpers

// A struct sequence from a sequence of its length: time.struct_time((2020, 1, ...)).
static Value struct_seq_construct(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  auto* type = static_cast<Type*>(vm.native_data.as_obj());
  std::string qualified = std::string(as_str(type->module)->view()) + "." + std::string(type->name->view());
  if (kwnames && kwnames->size > 0) {
    return vm.raise_fmt(vm.types.TypeError, "%s() takes no keyword arguments", qualified.c_str());
  }
  if (nargs < 1 || nargs > 2) {
    return vm.raise_fmt(vm.types.TypeError, "%s() takes at most 2 arguments (%d given)", qualified.c_str(), nargs);
  }
  RootScope roots(vm);
  roots.add(Value::object(type));
  std::vector<Value> items;
  if (!vm.unpack_iterable(args[0], items)) return Value::exception();
  Value n = dict_get_str(type->dict, vm.intern("n_fields"));
  size_t want = n.is_int() ? static_cast<size_t>(n.as_int()) : items.size();
  if (items.size() != want) {
    return vm.raise_fmt(vm.types.TypeError, "%s() takes a %zu-sequence (%zu-sequence given)", qualified.c_str(),
                        want, items.size());
  }
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(items.size()));
  for (size_t i = 0; i < items.size(); ++i) t->items[i] = items[i];
  if (t->size > 0) t->type = type;
  return Value::object(t);
}

Type* new_struct_seq_type(VM& vm, std::string_view module, std::string_view name,
                          std::initializer_list<const char*> fields) {
  Type* t = vm.new_type(name, vm.types.tuple, ObjKind::Tuple, struct_seq_construct);
  t->flags &= ~Type::kBaseType;
  t->module = Value::object(vm.intern(module));
  Tuple* names = vm.new_tuple(static_cast<uint32_t>(fields.size()));
  uint32_t i = 0;
  for (const char* f : fields) names->items[i++] = Value::object(vm.intern(f));
  vm.set_global(t->dict, "__match_args__", Value::object(names));
  vm.set_global(t->dict, "n_fields", Value::small_int(names->size));
  vm.set_global(t->dict, "n_sequence_fields", Value::small_int(names->size));
  vm.set_global(t->dict, "n_unnamed_fields", Value::small_int(0));
  t->slots.repr = struct_seq_repr;
  t->slots.getattr = struct_seq_getattr;
  inherit_slots(t);
  return t;
}

Value new_struct_seq(VM& vm, Type* type, std::initializer_list<Value> items) {
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(items.size()));
  uint32_t i = 0;
  for (Value v : items) t->items[i++] = v;
  if (t->size > 0) t->type = type;  // never retype the shared empty tuple
  return Value::object(t);
}

int std_stream_fd(Value v) {
  if (!v.is_obj() || v.as_obj()->kind != ObjKind::Foreign) return -1;
  Foreign* f = as_stream(v);
  if (f->cls != &kStdStreamClass) return -1;
  return static_cast<int>(f->aux);
}

Value sys_attribute(VM& vm, std::string_view name) {
  if (!vm.sys_module || !vm.sys_module->dict) return Value::null();
  return dict_get_str(vm.sys_module->dict, vm.intern(name));
}

bool stdin_read_line(VM& vm, std::string& line, bool& newline) {
  line.clear();
  if (vm.options.read_line) {
    newline = true;
    return vm.options.read_line(line);
  }
  if (!std::getline(std::cin, line)) return false;
  // getline also succeeds on a last line without a newline, setting eof.
  newline = !std::cin.eof();
  return true;
}

// ---------------------------------------------------------------- the module

Module* init_sys_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("sys"));
  Dict* d = m->dict;
  vm.sys_module = m;

  add_function(vm, d, "exit", sys_exit);
  add_function(vm, d, "getrecursionlimit", sys_getrecursionlimit);
  add_function(vm, d, "getfilesystemencoding", sys_getfilesystemencoding);
  add_function(vm, d, "getfilesystemencodeerrors", sys_getfilesystemencodeerrors);
  add_function(vm, d, "setrecursionlimit", sys_setrecursionlimit);
  add_function(vm, d, "exc_info", sys_exc_info);
  add_function(vm, d, "exception", sys_exception);
  add_function(vm, d, "_getframe", sys_getframe);
  add_function(vm, d, "set_int_max_str_digits", sys_set_int_max_str_digits);
  add_function(vm, d, "get_int_max_str_digits", sys_get_int_max_str_digits);
  add_function(vm, d, "intern", sys_intern);
  add_function(vm, d, "getsizeof", sys_getsizeof);
  add_function(vm, d, "is_finalizing", sys_is_finalizing);
  add_function(vm, d, "displayhook", sys_displayhook);
  vm.set_global(d, "__displayhook__", dict_get_str(d, vm.intern("displayhook")));
  add_function(vm, d, "excepthook", sys_excepthook);
  vm.set_global(d, "__excepthook__", dict_get_str(d, vm.intern("excepthook")));
  add_function(vm, d, "getdefaultencoding", sys_getdefaultencoding);
  add_function(vm, d, "set_asyncgen_hooks", sys_set_asyncgen_hooks);
  {
    RootScope roots(vm);
    Type* hooks_type = roots.add(new_struct_seq_type(vm, "builtins", "asyncgen_hooks", {"firstiter", "finalizer"}));
    NativeFunction* get = vm.new_native("get_asyncgen_hooks", sys_get_asyncgen_hooks);
    get->data = Value::object(hooks_type);
    vm.set_global(d, "get_asyncgen_hooks", Value::object(get));
  }

  List* argv = vm.new_list(vm.options.argv.size());
  for (const std::string& a : vm.options.argv) argv->items.push_back(vm.str_value(a));
  vm.set_global(d, "argv", Value::object(argv));
  List* path = vm.new_list(vm.options.module_path.size());
  for (const std::string& p : vm.options.module_path) path->items.push_back(vm.str_value(p));
  vm.set_global(d, "path", Value::object(path));
  if (vm.modules) vm.set_global(d, "modules", Value::object(vm.modules));

  RootScope roots(vm);
  Type* stream_type = roots.add(new_stream_type(vm));
  Type* reader_type = roots.add(new_buffer_type(vm, "BufferedReader"));
  Type* writer_type = roots.add(new_buffer_type(vm, "BufferedWriter"));
  const char* stream_names[3] = {"stdin", "stdout", "stderr"};
  for (int fd = 0; fd < 3; ++fd) {
    Value s = new_stream(vm, stream_type, fd == 0 ? reader_type : writer_type, fd);
    vm.set_global(d, stream_names[fd], s);
    vm.set_global(d, std::string("__") + stream_names[fd] + "__", s);
  }

  vm.set_global(d, "platform", vm.str_value("linux"));
  vm.set_global(d, "byteorder", vm.str_value("little"));
  vm.set_global(d, "executable", vm.str_value(""));
  // No installation tree: the prefixes are empty, as `executable` is.
  for (const char* name : {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
    vm.set_global(d, name, vm.str_value(""));
  }
  vm.set_global(d, "platlibdir", vm.str_value("lib"));
  vm.set_global(d, "pycache_prefix", Value::none());
  vm.set_global(d, "abiflags", vm.str_value(""));
  vm.set_global(d, "float_repr_style", vm.str_value("short"));
  vm.set_global(d, "api_version", Value::small_int(1013));
  vm.set_global(d, "warnoptions", Value::object(vm.new_list()));
  vm.set_global(d, "maxsize", vm.make_int(INT64_MAX));
  vm.set_global(d, "maxunicode", Value::small_int(0x10FFFF));
  vm.set_global(d, "dont_write_bytecode", Value::boolean(true));
  vm.set_global(d, "hexversion", Value::small_int((kMajor << 24) | (kMinor << 16) |
                                                   (kMicro << 8) | 0xF0));
  vm.set_global(d, "version", vm.str_value("3.11.7 (coil 0.1.0)"));

  Type* vi_type = new_struct_seq_type(vm, "sys", "version_info",
                                      {"major", "minor", "micro", "releaselevel", "serial"});
  Value version_info =
      new_struct_seq(vm, vi_type,
                     {Value::small_int(kMajor), Value::small_int(kMinor), Value::small_int(kMicro),
                      vm.str_value("final"), Value::small_int(0)});
  vm.set_global(d, "version_info", version_info);

  Dict* impl = vm.new_dict();
  vm.set_global(impl, "name", vm.str_value("coil"));
  vm.set_global(impl, "cache_tag", Value::none());
  vm.set_global(impl, "version", version_info);
  vm.set_global(impl, "hexversion", dict_get_str(d, vm.intern("hexversion")));
  vm.set_global(d, "implementation", new_namespace(vm, impl));

  Type* fi_type = new_struct_seq_type(vm, "sys", "float_info",
                                      {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                       "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                       "rounds"});
  vm.set_global(d, "float_info",
                new_struct_seq(vm, fi_type,
                               {Value::from_double(DBL_MAX), Value::small_int(DBL_MAX_EXP),
                                Value::small_int(DBL_MAX_10_EXP), Value::from_double(DBL_MIN),
                                Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
                                Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG),
                                Value::from_double(DBL_EPSILON), Value::small_int(FLT_RADIX),
                                Value::small_int(1)}));

  Type* int_info_type = new_struct_seq_type(
      vm, "sys", "int_info",
      {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
  vm.set_global(d, "int_info",
                new_struct_seq(vm, int_info_type,
                               {Value::small_int(30), Value::small_int(4), Value::small_int(4300),
                                Value::small_int(640)}));
  // sys.flags as CPython 3.11 reports them for a plain `python3 file.py` run: coil has none
  // of the options they describe, and never writes bytecode.
  Type* flags_type = new_struct_seq_type(
      vm, "sys", "flags",
      {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
       "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
       "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
       "int_max_str_digits"});
  Value zero = Value::small_int(0);
  vm.set_global(d, "flags",
                new_struct_seq(vm, flags_type,
                               {zero, zero, zero, zero, Value::small_int(1), zero, zero, zero,
                                zero, zero, zero, Value::small_int(1), zero,
                                Value::boolean(false), zero, zero, Value::boolean(false),
                                Value::small_int(-1)}));
  Type* hash_info_type = new_struct_seq_type(
      vm, "sys", "hash_info",
      {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"});
  vm.set_global(d, "hash_info",
                new_struct_seq(vm, hash_info_type,
                               {Value::small_int(64), vm.make_int((int64_t(1) << 61) - 1),
                                Value::small_int(314159), Value::small_int(0),
                                Value::small_int(1000003), vm.str_value("siphash13"),
                                Value::small_int(64), Value::small_int(128),
                                Value::small_int(0)}));
  return m;
}

}  // namespace coil::vm
