// `_greenlet`: the natives under the greenlet module (stdlib/lib/greenlet.py),
// over the VM's frame chains (vm/chain.hpp).
#include "stdlib/stdlib.hpp"
#include "vm/chain.hpp"

namespace coil::vm {

Module* init_greenlet_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("_greenlet")));
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static constexpr Entry kFunctions[] = {
      {"_switch", chain_switch_native}, {"chain", chain_new},         {"current", chain_current},
      {"owner", chain_owner},           {"set_owner", chain_set_owner}, {"state", chain_state},
      {"set_error", chain_set_error},
  };
  for (const Entry& e : kFunctions) {
    vm.set_global(m->dict, e.name, Value::object(vm.new_native(e.name, e.fn)));
  }
  return m;
}

}  // namespace coil::vm
