// The REPL (see repl.hpp). Completeness and echo come from the library
// (VM::input_complete, VM::run_interactive); this file keeps the buffer of
// lines, the prompts and CPython's Ctrl-C / Ctrl-D / exit-status behaviour.
#include "cli/repl.hpp"

#include <cstdio>
#include <string>

#include "cli/interrupt.hpp"
#include "cli/report.hpp"

namespace coil::cli {

namespace {

const char* const kPrompt1 = ">>> ";
const char* const kPrompt2 = "... ";

}  // namespace

void print_banner() {
  std::fprintf(stderr, "coil %s (Python 3.11 language) on linux\n", coil::kVersion);
}

int run_repl(coil::VM& vm, LineReader& reader, bool banner) {
  if (banner) print_banner();
  std::string buffer;
  bool last_interrupted = false;
  for (;;) {
    std::string line;
    ReadStatus st = reader.read(buffer.empty() ? kPrompt1 : kPrompt2, line);
    if (st == ReadStatus::Interrupted) {
      std::fputs("\nKeyboardInterrupt\n", stderr);
      buffer.clear();
      vm.clear_interrupt();
      continue;
    }
    bool eof = st == ReadStatus::Eof;
    if (eof) {
      std::fputs("\n", stderr);
      if (buffer.empty()) return last_interrupted ? 130 : 0;
      // End of input inside an unfinished input runs (or reports) it; the
      // next read then sees end of input again, as in CPython.
    } else {
      buffer += line;
      buffer += '\n';
      if (!vm.input_complete(buffer)) continue;
    }
    std::string source = std::move(buffer);
    buffer.clear();
    take_sigint();
    vm.clear_interrupt();
    coil::RunResult r = vm.run_interactive(source);
    std::fflush(stdout);
    last_interrupted = false;
    if (r) continue;
    const coil::Error& err = r.error();
    if (err.is_system_exit) {
      std::fputs(err.formatted.c_str(), stderr);
      return err.exit_code;
    }
    print_uncaught(vm, err);
    last_interrupted = err.type == "KeyboardInterrupt";
  }
}

}  // namespace coil::cli
