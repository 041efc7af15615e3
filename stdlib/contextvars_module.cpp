// _contextvars: Context, ContextVar, Token and copy_context (PEP 567), which
// stdlib/lib/contextvars.py re-exports. asyncio runs each task step and each
// callback in the context it captured (stdlib/asyncio/).
//
// A Context maps ContextVars to values through a dict that is never changed
// once shared: ContextVar.set gives the current context a new dict, so a
// copy_context() is one pointer copy (CPython uses a HAMT for the same end).
// The current context is per VM; before the first ContextVar is made no
// context can hold anything, so asyncio does not capture one (no cost for
// programs that never use context variables).
#include <string>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

struct ContextObj : Foreign {
  Dict* vars;         // ContextVar -> value; replaced, never changed in place
  ContextObj* prev;   // the context current before run() entered this one
  bool entered;
};

struct ContextVarObj : Foreign {
  Value name;
  Value default_value;  // null(): none
};

struct TokenObj : Foreign {
  ContextObj* ctx;
  ContextVarObj* var;
  Value old_value;  // null(): the variable had no value (Token.MISSING)
  bool used;
};

void context_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* c = static_cast<ContextObj*>(self);
  mark_gray(gray, Value::object(c->vars));
  if (c->prev) mark_gray(gray, Value::object(c->prev));
}
void var_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* v = static_cast<ContextVarObj*>(self);
  mark_gray(gray, v->name);
  mark_gray(gray, v->default_value);
}
void token_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* t = static_cast<TokenObj*>(self);
  mark_gray(gray, Value::object(t->ctx));
  mark_gray(gray, Value::object(t->var));
  mark_gray(gray, t->old_value);
}

constexpr ForeignClass kContextClass = {"Context", context_trace, nullptr};
constexpr ForeignClass kVarClass = {"ContextVar", var_trace, nullptr};
constexpr ForeignClass kTokenClass = {"Token", token_trace, nullptr};

struct ContextState : Extension {
  Type* context_type = nullptr;
  Type* var_type = nullptr;
  Type* token_type = nullptr;
  Value missing = Value::null();  // Token.MISSING
  ContextObj* current = nullptr;  // made on first use
  // Set once a ContextVar exists: from then on asyncio captures contexts.
  bool vars_made = false;
  void trace(Heap& heap) override {
    heap.mark(context_type);
    heap.mark(var_type);
    heap.mark(token_type);
    heap.mark(missing);
    if (current) heap.mark(current);
  }
};

ContextState* find_state(VM& vm) {
  auto it = vm.extensions.find("contextvars");
  return it == vm.extensions.end() ? nullptr : static_cast<ContextState*>(it->second.get());
}
ContextState& state(VM& vm) { return *find_state(vm); }

ContextObj* new_context(VM& vm, Dict* vars) {
  RootScope roots(vm);
  if (!vars) vars = roots.add(vm.new_dict());
  else roots.add(vars);
  auto* c = vm.alloc<ContextObj>(ObjKind::Foreign, state(vm).context_type);
  c->cls = &kContextClass;
  c->vars = vars;
  c->prev = nullptr;
  c->entered = false;
  return c;
}

ContextObj* current_context(VM& vm) {
  ContextState& st = state(vm);
  if (!st.current) st.current = new_context(vm, nullptr);
  return st.current;
}

bool is_context_value(ContextState& st, Value v) { return v.is_obj() && v.as_obj()->type == st.context_type; }
bool is_var(ContextState& st, Value v) { return v.is_obj() && v.as_obj()->type == st.var_type; }

std::string repr_or_empty(VM& vm, Value v) {
  Value r = vm.repr(v);
  if (r.is_exception()) {
    vm.pending = Value::null();
    return "?";
  }
  return std::string(as_str(r)->view());
}

bool enter(VM& vm, ContextObj* c) {
  if (c->entered) {
    vm.raise_fmt(vm.types.RuntimeError, "cannot enter context: <_contextvars.Context object at %s> is already entered",
                 address_of(c).c_str());
    return false;
  }
  ContextState& st = state(vm);
  c->prev = current_context(vm);
  c->entered = true;
  st.current = c;
  return true;
}

void leave(VM& vm, ContextObj* c) {
  state(vm).current = c->prev;
  c->prev = nullptr;
  c->entered = false;
}

// ---------------------------------------------------------------- Context

Value context_new(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (nargs > 0 || (kwnames && kwnames->size > 0)) {
    return vm.raise(vm.types.TypeError, "Context() does not accept any arguments");
  }
  return Value::object(new_context(vm, nullptr));
}

