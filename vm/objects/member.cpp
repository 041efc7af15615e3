// member_descriptor: what each name of a class's __slots__ becomes in the
// class namespace (CPython's PyMemberDescr for T_OBJECT_EX members). The
// value lives in the instance's slot storage (Instance::slots()), so a
// subclass with a __dict__ keeps its parent's slots out of vars(obj).
#include <algorithm>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

struct MemberDescr : Foreign {
  Str* name;
  Type* owner;
  uint32_t index;
};

MemberDescr* as_member(Value v) { return static_cast<MemberDescr*>(v.as_obj()); }

void member_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* m = static_cast<MemberDescr*>(self);
  mark_gray(gray, Value::object(m->name));
  mark_gray(gray, Value::object(m->owner));
}

// The slot of `obj` the descriptor names, or null with CPython's TypeError
// when obj is no instance of the owner.
Value* member_slot(VM& vm, MemberDescr* m, Value obj) {
  if (!vm.isinstance(obj, m->owner) || !obj.is_obj() || obj.as_obj()->kind != ObjKind::Instance ||
      static_cast<Instance*>(obj.as_obj())->slot_count() <= m->index) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 m->name->data, m->owner->name->data, type_name(vm, obj));
    return nullptr;
  }
  return &static_cast<Instance*>(obj.as_obj())->slots()[m->index];
}

Value member_descr_get(VM& vm, Value self, Value obj) {
  MemberDescr* m = as_member(self);
  Value* slot = member_slot(vm, m, obj);
  if (!slot) return Value::exception();
  if (slot->is_null()) {
    return vm.raise_fmt(vm.types.AttributeError, "'%s' object has no attribute '%s'", type_name(vm, obj),
                        m->name->data);
  }
  return *slot;
}

int member_descr_set(VM& vm, Value self, Value obj, Value value) {
  MemberDescr* m = as_member(self);
  Value* slot = member_slot(vm, m, obj);
  if (!slot) return -1;
  if (value.is_null() && slot->is_null()) {
    vm.raise(vm.types.AttributeError, m->name->view());
    return -1;
  }
  *slot = value;
  return 0;
}

const ForeignClass kMemberClass = {"member_descriptor", member_trace, nullptr, nullptr, nullptr,
                                   member_descr_get, member_descr_set};

Value member_repr(VM& vm, Value self) {
  MemberDescr* m = as_member(self);
  return vm.str_value("<member '" + std::string(m->name->view()) + "' of '" + std::string(m->owner->name->view()) +
                      "' objects>");
}

Value member_getattr(VM& vm, Value self, Str* name) {
  MemberDescr* m = as_member(self);
  std::string_view n = name->view();
  if (n == "__name__") return Value::object(m->name);
  if (n == "__qualname__") {
    return vm.str_value(std::string(m->owner->qualname->view()) + "." + std::string(m->name->view()));
  }
  if (n == "__objclass__") return Value::object(m->owner);
  if (n == "__doc__") return Value::none();
  return generic_getattr(vm, self, name, true);
}

// __get__(obj, type=None): the descriptor itself when obj is None.
Value member_dunder_get(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!wrapper_receiver(vm, args, nargs, "__get__") || !no_kwargs(vm, "__get__", kw) ||
      !check_nargs(vm, "__get__", nargs - 1, 1, 2)) {
    return Value::exception();
  }
  if (args[1].is_none()) return args[0];
  return member_descr_get(vm, args[0], args[1]);
}

Value member_dunder_set(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!wrapper_receiver(vm, args, nargs, "__set__") || !no_kwargs(vm, "__set__", kw) ||
      !check_nargs(vm, "__set__", nargs - 1, 2, 2)) {
    return Value::exception();
  }
  return member_descr_set(vm, args[0], args[1], args[2]) < 0 ? Value::exception() : Value::none();
}

Value member_dunder_delete(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!wrapper_receiver(vm, args, nargs, "__delete__") || !no_kwargs(vm, "__delete__", kw) ||
      !check_nargs(vm, "__delete__", nargs - 1, 1, 1)) {
    return Value::exception();
  }
  return member_descr_set(vm, args[0], args[1], Value::null()) < 0 ? Value::exception() : Value::none();
}

