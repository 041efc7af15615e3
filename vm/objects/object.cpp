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

// A method of a built-in type is a method_descriptor that knows its type
// (str.upper.__objclass__, and __get__'s receiver check).
void add_method(VM& vm, Type* type, std::string_view name, NativeFn fn) {
  RootScope roots(vm);
  NativeFunction* f = vm.new_native(name, fn, true);
  roots.add(Value::object(f));
  f->type = vm.types.method_descriptor;
  f->data = Value::object(type);
  std::string qual = std::string(type->name->view()) + "." + std::string(name);
  f->qualname = vm.intern(qual);
  dict_set_str(vm, type->dict, f->name, Value::object(f));
  ++vm.type_version;
}

void add_static_method(VM& vm, Type* type, std::string_view name, NativeFn fn) {
  RootScope roots(vm);
  NativeFunction* f = vm.new_native(name, fn, false);
  roots.add(Value::object(f));
  f->qualname = vm.intern(std::string(type->name->view()) + "." + std::string(name));
  auto* sm = vm.alloc<StaticMethod>(ObjKind::StaticMethod, vm.types.staticmethod);
  sm->func = Value::object(f);
  dict_set_str(vm, type->dict, f->name, Value::object(sm));
  ++vm.type_version;
}

void add_class_method(VM& vm, Type* type, std::string_view name, NativeFn fn) {
  RootScope roots(vm);
  NativeFunction* f = vm.new_native(name, fn, false);
  roots.add(Value::object(f));
  f->qualname = vm.intern(std::string(type->name->view()) + "." + std::string(name));
  f->data = Value::object(type);
  auto* cm = vm.alloc<ClassMethod>(ObjKind::ClassMethod, vm.types.classmethod_descriptor);
  cm->func = Value::object(f);
  dict_set_str(vm, type->dict, f->name, Value::object(cm));
  ++vm.type_version;
}

// object.__subclasshook__(cls, C): NotImplemented.
static Value object_subclasshook(VM& vm, Value*, int, Tuple*) { return vm.not_implemented; }

void add_function(VM& vm, Dict* dict, std::string_view name, NativeFn fn) {
  NativeFunction* f = vm.new_native(name, fn, false);
  dict_set_str(vm, dict, f->name, Value::object(f));
}

Value slot_iter_self(VM&, Value self) { return self; }

// ---------------------------------------------------------------- object

std::string address_of(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(p));
  return buf;
}

Value object_default_repr(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  std::string s = "<";
  if (!t->module.is_none() && t->module.is_obj() && is_str(t->module) &&
      as_str(t->module)->view() != "builtins") {
    s += as_str(t->module)->view();
    s += ".";
  }
  s += t->qualname->view();
  s += " object at " + address_of(v.is_obj() ? v.as_obj() : nullptr) + ">";
  return vm.str_value(s);
}

Dict* instance_dict(VM& vm, Value obj, bool create) {
  if (!obj.is_obj()) return nullptr;
  Obj* o = obj.as_obj();
  switch (o->kind) {
    case ObjKind::Instance: {
      auto* inst = static_cast<Instance*>(o);
      if (!inst->dict && (o->type->flags & Type::kHeapType) &&
          (create || (inst->shape && inst->shape->count()))) {
        instance_make_dict(vm, inst);
      }
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
    default: {
      // A subclass of a built-in type (class D(dict)): its attributes (and
      // __slots__ values) live in a dict the heap keeps beside the object.
      if (!(o->type->flags & Type::kHeapType)) return nullptr;
      Dict* d = vm.heap.attached_dict(o);
      if (!d && create) {
        d = vm.new_dict();
        vm.heap.attach_dict(o, d);
      }
      return d;
    }
  }
}

// A built-in function with `self` bound as its first argument.
static Value bind_native(VM& vm, Value func, Value self, Type* type) {
  auto* nf = static_cast<NativeFunction*>(func.as_obj());
  auto* bound = vm.alloc<NativeFunction>(ObjKind::NativeFunction, type);
  bound->fn = nf->fn;
  bound->name = nf->name;
  bound->qualname = nf->qualname;
  bound->self = self;
  bound->data = nf->data;
  return Value::object(bound);
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
      // A slot wrapper binds as a method-wrapper ((1).__add__), anything else
      // as a built-in method.
      return bind_native(vm, func, self,
                         nf->type == vm.types.wrapper_descriptor ? vm.types.method_wrapper
                                                                 : vm.types.builtin_function);
    }
    case ObjKind::StaticMethod:
      return static_cast<StaticMethod*>(o)->func;
    case ObjKind::ClassMethod:
      return bind_classmethod(vm, static_cast<ClassMethod*>(o), Value::object(vm.type_of(self)));
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
                      type_name(vm, obj), name->data);
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

