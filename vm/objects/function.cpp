// Functions, bound methods, built-in functions, and the descriptor types
// (property, staticmethod, classmethod). Code objects and cells are in
// code.cpp, modules in module.cpp.
#include <string>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

Function* new_function(VM& vm, Code* code, Dict* globals) {
  auto* f = vm.alloc<Function>(ObjKind::Function, vm.types.function);
  f->code = code;
  f->globals = globals;
  f->defaults = nullptr;
  f->kwdefaults = nullptr;
  f->closure = nullptr;
  f->name = code->name;
  f->qualname = code->qualname;
  f->module = Value::none();
  f->doc = Value::none();
  f->attrs = nullptr;
  f->annotations = Value::null();
  return f;
}

// ---------------------------------------------------------------- function

static Value function_repr(VM& vm, Value self) {
  auto* f = static_cast<Function*>(self.as_obj());
  return vm.str_value("<function " + std::string(f->qualname->view()) + " at " + address_of(f) + ">");
}

static Value function_getattr(VM& vm, Value self, Str* name) {
  auto* f = static_cast<Function*>(self.as_obj());
  std::string_view n = name->view();
  if (n == "__name__") return Value::object(f->name);
  if (n == "__qualname__") return Value::object(f->qualname);
  if (n == "__module__") return f->module;
  if (n == "__doc__") return f->doc;
  if (n == "__code__") return Value::object(f->code);
  if (n == "__globals__") return Value::object(f->globals);
  if (n == "__defaults__") return f->defaults ? Value::object(f->defaults) : Value::none();
  if (n == "__kwdefaults__") return f->kwdefaults ? Value::object(f->kwdefaults) : Value::none();
  if (n == "__closure__") return f->closure ? Value::object(f->closure) : Value::none();
  if (n == "__annotations__") {
    // Set by the def statement when there are annotations; else created
    // empty on first read and kept, as CPython does.
    if (f->annotations.is_null()) f->annotations = Value::object(vm.new_dict());
    return f->annotations;
  }
  if (n == "__dict__") {
    if (!f->attrs) f->attrs = vm.new_dict();
    return Value::object(f->attrs);
  }
  if (f->attrs) {
    Value v = dict_get_str(f->attrs, name);
    if (!v.is_null()) return v;
  }
  return generic_getattr(vm, self, name, true);
}

static int function_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* f = static_cast<Function*>(self.as_obj());
  std::string_view n = name->view();
  if (n == "__name__" || n == "__qualname__") {
    if (value.is_null() || !is_str(value)) {
      vm.raise_fmt(vm.types.TypeError, "%s must be set to a string object", name->data);
      return -1;
    }
    (n == "__name__" ? f->name : f->qualname) = as_str(value);
    return 0;
  }
  if (n == "__doc__") {
    f->doc = value.is_null() ? Value::none() : value;
    return 0;
  }
  if (n == "__module__") {
    f->module = value.is_null() ? Value::none() : value;
    return 0;
  }
  if (n == "__defaults__") {
    if (!value.is_null() && !value.is_none() && !(value.is_obj() && value.as_obj()->kind == ObjKind::Tuple)) {
      vm.raise(vm.types.TypeError, "__defaults__ must be set to a tuple object");
      return -1;
    }
    f->defaults = value.is_null() || value.is_none() ? nullptr : static_cast<Tuple*>(value.as_obj());
    return 0;
  }
  if (n == "__annotations__") {
    if (!value.is_null() && !value.is_none() && !(value.is_obj() && value.as_obj()->kind == ObjKind::Dict)) {
      vm.raise(vm.types.TypeError, "__annotations__ must be set to a dict object");
      return -1;
    }
    f->annotations = value.is_none() ? Value::null() : value;
    return 0;
  }
  return generic_setattr(vm, self, name, value);
}

// types.MethodType(func, instance): binds any callable to an instance.
static Value method_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    return vm.raise(vm.types.TypeError, "method() takes no keyword arguments");
  }
  if (nargs != 2) {
    return vm.raise_fmt(vm.types.TypeError, "method expected 2 arguments, got %d", nargs);
  }
  if (!vm.is_callable(args[0])) {
    return vm.raise(vm.types.TypeError, "first argument must be callable");
  }
  if (args[1].is_none()) return vm.raise(vm.types.TypeError, "instance must not be None");
  auto* m = vm.alloc<BoundMethod>(ObjKind::BoundMethod, vm.types.method);
  m->self = args[1];
  m->func = args[0];
  return Value::object(m);
}

