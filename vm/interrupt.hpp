// Ctrl-C (VM::interrupt_requested) at a point where the program may go on.
#pragma once

#include "vm/vm.hpp"

namespace coil::vm {

// Clears the request and does what the program asked for SIGINT through the
// signal module (its `_sigint_action`): by default raises KeyboardInterrupt,
// with SIG_IGN nothing, with a handler calls handler(SIGINT, None). Returns
// exception() when something was raised, none() when the program goes on.
Value handle_interrupt(VM& vm);

}  // namespace coil::vm
