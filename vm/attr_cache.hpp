// Inline caches of the attribute instructions on instances of classes
// written in coil (see vm/attr_cache.cpp). Each call names the instruction by
// its index in `code`.
#pragma once

#include "vm/vm.hpp"

namespace coil::vm {

// obj.name: the value, exception() (a property's getter raised), or null()
// when the generic lookup must run.
Value attr_cache_load(VM& vm, Code* code, uint32_t pc, Instance* inst, Str* name);
// obj.name(...): the class's function (to call with inst first), or null().
Value attr_cache_method(VM& vm, Code* code, uint32_t pc, Instance* inst, Str* name);
// obj.name = value: true when stored, false when the generic path must run.
bool attr_cache_store(VM& vm, Code* code, uint32_t pc, Instance* inst, Str* name, Value value);

}  // namespace coil::vm