ContextObj* self_context(VM& vm, Value* args, int nargs, const char* name) {
  if (!check_receiver(vm, args, nargs, state(vm).context_type, name)) return nullptr;
  return static_cast<ContextObj*>(args[0].as_obj());
}

bool var_key(VM& vm, Value key) {
  if (is_var(state(vm), key)) return true;
  vm.raise_fmt(vm.types.TypeError, "a ContextVar key was expected, got %s", repr_or_empty(vm, key).c_str());
  return false;
}

// ctx.run(callable, *args, **kwargs)
Value ctx_run(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ContextObj* c = self_context(vm, args, nargs, "run");
  if (!c) return Value::exception();
  if (nargs < 2) return vm.raise(vm.types.TypeError, "run() missing 1 required positional argument");
  if (!enter(vm, c)) return Value::exception();
  Value r = vm.call(args[1], args + 2, nargs - 2, kwnames);
  leave(vm, c);
  return r;
}

Value ctx_copy(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ContextObj* c = self_context(vm, args, nargs, "copy");
  if (!c || !no_kwargs(vm, "copy", kwnames) || !check_nargs(vm, "copy", nargs - 1, 0, 0)) {
    return Value::exception();
  }
  return Value::object(new_context(vm, c->vars));
}

Value ctx_get(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ContextObj* c = self_context(vm, args, nargs, "get");
  if (!c || !no_kwargs(vm, "get", kwnames) || !check_nargs(vm, "get", nargs - 1, 1, 2) || !var_key(vm, args[1])) {
    return Value::exception();
  }
  Value v = dict_get(vm, c->vars, args[1]);
  if (v.is_exception()) return v;
  return !v.is_null() ? v : nargs > 2 ? args[2] : Value::none();
}

// keys()/values()/items() as lists (CPython gives views; both iterate alike).
Value ctx_listing(VM& vm, Value* args, int nargs, Tuple* kwnames, const char* name, int which) {
  ContextObj* c = self_context(vm, args, nargs, name);
  if (!c || !no_kwargs(vm, name, kwnames) || !check_nargs(vm, name, nargs - 1, 0, 0)) {
    return Value::exception();
  }
  RootScope roots(vm);
  List* out = roots.add(vm.new_list());
  for (const auto& e : c->vars->table.entries) {
    if (e.key.is_null()) continue;
    out->items.push_back(which == 0 ? e.key : which == 1 ? e.value : Value::object(vm.tuple_of({e.key, e.value})));
  }
  return Value::object(out);
}
Value ctx_keys(VM& vm, Value* a, int n, Tuple* k) { return ctx_listing(vm, a, n, k, "keys", 0); }
Value ctx_values(VM& vm, Value* a, int n, Tuple* k) { return ctx_listing(vm, a, n, k, "values", 1); }
Value ctx_items(VM& vm, Value* a, int n, Tuple* k) { return ctx_listing(vm, a, n, k, "items", 2); }

Value context_getitem(VM& vm, Value self, Value key) {
  if (!var_key(vm, key)) return Value::exception();
  Value v = dict_get(vm, static_cast<ContextObj*>(self.as_obj())->vars, key);
  if (v.is_null()) return vm.raise_value(vm.new_exception_args(vm.types.KeyError, vm.tuple_of({key})));
  return v;
}

int context_contains(VM& vm, Value self, Value key) {
  if (!var_key(vm, key)) return -1;
  Value v = dict_get(vm, static_cast<ContextObj*>(self.as_obj())->vars, key);
  return v.is_exception() ? -1 : !v.is_null();
}

bool context_length(VM&, Value self, int64_t& out) {
  out = static_cast<int64_t>(dict_size(static_cast<ContextObj*>(self.as_obj())->vars));
  return true;
}

Value context_iter(VM& vm, Value self) {
  Value args[1] = {self};
  RootScope roots(vm);
  Value keys = roots.add(ctx_keys(vm, args, 1, nullptr));
  if (keys.is_exception()) return keys;
  return make_seq_iterator(vm, keys);
}

Value context_compare(VM& vm, Value a, Value b, CompareOp op) {
  ContextState& st = state(vm);
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_context_value(st, b)) return vm.not_implemented;
  Value r = vm.compare(Value::object(static_cast<ContextObj*>(a.as_obj())->vars),
                       Value::object(static_cast<ContextObj*>(b.as_obj())->vars), op);
  return r;
}

Value context_repr(VM& vm, Value self) {
  return vm.str_value("<_contextvars.Context object at " + address_of(self.as_obj()) + ">");
}

// ---------------------------------------------------------------- ContextVar

