// The interactive loop: CPython 3.11's classic REPL over a coil::VM.
#pragma once

#include "cli/line_reader.hpp"
#include "coil/coil.hpp"

namespace coil::cli {

// Reads, runs and echoes inputs until end of input. Returns the exit status:
// 0 at end of input (130 if the last input ended in KeyboardInterrupt, as
// CPython does), or the status of a SystemExit.
int run_repl(coil::VM& vm, LineReader& reader, bool banner);

// The one-line banner (also printed by `coil -i` before its prompt).
void print_banner();

}  // namespace coil::cli
