// `object`: default behaviour shared by every type (repr, attribute lookup,
// identity hashing), argument parsing for C++ functions, and the start-up
// of all built-in types.
#include <cinttypes>
#include <cstdio>
#include <string>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

// ---------------------------------------------------------------- registration

void add_method(VM& vm, Type* type, std::string_view name, NativeFn fn) {
  NativeFunction* f = vm.new_native(name, fn, true);
  std::string qual = std::string(type->name->view()) + "." + std::string(name);
  f->qualname = vm.intern(qual);
  dict_set_str(vm, type->dict, f->name, Value::object(f));
  ++vm.type_version;
}

void add_function(VM& vm, Dict* dict, std::string_view name, NativeFn fn) {
  NativeFunction* f = vm.new_native(name, fn, false);
  dict_set_str(vm, dict, f->name, Value::object(f));
}

// ---------------------------------------------------------------- arguments

bool check_nargs(VM& vm, std::string_view fname, int nargs, int min, int max) {
  if (nargs >= min && nargs <= max) return true;
  std::string f(fname);
  if (min == max) {
    if (min == 0) {
      vm.raise_fmt(vm.types.TypeError, "%s() takes no arguments (%d given)", f.c_str(), nargs);
    } else if (min == 1) {
      vm.raise_fmt(vm.types.TypeError, "%s() takes exactly one argument (%d given)", f.c_str(),
                   nargs);
    } else {
      vm.raise_fmt(vm.types.TypeError, "%s expected %d arguments, got %d", f.c_str(), min, nargs);
    }
  } else if (nargs < min) {
    vm.raise_fmt(vm.types.TypeError, "%s expected at least %d argument%s, got %d", f.c_str(), min,
                 min == 1 ? "" : "s", nargs);
  } else {
    vm.raise_fmt(vm.types.TypeError, "%s expected at most %d argument%s, got %d", f.c_str(), max,
                 max == 1 ? "" : "s", nargs);
  }
  return false;
}

bool no_kwargs(VM& vm, std::string_view fname, Tuple* kwnames) {
  if (!kwnames || kwnames->size == 0) return true;
  std::string f(fname);
  vm.raise_fmt(vm.types.TypeError, "%s() takes no keyword arguments", f.c_str());
  return false;
}

bool parse_args(VM& vm, std::string_view fname, Value* args, int nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, int required, Value* out,
                int max_positional) {
  int n = static_cast<int>(names.size());
  if (max_positional < 0) max_positional = n;
  std::string f(fname);
  for (int i = 0; i < n; ++i) out[i] = Value::null();
  if (nargs > max_positional) {
    if (max_positional == 0) {
      vm.raise_fmt(vm.types.TypeError, "%s() takes no positional arguments", f.c_str());
    } else {
      vm.raise_fmt(vm.types.TypeError, "%s() takes at most %d argument%s (%d given)", f.c_str(),
                   max_positional, max_positional == 1 ? "" : "s", nargs);
    }
    return false;
  }
  for (int i = 0; i < nargs; ++i) out[i] = args[i];
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  for (int k = 0; k < nkw; ++k) {
    Str* key = as_str(kwnames->items[k]);
    int found = -1;
    int i = 0;
    for (const char* name : names) {
      if (key->view() == name) found = i;
      ++i;
    }
    if (found < 0) {
      vm.raise_fmt(vm.types.TypeError, "%s() got an unexpected keyword argument '%s'", f.c_str(),
                   key->data);
      return false;
    }
    if (!out[found].is_null()) {
      vm.raise_fmt(vm.types.TypeError, "argument for %s() given by name ('%s') and position (%d)",
                   f.c_str(), key->data, found + 1);
      return false;
    }
    out[found] = args[nargs + k];
  }
  int i = 0;
  for (const char* name : names) {
    if (i < required && out[i].is_null()) {
      vm.raise_fmt(vm.types.TypeError, "%s() missing required argument '%s' (pos %d)", f.c_str(),
                   name, i + 1);
      return false;
    }
    ++i;
  }
  return true;
}

// ---------------------------------------------------------------- object

Value object_default_repr(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at 0x%" PRIxPTR ">",
                reinterpret_cast<uintptr_t>(v.is_obj() ? v.as_obj() : nullptr));
  std::string s = "<";
  if (!t->module.is_none() && t->module.is_obj() && is_str(t->module) &&
      as_str(t->module)->view() != "builtins") {
    s += as_str(t->module)->view();
    s += ".";
  }
  s += t->qualname->view();
  s += buf;
  return vm.str_value(s);
}