static Value method_repr(VM& vm, Value self) {
  auto* m = static_cast<BoundMethod*>(self.as_obj());
  RootScope roots(vm);
  Value r = vm.repr(m->self);
  if (r.is_exception()) return r;
  std::string qual = "?";
  if (m->func.is_obj() && m->func.as_obj()->kind == ObjKind::Function) {
    qual = std::string(static_cast<Function*>(m->func.as_obj())->qualname->view());
  } else if (m->func.is_obj() && m->func.as_obj()->kind == ObjKind::NativeFunction) {
    qual = std::string(static_cast<NativeFunction*>(m->func.as_obj())->qualname->view());
  }
  return vm.str_value("<bound method " + qual + " of " + std::string(as_str(r)->view()) + ">");
}

static Value method_getattr(VM& vm, Value self, Str* name) {
  auto* m = static_cast<BoundMethod*>(self.as_obj());
  std::string_view n = name->view();
  if (n == "__self__") return m->self;
  if (n == "__func__") return m->func;
  return vm.getattr(m->func, name);
}

static Value method_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return vm.not_implemented;
  if (!b.is_obj() || b.as_obj()->kind != ObjKind::BoundMethod) return vm.not_implemented;
  auto* x = static_cast<BoundMethod*>(a.as_obj());
  auto* y = static_cast<BoundMethod*>(b.as_obj());
  bool eq = x->self.is(y->self) && x->func.is(y->func);
  return Value::boolean(op == CompareOp::Eq ? eq : !eq);
}

static bool method_hash(VM&, Value self, int64_t& out) {
  auto* m = static_cast<BoundMethod*>(self.as_obj());
  out = static_cast<int64_t>((m->self.raw() >> 4) ^ (m->func.raw() >> 4));
  if (out == -1) out = -2;
  return true;
}

static Value builtin_function_repr(VM& vm, Value self) {
  auto* f = static_cast<NativeFunction*>(self.as_obj());
  if (f->self.is_null()) {
    return vm.str_value("<built-in function " + std::string(f->name->view()) + ">");
  }
  return vm.str_value("<built-in method " + std::string(f->name->view()) + " of " +
                      std::string(vm.type_of(f->self)->name->view()) + " object at " +
                      address_of(f->self.is_obj() ? f->self.as_obj() : nullptr) + ">");
}

static Value builtin_function_getattr(VM& vm, Value self, Str* name) {
  auto* f = static_cast<NativeFunction*>(self.as_obj());
  std::string_view n = name->view();
  if (n == "__name__") return Value::object(f->name);
  if (n == "__qualname__") return Value::object(f->qualname);
  if (n == "__self__") return f->self.is_null() ? Value::none() : f->self;
  if (n == "__doc__") return native_doc(vm, f);
  if (n == "__module__") return is_builtins_function(vm, f) ? vm.str_value("builtins") : Value::none();
  return generic_getattr(vm, self, name, true);
}

// Functions are descriptors: getting one from a class gives a bound method.
void init_function_types(VM& vm) {
  Type* fn = vm.types.function;
  fn->slots.repr = function_repr;
  fn->slots.getattr = function_getattr;
  fn->slots.setattr = function_setattr;

  vm.types.method->constructor = method_new;
  vm.types.method->slots.repr = method_repr;
  vm.types.method->slots.getattr = method_getattr;
  vm.types.method->slots.compare = method_compare;
  vm.types.method->slots.hash = method_hash;

  vm.types.builtin_function->slots.repr = builtin_function_repr;
  vm.types.builtin_function->slots.getattr = builtin_function_getattr;
}

// ---------------------------------------------------------------- descriptors

static Value property_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Value a[4];
  if (!parse_args(vm, "property", args, nargs, kwnames, {"fget", "fset", "fdel", "doc"}, 0, a))
    return Value::exception();
  auto* p = vm.alloc<Property>(ObjKind::Property, vm.types.property);
  p->fget = a[0].is_null() ? Value::none() : a[0];
  p->fset = a[1].is_null() ? Value::none() : a[1];
  p->fdel = a[2].is_null() ? Value::none() : a[2];
  p->doc = a[3].is_null() ? Value::none() : a[3];
  if (p->doc.is_none() && !p->fget.is_none()) {
    // As CPython: without doc=, the property documents itself with fget's docstring.
    RootScope roots(vm);
    roots.add(Value::object(p));
    Value doc = vm.getattr_opt(p->fget, vm.names.__doc__);
    if (doc.is_exception()) return doc;
    if (!doc.is_null()) p->doc = doc;
  }
  return Value::object(p);
}

