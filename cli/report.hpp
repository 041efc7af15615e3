// Reporting an exception nothing caught, for the CLI and the REPL.
#pragma once

#include "coil/coil.hpp"

namespace coil::cli {

// Shows an uncaught exception (not SystemExit) as CPython's PyErr_Print
// does: through sys.excepthook when the program replaced it (with
// "Error in sys.excepthook:" and the original when the hook fails), else
// the traceback on stderr.
void print_uncaught(coil::VM& vm, const coil::Error& err);

}  // namespace coil::cli