Dict* instance_dict(VM& vm, Value obj, bool create) {
  if (!obj.is_obj()) return nullptr;
  Obj* o = obj.as_obj();
  switch (o->kind) {
    case ObjKind::Instance: {
      auto* inst = static_cast<Instance*>(o);
      if (!inst->dict && create && (o->type->flags & Type::kHeapType)) inst->dict = vm.new_dict();
      return inst->dict;
    }
    case ObjKind::Module:
      return static_cast<Module*>(o)->dict;
    case ObjKind::Type:
      return static_cast<Type*>(o)->dict;
    case ObjKind::Function: {
      auto* f = static_cast<Function*>(o);
      if (!f->attrs && create) f->attrs = vm.new_dict();
      return f->attrs;
    }
    case ObjKind::Exception: {
      auto* e = static_cast<Exception*>(o);
      if (!e->dict && create) e->dict = vm.new_dict();
      return e->dict;
    }
    default:
      return nullptr;
  }
}

Value bind_method(VM& vm, Value func, Value self) {
  if (!func.is_obj()) return func;
  Obj* o = func.as_obj();
  switch (o->kind) {
    case ObjKind::Function: {
      auto* m = vm.alloc<BoundMethod>(ObjKind::BoundMethod, vm.types.method);
      m->self = self;
      m->func = func;
      return Value::object(m);
    }
    case ObjKind::NativeFunction: {
      auto* nf = static_cast<NativeFunction*>(o);
      if (!(nf->flags & NativeFunction::kMethod) || !nf->self.is_null()) return func;
      auto* bound = vm.alloc<NativeFunction>(ObjKind::NativeFunction, vm.types.builtin_function);
      bound->fn = nf->fn;
      bound->name = nf->name;
      bound->qualname = nf->qualname;
      bound->self = self;
      bound->data = nf->data;
      return Value::object(bound);
    }
    case ObjKind::StaticMethod:
      return static_cast<StaticMethod*>(o)->func;
    case ObjKind::ClassMethod: {
      auto* m = vm.alloc<BoundMethod>(ObjKind::BoundMethod, vm.types.method);
      m->self = Value::object(vm.type_of(self));
      m->func = static_cast<ClassMethod*>(o)->func;
      return Value::object(m);
    }
    default:
      return func;
  }
}

Value raise_attribute_error(VM& vm, Value obj, Str* name) {
  if (obj.is_obj() && obj.as_obj()->kind == ObjKind::Module) {
    auto* m = static_cast<Module*>(obj.as_obj());
    return vm.raise_fmt(vm.types.AttributeError, "module '%s' has no attribute '%s'",
                        m->name->data, name->data);
  }
  if (obj.is_obj() && obj.as_obj()->kind == ObjKind::Type) {
    return vm.raise_fmt(vm.types.AttributeError, "type object '%s' has no attribute '%s'",
                        static_cast<Type*>(obj.as_obj())->name->data, name->data);
  }
  return vm.raise_fmt(vm.types.AttributeError, "'%s' object has no attribute '%s'",
                      vm.type_of(obj)->name->data, name->data);
}

// Property and other descriptors found on the type.
static Value descriptor_get(VM& vm, Value attr, Value obj, Type* owner, bool* handled) {
  *handled = false;
  if (!attr.is_obj()) return attr;
  Obj* o = attr.as_obj();
  if (o->kind == ObjKind::Property) {
    *handled = true;
    auto* p = static_cast<Property*>(o);
    if (p->fget.is_none() || p->fget.is_null()) {
      return vm.raise(vm.types.AttributeError, "property has no getter");
    }
    return vm.call1(p->fget, obj);
  }
  (void)owner;
  return attr;
}

Value generic_getattr(VM& vm, Value obj, Str* name, bool raise) {
  Type* t = vm.type_of(obj);
  bool is_type = obj.is_obj() && obj.as_obj()->kind == ObjKind::Type;
  if (is_type) {
    // Attribute of a class: its MRO, then the metaclass.
    Type* cls = static_cast<Type*>(obj.as_obj());
    Value v = vm.lookup_type(cls, name);
    if (!v.is_null()) {
      if (v.is_obj() && v.as_obj()->kind == ObjKind::StaticMethod) {
        return static_cast<StaticMethod*>(v.as_obj())->func;
      }
      if (v.is_obj() && v.as_obj()->kind == ObjKind::ClassMethod) {
        auto* m = vm.alloc<BoundMethod>(ObjKind::BoundMethod, vm.types.method);
        m->self = obj;
        m->func = static_cast<ClassMethod*>(v.as_obj())->func;
        return Value::object(m);
      }
      return v;
    }
    if (name == vm.names.__name__) return Value::object(cls->name);
    if (name == vm.names.__qualname__) return Value::object(cls->qualname);
    if (name == vm.names.__doc__) return Value::none();
  }
  Value attr = vm.lookup_type(t, name);
  bool handled;
  if (!attr.is_null() && attr.is_obj() && attr.as_obj()->kind == ObjKind::Property) {
    return descriptor_get(vm, attr, obj, t, &handled);
  }
  if (!is_type) {
    if (Dict* d = instance_dict(vm, obj, false)) {
      Value v = dict_get_str(d, name);
      if (!v.is_null()) return v;
    }
  }
  if (!attr.is_null()) return bind_method(vm, attr, obj);
  if (name == vm.names.__class__) return Value::object(t);
  if (name == vm.names.__dict__) {
    if (Dict* d = instance_dict(vm, obj, true)) return Value::object(d);
  }
  if (!raise) return Value::null();
  return raise_attribute_error(vm, obj, name);
}