// A descriptor defined in coil: an instance of a class with __get__ (and
// for data descriptors __set__ or __delete__). Sets *get to its __get__.
static bool user_descriptor(VM& vm, Value attr, Value* get, bool* data) {
  if (!attr.is_obj() || !(attr.as_obj()->type->flags & Type::kHeapType)) return false;
  Type* at = attr.as_obj()->type;
  *get = vm.lookup_type(at, vm.names.__get__);
  *data = !vm.lookup_type(at, vm.names.__set__).is_null() ||
          !vm.lookup_type(at, vm.names.__delete__).is_null();
  return !get->is_null() || *data;
}

static Value call_get(VM& vm, Value get, Value attr, Value obj, Value owner) {
  RootScope roots(vm);
  Value bound = roots.add(bind_method(vm, get, attr));
  Value args[2] = {obj, owner};
  return vm.call(bound, args, 2);
}

// classmethod.__get__ as CPython 3.11's: a wrapped descriptor answers with
// its own __get__(cls, cls) (so `@classmethod @property` is a class
// property); a function becomes a method bound to the class.
Value bind_classmethod(VM& vm, ClassMethod* cm, Value cls) {
  Value f = cm->func;
  if (f.is_obj() && f.as_obj()->kind == ObjKind::Property) {
    Value fget = static_cast<Property*>(f.as_obj())->fget;
    if (fget.is_null() || fget.is_none()) return vm.raise(vm.types.AttributeError, "property has no getter");
    return vm.call1(fget, cls);
  }
  if (f.is_obj() && f.as_obj()->kind == ObjKind::StaticMethod) return static_cast<StaticMethod*>(f.as_obj())->func;
  Value get;
  bool data;
  if (user_descriptor(vm, f, &get, &data) && !get.is_null()) return call_get(vm, get, f, cls, cls);
  if (cm->type == vm.types.classmethod_descriptor) return bind_native(vm, f, cls, vm.types.builtin_function);
  auto* m = vm.alloc<BoundMethod>(ObjKind::BoundMethod, vm.types.method);
  m->self = cls;
  m->func = f;
  return Value::object(m);
}

