// Exceptions: raising with implicit chaining, the BaseException family's
// attributes and reprs, and CPython-format tracebacks.
#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

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

Value exception_str(VM& vm, Value exc) {
  Exception* e = as_exc(exc);
  Tuple* args = e->args;
  uint32_t n = args ? args->size : 0;
  if (vm.isinstance(exc, vm.types.KeyError) && n == 1) return vm.repr(args->items[0]);
  if (n >= 2 && n <= 5 && vm.isinstance(exc, vm.types.OSError)) return os_error_str(vm, e);
  if (unicode_error_args(vm, exc, e)) return unicode_error_str(vm, e);
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
  if (n == "code" && vm.isinstance(self, vm.types.SystemExit)) return stop_iteration_value(vm, self);
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
  if (vm.isinstance(self, vm.types.SyntaxError)) {
    if (n == "msg") return e->args && e->args->size ? e->args->items[0] : Value::none();
    if (n == "filename" || n == "lineno" || n == "offset" || n == "text") return Value::none();
  }
  if ((n == "name" || n == "obj") &&
      (vm.isinstance(self, vm.types.NameError) || vm.isinstance(self, vm.types.AttributeError) ||
       vm.isinstance(self, vm.types.ImportError))) {
    return Value::none();
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
    return vm.raise_fmt(vm.types.TypeError, "note must be a str, not '%s'", vm.type_of(args[1])->name->data);
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

static Value exception_with_traceback(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "with_traceback", kw) || !check_nargs(vm, "with_traceback", nargs, 2, 2))
    return Value::exception();
  if (exception_setattr(vm, args[0], vm.names.__traceback__, args[1]) < 0) return Value::exception();
  return args[0];
}

// BaseException.__str__ and __repr__ as methods, so a subclass's own
// __str__ can reach them through super() (object's would give the repr).
static Value exception_dunder_str(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__str__", kw) || !check_nargs(vm, "__str__", nargs, 1, 1)) return Value::exception();
  return exception_str(vm, args[0]);
}

static Value exception_dunder_repr(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__repr__", kw) || !check_nargs(vm, "__repr__", nargs, 1, 1)) return Value::exception();
  return exception_repr(vm, args[0]);
}

// BaseException.__init__: stores the arguments (used by subclasses' super().__init__).
static Value exception_init(VM& vm, Value* args, int nargs, Tuple* kw) {
  (void)kw;
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(nargs - 1));
  for (int i = 1; i < nargs; ++i) t->items[i - 1] = args[i];
  as_exc(args[0])->args = t;
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
                        vm.type_of(cls)->name->data);
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

static void init_traceback_type(VM& vm);

void init_exception_types(VM& vm) {
  Type* base = vm.types.BaseException;
  base->slots.repr = exception_repr;
  base->slots.str = exception_str_slot;
  base->slots.getattr = exception_getattr;
  base->slots.setattr = exception_setattr;
  add_method(vm, base, "with_traceback", exception_with_traceback);
  add_method(vm, base, "add_note", exception_add_note);
  add_method(vm, base, "__init__", exception_init);
  add_method(vm, base, "__str__", exception_dunder_str);
  add_method(vm, base, "__repr__", exception_dunder_repr);
  vm.set_global(base->dict, "__new__", Value::object(vm.new_native("__new__", exception_new)));
  init_traceback_type(vm);
}

// ---------------------------------------------------------------- tracebacks

static Value traceback_getattr(VM& vm, Value self, Str* name) {
  auto* tb = static_cast<Traceback*>(self.as_obj());
  std::string_view n = name->view();
  if (n == "tb_lineno") return vm.make_int(tb->line);
  if (n == "tb_next") return tb->next ? Value::object(tb->next) : Value::none();
  if (n == "tb_lasti") return vm.make_int(-1);  // coil keeps no instruction offset
  if (n == "tb_frame") return Value::none();    // coil has no frame objects
  return generic_getattr(vm, self, name, true);
}

// ---- "Did you mean" suggestions (CPython 3.11's Python/suggestions.c).

static constexpr size_t kMaxCandidates = 750;
static constexpr size_t kMaxStringSize = 40;
static constexpr size_t kMoveCost = 2;
static constexpr size_t kCaseCost = 1;

static size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

static size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a.size(); ++i) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The closest candidate to `name`, or empty.
static std::string closest_name(const std::vector<std::string_view>& candidates,
                                std::string_view name) {
  if (candidates.size() >= kMaxCandidates) return "";
  size_t best_distance = SIZE_MAX;
  std::string_view best;
  bool found = false;
  for (std::string_view item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, item, max_distance);
    if (d > max_distance) continue;
    if (!found || d < best_distance) {
      best = item;
      best_distance = d;
      found = true;
    }
  }
  return found ? std::string(best) : "";
}

