// Metaclasses and the class statement: __build_class__ (the bases'
// __mro_entries__, choosing the metaclass, __prepare__, running the body,
// calling the metaclass) and type's own __new__, __init__, __call__ and
// __prepare__, which a metaclass reaches through super().
#include <string>

#include "vm/call.hpp"
#include "vm/interp.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

static bool is_type(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Type; }
static Type* as_type(Value v) { return static_cast<Type*>(v.as_obj()); }

// The most derived of `meta` and the metaclasses of `bases` (CPython's
// _PyType_CalculateMetaclass); null with a TypeError when none is.
static Type* calculate_metaclass(VM& vm, Type* meta, const std::vector<Type*>& bases) {
  Type* winner = meta;
  for (Type* b : bases) {
    Type* t = b->type;
    if (vm.is_subtype(winner, t)) continue;
    if (vm.is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    vm.raise(vm.types.TypeError,
             "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
             "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

static int count_kw(Tuple* kwnames) { return kwnames ? static_cast<int>(kwnames->size) : 0; }

Value new_class(VM& vm, Type* meta, Value* args, Tuple* kwnames) {
  if (!is_str(args[0])) return raise_bad_argument(vm, "type.__new__", "1", "str", args[0]);
  if (!args[1].is_obj() || args[1].as_obj()->kind != ObjKind::Tuple) {
    return raise_bad_argument(vm, "type.__new__", "2", "tuple", args[1]);
  }
  if (!args[2].is_obj() || args[2].as_obj()->kind != ObjKind::Dict) {
    return raise_bad_argument(vm, "type.__new__", "3", "dict", args[2]);
  }
  auto* base_tuple = static_cast<Tuple*>(args[1].as_obj());
  std::vector<Type*> bases;
  for (uint32_t i = 0; i < base_tuple->size; ++i) {
    if (!is_type(base_tuple->items[i])) return vm.raise(vm.types.TypeError, "bases must be types");
    bases.push_back(as_type(base_tuple->items[i]));
  }
  Type* winner = calculate_metaclass(vm, meta, bases);
  if (!winner) return Value::exception();
  if (winner != meta) {
    // A base's metaclass is more derived: its own __new__ makes the class.
    Value wn = vm.lookup_type(winner, vm.names.__new__);
    if (!wn.is(dict_get_str(vm.types.type->dict, vm.names.__new__))) {
      if (wn.is_obj() && wn.as_obj()->kind == ObjKind::StaticMethod) {
        wn = static_cast<StaticMethod*>(wn.as_obj())->func;
      }
      int nkw = count_kw(kwnames);
      std::vector<Value> all = {Value::object(winner)};
      all.insert(all.end(), args, args + 3 + nkw);
      return vm.call(wn, all.data(), 4, kwnames);
    }
  }
  RootScope roots(vm);
  Value cls = make_class(vm, as_str(args[0]), bases, static_cast<Dict*>(args[2].as_obj()), winner);
  if (cls.is_exception()) return cls;
  roots.add(cls);
  if (!init_subclass(vm, as_type(cls), args + 3, count_kw(kwnames) ? kwnames : nullptr)) {
    return Value::exception();
  }
  return cls;
}

// type.__new__(meta, name, bases, ns, **kw), or type.__new__(type, obj).
static Value type_dunder_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (nargs < 1) return vm.raise(vm.types.TypeError, "type.__new__(): not enough arguments");
  if (!is_type(args[0]) || !vm.is_subtype(as_type(args[0]), vm.types.type)) {
    return vm.raise_fmt(vm.types.TypeError, "type.__new__(X): X is not a type object (%s)",
                        type_name(vm, args[0]));
  }
  if (nargs == 2 && count_kw(kwnames) == 0 && args[0].is(Value::object(vm.types.type))) {
    return Value::object(vm.type_of(args[1]));
  }
  if (nargs != 4) {
    return vm.raise_fmt(vm.types.TypeError, "type.__new__() takes exactly 3 arguments (%d given)",
                        nargs - 1);
  }
  return new_class(vm, as_type(args[0]), args + 1, kwnames);
}

// type.__init__(cls, name, bases, ns, **kw): the class is complete already.
static Value type_dunder_init(VM& vm, Value*, int nargs, Tuple* kwnames) {
  if (nargs == 2 && count_kw(kwnames)) {
    return vm.raise(vm.types.TypeError, "type.__init__() takes no keyword arguments");
  }
  if (nargs != 2 && nargs != 4) return vm.raise(vm.types.TypeError, "type.__init__() takes 1 or 3 arguments");
  return Value::none();
}

// type.__call__(cls, *args, **kw): what calling a class does by default.
static Value type_dunder_call(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.types.TypeError, "descriptor '__call__' of 'type' object needs an argument");
  }
  return construct_instance(vm, as_type(args[0]), args + 1, nargs - 1, kwnames);
}

// type.__prepare__(name, bases, **kw): the class body's namespace.
static Value type_dunder_prepare(VM& vm, Value*, int, Tuple*) { return Value::object(vm.new_dict()); }

void init_metaclass_support(VM& vm) {
  Type* t = vm.types.type;
  NativeFunction* nf = vm.new_native("__new__", type_dunder_new);
  nf->qualname = vm.intern("type.__new__");
  auto* sm = vm.alloc<StaticMethod>(ObjKind::StaticMethod, vm.types.staticmethod);
  sm->func = Value::object(nf);
  dict_set_str(vm, t->dict, nf->name, Value::object(sm));
  add_class_method(vm, t, "__prepare__", type_dunder_prepare);
  // Slot wrappers written by hand: type.__call__ constructs without looking
  // for a metaclass's __call__ again (super().__call__ in one).
  add_wrapper_method(vm, t, "__init__", type_dunder_init);
  add_wrapper_method(vm, t, "__call__", type_dunder_call);
}

// ---------------------------------------------------------------- the class statement

// The bases a class statement lists, with each non-class base that has
// __mro_entries__ replaced by what it returns (typing.NamedTuple, List[int]).
// `changed` tells whether any was.
static Tuple* resolve_bases(VM& vm, Tuple* orig, bool& changed) {
  changed = false;
  RootScope roots(vm);
  std::vector<Value> out;
  for (uint32_t i = 0; i < orig->size; ++i) {
    Value b = orig->items[i];
    if (is_type(b)) {
      out.push_back(b);
      continue;
    }
    Value m = vm.getattr_opt(b, vm.names.__mro_entries__);
    if (m.is_exception()) return nullptr;
    if (m.is_null()) {
      out.push_back(b);
      continue;
    }
    roots.add(m);
    Value arg = Value::object(orig);
    Value r = vm.call(m, &arg, 1);
    if (r.is_exception()) return nullptr;
    if (!r.is_obj() || r.as_obj()->kind != ObjKind::Tuple) {
      vm.raise(vm.types.TypeError, "__mro_entries__ must return a tuple");
      return nullptr;
    }
    auto* entries = static_cast<Tuple*>(r.as_obj());
    out.insert(out.end(), entries->items, entries->items + entries->size);
    changed = true;
    roots.add(r);
  }
  if (!changed) return orig;
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(out.size()));
  for (size_t i = 0; i < out.size(); ++i) t->items[i] = out[i];
  return t;
}