Value var_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[2];
  if (nargs != 1) {
    return vm.raise_fmt(vm.types.TypeError, "ContextVar() takes %s 1 positional argument (%d given)",
                        nargs == 0 ? "exactly" : "at most", nargs);
  }
  if (!parse_args(vm, "ContextVar", args, nargs, kwnames, {"name", "default"}, 1, a, 1)) {
    return Value::exception();
  }
  if (!is_str(a[0])) return vm.raise(vm.types.TypeError, "context variable name must be a str");
  ContextState& st = state(vm);
  auto* v = vm.alloc<ContextVarObj>(ObjKind::Foreign, st.var_type);
  v->cls = &kVarClass;
  v->name = a[0];
  v->default_value = a[1];
  st.vars_made = true;
  return Value::object(v);
}

ContextVarObj* self_var(VM& vm, Value* args, int nargs, const char* name) {
  if (!check_receiver(vm, args, nargs, state(vm).var_type, name)) return nullptr;
  return static_cast<ContextVarObj*>(args[0].as_obj());
}

Value var_get(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ContextVarObj* v = self_var(vm, args, nargs, "get");
  if (!v || !no_kwargs(vm, "get", kwnames) || !check_nargs(vm, "get", nargs - 1, 0, 1)) {
    return Value::exception();
  }
  Value r = dict_get(vm, current_context(vm)->vars, args[0]);
  if (r.is_exception() || !r.is_null()) return r;
  if (nargs > 1) return args[1];
  if (!v->default_value.is_null()) return v->default_value;
  return vm.raise_value(vm.new_exception_args(vm.types.LookupError, vm.tuple_of({args[0]})));
}

// Gives the current context a new dict with var set to value (or removed
// when value is null()).
bool assign(VM& vm, Value var, Value value) {
  ContextObj* c = current_context(vm);
  RootScope roots(vm);
  Dict* d = roots.add(vm.new_dict());
  if (dict_update(vm, d, Value::object(c->vars)) < 0) return false;
  int r = value.is_null() ? dict_del(vm, d, var) : dict_set(vm, d, var, value);
  if (r < 0) return false;
  c->vars = d;
  return true;
}

