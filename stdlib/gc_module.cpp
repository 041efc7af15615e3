// The `gc` module: collect() runs a full collection now.  coil has no
// reference counting, so its tracing collector reclaims everything; disable()
// therefore only records the setting (memory must stay bounded either way,
// as it does under CPython, whose reference counting keeps freeing).
#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"

namespace coil::vm {

namespace {

constexpr const char* kEnabledKey = "_enabled";

Value gc_collect(VM& vm, Value* args, int nargs, Tuple* kw) {
  (void)args;
  if (!no_kwargs(vm, "collect", kw) || !check_nargs(vm, "collect", nargs, 0, 1)) {
    return Value::exception();
  }
  size_t before = vm.heap.object_count();
  vm.collect_garbage();
  if (!vm.pending.is_null()) return Value::exception();
  size_t after = vm.heap.object_count();
  return Value::small_int(before > after ? static_cast<int64_t>(before - after) : 0);
}

Value gc_set_enabled(VM& vm, bool on) {
  Value m = dict_get_str(vm.modules, vm.intern("gc"));
  if (m.is_obj() && m.as_obj()->kind == ObjKind::Module) {
    vm.set_global(static_cast<Module*>(m.as_obj())->dict, kEnabledKey, Value::boolean(on));
  }
  return Value::none();
}

Value gc_enable(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "enable", kw) || !check_nargs(vm, "enable", nargs, 0, 0)) return Value::exception();
  return gc_set_enabled(vm, true);
}

Value gc_disable(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "disable", kw) || !check_nargs(vm, "disable", nargs, 0, 0)) return Value::exception();
  return gc_set_enabled(vm, false);
}

Value gc_isenabled(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "isenabled", kw) || !check_nargs(vm, "isenabled", nargs, 0, 0)) {
    return Value::exception();
  }
  Value m = dict_get_str(vm.modules, vm.intern("gc"));
  if (!m.is_obj() || m.as_obj()->kind != ObjKind::Module) return Value::boolean(true);
  Value on = dict_get_str(static_cast<Module*>(m.as_obj())->dict, vm.intern(kEnabledKey));
  return Value::boolean(on.is_null() || vm.truthy(on) > 0);
}

}  // namespace

Module* init_gc_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("gc"));
  add_function(vm, m->dict, "collect", gc_collect);
  add_function(vm, m->dict, "enable", gc_enable);
  add_function(vm, m->dict, "disable", gc_disable);
  add_function(vm, m->dict, "isenabled", gc_isenabled);
  return m;
}

}  // namespace coil::vm