// The class statement's keywords other than metaclass=, which go to
// __prepare__, the metaclass and __init_subclass__.
struct ClassKeywords {
  Value metaclass = Value::null();
  std::vector<Value> values;
  Tuple* names = nullptr;
};

static void split_keywords(VM& vm, Value* kwvals, Tuple* kwnames, ClassKeywords& out) {
  int nkw = count_kw(kwnames);
  std::vector<Value> names;
  for (int k = 0; k < nkw; ++k) {
    if (as_str(kwnames->items[k])->view() == "metaclass") {
      out.metaclass = kwvals[k];
    } else {
      names.push_back(kwnames->items[k]);
      out.values.push_back(kwvals[k]);
    }
  }
  if (names.empty()) return;
  out.names = vm.new_tuple(static_cast<uint32_t>(names.size()));
  for (size_t i = 0; i < names.size(); ++i) out.names->items[i] = names[i];
}

// The namespace the class body fills: meta.__prepare__(name, bases, **kw)
// when the metaclass has one. coil runs class bodies in a dict, so the
// result must be a dict (a subclass's __setitem__ and __getitem__ are used).
static Dict* prepare_namespace(VM& vm, Value meta, Value name, Tuple* bases, ClassKeywords& kw) {
  if (meta.is(Value::object(vm.types.type))) return vm.new_dict();
  Value prep = vm.getattr_opt(meta, vm.names.__prepare__);
  if (prep.is_exception()) return nullptr;
  if (prep.is_null()) return vm.new_dict();
  RootScope roots(vm);
  roots.add(prep);
  std::vector<Value> args = {name, Value::object(bases)};
  args.insert(args.end(), kw.values.begin(), kw.values.end());
  Value ns = vm.call(prep, args.data(), 2, kw.names);
  if (ns.is_exception()) return nullptr;
  if (!ns.is_obj() || ns.as_obj()->kind != ObjKind::Dict) {
    const char* who = is_type(meta) ? as_type(meta)->name->data : "<metaclass>";
    vm.raise_fmt(vm.types.TypeError, "%s.__prepare__() must return a dict in coil, not %s", who,
                 type_name(vm, ns));
    return nullptr;
  }
  return static_cast<Dict*>(ns.as_obj());
}

