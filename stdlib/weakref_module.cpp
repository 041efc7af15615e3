// `_weakref`: what stdlib/lib/weakref.py builds weak references on. The
// ref, proxy and container classes are written in coil; an instance is
// registered here with its referent in the VM's weak reference table
// (vm/weakref.hpp), which the collector clears when the referent dies,
// queueing the callback.
#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"

namespace coil::vm {

namespace {

// Whether CPython gives objects like `v` a weak reference list: instances
// of classes written in Python (unless every class in the MRO has
// __slots__ and none lists '__weakref__'; int, bytes and tuple subclasses
// have no room for one) and functions, methods, classes, sets, generators,
// code, modules, memoryviews and the native library's objects; not
// object(), numbers, strings, tuples, lists, dicts and the like themselves.
bool weakrefable(VM& vm, Value v) {
  if (!v.is_obj()) return false;
  Obj* o = v.as_obj();
  switch (o->kind) {
    case ObjKind::Function:
    case ObjKind::NativeFunction:
    case ObjKind::BoundMethod:
    case ObjKind::Type:
    case ObjKind::Set:
    case ObjKind::Generator:
    case ObjKind::Code:
    case ObjKind::Module:
    case ObjKind::MemoryView:
    case ObjKind::Foreign:
      return true;
    case ObjKind::BigInt:
    case ObjKind::Bytes:
    case ObjKind::Tuple:
      return false;
    default:
      break;
  }
  Type* t = o->type;
  if (!(t->flags & Type::kHeapType)) return false;
  if (!(t->flags & Type::kSlotted)) return true;
  Str* name = vm.intern("__weakref__");
  for (Type* m : t->mro) {
    if (!(m->flags & Type::kHeapType)) continue;
    int has = slots_contain(vm, dict_get_str(m->dict, vm.names.__slots__), name);
    if (has < 0) vm.pending = Value::null();
    if (has > 0) return true;
  }
  return false;
}

// register(ref, obj, callback, kind): makes `ref` a weak reference to obj;
// kind 0 is the basic ref, 1 the basic proxy, 2 any other (see WeakRefTable::Kind).
Value weakref_register(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!positional_args(vm, "register", nargs, kw, 4, 4)) return Value::exception();
  if (!args[0].is_obj() || !args[3].is_int() || args[3].as_int() < 0 || args[3].as_int() > 2) {
    return vm.raise(vm.types.TypeError, "register(ref, obj, callback, kind)");
  }
  if (!weakrefable(vm, args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "cannot create weak reference to '%s' object", type_name(vm, args[1]));
  }
  auto kind = static_cast<WeakRefTable::Kind>(args[3].as_int());
  vm.weakrefs.add(args[0].as_obj(), args[1].as_obj(), args[2], kind);
  vm.watch_drops = vm.drop_collect_budget > 0;
  return Value::none();
}

// get(ref): the referent, None once it died (a method: ref.__call__).
Value weakref_get(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!positional_args(vm, "get", nargs, kw, 1, 1)) return Value::exception();
  Obj* o = args[0].is_obj() ? vm.weakrefs.referent(args[0].as_obj()) : nullptr;
  return o ? Value::object(o) : Value::none();
}

// callback(ref): ref.__callback__ (None once the referent died).
Value weakref_callback(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!positional_args(vm, "callback", nargs, kw, 1, 1)) return Value::exception();
  return args[0].is_obj() ? vm.weakrefs.callback(args[0].as_obj()) : Value::none();
}

// basic(obj, kind): the basic ref (0) or proxy (1) to obj, or None.
Value weakref_basic(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!positional_args(vm, "basic", nargs, kw, 2, 2)) return Value::exception();
  if (!args[0].is_obj() || !args[1].is_int()) return Value::none();
  Obj* r = vm.weakrefs.basic(args[0].as_obj(), static_cast<WeakRefTable::Kind>(args[1].as_int() != 0));
  return r ? Value::object(r) : Value::none();
}

Value weakref_getweakrefcount(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!positional_args(vm, "getweakrefcount", nargs, kw, 1, 1)) return Value::exception();
  const std::vector<Obj*>* refs = args[0].is_obj() ? vm.weakrefs.refs_to(args[0].as_obj()) : nullptr;
  return Value::small_int(refs ? static_cast<int64_t>(refs->size()) : 0);
}

Value weakref_getweakrefs(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!positional_args(vm, "getweakrefs", nargs, kw, 1, 1)) return Value::exception();
  const std::vector<Obj*>* refs = args[0].is_obj() ? vm.weakrefs.refs_to(args[0].as_obj()) : nullptr;
  List* out = vm.new_list(refs ? refs->size() : 0);
  if (refs) {
    for (Obj* r : *refs) out->items.push_back(Value::object(r));
  }
  return Value::object(out);
}

}  // namespace

Module* init_weakref_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("_weakref"));
  add_function(vm, m->dict, "register", weakref_register);
  add_function(vm, m->dict, "callback", weakref_callback);
  add_function(vm, m->dict, "basic", weakref_basic);
  add_function(vm, m->dict, "getweakrefcount", weakref_getweakrefcount);
  add_function(vm, m->dict, "getweakrefs", weakref_getweakrefs);
  // A method too: weakref.py's classes take it as __call__.
  NativeFunction* get = vm.new_native("get", weakref_get, true);
  dict_set_str(vm, m->dict, get->name, Value::object(get));
  return m;
}

}  // namespace coil::vm
