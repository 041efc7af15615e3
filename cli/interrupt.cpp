// Ctrl-C handling (see interrupt.hpp). The CLI runs one VM at a time, so
// the handler's target is a process-wide pointer; the library has none.
#include "cli/interrupt.hpp"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

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

int read_byte_unless_interrupted(int fd) {
  // SIGINT stays blocked except inside ppoll, which unblocks it atomically:
  // a Ctrl-C that lands just before the wait (while the line editor is still
  // drawing its prompt) is not lost, it ends the wait at once.
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  int result = -1;
  for (;;) {
    if (g_sigint) {
      result = -2;
      break;
    }
    struct pollfd p {};
    p.fd = fd;
    p.events = POLLIN;
    int r = ppoll(&p, 1, nullptr, &old);
    if (r < 0) {
      if (errno == EINTR) continue;
      break;
    }
    unsigned char c;
    ssize_t n = read(fd, &c, 1);
    if (n == 1) {
      result = c;
      break;
    }
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    break;  // end of input or an error
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return result;
}

}  // namespace coil::cli