// __build_class__(func, name, *bases, metaclass=None, **kwds)
static Value builtin_build_class(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (nargs < 2) return vm.raise(vm.types.TypeError, "__build_class__: not enough arguments");
  auto* body = static_cast<Function*>(args[0].as_obj());
  Value name = args[1];
  RootScope roots(vm);
  Tuple* orig_bases = roots.add(vm.new_tuple(static_cast<uint32_t>(nargs - 2)));
  for (int i = 2; i < nargs; ++i) orig_bases->items[i - 2] = args[i];
  bool changed;
  Tuple* bases = resolve_bases(vm, orig_bases, changed);
  if (!bases) return Value::exception();
  roots.add(bases);
  ClassKeywords kw;
  split_keywords(vm, args + nargs, kwnames, kw);
  if (kw.names) roots.add(kw.names);
  Value meta = kw.metaclass;
  if (meta.is_null()) {
    meta = bases->size ? Value::object(vm.type_of(bases->items[0])) : Value::object(vm.types.type);
  }
  if (is_type(meta)) {
    std::vector<Type*> base_types;
    for (uint32_t i = 0; i < bases->size; ++i) {
      if (is_type(bases->items[i])) base_types.push_back(as_type(bases->items[i]));
    }
    Type* winner = calculate_metaclass(vm, as_type(meta), base_types);
    if (!winner) return Value::exception();
    meta = Value::object(winner);
  }
  roots.add(meta);
  Dict* ns = prepare_namespace(vm, meta, name, bases, kw);
  if (!ns) return Value::exception();
  roots.add(ns);
  if (changed && vm.setitem(Value::object(ns), Value::object(vm.intern("__orig_bases__")),
                            Value::object(orig_bases)) < 0) {
    return Value::exception();
  }
  Value r = call_function(vm, body, nullptr, 0, nullptr, ns);
  if (r.is_exception()) return r;
  std::vector<Value> call_args = {name, Value::object(bases), Value::object(ns)};
  call_args.insert(call_args.end(), kw.values.begin(), kw.values.end());
  return vm.call(meta, call_args.data(), 3, kw.names);
}

Value op_build_class(VM& vm) {
  Value v = dict_get_str(vm.builtins, vm.names.__build_class__);
  if (v.is_null()) {
    NativeFunction* f = vm.new_native("__build_class__", builtin_build_class);
    v = Value::object(f);
    dict_set_str(vm, vm.builtins, vm.names.__build_class__, v);
  }
  return v;
}

}  // namespace coil::vm