static std::vector<std::string_view> str_keys(Dict* d) {
  std::vector<std::string_view> out;
  for (auto& e : d->table.entries) {
    if (!e.key.is_null() && is_str(e.key)) out.push_back(as_str(e.key)->view());
  }
  return out;
}

// The globals of the module whose code raised: found by file name, since
// tracebacks record code objects only.
static Dict* globals_for(VM& vm, Code* code) {
  for (auto& e : vm.modules->table.entries) {
    if (e.key.is_null() || !e.value.is_obj() || e.value.as_obj()->kind != ObjKind::Module) continue;
    Dict* d = static_cast<Module*>(e.value.as_obj())->dict;
    Value file = dict_get_str(d, vm.names.__file__);
    if (!file.is_null() && is_str(file) && as_str(file)->view() == code->filename->view()) return d;
  }
  return nullptr;
}

static std::string name_error_suggestion(VM& vm, Exception* e, std::string_view name) {
  Traceback* tb = e->traceback;
  if (!tb) return "";
  while (tb->next) tb = tb->next;
  std::vector<std::string_view> locals;
  for (Str* v : tb->code->varnames) locals.push_back(v->view());
  std::string s = closest_name(locals, name);
  if (!s.empty()) return s;
  if (Dict* g = globals_for(vm, tb->code)) {
    s = closest_name(str_keys(g), name);
    if (!s.empty()) return s;
  }
  return closest_name(str_keys(vm.builtins), name);
}

static std::string attribute_error_suggestion(VM& vm, Value obj, std::string_view name) {
  Value dir = dict_get_str(vm.builtins, vm.intern("dir"));
  if (dir.is_null()) return "";
  Value saved = vm.pending;
  Value names = vm.call(dir, &obj, 1);
  vm.pending = saved;
  if (names.is_exception() || !names.is_obj() || names.as_obj()->kind != ObjKind::List) return "";
  RootScope roots(vm);
  roots.add(names);
  std::vector<std::string_view> candidates;
  for (Value v : static_cast<List*>(names.as_obj())->items) {
    if (is_str(v)) candidates.push_back(as_str(v)->view());
  }
  return closest_name(candidates, name);
}

// ". Did you mean: 'x'?" for a NameError or AttributeError whose name (and
// object) were recorded when it was raised, else "".
static std::string suggestion_for(VM& vm, Value exc) {
  Exception* e = as_exc(exc);
  if (!e->dict) return "";
  bool name_error = vm.isinstance(exc, vm.types.NameError);
  if (!name_error && !vm.isinstance(exc, vm.types.AttributeError)) return "";
  Value name = dict_get_str(e->dict, vm.names.name);
  if (name.is_null() || !is_str(name)) return "";
  std::string s;
  if (name_error) {
    s = name_error_suggestion(vm, e, as_str(name)->view());
  } else {
    Value obj = dict_get_str(e->dict, vm.names.obj);
    if (obj.is_null()) return "";
    s = attribute_error_suggestion(vm, obj, as_str(name)->view());
  }
  return s.empty() ? "" : ". Did you mean: '" + s + "'?";
}

static void init_traceback_type(VM& vm) { vm.types.traceback->slots.getattr = traceback_getattr; }

void note_name_error(VM& vm, Value exc, Str* name, Value obj) {
  if (!exc.is_obj() || exc.as_obj()->kind != ObjKind::Exception) return;
  Exception* e = as_exc(exc);
  if (!e->dict) e->dict = vm.new_dict();
  if (!dict_get_str(e->dict, vm.names.name).is_null()) return;  // the innermost wins
  dict_set_str(vm, e->dict, vm.names.name, Value::object(name));
  if (!obj.is_null()) dict_set_str(vm, e->dict, vm.names.obj, obj);
}

// Line `line` of a file run (or imported), without its line break; false
// when the source is unknown.
bool raw_source_line(VM& vm, Str* filename, int line, std::string& out) {
  auto it = vm.sources.find(std::string(filename->view()));
  if (it == vm.sources.end() || line <= 0) return false;
  const std::string& src = it->second;
  size_t start = 0;
  for (int n = 1; n < line; ++n) {
    size_t nl = src.find('\n', start);
    if (nl == std::string::npos) return false;
    start = nl + 1;
  }
  if (start >= src.size()) return false;
  size_t end = src.find('\n', start);
  out = src.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return true;
}

