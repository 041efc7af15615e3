// getset_descriptor: the `__dict__` and `__weakref__` entries CPython puts in
// the dict of a class that gives its instances a dict or weak references
// (type_new_descriptors), and object.__class__. They make C.__dict__,
// vars(C) and dir() show what CPython's do; obj.__dict__ reads through them
// (a native data descriptor, as ForeignClass::descr_get).
#include <algorithm>
#include <initializer_list>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

// Slot: an attribute a built-in type's getattr slot answers (int.real,
// BaseException.args), listed in its dict as CPython's getsets are.
enum class GetSetKind : uint8_t { Dict, Weakref, Class, Slot };

struct GetSetDescr : Foreign {
  Str* name;
  Type* owner;
  GetSetKind kind;
  // Slot: the owner's getattr slot, and its setattr slot when that handles
  // the name itself (null: read-only).
  Value (*slot_get)(VM& vm, Value self, Str* name);
  int (*slot_set)(VM& vm, Value self, Str* name, Value value);
};

GetSetDescr* as_getset(Value v) { return static_cast<GetSetDescr*>(v.as_obj()); }

void getset_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* g = static_cast<GetSetDescr*>(self);
  mark_gray(gray, Value::object(g->name));
  mark_gray(gray, Value::object(g->owner));
}

// CPython's descr_check: false with its TypeError when obj is no instance
// of the owner.
bool getset_check(VM& vm, GetSetDescr* g, Value obj) {
  if (vm.isinstance(obj, g->owner)) return true;
  vm.raise_fmt(vm.types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
               g->name->data, g->owner->name->data, type_name(vm, obj));
  return false;
}

Value getset_descr_get(VM& vm, Value self, Value obj) {
  GetSetDescr* g = as_getset(self);
  if (!getset_check(vm, g, obj)) return Value::exception();
  switch (g->kind) {
    case GetSetKind::Class:
      return Value::object(vm.type_of(obj));
    case GetSetKind::Weakref: {
      // The first weak reference to obj, as CPython's tp_weaklist head.
      const std::vector<Obj*>* refs = obj.is_obj() ? vm.weakrefs.refs_to(obj.as_obj()) : nullptr;
      return refs && !refs->empty() ? Value::object(refs->front()) : Value::none();
    }
    case GetSetKind::Slot:
      return g->slot_get(vm, obj, g->name);
    case GetSetKind::Dict:
      break;
  }
  Dict* d = instance_dict(vm, obj, true);
  if (!d) return vm.raise(vm.types.AttributeError, "This object has no __dict__");
  return Value::object(d);
}

int getset_descr_set(VM& vm, Value self, Value obj, Value value) {
  GetSetDescr* g = as_getset(self);
  if (!getset_check(vm, g, obj)) return -1;
  if (g->kind == GetSetKind::Class) return generic_setattr(vm, obj, vm.names.__class__, value);
  if (g->kind == GetSetKind::Slot && g->slot_set) return g->slot_set(vm, obj, g->name, value);
  if (g->kind == GetSetKind::Weakref || g->kind == GetSetKind::Slot) {
    vm.raise(vm.types.AttributeError, "attribute '" + std::string(g->name->view()) + "' of '" +
                                          std::string(g->owner->name->view()) + "' objects is not writable");
    return -1;
  }
  if (obj.is_obj() && obj.as_obj()->kind == ObjKind::Instance) {
    return instance_set_dict(vm, static_cast<Instance*>(obj.as_obj()), value);
  }
  if (!value.is_null() && !(value.is_obj() && value.as_obj()->kind == ObjKind::Dict)) {
    vm.raise_fmt(vm.types.TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(vm, value));
    return -1;
  }
  if (!obj.is_obj()) return -1;
  vm.heap.attach_dict(obj.as_obj(), value.is_null() ? vm.new_dict() : static_cast<Dict*>(value.as_obj()));
  return 0;
}