Value generic_getattr(VM& vm, Value obj, Str* name, bool raise) {
  Type* t = vm.type_of(obj);
  bool is_type = obj.is_obj() && obj.as_obj()->kind == ObjKind::Type;
  if (is_type) {
    // Attribute of a class: its MRO, then the metaclass.
    Type* cls = static_cast<Type*>(obj.as_obj());
    Value v = vm.lookup_type(cls, name);
    Value get;
    bool data;
    if (!v.is_null() && user_descriptor(vm, v, &get, &data) && !get.is_null()) {
      return call_get(vm, get, v, Value::none(), obj);
    }
    if (!v.is_null()) {
      if (v.is_obj() && v.as_obj()->kind == ObjKind::StaticMethod) {
        return static_cast<StaticMethod*>(v.as_obj())->func;
      }
      if (v.is_obj() && v.as_obj()->kind == ObjKind::ClassMethod) {
        return bind_classmethod(vm, static_cast<ClassMethod*>(v.as_obj()), obj);
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
  if (!attr.is_null() && attr.is_obj() && attr.as_obj()->kind == ObjKind::Foreign) {
    if (auto get = static_cast<Foreign*>(attr.as_obj())->cls->descr_get) return get(vm, attr, obj);
  }
  Value get;
  bool data = false;
  bool user_desc = !attr.is_null() && user_descriptor(vm, attr, &get, &data);
  if (user_desc && data && !get.is_null()) return call_get(vm, get, attr, obj, Value::object(t));
  if (!is_type) {
    Value v = instance_own_attr(vm, obj, name);
    if (!v.is_null()) return v;
  }
  if (user_desc && !get.is_null()) return call_get(vm, get, attr, obj, Value::object(t));
  if (!attr.is_null()) return bind_method(vm, attr, obj);
  if (name == vm.names.__class__) return Value::object(t);
  if (name == vm.names.__dict__ && !(t->flags & Type::kSlotted)) {
    if (Dict* d = instance_dict(vm, obj, true)) return Value::object(d);
  }
  // PEP 562: a module's own __getattr__(name) answers for what it lacks.
  if (obj.is_obj() && obj.as_obj()->kind == ObjKind::Module) {
    Value hook = dict_get_str(static_cast<Module*>(obj.as_obj())->dict, vm.names.__getattr__);
    if (!hook.is_null()) {
      Value r = vm.call1(hook, Value::object(name));
      if (r.is_exception() && !raise && vm.pending_is(vm.types.AttributeError)) {
        vm.pending = Value::null();
        return Value::null();
      }
      return r;
    }
  }
  // Every type has __doc__ in its dict in CPython (None without a
  // docstring), so an instance of a built-in type has one too.
  if (name == vm.names.__doc__) return Value::none();
  if (!raise) return Value::null();
  return raise_attribute_error(vm, obj, name);
}

// obj.__class__ = cls, allowed between plain classes written in coil.
static int set_class(VM& vm, Value obj, Value value) {
  if (value.is_null()) {
    vm.raise(vm.types.TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!value.is_obj() || value.as_obj()->kind != ObjKind::Type) {
    vm.raise_fmt(vm.types.TypeError, "__class__ must be set to a class, not '%s' object",
                 type_name(vm, value));
    return -1;
  }
  auto* cls = static_cast<Type*>(value.as_obj());
  Type* t = vm.type_of(obj);
  if (!obj.is_obj() || obj.as_obj()->kind != ObjKind::Instance || !(t->flags & Type::kHeapType) ||
      !(cls->flags & Type::kHeapType) || cls->instance_kind != ObjKind::Instance) {
    vm.raise(vm.types.TypeError,
             "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  // The slots live in the instance: the layouts must agree.
  if (cls->slot_count != t->slot_count || (cls->flags & Type::kSlotted) != (t->flags & Type::kSlotted)) {
    vm.raise_fmt(vm.types.TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                 cls->name->data, t->name->data);
    return -1;
  }
  obj.as_obj()->type = cls;
  return 0;
}

int generic_setattr(VM& vm, Value obj, Str* name, Value value) {
  if (obj.is_obj() && obj.as_obj()->kind == ObjKind::Type) ++vm.type_version;
  if (name == vm.names.__class__) return set_class(vm, obj, value);
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
  if (!attr.is_null() && attr.is_obj() && attr.as_obj()->kind == ObjKind::Foreign) {
    if (auto set = static_cast<Foreign*>(attr.as_obj())->cls->descr_set) return set(vm, attr, obj, value);
  }
  Value get;
  bool data;
  if (!attr.is_null() && user_descriptor(vm, attr, &get, &data) && data) {
    Str* hook = value.is_null() ? vm.names.__delete__ : vm.names.__set__;
    Value m = vm.lookup_type(attr.as_obj()->type, hook);
    if (m.is_null()) {
      vm.raise(vm.types.AttributeError, value.is_null() ? "__delete__" : "__set__");
      return -1;
    }
    RootScope roots(vm);
    Value bound = roots.add(bind_method(vm, m, attr));
    Value args[2] = {obj, value};
    return vm.call(bound, args, value.is_null() ? 1 : 2).is_exception() ? -1 : 0;
  }
  if (t->flags & Type::kSlotted) {
    int allowed = 0;
    for (Type* m : t->mro) {
      if (!(m->flags & Type::kHeapType) || allowed) continue;
      allowed = slots_contain(vm, dict_get_str(m->dict, vm.names.__slots__), name, m);
      if (allowed < 0) return -1;
    }
    if (!allowed) {
      if (!attr.is_null()) {
        vm.raise_fmt(vm.types.AttributeError, "'%s' object attribute '%s' is read-only",
                     t->name->data, name->data);
      } else {
        raise_attribute_error(vm, obj, name);
      }
      return -1;
    }
  }
  bool is_type = obj.is_obj() && obj.as_obj()->kind == ObjKind::Type;
  if (is_type && !(static_cast<Type*>(obj.as_obj())->flags & Type::kHeapType)) {
    vm.raise_fmt(vm.types.TypeError,
                 "cannot set '%s' attribute of immutable type '%s'", name->data,
                 static_cast<Type*>(obj.as_obj())->name->data);
    return -1;
  }
  if (obj.is_obj() && obj.as_obj()->kind == ObjKind::Instance && (t->flags & Type::kHeapType)) {
    auto* inst = static_cast<Instance*>(obj.as_obj());
    if (name == vm.names.__dict__) return instance_set_dict(vm, inst, value);
    int r = instance_set_attr(vm, inst, name, value);
    if (r == 0) raise_attribute_error(vm, obj, name);
    return r == 1 ? 0 : -1;
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

// The getset descriptors of built-in types whose attributes their getattr
// slots answer (BaseException.args, int.real, function.__defaults__), for
// dir() and Type.__dict__; once every type has its slots (vm/objects/getset.cpp).
void add_builtin_getsets(VM& vm);

static const char* first_builtin_name(Type* t) {
  for (Type* m : t->mro) {
    if (!(m->flags & Type::kHeapType)) return m->name->data;
  }
  return t->name->data;
}

bool object_identity_hash(VM&, Value self, int64_t& out) {
  // Identity hash, as CPython's object.__hash__ (address rotated by 4 bits).
  uint64_t p = self.is_obj() ? reinterpret_cast<uint64_t>(self.as_obj()) : self.raw();
  out = static_cast<int64_t>((p >> 4) | (p << 60));
  if (out == -1) out = -2;
  return true;
}

static Value object_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (op == CompareOp::Eq) return a.is(b) ? Value::boolean(true) : vm.not_implemented;
  if (op != CompareOp::Ne) return vm.not_implemented;
  // __ne__ inverts the type's __eq__ unless that is NotImplemented
  // (CPython's object_richcompare; object.__ne__ as a method too).
  auto compare = vm.type_of(a)->slots.compare;
  if (!compare || compare == object_compare) return a.is(b) ? Value::boolean(false) : vm.not_implemented;
  Value eq = compare(vm, a, b, CompareOp::Eq);
  if (eq.is_exception() || eq.is(vm.not_implemented)) return eq;
  int t = vm.truthy(eq);
  return t < 0 ? Value::exception() : Value::boolean(!t);
}

// ---------------------------------------------------------------- object's dunders

// object's slot wrappers without arguments (nargs counts the receiver).
static bool object_self_only(VM& vm, const char* name, int nargs, Tuple* kw) {
  if (nargs == 0) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' of 'object' object needs an argument", name);
    return false;
  }
  return special_method_args(vm, "object", name, nargs - 1, kw, 0);
}


static Value object_dunder_repr(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!object_self_only(vm, "__repr__", nargs, kw)) return Value::exception();
  return object_default_repr(vm, args[0]);
}

static Value object_dunder_str(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!object_self_only(vm, "__str__", nargs, kw)) return Value::exception();
  return vm.repr(args[0]);
}

static Value object_dunder_format(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__format__", kw) || !check_nargs(vm, "__format__", nargs, 2, 2)) {
    return Value::exception();
  }
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "__format__() argument must be str, not %s",
                        type_name(vm, args[1]));
  }
  if (as_str(args[1])->size) {
    return vm.raise_fmt(vm.types.TypeError, "unsupported format string passed to %s.__format__",
                        type_name(vm, args[0]));
  }
  return vm.str(args[0]);
}

static Value object_dunder_getattribute(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__getattribute__", kw) || !check_nargs(vm, "__getattribute__", nargs, 2, 2)) {
    return Value::exception();
  }
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "attribute name must be string, not '%s'",
                        type_name(vm, args[1]));
  }
  return generic_getattr(vm, args[0], vm.intern(as_str(args[1])->view()), true);
}

