// Attribute storage of instances of classes written in coil (see Instance in
// vm/object.hpp and vm/shape.hpp): values named by a shared shape, until
// something needs a real dict.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/vm.hpp"

namespace coil::vm {

Instance* new_instance(VM& vm, Type* type) {
  // Room for as many attributes as the class's instances needed so far, so
  // that __init__ rarely has to move them out of line.
  uint32_t capacity = type->instance_capacity;
  uint32_t nslots = type->slot_count;
  auto* inst = vm.alloc<Instance>(ObjKind::Instance, type, sizeof(Value) * (nslots + capacity));
  inst->aux = capacity;
  inst->flags = static_cast<uint16_t>(nslots);
  for (uint32_t i = 0; i < nslots; ++i) inst->inline_values[i] = Value::null();
  inst->dict = nullptr;
  inst->shape = vm.shapes.root();
  inst->values = inst->inline_attrs();
  if (type->flags & Type::kHasFinalizer) {
    vm.finalizable.push_back(inst);
    vm.watch_drops = vm.drop_collect_budget > 0;
  }
  return inst;
}

void instance_append(VM& /*vm*/, Instance* inst, Shape* next, Value value) {
  uint32_t ix = next->count() - 1;
  if (ix >= inst->aux) {
    uint32_t capacity = std::max<uint32_t>({ix + 1, 4, std::min<uint32_t>(2 * inst->aux, ShapeTable::kMaxKeys)});
    auto* grown = static_cast<Value*>(std::malloc(sizeof(Value) * capacity));
    if (!grown) throw std::bad_alloc();
    if (ix) std::memcpy(grown, inst->values, sizeof(Value) * ix);
    if (inst->values != inst->inline_attrs()) std::free(inst->values);
    inst->values = grown;
    inst->aux = capacity;
  }
  Type* t = inst->type;
  if (ix >= t->instance_capacity) t->instance_capacity = ix + 1;
  inst->values[ix] = value;
  inst->shape = next;
}

Dict* instance_make_dict(VM& vm, Instance* inst) {
  if (inst->dict) return inst->dict;
  Dict* d = vm.new_dict();
  if (Shape* s = inst->shape) {
    for (uint32_t i = 0; i < s->count(); ++i) dict_set_str(vm, d, s->keys[i], inst->values[i]);
  }
  inst->dict = d;
  // The dict is the only store from now on.
  inst->shape = nullptr;
  if (inst->values && inst->values != inst->inline_attrs()) std::free(inst->values);
  inst->values = inst->inline_attrs();
  return d;
}

Value instance_own_attr(VM& vm, Value obj, Str* name) {
  if (obj.is_obj() && obj.as_obj()->kind == ObjKind::Instance) {
    auto* inst = static_cast<Instance*>(obj.as_obj());
    if (!inst->dict) {
      Shape* s = inst->shape;
      uint32_t ix = s ? s->find(name) : Shape::kNotFound;
      return ix == Shape::kNotFound ? Value::null() : inst->values[ix];
    }
    return dict_get_str(inst->dict, name);
  }
  Dict* d = instance_dict(vm, obj, false);
  return d ? dict_get_str(d, name) : Value::null();
}

int instance_set_attr(VM& vm, Instance* inst, Str* name, Value value) {
  if (!inst->dict) {
    Shape* s = inst->shape ? inst->shape : vm.shapes.root();
    uint32_t ix = s->find(name);
    if (ix != Shape::kNotFound && !value.is_null()) {
      inst->values[ix] = value;
      return 1;
    }
    if (ix == Shape::kNotFound && value.is_null()) return 0;
    if (ix == Shape::kNotFound) {
      // As CPython does, attribute names become interned.
      Str* key = (name->flags & Str::kInterned) ? name : vm.intern(name->view());
      if (Shape* next = vm.shapes.add(s, key)) {
        instance_append(vm, inst, next, value);
        return 1;
      }
    }
    // Deleting, or past the shape limits: a dict from now on.
    instance_make_dict(vm, inst);
  }
  if (value.is_null()) {
    int r = dict_del(vm, inst->dict, Value::object(name));
    return r;
  }
  dict_set_str(vm, inst->dict, name, value);
  return 1;
}

int instance_set_dict(VM& vm, Instance* inst, Value value) {
  if (!value.is_null() && !(value.is_obj() && value.as_obj()->kind == ObjKind::Dict)) {
    vm.raise_fmt(vm.types.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                 type_name(vm, value));
    return -1;
  }
  // `del obj.__dict__` leaves the instance with a fresh empty one.
  Dict* d = value.is_null() ? vm.new_dict() : static_cast<Dict*>(value.as_obj());
  instance_make_dict(vm, inst);
  inst->dict = d;
  return 0;
}

}  // namespace coil::vm