static bool is_tb_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Characters (code points) in the first `bytes` bytes of UTF-8 text.
static int64_t char_count(std::string_view text, int64_t bytes) {
  if (bytes > static_cast<int64_t>(text.size())) bytes = static_cast<int64_t>(text.size());
  int64_t n = 0;
  for (int64_t i = 0; i < bytes; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Byte offset of character `chars` of UTF-8 text.
static size_t byte_offset(std::string_view text, int64_t chars) {
  size_t i = 0;
  for (int64_t n = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (n == chars) return i;
      ++n;
    }
  }
  return text.size();
}

// The markers under a traceback's source line ("    ~~^~~"), or "" when the
// instruction's span is unknown or covers the whole line (CPython 3.11's
// tb_displayline).
static std::string caret_line(VM& vm, Traceback* tb, const std::string& line) {
  Code* c = tb->code;
  if (tb->lasti < 0 || c->positions.size() != c->code.size() ||
      static_cast<size_t>(tb->lasti) >= c->positions.size()) {
    return "";
  }
  const Code::Position& pos = c->positions[tb->lasti];
  if (pos.col < 0 || pos.end_col < 0 || pos.end_line < tb->line) return "";
  int64_t len = char_count(line, static_cast<int64_t>(line.size()));
  int64_t start = char_count(line, pos.col);
  int64_t end;
  int64_t left = -1, right = -1;
  bool anchors = false;
  if (pos.end_line == tb->line) {
    end = char_count(line, pos.end_col);
    if (end <= start) return "";
    size_t b0 = byte_offset(line, start), b1 = byte_offset(line, end);
    anchors = vm.front_end.caret_anchors &&
              vm.front_end.caret_anchors(std::string_view(line).substr(b0, b1 - b0), left, right);
    if (anchors) {
      left += start;
      right += start;
    }
  } else {
    // A multi-line span: mark up to the end of its first line.
    size_t i = line.size();
    while (i > 0 && is_tb_space(line[i - 1])) --i;
    end = char_count(line, static_cast<int64_t>(i));
  }
  int64_t indent = 0;
  while (indent < static_cast<int64_t>(line.size()) && is_tb_space(line[indent])) ++indent;
  if (end - start == len - indent && !anchors) return "";  // the whole line
  std::string out = "    ";
  for (int64_t k = indent; k < end; ++k) {
    if (k < start) {
      out += ' ';
    } else if (anchors && left <= k && k < right) {
      out += '^';
    } else {
      out += anchors ? '~' : '^';
    }
  }
  return out + "\n";
}

static void format_tb_entry(VM& vm, std::string& out, Traceback* tb) {
  out += "  File \"";
  out += tb->code->filename->view();
  out += "\", line " + std::to_string(tb->line) + ", in ";
  out += tb->code->name->view();
  out += "\n";
  std::string line;
  if (!raw_source_line(vm, tb->code->filename, tb->line, line)) return;
  // As CPython: the indentation goes, trailing spaces stay.
  size_t first = 0;
  while (first < line.size() && is_tb_space(line[first])) ++first;
  if (first == line.size()) return;
  out += "    " + line.substr(first) + "\n";
  out += caret_line(vm, tb, line);
}

// Code compiled into the binary (stdlib/lib, the asyncio prelude) is named
// "<frozen NAME>"; like CPython's frozen importlib frames, its frames are
// left out of tracebacks, which then show only the program's own code.
static bool is_frozen_frame(const Traceback* tb) {
  return tb->code->filename->view().starts_with("<frozen ");
}

// Frames in order, collapsing runs of identical entries as CPython does
// ("[Previous line repeated N more times]").
static void format_traceback(VM& vm, std::string& out, Traceback* tb) {
  out += "Traceback (most recent call last):\n";
  format_traceback_entries(vm, out, tb);
}

void format_traceback_entries(VM& vm, std::string& out, Traceback* tb) {
  bool hide_frozen = false;
  for (Traceback* t = tb; t; t = t->next) hide_frozen |= !is_frozen_frame(t);
  Traceback* prev = nullptr;
  int repeat = 0;
  auto flush_repeat = [&]() {
    if (repeat > 3) {
      int more = repeat - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" +
             (more == 1 ? "" : "s") + "]\n";
    }
  };
  for (; tb; tb = tb->next) {
    if (hide_frozen && is_frozen_frame(tb)) continue;
    bool same = prev && prev->code->filename == tb->code->filename && prev->line == tb->line &&
                prev->code->name == tb->code->name;
    if (same) {
      ++repeat;
      if (repeat > 3) continue;
    } else {
      flush_repeat();
      repeat = 1;
    }
    format_tb_entry(vm, out, tb);
    prev = tb;
  }
  flush_repeat();
}

// The last line: "Type: message" (or just "Type"), and SyntaxError's block.
// str(v), or `fallback` when str() raises (a traceback printer never fails).
static std::string str_or(VM& vm, Value v, const char* fallback) {
  Value s = vm.str(v);
  if (s.is_exception() || !is_str(s)) {
    vm.pending = Value::null();
    return fallback;
  }
  return std::string(as_str(s)->view());
}

// The notes added with add_note(), one per line after the exception's line
// (a __notes__ that is not a list or tuple is shown by its repr, as CPython does).
static void format_notes(VM& vm, std::string& out, Value exc) {
  Exception* e = as_exc(exc);
  if (!e->dict) return;
  Value notes = dict_get_str(e->dict, vm.intern("__notes__"));
  if (notes.is_null() || notes.is_none()) return;
  Obj* o = notes.is_obj() ? notes.as_obj() : nullptr;
  if (!o || (o->kind != ObjKind::List && o->kind != ObjKind::Tuple)) {
    Value r = vm.repr(notes);
    if (r.is_exception() || !is_str(r)) {
      vm.pending = Value::null();
      out += "<__notes__ repr() failed>\n";
    } else {
      out += std::string(as_str(r)->view()) + "\n";
    }
    return;
  }
  RootScope roots(vm);
  roots.add(notes);
  for (size_t i = 0;; ++i) {
    size_t n = o->kind == ObjKind::List ? static_cast<List*>(o)->items.size() : static_cast<Tuple*>(o)->size;
    if (i >= n) break;
    Value note = o->kind == ObjKind::List ? static_cast<List*>(o)->items[i] : static_cast<Tuple*>(o)->items[i];
    out += (is_str(note) ? std::string(as_str(note)->view()) : str_or(vm, note, "<note str() failed>")) + "\n";
  }
}

void format_exception_only(VM& vm, std::string& out, Value exc) {
  Type* t = vm.type_of(exc);
  std::string name(t->name->view());
  if (!t->module.is_none() && is_str(t->module)) {
    std::string_view mod = as_str(t->module)->view();
    if (mod != "builtins" && mod != "__main__") name = std::string(mod) + "." + name;
  }
  Exception* e = as_exc(exc);
  if (vm.isinstance(exc, vm.types.SyntaxError) && e->dict) {
    Value file = dict_get_str(e->dict, vm.names.filename);
    Value line = dict_get_str(e->dict, vm.names.lineno);
    Value text = dict_get_str(e->dict, vm.names.text);
    Value offset = dict_get_str(e->dict, vm.names.offset);
    if (!file.is_null() && is_str(file) && !line.is_null() && line.is_int()) {
      out += "  File \"" + std::string(as_str(file)->view()) + "\", line " +
             std::to_string(line.as_int()) + "\n";
      if (!text.is_null() && is_str(text)) {
        std::string l(as_str(text)->view());
        while (!l.empty() && (l.back() == '\n' || l.back() == '\r')) l.pop_back();
        size_t first = l.find_first_not_of(" \t\f");
        if (first != std::string::npos) {
          int64_t off = offset.is_int() ? offset.as_int() : 0;
          // Caret position counts characters after the stripped indentation.
          int64_t chars_before = 0;
          for (size_t i = 0; i < first; ++i) ++chars_before;
          std::string stripped = l.substr(first);
          out += "    " + stripped + "\n";
          int64_t caret = off - 1 - chars_before;
          if (caret < 0) caret = 0;
          out += "    " + std::string(static_cast<size_t>(caret), ' ') + "^\n";
        }
      }
    }
  }
  Value msg = vm.str(exc);  // a subclass's __str__ decides the message
  std::string text;
  if (msg.is_exception()) {
    vm.pending = Value::null();
    text = "<exception str() failed>";
  } else {
    text = std::string(as_str(msg)->view());
  }
  text += suggestion_for(vm, exc);
  out += name;
  if (!text.empty()) out += ": " + text;
  out += "\n";
  format_notes(vm, out, exc);
}

// Where the printout of an exception group is (CPython's
// _ExceptionPrintContext): groups nest inside a margin of "| ".
struct PrintContext {
  int group_depth = 0;
  bool need_close = false;
  std::unordered_set<Obj*> seen;  // each exception is printed once
  std::string indent() const { return std::string(2 * static_cast<size_t>(group_depth), ' '); }
};

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

// Appends `text` with every line behind the context's margin.
static void emit(std::string& out, const PrintContext& ctx, const std::string& text, char margin = '|') {
  std::string prefix = ctx.indent();
  if (ctx.group_depth) {
    prefix += margin;
    prefix += ' ';
  }
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    size_t next = nl == std::string::npos ? text.size() : nl + 1;
    out += prefix;
    out.append(text, pos, next - pos);
    pos = next;
  }
}