static Value object_dunder_setattr(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__setattr__", kw) || !check_nargs(vm, "__setattr__", nargs, 3, 3)) {
    return Value::exception();
  }
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "attribute name must be string, not '%s'",
                        type_name(vm, args[1]));
  }
  Str* name = vm.intern(as_str(args[1])->view());
  return generic_setattr(vm, args[0], name, args[2]) < 0 ? Value::exception() : Value::none();
}

static Value object_dunder_delattr(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__delattr__", kw) || !check_nargs(vm, "__delattr__", nargs, 2, 2)) {
    return Value::exception();
  }
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "attribute name must be string, not '%s'",
                        type_name(vm, args[1]));
  }
  Str* name = vm.intern(as_str(args[1])->view());
  return generic_setattr(vm, args[0], name, Value::null()) < 0 ? Value::exception() : Value::none();
}

// object.__init_subclass__(cls): the default hook takes no keywords.
static Value object_init_subclass(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (kw && kw->size) {
    const char* q = nargs > 0 && args[0].is_obj() && args[0].as_obj()->kind == ObjKind::Type
                        ? static_cast<Type*>(args[0].as_obj())->qualname->data
                        : "object";
    return vm.raise_fmt(vm.types.TypeError, "%s.__init_subclass__() takes no keyword arguments", q);
  }
  if (nargs > 1) {
    return vm.raise_fmt(vm.types.TypeError, "object.__init_subclass__() takes no arguments (%d given)",
                        nargs - 1);
  }
  return Value::none();
}

