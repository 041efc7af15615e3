// Limits while native code waits (time.sleep, the event loop's waits): the
// rest of the interface is on VM (vm/vm.hpp: charge, check_limits).
#pragma once

#include "vm/vm.hpp"

namespace coil::vm {

// For code that waits rather than works: takes a pending interrupt, and
// ends the wait when the run's time limit has passed. False with
// KeyboardInterrupt or LimitExceeded pending.
bool poll_limits_waiting(VM& vm);

}  // namespace coil::vm