const ForeignClass kGetSetClass = {"getset_descriptor", getset_trace, nullptr, nullptr, nullptr,
                                   getset_descr_get, getset_descr_set};

Value getset_repr(VM& vm, Value self) {
  GetSetDescr* g = as_getset(self);
  return vm.str_value("<attribute '" + std::string(g->name->view()) + "' of '" +
                      std::string(g->owner->name->view()) + "' objects>");
}

// CPython's docstrings of the three.
const char* getset_doc(GetSetKind kind) {
  switch (kind) {
    case GetSetKind::Dict: return "dictionary for instance variables";
    case GetSetKind::Weakref: return "list of weak references to the object";
    case GetSetKind::Class: return "the object's class";
    case GetSetKind::Slot: break;
  }
  return "";
}

Value getset_getattr(VM& vm, Value self, Str* name) {
  GetSetDescr* g = as_getset(self);
  std::string_view n = name->view();
  if (n == "__name__") return Value::object(g->name);
  if (n == "__qualname__") {
    return vm.str_value(std::string(g->owner->qualname->view()) + "." + std::string(g->name->view()));
  }
  if (n == "__objclass__") return Value::object(g->owner);
  if (n == "__doc__") {
    const char* doc = getset_doc(g->kind);
    return *doc ? vm.str_value(doc) : Value::none();
  }
  return generic_getattr(vm, self, name, true);
}

// __get__(obj, type=None): the descriptor itself when obj is None.
Value getset_dunder_get(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!wrapper_receiver(vm, args, nargs, "__get__") || !no_kwargs(vm, "__get__", kw) ||
      !check_nargs(vm, "__get__", nargs - 1, 1, 2)) {
    return Value::exception();
  }
  if (args[1].is_none()) return args[0];
  return getset_descr_get(vm, args[0], args[1]);
}

Value getset_dunder_set(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!wrapper_receiver(vm, args, nargs, "__set__") || !no_kwargs(vm, "__set__", kw) ||
      !check_nargs(vm, "__set__", nargs - 1, 2, 2)) {
    return Value::exception();
  }
  return getset_descr_set(vm, args[0], args[1], args[2]) < 0 ? Value::exception() : Value::none();
}

Value getset_dunder_delete(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!wrapper_receiver(vm, args, nargs, "__delete__") || !no_kwargs(vm, "__delete__", kw) ||
      !check_nargs(vm, "__delete__", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  return getset_descr_set(vm, args[0], args[1], Value::null()) < 0 ? Value::exception() : Value::none();
}

void add_getset(VM& vm, Type* cls, std::string_view name, GetSetKind kind, bool writable = false) {
  RootScope roots(vm);
  auto* g = vm.alloc<GetSetDescr>(ObjKind::Foreign, vm.types.getset_descriptor);
  g->cls = &kGetSetClass;
  g->name = vm.intern(name);
  g->owner = cls;
  g->kind = kind;
  g->slot_get = cls->slots.getattr;
  g->slot_set = writable ? cls->slots.setattr : nullptr;
  roots.add(Value::object(g));
  dict_set_str(vm, cls->dict, g->name, Value::object(g));
}

// Whether a class adds slot fields of its own (beyond its bases' most).
bool adds_slots(Type* t) {
  uint32_t most = 0;
  for (Type* b : t->bases) most = std::max(most, b->slot_count);
  return t->slot_count > most;
}

// CPython's solid_base, by coil's layouts: the nearest class whose instances
// have a layout of their own (slots, or a built-in type's).
Type* layout_base(Type* t) {
  for (Type* m : t->mro) {
    if (!(m->flags & Type::kHeapType) || adds_slots(m)) return m;
  }
  return t->mro.back();
}

// CPython's best_base: the base whose layout base is the most derived (the
// first of equals).
Type* best_base(VM& vm, Type* cls) {
  Type* best = nullptr;
  Type* best_layout = nullptr;
  for (Type* b : cls->bases) {
    Type* l = layout_base(b);
    if (!best || (l != best_layout && vm.is_subtype(l, best_layout))) {
      best = b;
      best_layout = l;
    }
  }
  return best;
}

// Whether t or a class it inherits from has the flag (built-in subclasses
// such as ValueError inherit BaseException's dict).
bool mro_has(Type* t, uint16_t flag) {
  for (Type* m : t->mro) {
    if (m->flags & flag) return true;
  }
  return false;
}

}  // namespace