static Value property_copy_with(VM& vm, Value self, int which, Value fn) {
  auto* old = static_cast<Property*>(self.as_obj());
  auto* p = vm.alloc<Property>(ObjKind::Property, old->type);
  p->fget = which == 0 ? fn : old->fget;
  p->fset = which == 1 ? fn : old->fset;
  p->fdel = which == 2 ? fn : old->fdel;
  p->doc = old->doc;
  return Value::object(p);
}

static Value property_getter(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "getter", kw) || !check_nargs(vm, "getter", nargs, 2, 2)) return Value::exception();
  return property_copy_with(vm, args[0], 0, args[1]);
}
static Value property_setter(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "setter", kw) || !check_nargs(vm, "setter", nargs, 2, 2)) return Value::exception();
  return property_copy_with(vm, args[0], 1, args[1]);
}
static Value property_deleter(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "deleter", kw) || !check_nargs(vm, "deleter", nargs, 2, 2)) return Value::exception();
  return property_copy_with(vm, args[0], 2, args[1]);
}

static Value staticmethod_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "staticmethod", kw) || !check_nargs(vm, "staticmethod", nargs, 1, 1))
    return Value::exception();
  auto* s = vm.alloc<StaticMethod>(ObjKind::StaticMethod, vm.types.staticmethod);
  s->func = args[0];
  return Value::object(s);
}

static Value classmethod_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "classmethod", kw) || !check_nargs(vm, "classmethod", nargs, 1, 1))
    return Value::exception();
  auto* c = vm.alloc<ClassMethod>(ObjKind::ClassMethod, vm.types.classmethod);
  c->func = args[0];
  return Value::object(c);
}

// __isabstractmethod__ of a property or a class/static method: whether a
// function it wraps is marked abstract (abc.abstractmethod), as CPython's
// descriptors answer. False or True, or exception() if a lookup failed.
static Value any_abstract(VM& vm, std::initializer_list<Value> funcs) {
  Str* name = vm.intern("__isabstractmethod__");
  for (Value f : funcs) {
    if (f.is_null() || f.is_none()) continue;
    Value flag = vm.getattr_opt(f, name);
    if (flag.is_exception()) return flag;
    if (flag.is_null()) continue;
    int truth = vm.truthy(flag);
    if (truth < 0) return Value::exception();
    if (truth) return Value::boolean(true);
  }
  return Value::boolean(false);
}

// The descriptor protocol as methods (f.__get__(obj, cls), prop.__set__(obj,
// v)), for code that binds by hand or asks hasattr(x, '__get__') as enum and
// inspect do. Attribute access itself does not go through them. They are
// slot wrappers: __get__ and __set__ unpack their arguments, __delete__
// counts them (CPython's wrap_descr_get/set/delete).
static bool descriptor_args(VM& vm, const char* name, Value* args, int nargs, Tuple* kw, int min,
                            int max) {
  if (!wrapper_receiver(vm, args, nargs, name)) return false;
  if (min == max && min == 1) return wrapper_args(vm, name, nargs - 1, kw, 1);
  return unpack_wrapper_args(vm, name, nargs - 1, kw, min, max);
}

static Value function_dunder_get(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!descriptor_args(vm, "__get__", args, nargs, kw, 1, 2)) return Value::exception();
  if (args[1].is_none()) {
    if (nargs < 3 || args[2].is_none()) return vm.raise(vm.types.TypeError, "__get__(None, None) is invalid");
    return args[0];
  }
  auto* m = vm.alloc<BoundMethod>(ObjKind::BoundMethod, vm.types.method);
  m->self = args[1];
  m->func = args[0];
  return Value::object(m);
}

static Value classmethod_dunder_get(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!descriptor_args(vm, "__get__", args, nargs, kw, 1, 2)) return Value::exception();
  Value owner = nargs > 2 && !args[2].is_none() ? args[2] : Value::object(vm.type_of(args[1]));
  return bind_classmethod(vm, static_cast<ClassMethod*>(args[0].as_obj()), owner);
}

static Value staticmethod_dunder_get(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!descriptor_args(vm, "__get__", args, nargs, kw, 1, 2)) return Value::exception();
  return static_cast<StaticMethod*>(args[0].as_obj())->func;
}