Value var_set(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ContextVarObj* v = self_var(vm, args, nargs, "set");
  if (!v || !no_kwargs(vm, "set", kwnames) || !check_nargs(vm, "set", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  ContextState& st = state(vm);
  ContextObj* c = current_context(vm);
  Value old = dict_get(vm, c->vars, args[0]);
  if (old.is_exception()) return old;
  RootScope roots(vm);
  roots.add(old);
  auto* t = vm.alloc<TokenObj>(ObjKind::Foreign, st.token_type);
  t->cls = &kTokenClass;
  t->ctx = c;
  t->var = v;
  t->old_value = old;
  t->used = false;
  roots.add(t);
  if (!assign(vm, args[0], args[1])) return Value::exception();
  return Value::object(t);
}

Value token_repr(VM& vm, Value self);

Value var_reset(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  ContextVarObj* v = self_var(vm, args, nargs, "reset");
  if (!v || !no_kwargs(vm, "reset", kwnames) || !check_nargs(vm, "reset", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  ContextState& st = state(vm);
  if (!args[1].is_obj() || args[1].as_obj()->type != st.token_type) {
    return vm.raise_fmt(vm.types.TypeError, "expected an instance of Token, got %s",
                        repr_or_empty(vm, args[1]).c_str());
  }
  auto* t = static_cast<TokenObj*>(args[1].as_obj());
  auto fail = [&](Type* type, const char* what) {
    Value r = token_repr(vm, args[1]);
    if (r.is_exception()) return r;
    return vm.raise(type, std::string(as_str(r)->view()) + what);
  };
  if (t->used) return fail(vm.types.RuntimeError, " has already been used once");
  if (t->var != v) return fail(vm.types.ValueError, " was created by a different ContextVar");
  if (t->ctx != current_context(vm)) return fail(vm.types.ValueError, " was created in a different Context");
  t->used = true;
  if (!assign(vm, args[0], t->old_value)) return Value::exception();
  return Value::none();
}

Value var_repr(VM& vm, Value self) {
  auto* v = static_cast<ContextVarObj*>(self.as_obj());
  std::string s = "<ContextVar name=" + repr_or_empty(vm, v->name);
  if (!v->default_value.is_null()) s += " default=" + repr_or_empty(vm, v->default_value);
  return vm.str_value(s + " at " + address_of(self.as_obj()) + ">");
}

Value var_getattr(VM& vm, Value self, Str* name) {
  if (name->view() == "name") return static_cast<ContextVarObj*>(self.as_obj())->name;
  return generic_getattr(vm, self, name, true);
}

// ---------------------------------------------------------------- Token

Value token_new(VM& vm, Value*, int, Tuple*) {
  return vm.raise(vm.types.RuntimeError, "Tokens can only be created by ContextVars");
}

Value token_repr(VM& vm, Value self) {
  auto* t = static_cast<TokenObj*>(self.as_obj());
  Value var = var_repr(vm, Value::object(t->var));
  if (var.is_exception()) return var;
  return vm.str_value(std::string("<Token") + (t->used ? " used" : "") + " var=" +
                      std::string(as_str(var)->view()) + " at " + address_of(self.as_obj()) + ">");
}

Value token_getattr(VM& vm, Value self, Str* name) {
  auto* t = static_cast<TokenObj*>(self.as_obj());
  if (name->view() == "var") return Value::object(t->var);
  if (name->view() == "old_value") return t->old_value.is_null() ? state(vm).missing : t->old_value;
  return generic_getattr(vm, self, name, true);
}

Value missing_repr(VM& vm, Value) { return vm.str_value("<Token.MISSING>"); }

// ---------------------------------------------------------------- module

Value cv_copy_context(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "copy_context", kwnames) || !check_nargs(vm, "copy_context", nargs, 0, 0)) {
    return Value::exception();
  }
  return Value::object(new_context(vm, current_context(vm)->vars));
}

Type* new_class(VM& vm, const char* name, NativeFn constructor) {
  Type* t = vm.new_type(name, vm.types.object, ObjKind::Foreign, constructor);
  t->flags &= ~Type::kBaseType;
  t->module = vm.str_value("_contextvars");
  return t;
}

}  // namespace

Value context_capture(VM& vm) {
  ContextState* st = find_state(vm);
  if (!st || !st->vars_made) return Value::null();
  return Value::object(new_context(vm, current_context(vm)->vars));
}

bool is_context(VM& vm, Value v) {
  ContextState* st = find_state(vm);
  return st && is_context_value(*st, v);
}

bool context_enter_slow(VM& vm, Value ctx) { return enter(vm, static_cast<ContextObj*>(ctx.as_obj())); }

void context_leave_slow(VM& vm, Value ctx) { leave(vm, static_cast<ContextObj*>(ctx.as_obj())); }

Module* init_contextvars_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("_contextvars")));
  auto owned = std::make_unique<ContextState>();
  ContextState* st = owned.get();
  vm.extensions["contextvars"] = std::move(owned);

  Type* ct = st->context_type = new_class(vm, "Context", context_new);
  ct->slots.repr = context_repr;
  ct->slots.getitem = context_getitem;
  ct->slots.contains = context_contains;
  ct->slots.length = context_length;
  ct->slots.iter = context_iter;
  ct->slots.compare = context_compare;
  inherit_slots(ct);
  ct->slots.hash = nullptr;  // unhashable, as CPython's
  add_method(vm, ct, "run", ctx_run);
  add_method(vm, ct, "copy", ctx_copy);
  add_method(vm, ct, "get", ctx_get);
  add_method(vm, ct, "keys", ctx_keys);
  add_method(vm, ct, "values", ctx_values);
  add_method(vm, ct, "items", ctx_items);

  Type* vt = st->var_type = new_class(vm, "ContextVar", var_new);
  vt->slots.repr = var_repr;
  vt->slots.getattr = var_getattr;
  inherit_slots(vt);
  add_method(vm, vt, "get", var_get);
  add_method(vm, vt, "set", var_set);
  add_method(vm, vt, "reset", var_reset);
  add_class_getitem(vm, vt);

  Type* tt = st->token_type = new_class(vm, "Token", token_new);
  tt->slots.repr = token_repr;
  tt->slots.getattr = token_getattr;
  inherit_slots(tt);
  add_class_getitem(vm, tt);
  Type* missing_type = new_class(vm, "Token.MISSING", nullptr);
  missing_type->slots.repr = missing_repr;
  inherit_slots(missing_type);
  auto* missing = vm.alloc<Instance>(ObjKind::Instance, missing_type);
  missing->dict = nullptr;
  st->missing = Value::object(missing);
  vm.set_global(tt->dict, "MISSING", st->missing);

  Dict* d = m->dict;
  vm.set_global(d, "Context", Value::object(ct));
  vm.set_global(d, "ContextVar", Value::object(vt));
  vm.set_global(d, "Token", Value::object(tt));
  add_function(vm, d, "copy_context", cv_copy_context);
  return m;
}

}  // namespace coil::vm