// object.__new__(cls, ...): a bare instance of cls. Extra arguments are
// accepted only when cls overrides __init__ (CPython's excess_args rule).
static Value object_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (nargs < 1) return vm.raise(vm.types.TypeError, "object.__new__(): not enough arguments");
  if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Type) {
    return vm.raise_fmt(vm.types.TypeError, "object.__new__(X): X is not a type object (%s)",
                        type_name(vm, args[0]));
  }
  auto* cls = static_cast<Type*>(args[0].as_obj());
  int nkw = kw ? static_cast<int>(kw->size) : 0;
  if (nargs > 1 || nkw) {
    Value init = vm.lookup_type(cls, vm.names.__init__);
    if (!init.is_obj() || init.as_obj()->kind == ObjKind::NativeFunction) {
      return vm.raise_fmt(vm.types.TypeError, "%s() takes no arguments", cls->name->data);
    }
  }
  if (cls->instance_kind != ObjKind::Instance) {
    return vm.raise_fmt(vm.types.TypeError, "object.__new__(%s) is not safe, use %s.__new__()",
                        cls->name->data, first_builtin_name(cls));
  }
  if (check_not_abstract(vm, cls).is_exception()) return Value::exception();
  return Value::object(new_instance(vm, cls));
}

static Value object_construct(VM& vm, Value*, int nargs, Tuple* kw) {
  if (nargs || (kw && kw->size)) return vm.raise(vm.types.TypeError, "object() takes no arguments");
  auto* inst = vm.alloc<Instance>(ObjKind::Instance, vm.types.object);
  inst->dict = nullptr;
  return Value::object(inst);
}

bool is_object_new(VM&, Value v) {
  if (!v.is_obj() || v.as_obj()->kind != ObjKind::StaticMethod) return false;
  Value f = static_cast<StaticMethod*>(v.as_obj())->func;
  return f.is_obj() && f.as_obj()->kind == ObjKind::NativeFunction &&
         static_cast<NativeFunction*>(f.as_obj())->fn == object_new;
}

static void add_object_dunders(VM& vm) {
  Type* t = vm.types.object;
  add_wrapper_method(vm, t, "__repr__", object_dunder_repr);
  add_wrapper_method(vm, t, "__str__", object_dunder_str);
  add_method(vm, t, "__format__", object_dunder_format);
  add_wrapper_method(vm, t, "__getattribute__", object_dunder_getattribute);
  add_wrapper_method(vm, t, "__setattr__", object_dunder_setattr);
  add_wrapper_method(vm, t, "__delattr__", object_dunder_delattr);
  add_class_method(vm, t, "__init_subclass__", object_init_subclass);
  // object.__subclasshook__(cls, C): NotImplemented, so abc.ABCMeta falls
  // back to the usual subclass rules unless a class overrides it.
  add_class_method(vm, t, "__subclasshook__", object_subclasshook);
  add_static_method(vm, t, "__new__", object_new);
}

