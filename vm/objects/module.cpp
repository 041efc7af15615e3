// Modules: the module type's repr (attribute access goes through the
// module's dict; importing is vm/modules.cpp's).
#include <string>

#include "vm/args.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

static Value module_repr(VM& vm, Value self) {
  auto* m = static_cast<Module*>(self.as_obj());
  Value file = dict_get_str(m->dict, vm.names.__file__);
  if (!file.is_null() && is_str(file)) {
    return vm.str_value("<module '" + std::string(m->name->view()) + "' from '" +
                        std::string(as_str(file)->view()) + "'>");
  }
  // A module made by module(name) (importlib's module_from_spec) has a
  // __loader__ and no file: CPython shows just its name. coil's own
  // imports set no __loader__.
  if (!dict_get_str(m->dict, vm.intern("__loader__")).is_null()) {
    return vm.str_value("<module '" + std::string(m->name->view()) + "'>");
  }
  return vm.str_value("<module '" + std::string(m->name->view()) + "' (built-in)>");
}

// module(name, doc=None), i.e. types.ModuleType: an empty module with
// CPython's initial attributes (__package__, __loader__, __spec__ None).
static Value module_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  static const ArgSpec kModuleArgs{"module", "name, doc=None"};
  Value a[2];
  if (!kModuleArgs.parse(vm, args, nargs, kwnames, a)) return Value::exception();
  if (!is_str(a[0])) return raise_bad_argument(vm, "module", "name", "str", a[0]);
  RootScope roots(vm);
  Module* m = vm.new_module(as_str(a[0]));
  roots.add(Value::object(m));
  dict_set_str(vm, m->dict, vm.names.__doc__, a[1]);
  for (const char* name : {"__package__", "__loader__", "__spec__"}) {
    dict_set_str(vm, m->dict, vm.intern(name), Value::none());
  }
  return Value::object(m);
}

void init_module_type(VM& vm) {
  vm.types.module->slots.repr = module_repr;
  vm.types.module->constructor = module_new;
}

}  // namespace coil::vm