int generic_setattr(VM& vm, Value obj, Str* name, Value value) {
  if (obj.is_obj() && obj.as_obj()->kind == ObjKind::Type) ++vm.type_version;
  Type* t = vm.type_of(obj);
  Value attr = vm.lookup_type(t, name);
  if (!attr.is_null() && attr.is_obj() && attr.as_obj()->kind == ObjKind::Property) {
    auto* p = static_cast<Property*>(attr.as_obj());
    Value fn = value.is_null() ? p->fdel : p->fset;
    if (fn.is_null() || fn.is_none()) {
      vm.raise_fmt(vm.types.AttributeError, "property '%s' of '%s' object has no %s", name->data,
                   t->name->data, value.is_null() ? "deleter" : "setter");
      return -1;
    }
    Value r = value.is_null() ? vm.call1(fn, obj) : vm.call2(fn, obj, value);
    return r.is_exception() ? -1 : 0;
  }
  bool is_type = obj.is_obj() && obj.as_obj()->kind == ObjKind::Type;
  if (is_type && !(static_cast<Type*>(obj.as_obj())->flags & Type::kHeapType)) {
    vm.raise_fmt(vm.types.TypeError,
                 "cannot set '%s' attribute of immutable type '%s'", name->data,
                 static_cast<Type*>(obj.as_obj())->name->data);
    return -1;
  }
  Dict* d = instance_dict(vm, obj, true);
  if (!d) {
    if (!attr.is_null()) {
      vm.raise_fmt(vm.types.AttributeError, "'%s' object attribute '%s' is read-only",
                   t->name->data, name->data);
    } else {
      vm.raise_fmt(vm.types.AttributeError, "'%s' object has no attribute '%s'", t->name->data,
                   name->data);
    }
    return -1;
  }
  if (value.is_null()) {
    int r = dict_del(vm, d, Value::object(name));
    if (r == 0) raise_attribute_error(vm, obj, name);
    return r == 1 ? 0 : -1;
  }
  dict_set_str(vm, d, name, value);
  return 0;
}

// ---------------------------------------------------------------- start-up

static bool object_hash(VM&, Value self, int64_t& out) {
  // Identity hash, as CPython's object.__hash__ (address rotated by 4 bits).
  uint64_t p = self.is_obj() ? reinterpret_cast<uint64_t>(self.as_obj()) : self.raw();
  out = static_cast<int64_t>((p >> 4) | (p << 60));
  if (out == -1) out = -2;
  return true;
}

static Value object_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (op == CompareOp::Eq) return a.is(b) ? Value::boolean(true) : vm.not_implemented;
  if (op == CompareOp::Ne) return a.is(b) ? Value::boolean(false) : vm.not_implemented;
  return vm.not_implemented;
}

void init_object_type(VM& vm) {
  Type* t = vm.types.object;
  t->slots.hash = object_hash;
  t->slots.compare = object_compare;
}

void inherit_slots(Type* t) {
  if (!t->base) return;
  const TypeSlots& b = t->base->slots;
  TypeSlots& s = t->slots;
  // A type that defines comparison but not hashing is unhashable (CPython
  // sets __hash__ = None when a class defines __eq__ alone).
  if (!s.compare) {
    s.compare = b.compare;
    if (!s.hash) s.hash = b.hash;
  }
#define INHERIT(slot) \
  if (!s.slot) s.slot = b.slot;
  INHERIT(repr) INHERIT(str) INHERIT(binary) INHERIT(negative) INHERIT(positive)
  INHERIT(invert) INHERIT(truthy) INHERIT(length) INHERIT(getitem) INHERIT(setitem)
  INHERIT(contains) INHERIT(iter) INHERIT(next) INHERIT(call) INHERIT(getattr)
  INHERIT(setattr) INHERIT(format)
#undef INHERIT
}

void init_object_types(VM& vm) {
  init_object_type(vm);
  // Every type created so far inherits object's slots unless it sets its own.
  init_type_type(vm);
  init_none_type(vm);
  init_int_type(vm);
  init_bool_type(vm);
  init_float_type(vm);
  init_str_type(vm);
  init_bytes_type(vm);
  init_tuple_type(vm);
  init_list_type(vm);
  init_dict_type(vm);
  init_set_type(vm);
  init_range_type(vm);
  init_slice_type(vm);
  init_function_types(vm);
  init_module_type(vm);
  init_iterator_type(vm);
  init_generator_types(vm);
  init_descriptor_types(vm);
  init_exception_types(vm);
  // Base types come before their subtypes in these lists.
#define X_TYPE(field, ...) inherit_slots(vm.types.field);
  COIL_BUILTIN_TYPES(X_TYPE)
#undef X_TYPE
#define X_EXC(field, name, base) inherit_slots(vm.types.field);
  COIL_EXCEPTION_TYPES(X_EXC)
#undef X_EXC
}

}  // namespace coil::vm