void init_object_type(VM& vm) {
  Type* t = vm.types.object;
  t->slots.hash = object_identity_hash;
  t->slots.compare = object_compare;
  t->constructor = object_construct;
  add_object_dunders(vm);
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
  if (!s.binary) {
    s.number_ops = b.number_ops;
    s.sequence_ops = b.sequence_ops;
    s.inplace_ops = b.inplace_ops;
  }
  INHERIT(repr) INHERIT(str) INHERIT(binary) INHERIT(negative) INHERIT(positive)
  INHERIT(invert) INHERIT(truthy) INHERIT(length) INHERIT(getitem) INHERIT(setitem)
  INHERIT(contains) INHERIT(iter) INHERIT(next) INHERIT(call) INHERIT(getattr)
  INHERIT(setattr) INHERIT(format)
#undef INHERIT
}

void init_object_types(VM& vm) {
  init_slot_wrapper_types(vm);
  init_object_type(vm);
  // Every type created so far inherits object's slots unless it sets its own.
  init_type_type(vm);
  init_none_type(vm);
  init_int_type(vm);
  init_bool_type(vm);
  init_float_type(vm);
  init_complex_type(vm);
  init_str_type(vm);
  init_bytes_type(vm);
  init_bytearray_type(vm);
  init_memoryview_type(vm);
  init_tuple_type(vm);
  init_list_type(vm);
  init_dict_type(vm);
  init_set_type(vm);
  init_range_type(vm);
  init_slice_type(vm);
  init_function_types(vm);
  init_code_types(vm);
  init_module_type(vm);
  init_iterator_type(vm);
  init_generator_types(vm);
  init_frame_type(vm);
  init_descriptor_types(vm);
  init_mappingproxy_type(vm);
  init_object_reduce(vm);
  init_tuplegetter_type(vm);
  init_member_type(vm);
  init_getset_type(vm);
  init_exception_types(vm);
  // Each type's special methods from the slots it sets itself (before it
  // inherits its base's, as CPython's add_operators).
#define X_TYPE(field, ...) add_slot_wrappers(vm, vm.types.field);
  COIL_BUILTIN_TYPES(X_TYPE)
#undef X_TYPE
#define X_EXC(field, name, base) add_slot_wrappers(vm, vm.types.field);
  COIL_EXCEPTION_TYPES(X_EXC)
#undef X_EXC
  for (Type* t : vm.container_types) {  // iterators, dict views, GenericAlias
    if (t) add_slot_wrappers(vm, t);
  }
#define X_TYPE(field, ...) set_type_doc(vm, vm.types.field);
  COIL_BUILTIN_TYPES(X_TYPE)
#undef X_TYPE
#define X_EXC(field, name, base) set_type_doc(vm, vm.types.field);
  COIL_EXCEPTION_TYPES(X_EXC)
#undef X_EXC
  add_builtin_getsets(vm);
  // Base types come before their subtypes in these lists.
#define X_TYPE(field, ...) inherit_slots(vm.types.field);
  COIL_BUILTIN_TYPES(X_TYPE)
#undef X_TYPE
#define X_EXC(field, name, base) inherit_slots(vm.types.field);
  COIL_EXCEPTION_TYPES(X_EXC)
#undef X_EXC
  inherit_slots(vm.types.LimitExceeded);
  // Unhashable built-in types say so as CPython's do: `list.__hash__ is None`
  // (collections.abc.Hashable and hand-written checks read it).
#define X_TYPE(field, ...) \
  if (!vm.types.field->slots.hash) dict_set_str(vm, vm.types.field->dict, vm.names.__hash__, Value::none());
  COIL_BUILTIN_TYPES(X_TYPE)
#undef X_TYPE
  for (Type* t : vm.container_types) {
    if (t && !t->slots.hash) dict_set_str(vm, t->dict, vm.names.__hash__, Value::none());
  }
}

}  // namespace coil::vm