static Value property_dunder_get(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!descriptor_args(vm, "__get__", args, nargs, kw, 1, 2)) return Value::exception();
  if (args[1].is_none()) return args[0];
  Value fget = static_cast<Property*>(args[0].as_obj())->fget;
  if (fget.is_none() || fget.is_null()) return vm.raise(vm.types.AttributeError, "property has no getter");
  return vm.call1(fget, args[1]);
}

static Value property_dunder_set(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!descriptor_args(vm, "__set__", args, nargs, kw, 2, 2)) return Value::exception();
  Value fset = static_cast<Property*>(args[0].as_obj())->fset;
  if (fset.is_none() || fset.is_null()) return vm.raise(vm.types.AttributeError, "can't set attribute");
  Value r = vm.call2(fset, args[1], args[2]);
  return r.is_exception() ? r : Value::none();
}

static Value property_dunder_delete(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!descriptor_args(vm, "__delete__", args, nargs, kw, 1, 1)) return Value::exception();
  Value fdel = static_cast<Property*>(args[0].as_obj())->fdel;
  if (fdel.is_none() || fdel.is_null()) return vm.raise(vm.types.AttributeError, "can't delete attribute");
  Value r = vm.call1(fdel, args[1]);
  return r.is_exception() ? r : Value::none();
}

static Value property_getattr(VM& vm, Value self, Str* name) {
  auto* p = static_cast<Property*>(self.as_obj());
  std::string_view n = name->view();
  if (n == "fget") return p->fget;
  if (n == "fset") return p->fset;
  if (n == "fdel") return p->fdel;
  if (n == "__doc__") return p->doc;
  // (A subclass may set it as a class attribute: abc.abstractproperty.)
  if (n == "__isabstractmethod__" && vm.lookup_type(vm.type_of(self), name).is_null()) {
    return any_abstract(vm, {p->fget, p->fset, p->fdel});
  }
  return generic_getattr(vm, self, name, true);
}

// A property's __doc__ is writable (namedtuple and urllib.parse document
// their fields so); fget, fset and fdel are not.
static int property_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* p = static_cast<Property*>(self.as_obj());
  std::string_view n = name->view();
  if (n == "__doc__") {
    p->doc = value.is_null() ? Value::none() : value;
    return 0;
  }
  if (n == "fget" || n == "fset" || n == "fdel") {
    vm.raise(vm.types.AttributeError, "readonly attribute");
    return -1;
  }
  return generic_setattr(vm, self, name, value);
}

static Value static_or_class_method_getattr(VM& vm, Value self, Str* name) {
  if (name->view() == "__func__") {
    Obj* o = self.as_obj();
    return o->kind == ObjKind::StaticMethod ? static_cast<StaticMethod*>(o)->func
                                            : static_cast<ClassMethod*>(o)->func;
  }
  if (name->view() == "__isabstractmethod__" && vm.lookup_type(vm.type_of(self), name).is_null()) {
    Obj* o = self.as_obj();
    return any_abstract(vm, {o->kind == ObjKind::StaticMethod ? static_cast<StaticMethod*>(o)->func
                                                              : static_cast<ClassMethod*>(o)->func});
  }
  return generic_getattr(vm, self, name, true);
}

void init_descriptor_types(VM& vm) {
  vm.types.property->constructor = property_new;
  add_wrapper_method(vm, vm.types.function, "__get__", function_dunder_get);
  add_wrapper_method(vm, vm.types.classmethod, "__get__", classmethod_dunder_get);
  add_wrapper_method(vm, vm.types.classmethod_descriptor, "__get__", classmethod_dunder_get);
  add_wrapper_method(vm, vm.types.staticmethod, "__get__", staticmethod_dunder_get);
  add_wrapper_method(vm, vm.types.property, "__get__", property_dunder_get);
  add_wrapper_method(vm, vm.types.property, "__set__", property_dunder_set);
  add_wrapper_method(vm, vm.types.property, "__delete__", property_dunder_delete);
  add_method(vm, vm.types.property, "getter", property_getter);
  add_method(vm, vm.types.property, "setter", property_setter);
  add_method(vm, vm.types.property, "deleter", property_deleter);
  vm.types.property->slots.getattr = property_getattr;
  vm.types.property->slots.setattr = property_setattr;
  vm.types.staticmethod->constructor = staticmethod_new;
  vm.types.classmethod->constructor = classmethod_new;
  for (Type* t : {vm.types.staticmethod, vm.types.classmethod, vm.types.classmethod_descriptor}) {
    t->slots.getattr = static_or_class_method_getattr;
  }
}

}  // namespace coil::vm
