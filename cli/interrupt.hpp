// Ctrl-C for the coil command: a SIGINT handler that asks the running VM to
// raise KeyboardInterrupt and makes a line reader waiting at the prompt
// give up its line.
#pragma once

#include "coil/coil.hpp"

namespace coil::cli {

// Installs the handler (without SA_RESTART, so a blocked read returns EINTR).
void install_sigint_handler();
// The VM the handler interrupts (null: none).
void set_interrupt_target(coil::VM* vm);
// Whether a SIGINT arrived since the last call; clears the flag.
bool take_sigint();
// One byte from `fd` (0-255); -1 at end of input or on an error; -2 when a
// SIGINT arrived before or during the wait (the flag stays set for
// take_sigint).
int read_byte_unless_interrupted(int fd);

}  // namespace coil::cli
