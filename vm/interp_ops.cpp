// The slower halves of opcodes, kept out of the dispatch loop: name lookup
// misses, method loading, unpacking, f-string formatting, function creation,
// raising, `with`, awaiting and importing.
#include <string>

#include "vm/interp.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/suggestions.hpp"
#include "vm/vm.hpp"

namespace coil::vm {

// BaseExceptionGroup and ExceptionGroup are written in coil
// (stdlib/lib/_exceptiongroup.py): the first use of either name, or of
// except*, imports that module and makes both classes builtins.
static Value exception_group_module(VM& vm) {
  Value m = vm.import_module(vm.intern("_exceptiongroup"));
  if (m.is_exception()) return m;
  for (const char* n : {"BaseExceptionGroup", "ExceptionGroup"}) {
    Str* key = vm.intern(n);
    if (!dict_get_str(vm.builtins, key).is_null()) continue;
    Value cls = vm.getattr(m, key);
    if (cls.is_exception()) return cls;
    dict_set_str(vm, vm.builtins, key, cls);
  }
  return m;
}

static bool is_exception_group_name(Str* name) {
  return name->view() == "ExceptionGroup" || name->view() == "BaseExceptionGroup";
}

// Calls the function `name` of _exceptiongroup.
static Value call_exception_group_helper(VM& vm, const char* name, Value a, Value b) {
  Value m = exception_group_module(vm);
  if (m.is_exception()) return m;
  RootScope roots(vm);
  Value fn = roots.add(vm.getattr(m, vm.intern(name)));
  if (fn.is_exception()) return fn;
  Value args[2] = {a, b};
  return vm.call(fn, args, 2);
}

int op_check_eg_match(VM& vm, Value exc, Value type, Value* rest, Value* match) {
  Value r = call_exception_group_helper(vm, "_check_match", exc, type);
  if (r.is_exception()) return -1;
  auto* t = static_cast<Tuple*>(r.as_obj());
  *match = t->items[0];
  *rest = t->items[1];
  return 0;
}

Value op_prep_reraise_star(VM& vm, Value orig, Value excs) {
  return call_exception_group_helper(vm, "_prep_reraise_star", orig, excs);
}

// Where LOAD_GLOBAL found `name` (entry `ix` of globals, or of builtins
// when `in_builtins`), remembered in the code's cache for the name.
static void fill_global_cache(VM& vm, Frame* f, Str* name, uint32_t name_index, int64_t ix,
                              bool in_builtins) {
  Code* code = f->code;
  if (code->global_cache.size() != code->names.size()) code->global_cache.resize(code->names.size());
  GlobalCache& c = code->global_cache[name_index];
  c = GlobalCache{};
  Dict* d = in_builtins ? vm.builtins : f->globals;
  // Only the code's own name object as key: the fast path checks identity.
  if (ix < 0 || !d->table.entries[ix].key.is(Value::object(name))) return;
  c.index = ix;
  if (in_builtins) {
    c.globals = f->globals;
    c.globals_version = f->globals->table.version;
    c.builtins_version = vm.builtins->table.version;
  }
}

// A name missing from globals: builtins, else NameError.
static Value load_builtin(VM& vm, Str* name) {
  Value v = dict_get_str(vm.builtins, name);
  if (v.is_null() && is_exception_group_name(name)) {
    Value m = exception_group_module(vm);
    if (m.is_exception()) return m;
    v = dict_get_str(vm.builtins, name);
  }
  if (v.is_null()) {
    vm.raise_fmt(vm.types.NameError, "name '%s' is not defined", name->data);
    note_name_error(vm, vm.pending, name, Value::null());
    return Value::exception();
  }
  return v;
}

// LOAD_GLOBAL past its cache: globals, then builtins, filling the cache.
Value op_load_global(VM& vm, Frame* f, Str* name, uint32_t name_index) {
  int64_t gix = table_find_str(f->globals->table, name);
  if (gix >= 0) {
    fill_global_cache(vm, f, name, name_index, gix, false);
    return f->globals->table.entries[gix].value;
  }
  Value v = load_builtin(vm, name);
  if (v.is_exception()) return v;
  fill_global_cache(vm, f, name, name_index, table_find_str(vm.builtins->table, name), true);
  return v;
}

// A name in a namespace that is not a plain dict (a metaclass's
// __prepare__'s, exec()'s mapping): through its __getitem__; null() on KeyError.
static Value load_mapped_name(VM& vm, Obj* ns, Str* name) {
  Value v = vm.getitem(Value::object(ns), Value::object(name));
  if (v.is_exception() && vm.pending_is(vm.types.KeyError)) {
    vm.pending = Value::null();
    return Value::null();
  }
  return v;
}

// `del name` in such a namespace: 1 deleted, 0 absent, -1 error.
int op_delete_mapped_name(VM& vm, Obj* ns, Str* name) {
  if (vm.setitem(Value::object(ns), Value::object(name), Value::null()) == 0) return 1;
  if (!vm.pending_is(vm.types.KeyError)) return -1;
  vm.pending = Value::null();
  return 0;
}

// LOAD_NAME: locals (a class body's namespace, exec()'s separate locals),
// globals, builtins; module code run in its globals is LOAD_GLOBAL.
Value op_load_name(VM& vm, Frame* f, Str* name, uint32_t name_index) {
  Obj* ns = f->locals_ns();
  if (!ns) return op_load_global(vm, f, name, name_index);
  Dict* d = plain_dict(vm, ns);
  Value v = d ? dict_get_str(d, name) : load_mapped_name(vm, ns, name);
  if (!v.is_null()) return v;
  v = dict_get_str(f->globals, name);
  if (!v.is_null()) return v;
  return load_builtin(vm, name);
}

// SETUP_ANNOTATIONS: a module's or class body's namespace gets an empty
// __annotations__ unless it has one, so that annotated assignments run by
// several exec() calls in one namespace add to the same dict.
int op_setup_annotations(VM& vm, Frame* f) {
  Obj* ns = f->locals_ns() ? f->locals_ns() : f->globals;
  Str* name = vm.intern("__annotations__");
  RootScope roots(vm);
  if (Dict* d = plain_dict(vm, ns)) {
    if (!dict_get_str(d, name).is_null()) return 0;
    dict_set_str(vm, d, name, roots.add(Value::object(vm.new_dict())));
    return 0;
  }
  Value v = load_mapped_name(vm, ns, name);
  if (v.is_exception()) return -1;
  if (!v.is_null()) return 0;
  return vm.setitem(Value::object(ns), Value::object(name), roots.add(Value::object(vm.new_dict())));
}

Value op_load_classderef(VM& vm, Frame* f, Str* name, Value cell) {
  if (Obj* ns = f->locals_ns()) {
    Dict* d = plain_dict(vm, ns);
    Value v = d ? dict_get_str(d, name) : load_mapped_name(vm, ns, name);
    if (!v.is_null()) return v;
  }
  Value v = static_cast<Cell*>(cell.as_obj())->value;
  if (v.is_null()) {
    return vm.raise_fmt(vm.types.NameError,
                        "cannot access free variable '%s' where it is not associated with a "
                        "value in enclosing scope",
                        name->data);
  }
  return v;
}

// For `obj.name(...)`: when `name` is a plain method on obj's type, returns the
// unbound function and sets *out_self to obj, sparing a bound-method object.
Value op_load_method(VM& vm, Value obj, Str* name, Value* out_self) {
  *out_self = Value::null();
  Type* t = vm.type_of(obj);
  // Every getattr slot consults the type's methods before its own extra
  // attributes, except those of classes themselves and of super objects.
  bool methods_first = !(obj.is_obj() && (obj.as_obj()->kind == ObjKind::Type ||
                                          obj.as_obj()->kind == ObjKind::Super)) &&
                       !(t->flags & Type::kCustomGetattribute);
  if (methods_first) {
    Value attr = vm.lookup_type(t, name);
    if (!attr.is_null() && attr.is_obj()) {
      if (attr.as_obj()->kind == ObjKind::Function || is_unbound_native_method(attr)) {
        // An instance attribute of the same name shadows the method.
        if (instance_own_attr(vm, obj, name).is_null()) {
          *out_self = obj;
          return attr;
        }
      }
    }
  }
  return vm.getattr(obj, name);
}

Value op_format_value(VM& vm, Value v, int conversion, Value spec) {
  // The usual f-string fields first: {text} and {number}, no spec, no conversion.
  if (spec.is_null() && conversion == 0) {
    if (is_str(v) && v.as_obj()->type == vm.types.str) return v;
    if (v.is_int()) return int_repr(vm, v);
  }
  RootScope roots(vm);
  roots.add(spec);
  Value s = v;
  switch (conversion) {
    case 1: s = vm.str(v); break;
    case 2: s = vm.repr(v); break;
    case 3: s = vm.ascii(v); break;
    default: break;
  }
  if (s.is_exception()) return s;
  if (spec.is_null()) {
    if (is_str(s) && s.as_obj()->type == vm.types.str) return s;
    if (s.is_int() || s.is_double()) return vm.str(s);
    return vm.format(s, Value::object(vm.empty_str));
  }
  return vm.format(s, spec);
}

Value op_build_string(VM& vm, Value* items, int n) {
  return str_concat_values(vm, items, static_cast<size_t>(n));
}

static Value unpack_count_error(VM& vm, int expected, size_t got, bool too_many) {
  if (too_many) {
    return vm.raise_fmt(vm.types.ValueError, "too many values to unpack (expected %d)", expected);
  }
  return vm.raise_fmt(vm.types.ValueError, "not enough values to unpack (expected %d, got %zu)",
                      expected, got);
}

static bool gather_for_unpack(VM& vm, Value seq, std::vector<Value>& items) {
  Type* t = vm.type_of(seq);
  if (!t->slots.iter && !t->slots.getitem) {
    vm.raise_fmt(vm.types.TypeError, "cannot unpack non-iterable %s object", t->name->data);
    return false;
  }
  return vm.unpack_iterable(seq, items);
}

int op_unpack_sequence(VM& vm, Value seq, int n, Value* out) {
  std::vector<Value> items;
  if (seq.is_obj() && (seq.as_obj()->type == vm.types.list || seq.as_obj()->type == vm.types.tuple)) {
    vm.unpack_iterable(seq, items);
  } else {
    // Stop after n+1 items, as CPython does, so infinite iterators work.
    Type* t = vm.type_of(seq);
    if (!t->slots.iter && !t->slots.getitem) {
      vm.raise_fmt(vm.types.TypeError, "cannot unpack non-iterable %s object", t->name->data);
      return -1;
    }
    RootScope roots(vm);
    Value it = vm.iter(seq);
    if (it.is_exception()) return -1;
    roots.add(it);
    List* keep = roots.add(vm.new_list());
    while (static_cast<int>(keep->items.size()) <= n) {
      Value x;
      int r = vm.next(it, x);
      if (r < 0) return -1;
      if (r == 0) break;
      keep->items.push_back(x);
    }
    items = keep->items;
  }
  if (static_cast<int>(items.size()) != n) {
    unpack_count_error(vm, n, items.size(), static_cast<int>(items.size()) > n);
    return -1;
  }
  for (int i = 0; i < n; ++i) out[i] = items[i];
  return 0;
}

int op_unpack_ex(VM& vm, Value seq, int before, int after, Value* out) {
  std::vector<Value> items;
  if (!gather_for_unpack(vm, seq, items)) return -1;
  int n = static_cast<int>(items.size());
  if (n < before + after) {
    vm.raise_fmt(vm.types.ValueError, "not enough values to unpack (expected at least %d, got %d)",
                 before + after, n);
    return -1;
  }
  for (int i = 0; i < before; ++i) out[i] = items[i];
  List* middle = vm.new_list();
  middle->items.assign(items.begin() + before, items.end() - after);
  out[before] = Value::object(middle);
  for (int i = 0; i < after; ++i) out[before + 1 + i] = items[n - after + i];
  return 0;
}

// A new function's __module__: its globals' __name__, or None. A module's
// namespace starts with __name__, so its first entry is tried before the
// hash lookup (closures made in a loop do this once per iteration).
static Value module_name_of(VM& vm, Dict* globals) {
  const auto& entries = globals->table.entries;
  if (!entries.empty() && entries[0].key.is(Value::object(vm.names.__name__))) return entries[0].value;
  Value name = dict_get_str(globals, vm.names.__name__);
  return name.is_null() ? Value::none() : name;
}

Value op_make_function(VM& vm, Frame* f, Value code_value, uint32_t flags, Value* extras) {
  auto* code = static_cast<Code*>(code_value.as_obj());
  Function* fn = new_function(vm, code, f->globals);
  int i = 0;
  if (flags & 1) fn->defaults = static_cast<Tuple*>(extras[i++].as_obj());
  if (flags & 2) fn->kwdefaults = static_cast<Dict*>(extras[i++].as_obj());
  if (flags & 4) fn->closure = static_cast<Tuple*>(extras[i++].as_obj());
  fn->module = module_name_of(vm, f->globals);
  // The compiler puts a function's docstring (or None) first in its constants.
  if (!code->consts.empty() && is_str(code->consts[0]) &&
      !(code->code_flags & (Code::kModule | Code::kClassBody))) {
    fn->doc = code->consts[0];
  }
  return Value::object(fn);
}

static Value instantiate_exception(VM& vm, Value v) {
  if (v.is_obj() && v.as_obj()->kind == ObjKind::Type) {
    auto* t = static_cast<Type*>(v.as_obj());
    if (t->flags & Type::kException) {
      Value e = vm.call(v, nullptr, 0);
      if (e.is_exception()) return e;
      if (!vm.isinstance(e, vm.types.BaseException)) {
        return vm.raise_fmt(vm.types.TypeError,
                            "calling %s should have returned an instance of BaseException, not %s",
                            t->name->data, type_name(vm, e));
      }
      return e;
    }
  }
  if (vm.isinstance(v, vm.types.BaseException)) return v;
  return Value::null();
}

Value op_raise(VM& vm, Value exc, Value cause, bool has_cause) {
  Value e = instantiate_exception(vm, exc);
  if (e.is_exception()) return e;
  if (e.is_null()) return vm.raise(vm.types.TypeError, "exceptions must derive from BaseException");
  if (has_cause) {
    auto* ex = static_cast<Exception*>(e.as_obj());
    if (cause.is_none()) {
      ex->cause = Value::none();
    } else {
      Value c = instantiate_exception(vm, cause);
      if (c.is_exception()) return c;
      if (c.is_null()) {
        return vm.raise(vm.types.TypeError, "exception causes must derive from BaseException");
      }
      ex->cause = c;
    }
    ex->suppress_context = true;
  }
  return vm.raise_value(e);
}

static bool valid_exc_type(VM& vm, Value t) {
  return t.is_obj() && t.as_obj()->kind == ObjKind::Type &&
         (static_cast<Type*>(t.as_obj())->flags & Type::kException);
  (void)vm;
}

int op_check_exc_match(VM& vm, Value exc, Value type) {
  if (type.is_obj() && type.as_obj()->kind == ObjKind::Tuple) {
    auto* t = static_cast<Tuple*>(type.as_obj());
    for (uint32_t i = 0; i < t->size; ++i) {
      if (!valid_exc_type(vm, t->items[i])) {
        vm.raise(vm.types.TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
        return -1;
      }
    }
    for (uint32_t i = 0; i < t->size; ++i) {
      if (vm.isinstance(exc, static_cast<Type*>(t->items[i].as_obj()))) return 1;
    }
    return 0;
  }
  if (!valid_exc_type(vm, type)) {
    vm.raise(vm.types.TypeError,
             "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return vm.isinstance(exc, static_cast<Type*>(type.as_obj())) ? 1 : 0;
}

Value op_before_with(VM& vm, Value mgr, Value* exit_out, bool async) {
  Type* t = vm.type_of(mgr);
  Str* enter_name = async ? vm.names.__aenter__ : vm.names.__enter__;
  Str* exit_name = async ? vm.names.__aexit__ : vm.names.__exit__;
  Value enter = vm.lookup_type(t, enter_name);
  if (enter.is_null()) {
    return vm.raise_fmt(vm.types.TypeError,
                        async ? "'%s' object does not support the asynchronous context manager protocol"
                              : "'%s' object does not support the context manager protocol",
                        t->name->data);
  }
  Value exit = vm.lookup_type(t, exit_name);
  if (exit.is_null()) {
    return vm.raise_fmt(vm.types.TypeError,
                        async ? "'%s' object does not support the asynchronous context manager "
                                "protocol (missed __aexit__ method)"
                              : "'%s' object does not support the context manager protocol "
                                "(missed __exit__ method)",
                        t->name->data);
  }
  RootScope roots(vm);
  Value bound_exit = roots.add(bind_method(vm, exit, mgr));
  Value bound_enter = roots.add(bind_method(vm, enter, mgr));
  Value r = vm.call(bound_enter, nullptr, 0);
  if (r.is_exception()) return r;
  *exit_out = bound_exit;
  return r;
}

// CPython's _PyObject_FunctionStr, for call errors: "mod.qualname()", or
// "qualname()" for builtins.
static std::string function_str(VM& vm, Value func) {
  RootScope roots(vm);
  roots.add(func);
  Value saved = vm.pending;
  Value qual = vm.getattr_opt(func, vm.names.__qualname__);
  vm.pending = saved;
  if (qual.is_null() || !is_str(qual)) {
    Value s = vm.str(func);
    vm.pending = saved;
    return s.is_exception() || s.is_null() ? "function" : std::string(as_str(s)->view());
  }
  roots.add(qual);
  Value mod = vm.getattr_opt(func, vm.names.__module__);
  vm.pending = saved;
  std::string out;
  if (!mod.is_null() && is_str(mod) && as_str(mod)->view() != "builtins") {
    out = std::string(as_str(mod)->view()) + ".";
  }
  return out + std::string(as_str(qual)->view()) + "()";
}

int op_dict_merge(VM& vm, Value dict, Value mapping, Value func, bool merge) {
  auto* d = static_cast<Dict*>(dict.as_obj());
  if (!merge) {
    if (dict_update(vm, d, mapping) < 0) {
      if (vm.pending_is(vm.types.AttributeError)) {
        vm.pending = Value::null();
        vm.raise_fmt(vm.types.TypeError, "'%s' object is not a mapping",
                     type_name(vm, mapping));
      }
      return -1;
    }
    return 0;
  }
  // f(**m): every key must be a str, and none may repeat.
  if (!(mapping.is_obj() && mapping.as_obj()->kind == ObjKind::Dict)) {
    Value keys = vm.getattr_opt(mapping, vm.names.keys);
    if (keys.is_null()) {
      std::string fname = function_str(vm, func);
      vm.raise_fmt(vm.types.TypeError, "%s argument after ** must be a mapping, not %s",
                   fname.c_str(), type_name(vm, mapping));
      return -1;
    }
  }
  RootScope roots(vm);
  Dict* tmp = roots.add(vm.new_dict());
  if (dict_update(vm, tmp, mapping) < 0) return -1;
  for (auto& e : tmp->table.entries) {
    if (e.key.is_null()) continue;
    if (!is_str(e.key)) {
      vm.raise(vm.types.TypeError, "keywords must be strings");
      return -1;
    }
    if (table_find(vm, d->table, e.key, e.hash) >= 0) {
      std::string fname = function_str(vm, func);
      vm.raise_fmt(vm.types.TypeError, "%s got multiple values for keyword argument '%s'",
                   fname.c_str(), as_str(e.key)->data);
      return -1;
    }
    table_set(vm, d->table, e.key, e.hash, e.value);
  }
  return 0;
}

Value op_call_ex(VM& vm, Value callable, Value args, Value kwargs) {
  std::vector<Value> all;
  if (args.is_obj() && args.as_obj()->kind == ObjKind::Tuple) {
    auto* t = static_cast<Tuple*>(args.as_obj());
    all.assign(t->items, t->items + t->size);
  } else {
    // f(*x) passes x itself (as CPython's compiler does).
    Type* at = vm.type_of(args);
    if (!at->slots.iter && !at->slots.getitem) {
      return vm.raise_fmt(vm.types.TypeError, "%s argument after * must be an iterable, not %s",
                          function_str(vm, callable).c_str(), at->name->data);
    }
    Tuple* t = nullptr;
    {
      std::vector<Value> items;
      if (!vm.unpack_iterable(args, items)) return Value::exception();
      t = vm.new_tuple(static_cast<uint32_t>(items.size()));
      for (size_t i = 0; i < items.size(); ++i) t->items[i] = items[i];
    }
    args = Value::object(t);
    all.assign(t->items, t->items + t->size);
  }
  RootScope arg_roots(vm);
  arg_roots.add(args);
  size_t npos = all.size();
  Tuple* kwnames = nullptr;
  if (!kwargs.is_null()) {
    auto* d = static_cast<Dict*>(kwargs.as_obj());
    if (d->table.used) {
      kwnames = vm.new_tuple(d->table.used);
      uint32_t i = 0;
      for (auto& e : d->table.entries) {
        if (e.key.is_null()) continue;
        kwnames->items[i++] = e.key;
        all.push_back(e.value);
      }
    }
  }
  RootScope roots(vm);
  if (kwnames) roots.add(kwnames);
  return vm.call(callable, all.data(), static_cast<int>(npos), kwnames);
}

// ---------------------------------------------------------------- await

// Calls m, found on self's type, as a method of self. A function gets self as
// its first argument directly: a suspended await keeps nothing of the call,
// and no bound method is left behind as garbage on every await or resume.
static Value call_type_method(VM& vm, Value m, Value self) {
  if ((m.is_obj() && m.as_obj()->kind == ObjKind::Function) || is_unbound_native_method(m)) {
    return vm.call(m, &self, 1);
  }
  RootScope roots(vm);
  Value bound = roots.add(bind_method(vm, m, self));
  return vm.call(bound, nullptr, 0);
}

Value op_get_awaitable(VM& vm, Value v, int where) {
  if (v.is_obj() && v.as_obj()->kind == ObjKind::Generator) {
    auto* g = static_cast<Generator*>(v.as_obj());
    if (g->type == vm.types.coroutine ||
        (g->frame.code->code_flags & Code::kIterableCoroutine)) {
      if (g->type == vm.types.coroutine && g->frame.gen_delegating && g->frame.gen_state == GenState::Suspended) {
        return vm.raise(vm.types.RuntimeError, "coroutine is being awaited already");
      }
      return v;
    }
  }
  Type* t = vm.type_of(v);
  if (t->slots.await_next) return v;
  Value await = vm.lookup_type(t, vm.names.__await__);
  if (await.is_null()) {
    if (where == 1) {
      return vm.raise_fmt(vm.types.TypeError,
                          "'async with' received an object from __aenter__ that does not "
                          "implement __await__: %s",
                          t->name->data);
    }
    if (where == 2) {
      return vm.raise_fmt(vm.types.TypeError,
                          "'async with' received an object from __aexit__ that does not "
                          "implement __await__: %s",
                          t->name->data);
    }
    return vm.raise_fmt(vm.types.TypeError, "object %s can't be used in 'await' expression",
                        t->name->data);
  }
  Value it = call_type_method(vm, await, v);
  if (it.is_exception()) return it;
  if (it.is_obj() && it.as_obj()->kind == ObjKind::Generator &&
      it.as_obj()->type == vm.types.coroutine) {
    return vm.raise(vm.types.TypeError, "__await__() returned a coroutine");
  }
  if (!vm.type_of(it)->slots.next) {
    return vm.raise_fmt(vm.types.TypeError, "__await__() returned non-iterator of type '%s'",
                        type_name(vm, it));
  }
  return it;
}

Value op_get_aiter(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  Value m = vm.lookup_type(t, vm.names.__aiter__);
  if (m.is_null()) {
    return vm.raise_fmt(vm.types.TypeError,
                        "'async for' requires an object with __aiter__ method, got %s",
                        t->name->data);
  }
  RootScope roots(vm);
  Value bound = roots.add(bind_method(vm, m, v));
  return vm.call(bound, nullptr, 0);
}

Value op_get_anext(VM& vm, Value aiter) {
  Type* t = vm.type_of(aiter);
  Value m = vm.lookup_type(t, vm.names.__anext__);
  if (m.is_null()) {
    return vm.raise_fmt(vm.types.TypeError,
                        "'async for' requires an iterator with __anext__ method, got %s",
                        t->name->data);
  }
  RootScope roots(vm);
  Value bound = roots.add(bind_method(vm, m, aiter));
  Value aw = vm.call(bound, nullptr, 0);
  if (aw.is_exception()) return aw;
  roots.add(aw);
  return op_get_awaitable(vm, aw, 0);
}

// SEND to something that is not a generator frame we can link: an iterator
// (next) or an object with send().
int op_send_native(VM& vm, Value receiver, Value value, Value* out) {
  if (receiver.is_obj() && receiver.as_obj()->kind == ObjKind::Generator) {
    auto* g = static_cast<Generator*>(receiver.as_obj());
    Value r;
    ResumeKind k = vm.resume(g, value, Value::null(), r);
    if (k == ResumeKind::Raised) return -1;
    *out = r;
    return k == ResumeKind::Yielded ? 1 : 0;
  }
  if (Type* t = vm.type_of(receiver); t->slots.await_next) return t->slots.await_next(vm, receiver, *out);
  if (value.is_none()) {
    Type* t = vm.type_of(receiver);
    if (!t->slots.next) {
      vm.raise_fmt(vm.types.TypeError, "'%s' object is not an iterator", t->name->data);
      return -1;
    }
    // Iterators written in coil signal the end with StopIteration(value):
    // call their __next__ directly, as the slot would drop the value.
    if (next_calls_dunder(t)) {
      Value m = vm.lookup_type(t, vm.names.__next__);
      Value r = m.is_null() ? vm.call_method(receiver, vm.names.__next__, nullptr, 0)
                            : call_type_method(vm, m, receiver);
      if (!r.is_exception()) {
        *out = r;
        return 1;
      }
      if (!vm.pending_is(vm.types.StopIteration)) return -1;
      *out = stop_iteration_value(vm, vm.take_pending());
      return 0;
    }
    Value item;
    int r = t->slots.next(vm, receiver, item);
    if (r < 0) {
      if (vm.pending_is(vm.types.StopIteration)) {
        *out = stop_iteration_value(vm, vm.take_pending());
        return 0;
      }
      return -1;
    }
    if (r == 0) {
      *out = Value::none();
      return 0;
    }
    *out = item;
    return 1;
  }
  Value r = vm.call_method(receiver, vm.names.send, &value, 1);
  if (r.is_exception()) {
    if (vm.pending_is(vm.types.StopIteration)) {
      *out = stop_iteration_value(vm, vm.take_pending());
      return 0;
    }
    return -1;
  }
  *out = r;
  return 1;
}

// PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
Value generator_raised_stop_iteration(VM& vm, Generator* gen, Value exc) {
  const char* what = gen->type == vm.types.coroutine ? "coroutine"
                     : gen->type == vm.types.async_generator ? "async generator"
                                                             : "generator";
  bool async_stop = vm.isinstance(exc, vm.types.StopAsyncIteration);
  std::string msg = std::string(what) + " raised " + (async_stop ? "StopAsyncIteration" : "StopIteration");
  Value rt = vm.new_exception(vm.types.RuntimeError, msg);
  auto* e = static_cast<Exception*>(rt.as_obj());
  e->cause = exc;
  e->context = exc;
  e->suppress_context = true;
  e->traceback = static_cast<Exception*>(exc.as_obj())->traceback;
  return rt;
}

}  // namespace coil::vm