// The names a __slots__ value lists (a str or an iterable of strs), with
// CPython's checks; false with the exception pending.
bool slot_names_of(VM& vm, Value slots, std::vector<Str*>& out) {
  std::vector<Value> items;
  if (is_str(slots)) {
    items.push_back(slots);
  } else if (!vm.unpack_iterable(slots, items)) {
    return false;
  }
  for (Value v : items) {
    if (!is_str(v)) {
      vm.raise_fmt(vm.types.TypeError, "__slots__ items must be strings, not '%s'", type_name(vm, v));
      return false;
    }
    Value ok = vm.call_method(v, vm.intern("isidentifier"), nullptr, 0);
    if (ok.is_exception()) return false;
    if (!ok.is(Value::boolean(true))) {
      vm.raise(vm.types.TypeError, "__slots__ must be identifiers");
      return false;
    }
    out.push_back(as_str(v));
  }
  return true;
}

// `__x` listed by class `cls` is the attribute `_cls__x` (the class name
// without its leading underscores), as the compiler mangles names.
Str* mangle(VM& vm, Type* cls, Str* name) {
  std::string_view n = name->view();
  if (n.size() < 3 || !n.starts_with("__") || n.ends_with("__")) return vm.intern(n);
  std::string_view c = cls->name->view();
  size_t i = c.find_first_not_of('_');
  if (i == std::string_view::npos) return vm.intern(n);
  return vm.intern("_" + std::string(c.substr(i)) + std::string(n));
}

// The base of t with the most slots (null: none has any).
Type* slotted_base(Type* t) {
  Type* best = nullptr;
  for (Type* b : t->bases) {
    if (b->slot_count && (!best || b->slot_count > best->slot_count)) best = b;
  }
  return best;
}

// CPython's solid_base: the nearest class of t's that added slots itself.
Type* solid_base(Type* t) {
  Type* best = slotted_base(t);
  if (t->slot_count > (best ? best->slot_count : 0)) return t;
  return best ? solid_base(best) : nullptr;
}

}  // namespace

bool member_index(VM& vm, Value attr, Type* cls, uint32_t& index) {
  if (!attr.is_obj() || attr.as_obj()->type != vm.types.member_descriptor) return false;
  MemberDescr* m = as_member(attr);
  if (!vm.is_subtype(cls, m->owner) || m->index >= cls->slot_count) return false;
  index = m->index;
  return true;
}

bool add_slot_members(VM& vm, Type* cls, Dict* ns) {
  // The slots of the bases must lie on one line of layouts (CPython's
  // best_base): each base's solid base an ancestor of the winner's.
  Type* winner = nullptr;
  for (Type* b : cls->bases) {
    Type* candidate = b->slot_count ? solid_base(b) : nullptr;
    if (!candidate || (winner && vm.is_subtype(winner, candidate))) continue;
    if (winner && !vm.is_subtype(candidate, winner)) {
      vm.raise(vm.types.TypeError, "multiple bases have instance lay-out conflict");
      return false;
    }
    winner = candidate;
  }
  Type* best = slotted_base(cls);
  cls->slot_count = best ? best->slot_count : 0;
  Value slots = dict_get_str(ns, vm.names.__slots__);
  if (slots.is_null() || cls->instance_kind != ObjKind::Instance) return true;
  std::vector<Str*> names;
  if (!slot_names_of(vm, slots, names)) return false;
  std::vector<Str*> members;
  for (Str* name : names) {
    if (name->view() == "__dict__" || name->view() == "__weakref__") continue;
    Str* attr = mangle(vm, cls, name);
    if (!dict_get_str(ns, attr).is_null()) {
      vm.raise_fmt(vm.types.ValueError, "'%s' in __slots__ conflicts with class variable", name->data);
      return false;
    }
    members.push_back(attr);
  }
  // CPython adds the members sorted by name, after the namespace.
  std::sort(members.begin(), members.end(), [](Str* a, Str* b) { return a->view() < b->view(); });
  members.erase(std::unique(members.begin(), members.end()), members.end());
  if (cls->slot_count + members.size() > Instance::kSlotCountMask) {
    vm.raise(vm.types.TypeError, "too many slots");
    return false;
  }
  RootScope roots(vm);
  for (Str* attr : members) {
    auto* m = vm.alloc<MemberDescr>(ObjKind::Foreign, vm.types.member_descriptor);
    m->cls = &kMemberClass;
    m->name = attr;
    m->owner = cls;
    m->index = cls->slot_count++;
    roots.add(Value::object(m));
    dict_set_str(vm, cls->dict, attr, Value::object(m));
  }
  return true;
}

void init_member_type(VM& vm) {
  Type* t = vm.types.member_descriptor;
  t->slots.repr = member_repr;
  t->slots.getattr = member_getattr;
  add_wrapper_method(vm, t, "__get__", member_dunder_get);
  add_wrapper_method(vm, t, "__set__", member_dunder_set);
  add_wrapper_method(vm, t, "__delete__", member_dunder_delete);
}

}  // namespace coil::vm
