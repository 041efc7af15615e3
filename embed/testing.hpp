// For coil's own tests only: the interpreter behind a coil::VM, so unit
// tests can reach the VM core (collect, count objects, compile). Hosts use
// include/coil/coil.hpp, which exposes no internal type.
#pragma once

#include "coil/coil.hpp"
#include "embed/api_internal.hpp"
#include "vm/vm.hpp"

namespace coil::testing {

inline vm::VM& internal(coil::VM& vm) { return detail::Access::vm(vm); }

}  // namespace coil::testing