// The sub-exceptions of a BaseExceptionGroup (null when `exc` is not one).
static Tuple* group_members(VM& vm, Value exc) {
  Value group_type = dict_get_str(vm.builtins, vm.intern("BaseExceptionGroup"));
  if (group_type.is_null() || !group_type.is_obj() || group_type.as_obj()->kind != ObjKind::Type ||
      !vm.isinstance(exc, static_cast<Type*>(group_type.as_obj()))) {
    return nullptr;
  }
  Value members = vm.getattr(exc, vm.intern("exceptions"));
  if (members.is_exception()) {
    vm.pending = Value::null();
    return nullptr;
  }
  if (!members.is_obj() || members.as_obj()->kind != ObjKind::Tuple) return nullptr;
  return static_cast<Tuple*>(members.as_obj());
}

static void format_tree(VM& vm, std::string& out, Value exc, PrintContext& ctx);

// One exception of a chain: its traceback and last line, or a group's box.
static void format_one(VM& vm, std::string& out, Value exc, PrintContext& ctx) {
  Exception* e = as_exc(exc);
  Tuple* members = group_members(vm, exc);
  std::string text;
  if (!members) {
    if (e->traceback) format_traceback(vm, text, e->traceback);
    format_exception_only(vm, text, exc);
    emit(out, ctx, text);
    return;
  }
  if (ctx.group_depth > kMaxGroupDepth) {
    emit(out, ctx, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    return;
  }
  RootScope roots(vm);
  roots.add(members);
  bool top = ctx.group_depth == 0;
  if (top) ++ctx.group_depth;
  if (e->traceback) {
    emit(out, ctx, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
    format_traceback_entries(vm, text, e->traceback);
    emit(out, ctx, text);
    text.clear();
  }
  format_exception_only(vm, text, exc);
  emit(out, ctx, text);
  int count = static_cast<int>(members->size);
  int n = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
  ctx.need_close = false;
  for (int i = 0; i < n; ++i) {
    bool last = i == n - 1;
    if (last) ctx.need_close = true;
    bool truncated = i >= kMaxGroupWidth;
    std::string title = truncated ? "..." : std::to_string(i + 1);
    out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
    ++ctx.group_depth;
    if (!truncated) {
      format_tree(vm, out, members->items[i], ctx);
    } else {
      int remaining = count - kMaxGroupWidth;
      emit(out, ctx, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
    }
    if (last && ctx.need_close) {
      out += ctx.indent() + "+------------------------------------\n";
      ctx.need_close = false;
    }
    --ctx.group_depth;
  }
  if (top) ctx.group_depth = 0;
}

// Prints the chain oldest first, like CPython; each exception appears once.
// (The chain is walked iteratively; only exception groups recurse, at most
// kMaxGroupDepth deep.)
static void format_tree(VM& vm, std::string& out, Value exc, PrintContext& ctx) {
  struct Link {
    Value exc;
    const char* separator;  // printed after this exception, before the next
  };
  std::vector<Link> chain;
  const char* separator = nullptr;
  auto is_exc = [](Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Exception; };
  while (is_exc(exc) && ctx.seen.insert(exc.as_obj()).second) {
    chain.push_back({exc, separator});
    Exception* e = as_exc(exc);
    if (!e->cause.is_none()) {
      exc = e->cause;
      separator = "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!e->suppress_context && !e->context.is_none()) {
      exc = e->context;
      separator = "\nDuring handling of the above exception, another exception occurred:\n\n";
    } else {
      break;
    }
  }
  for (size_t i = chain.size(); i-- > 0;) {
    format_one(vm, out, chain[i].exc, ctx);
    if (chain[i].separator) emit(out, ctx, chain[i].separator);
  }
}

std::string format_exception(VM& vm, Value exc) {
  std::string out;
  if (!exc.is_obj() || exc.as_obj()->kind != ObjKind::Exception) return out;
  RootScope roots(vm);
  roots.add(exc);
  PrintContext ctx;
  format_tree(vm, out, exc, ctx);
  return out;
}

}  // namespace coil::vm
