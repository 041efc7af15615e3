// Inline caches for attribute instructions on instances of classes written
// in coil (LOAD_ATTR, STORE_ATTR, LOAD_METHOD). Each instruction remembers
// the class it last saw, what the class's MRO holds under the name, and the
// last instance shape with the name's index in it (or, for instances that
// moved to a dict, where the name sat in the last dict), so a hit costs a
// few compares and an indexed load instead of a type lookup and a hash
// probe. STORE_ATTR also remembers the shape an instance moves to when the
// name is added, so `self.x = x` in __init__ is as cheap. Anything unusual
// (descriptors, __getattr__/__setattr__ hooks, __slots__ stores) is left to
// the generic path.
#include "vm/attr_cache.hpp"

#include <utility>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/shape.hpp"

namespace coil::vm {

namespace {

#define HOT inline __attribute__((always_inline))

HOT AttrCache& cache_for(Code* code, uint32_t pc) {
  if (code->attr_cache.empty()) code->attr_cache.resize(code->code.size());
  return code->attr_cache[pc];
}

// How a class attribute behaves on instances; kInvalid for descriptors and
// anything else the generic path must handle.
uint8_t classify(VM& vm, Value attr) {
  if (attr.is_null()) return kAbsent;
  if (!attr.is_obj()) return kPlain;
  Obj* o = attr.as_obj();
  switch (o->kind) {
    case ObjKind::Function:
      return kFunction;
    case ObjKind::Property:
      return o->type == vm.types.property ? kProperty : kInvalid;
    case ObjKind::Foreign:
      return o->type == vm.types.member_descriptor ? kSlot : kInvalid;
    case ObjKind::Str: case ObjKind::BigInt: case ObjKind::Tuple: case ObjKind::List:
    case ObjKind::Dict: case ObjKind::Set: case ObjKind::Type: case ObjKind::Bytes:
    case ObjKind::Range: case ObjKind::Module:
      return (o->type->flags & Type::kHeapType) ? kInvalid : kPlain;
    case ObjKind::Instance: {
      Type* t = o->type;
      bool descriptor = !vm.lookup_type(t, vm.names.__get__).is_null() ||
                        !vm.lookup_type(t, vm.names.__set__).is_null() ||
                        !vm.lookup_type(t, vm.names.__delete__).is_null();
      return descriptor ? kInvalid : kPlain;
    }
    default:
      return kInvalid;
  }
}

// Makes `c` describe instances of t, swapping in the class seen before or
// looking the name up; false when t's attribute access is not cacheable
// (remembered too). `store`: for STORE_ATTR (no __setattr__, no __slots__).
bool refill(VM& vm, AttrCache& c, Type* t, Str* name, bool store) {
  std::swap(c.type, c.type2);
  std::swap(c.version, c.version2);
  std::swap(c.class_attr, c.class_attr2);
  std::swap(c.kind, c.kind2);
  if (c.type == t && c.version == vm.type_version) return c.kind != kInvalid;
  c.type = t;
  c.version = vm.type_version;
  c.class_attr = Value::null();
  c.kind = kInvalid;
  if (!(t->flags & Type::kHeapType)) return false;
  if (store ? (t->slots.setattr || name == vm.names.__class__ || name == vm.names.__dict__)
            : t->slots.getattr != nullptr) {
    return false;
  }
  c.class_attr = vm.lookup_type(t, name);
  c.kind = classify(vm, c.class_attr);
  if (store && c.kind == kProperty) c.kind = kInvalid;
  uint32_t index;
  if (c.kind == kSlot && !member_index(vm, c.class_attr, t, index)) c.kind = kInvalid;
  // A slotted class takes no other attribute: only its slots are stored here.
  if (store && (t->flags & Type::kSlotted) && c.kind != kSlot) c.kind = kInvalid;
  return c.kind != kInvalid;
}

HOT bool valid(VM& vm, AttrCache& c, Type* t, Str* name, bool store) {
  if (c.type == t && c.version == vm.type_version) return c.kind != kInvalid && c.kind != kBuiltinMethod;
  return refill(vm, c, t, name, store);
}

// The instance dict's value for name, or null().
HOT Value dict_lookup(AttrCache& c, Dict* d, Str* name) {
  auto& entries = d->table.entries;
  if (c.hint < entries.size() && entries[c.hint].key.is(Value::object(name))) {
    return entries[c.hint].value;
  }
  int64_t ix = table_find_str(d->table, name);
  if (ix < 0) return Value::null();
  c.hint = static_cast<uint32_t>(ix);
  return entries[ix].value;
}

// The index of name in shape s (Shape::kNotFound when absent), remembered
// for the next instance of the same shape.
HOT uint32_t shape_index(AttrCache& c, Shape* s, Str* name) {
  if (c.shape != s) {
    c.shape = s;
    c.next_shape = nullptr;
    c.index = s->find(name);
  }
  return c.index;
}

// The instance's own attribute name, or null().
HOT Value own_attr(AttrCache& c, Instance* inst, Str* name) {
  if (inst->dict) return dict_lookup(c, inst->dict, name);
  Shape* s = inst->shape;
  if (!s) return Value::null();
  uint32_t ix = shape_index(c, s, name);
  return ix == Shape::kNotFound ? Value::null() : inst->values[ix];
}

bool store_in_dict(VM& vm, AttrCache& c, Dict* d, Str* name, Value value) {
  auto& entries = d->table.entries;
  if (c.hint < entries.size() && entries[c.hint].key.is(Value::object(name))) {
    entries[c.hint].value = value;
    return true;
  }
  int64_t ix = table_find_str(d->table, name);
  if (ix < 0) {
    // A new key is appended as the last entry.
    if (table_set(vm, d->table, Value::object(name), str_hash(name), value) < 0) return false;
    ix = static_cast<int64_t>(entries.size()) - 1;
  } else {
    entries[ix].value = value;
  }
  c.hint = static_cast<uint32_t>(ix);
  return true;
}

// A store that missed the cached shape: finds the name in the instance's
// shape, or the transition that adds it, and caches that.
bool store_in_shape(VM& vm, AttrCache& c, Instance* inst, Str* name, Value value) {
  Shape* s = inst->shape ? inst->shape : vm.shapes.root();
  uint32_t ix = s->find(name);
  if (ix != Shape::kNotFound) {
    c.shape = s;
    c.next_shape = nullptr;
    c.index = ix;
    inst->values[ix] = value;
    return true;
  }
  // Names from the code are interned; others (and instances past the
  // shape limits) take the generic path.
  if (!(name->flags & Str::kInterned)) return false;
  Shape* next = vm.shapes.add(s, name);
  if (!next) return false;
  c.shape = s;
  c.next_shape = next;
  c.index = s->count();
  instance_append(vm, inst, next, value);
  return true;
}

// The slot a kSlot entry names in inst (a valid entry for inst's class, so
// the descriptor is that class's and the index within its slots).
Value* slot_of(VM& vm, const AttrCache& c, Instance* inst) {
  uint32_t index = 0;
  member_index(vm, c.class_attr, inst->type, index);
  return &inst->slots()[index];
}

// Keeps AttrCache::load_shape and method_shape in step with what the slow
// paths changed: the cached shape when a LOAD_ATTR hit may take the value at
// `index` from it (the class attribute is absent, plain or a function, which
// an instance attribute shadows), and when a LOAD_METHOD hit may take the
// class's function (the shape does not hold the name).
void refresh_load_hit(AttrCache& c) {
  bool in_shape = c.shape && c.index != Shape::kNotFound && !c.next_shape;
  bool load = in_shape && (c.kind == kAbsent || c.kind == kPlain || c.kind == kFunction);
  c.load_shape = load ? c.shape : AttrCache::no_load_hit();
  bool method = c.shape && c.index == Shape::kNotFound && c.kind == kFunction;
  c.method_shape = method ? c.shape : AttrCache::no_load_hit();
}

// Refreshes the load hit however the slow path it guards returns.
struct LoadHitRefresh {
  AttrCache& c;
  ~LoadHitRefresh() { refresh_load_hit(c); }
};

}  // namespace

Value attr_cache_load(VM& vm, Code* code, uint32_t pc, Instance* inst, Str* name) {
  AttrCache& c = cache_for(code, pc);
  LoadHitRefresh refresh{c};
  if (!valid(vm, c, inst->type, name, false)) return Value::null();
  if (c.kind == kProperty) {
    Value get = static_cast<Property*>(c.class_attr.as_obj())->fget;
    if (get.is_null() || get.is_none()) return Value::null();
    return vm.call1(get, Value::object(inst));
  }
  if (c.kind == kSlot) return *slot_of(vm, c, inst);  // unset: null(), the generic path raises
  Value v = own_attr(c, inst, name);
  if (!v.is_null()) return v;
  switch (c.kind) {
    case kPlain:
      return c.class_attr;
    case kFunction:
      return bind_method(vm, c.class_attr, Value::object(inst));
    default:
      return Value::null();  // missing: the generic path raises (or finds __class__ etc.)
  }
}

Value attr_cache_method(VM& vm, Code* code, uint32_t pc, Instance* inst, Str* name) {
  AttrCache& c = cache_for(code, pc);
  LoadHitRefresh refresh{c};
  if (!valid(vm, c, inst->type, name, false) || c.kind != kFunction) return Value::null();
  if (!own_attr(c, inst, name).is_null()) return Value::null();
  return c.class_attr;
}

void attr_cache_note_tuple_field(VM& vm, Code* code, uint32_t pc, Tuple* t, Str* name) {
  Type* type = t->type;
  if (!(type->flags & Type::kHeapType) || type->slots.getattr) return;
  Value attr = vm.lookup_type(type, name);
  uint32_t index;
  if (!tuple_field_index(vm, attr, index)) return;
  AttrCache& c = cache_for(code, pc);
  c.type = type;
  c.version = vm.type_version;
  c.class_attr = attr;
  c.kind = kTupleField;
  c.index = index;
  c.shape = c.next_shape = nullptr;
  c.load_shape = c.method_shape = AttrCache::no_load_hit();
}

bool attr_cache_store(VM& vm, Code* code, uint32_t pc, Instance* inst, Str* name, Value value) {
  AttrCache& c = cache_for(code, pc);
  LoadHitRefresh refresh{c};
  if (!valid(vm, c, inst->type, name, true)) return false;
  if (c.kind == kSlot) {
    *slot_of(vm, c, inst) = value;
    return true;
  }
  if (inst->dict) return store_in_dict(vm, c, inst->dict, name, value);
  if (inst->shape != c.shape || !inst->shape) return store_in_shape(vm, c, inst, name, value);
  if (!c.next_shape) {
    inst->values[c.index] = value;
  } else if (c.index < inst->aux) {
    // Adding the name, with room for it.
    inst->values[c.index] = value;
    inst->shape = c.next_shape;
  } else {
    instance_append(vm, inst, c.next_shape, value);
  }
  return true;
}

// Objects of these kinds may have attributes of their own (a dict) even when
// their type is built in.
static bool may_own_attributes(Value obj) {
  if (!obj.is_obj()) return false;
  switch (obj.as_obj()->kind) {
    case ObjKind::Instance: case ObjKind::Module: case ObjKind::Type: case ObjKind::Function:
    case ObjKind::Exception: case ObjKind::Super:
      return true;
    default:
      return false;
  }
}

Value attr_cache_builtin_method(VM& vm, Code* code, uint32_t pc, Value obj, Str* name) {
  Type* t = vm.type_of(obj);
  if ((t->flags & (Type::kHeapType | Type::kCustomGetattribute)) || may_own_attributes(obj)) {
    return Value::null();
  }
  Value attr = vm.lookup_type(t, name);
  // A plain method of the type, called with obj first (not a classmethod,
  // staticmethod or other descriptor, which bind differently).
  if (!is_unbound_native_method(attr)) return Value::null();
  AttrCache& c = cache_for(code, pc);
  LoadHitRefresh refresh{c};
  c.type = t;
  c.version = vm.type_version;
  c.class_attr = attr;
  c.kind = kBuiltinMethod;
  return attr;
}

}  // namespace coil::vm
