// Inline caches of the attribute instructions on instances of classes
// written in coil (see vm/attr_cache.cpp). Each call names the instruction by
// its index in `code`.
#pragma once

#include "vm/shape.hpp"
#include "vm/vm.hpp"

namespace coil::vm {

// What an AttrCache remembers about the class attribute (AttrCache::kind).
enum AttrCacheKind : uint8_t {
  kInvalid = 0,
  kAbsent,    // the class has no such attribute: the instance dict or nothing
  kPlain,     // a non-descriptor class attribute, shadowed by the instance dict
  kFunction,  // a function: a method unless the instance dict shadows it
  kProperty,  // a property: its getter, whatever the instance dict holds
  // LOAD_METHOD on an object of a built-in type without attributes of its
  // own ('x'.upper, list.append): the type's method (never an instance's)
  kBuiltinMethod,
  // A namedtuple field (_tuplegetter) of a tuple subclass: item `index`
  // (these entries describe tuples, never Instances, and have no shape).
  kTupleField,
  // A slot's member_descriptor: the instance's slot (Instance::slots()) at
  // the descriptor's index, whatever its dict holds.
  kSlot,
};

// The hits the dispatch loop takes inline, without a call: the instruction's
// cache describes inst's class (unchanged since) and inst's shape. A code's
// caches are made all at once, one per instruction, when the first is needed. An
// instance with a dict has no shape, so matching a cached (non-null) shape
// also means it has no dict.
// An attribute held in the instance's shape, or null().
inline Value attr_cache_load_hit(VM& vm, const Code* code, uint32_t pc, const Instance* inst) {
  if (code->attr_cache.empty()) return Value::null();
  const AttrCache& c = code->attr_cache.data()[pc];
  if (c.load_shape != inst->shape || c.type != inst->type || c.version != vm.type_version) {
    return Value::null();
  }
  return inst->values[c.index];
}

// A method (a function of the class, not shadowed by the instance), or null().
inline Value attr_cache_method_hit(VM& vm, const Code* code, uint32_t pc, const Instance* inst) {
  if (code->attr_cache.empty()) return Value::null();
  const AttrCache& c = code->attr_cache.data()[pc];
  if (c.method_shape != inst->shape || c.type != inst->type || c.version != vm.type_version) {
    return Value::null();
  }
  return c.class_attr;
}

// The getter of a property found by the instruction's cache on inst's class
// (unchanged since), when it is a plain function of the instance alone
// (Code::kSimpleCall), for the dispatch loop to run as one of its frames;
// else null.
inline Function* attr_cache_property_hit(VM& vm, const Code* code, uint32_t pc, const Instance* inst) {
  if (code->attr_cache.empty()) return nullptr;
  const AttrCache& c = code->attr_cache.data()[pc];
  if (c.type != inst->type || c.version != vm.type_version || c.kind != kProperty) return nullptr;
  Value get = static_cast<const Property*>(c.class_attr.as_obj())->fget;
  if (!get.is_obj() || get.as_obj()->kind != ObjKind::Function) return nullptr;
  auto* fn = static_cast<Function*>(get.as_obj());
  if (fn->code->argcount != 1 || !(fn->code->code_flags & Code::kSimpleCall)) return nullptr;
  return fn;
}

// Stores over an attribute already in the instance's shape, or adds it
// when the cached transition applies and the instance has room for it
// (`self.x = x` in __init__): true when done.
inline bool attr_cache_store_hit(VM& vm, const Code* code, uint32_t pc, Instance* inst, Value value) {
  if (code->attr_cache.empty()) return false;
  const AttrCache& c = code->attr_cache.data()[pc];
  // Only names the shape holds (not a property, a namedtuple field or a slot).
  if (c.type != inst->type || c.version != vm.type_version || c.kind == kInvalid || c.kind >= kProperty ||
      inst->shape != c.shape || !c.shape) {
    return false;
  }
  if (c.next_shape) {
    if (c.index >= inst->aux) return false;
    inst->shape = c.next_shape;
  }
  inst->values[c.index] = value;
  return true;
}

// A namedtuple field read from a tuple subclass's instance (the cache
// describes its class, unchanged since), or null().
inline Value attr_cache_tuple_field_hit(VM& vm, const Code* code, uint32_t pc, const Tuple* t) {
  if (code->attr_cache.empty()) return Value::null();
  const AttrCache& c = code->attr_cache.data()[pc];
  if (c.type != t->type || c.version != vm.type_version || c.kind != kTupleField || c.index >= t->size) {
    return Value::null();
  }
  return t->items[c.index];
}

// After a generic load of `name` from t: when it was a namedtuple field of
// t's class (and the class has no attribute hooks), caches it for the hit above.
void attr_cache_note_tuple_field(VM& vm, Code* code, uint32_t pc, Tuple* t, Str* name);

// obj.name: the value, exception() (a property's getter raised), or null()
// when the generic lookup must run.
Value attr_cache_load(VM& vm, Code* code, uint32_t pc, Instance* inst, Str* name);
// obj.name(...): the class's function (to call with inst first), or null().
Value attr_cache_method(VM& vm, Code* code, uint32_t pc, Instance* inst, Str* name);
// obj.name(...) where obj's type is built in and obj cannot have attributes
// of its own (str, list, int, ...): the type's method, remembered for the
// next receiver of that type; null() when the generic path must run.
Value attr_cache_builtin_method(VM& vm, Code* code, uint32_t pc, Value obj, Str* name);
// Its inline hit: the method cached for obj's type, or null().
inline Value attr_cache_builtin_method_hit(VM& vm, const Code* code, uint32_t pc, Value obj) {
  if (code->attr_cache.empty()) return Value::null();
  const AttrCache& c = code->attr_cache.data()[pc];
  if (c.kind != kBuiltinMethod || c.type != vm.type_of(obj) || c.version != vm.type_version) {
    return Value::null();
  }
  return c.class_attr;
}
// obj.name = value: true when stored, false when the generic path must run.
bool attr_cache_store(VM& vm, Code* code, uint32_t pc, Instance* inst, Str* name, Value value);

}  // namespace coil::vm
