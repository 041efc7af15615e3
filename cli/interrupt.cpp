// Ctrl-C handling (see interrupt.hpp). The CLI runs one VM at a time, so
// the handler's target is a process-wide pointer; the library has none.
#include "cli/interrupt.hpp"

#include <signal.h>

namespace coil::cli {

namespace {

coil::VM* volatile g_target = nullptr;
volatile sig_atomic_t g_sigint = 0;

void on_sigint(int) {
  g_sigint = 1;
  if (coil::VM* vm = g_target) vm->interrupt();
}

}  // namespace

void install_sigint_handler() {
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  sigaction(SIGINT, &sa, nullptr);
}

void set_interrupt_target(coil::VM* vm) { g_target = vm; }

bool take_sigint() {
  bool was = g_sigint != 0;
  g_sigint = 0;
  return was;
}

}  // namespace coil::cli