void add_instance_getsets(VM& vm, Type* cls, bool slots_given, bool dict_slot, bool weakref_slot) {
  Type* base = best_base(vm, cls);
  if (!base) return;
  bool base_dict = mro_has(base, Type::kInstanceDict);
  bool base_weak = mro_has(base, Type::kInstanceWeakref);
  bool add_dict = !base_dict && (!slots_given || dict_slot);
  // Variable-size layouts take no weak reference list (CPython's itemsize rule).
  ObjKind k = cls->instance_kind;
  bool var_size = k == ObjKind::BigInt || k == ObjKind::Bytes || k == ObjKind::Tuple;
  bool add_weak = !base_weak && !var_size && (!slots_given || weakref_slot);
  if (base_dict || add_dict) cls->flags |= Type::kInstanceDict;
  if (base_weak || add_weak) cls->flags |= Type::kInstanceWeakref;
  if (add_dict) add_getset(vm, cls, "__dict__", GetSetKind::Dict);
  if (add_weak) add_getset(vm, cls, "__weakref__", GetSetKind::Weakref);
}

void add_builtin_getsets(VM& vm) {
  // Names each getattr slot answers before anything else (and, `writable`,
  // its setattr slot too), so reading through the descriptor never comes
  // back to it.
  struct Entry {
    Type* type;
    std::initializer_list<const char*> read_only;
    std::initializer_list<const char*> writable;
  };
  const Entry entries[] = {
      {vm.types.BaseException, {}, {"args", "__cause__", "__context__", "__suppress_context__", "__traceback__"}},
      {vm.types.int_, {"real", "imag", "numerator", "denominator"}, {}},
      {vm.types.float_, {"real", "imag"}, {}},
      {vm.types.function, {"__globals__", "__closure__"},
       {"__name__", "__qualname__", "__module__", "__defaults__", "__annotations__"}},
  };
  for (const Entry& e : entries) {
    if (!e.type->slots.getattr) continue;
    for (const char* n : e.read_only) add_getset(vm, e.type, n, GetSetKind::Slot);
    for (const char* n : e.writable) {
      if (e.type->slots.setattr) add_getset(vm, e.type, n, GetSetKind::Slot, true);
    }
  }
  add_getset(vm, vm.types.BaseException, "__dict__", GetSetKind::Dict);
  add_getset(vm, vm.types.function, "__dict__", GetSetKind::Dict);
  ++vm.type_version;
}

void init_getset_type(VM& vm) {
  Type* t = vm.types.getset_descriptor;
  t->slots.repr = getset_repr;
  t->slots.getattr = getset_getattr;
  add_wrapper_method(vm, t, "__get__", getset_dunder_get);
  add_wrapper_method(vm, t, "__set__", getset_dunder_set);
  add_wrapper_method(vm, t, "__delete__", getset_dunder_delete);
  add_getset(vm, vm.types.object, "__class__", GetSetKind::Class);
  // The built-in types whose instances carry a dict or weak references,
  // which a subclass then does not add again.
  for (Type* d : {vm.types.BaseException, vm.types.type, vm.types.module, vm.types.staticmethod,
                  vm.types.classmethod}) {
    d->flags |= Type::kInstanceDict;
  }
  for (Type* w : {vm.types.type, vm.types.module, vm.types.set, vm.types.frozenset}) {
    w->flags |= Type::kInstanceWeakref;
  }
}

}  // namespace coil::vm
