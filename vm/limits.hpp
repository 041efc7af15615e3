// Limits while native code waits (time.sleep, the event loop's waits): the
// rest of the interface is on VM (vm/vm.hpp: charge, check_limits).
#pragma once

#include "vm/vm.hpp"

namespace coil::vm {

// For code that waits rather than works: takes a pending interrupt, and
// ends the wait when the run's time limit has passed. False with
// KeyboardInterrupt or LimitExceeded pending.
bool poll_limits_waiting(VM& vm);

// How long (ms) a blocking wait that wanted `want_ms` (-1: forever) may
// block so that it ends by the run's deadline, for waits in the OS
// (epoll_wait, poll); then poll_limits_waiting raises LimitExceeded.
int limit_wait_ms(const VM& vm, int want_ms);

}  // namespace coil::vm
