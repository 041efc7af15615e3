// Modules: the module type's repr (attribute access goes through the
// module's dict; importing is vm/modules.cpp's).
#include <string>

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
  return vm.str_value("<module '" + std::string(m->name->view()) + "' (built-in)>");
}

void init_module_type(VM& vm) {
  vm.types.module->slots.repr = module_repr;
}

}  // namespace coil::vm
