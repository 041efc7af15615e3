// Name lookups (socket.getaddrinfo, and connect/bind resolving a host name)
// can block in DNS for seconds; the run's time limit and VM::interrupt must
// still stop them. To have a lookup that hangs on any machine, this binary
// interposes getaddrinfo: names under hang.coil-test.invalid block until the
// test releases them; every other name goes to the C library's.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <netdb.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <string>
#include <thread>

#include "coil/coil.hpp"
#include "tests/unit/captured_output.hpp"

namespace {

constexpr const char* kHangingHost = "hang.coil-test.invalid";

// Test-only state shared with the interposed function (one per process).
std::atomic<bool> release_hanging_lookups{false};
std::atomic<int> hanging_lookups{0};

using GetAddrInfo = int (*)(const char*, const char*, const addrinfo*, addrinfo**);

}  // namespace

extern "C" int getaddrinfo(const char* host, const char* port, const addrinfo* hints, addrinfo** res) {
  if (host && std::strcmp(host, kHangingHost) == 0 && !(hints && (hints->ai_flags & AI_NUMERICHOST))) {
    ++hanging_lookups;
    // (Bounded, so a failing test cannot hang the suite.)
    for (int i = 0; i < 1000 && !release_hanging_lookups; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    --hanging_lookups;
    return EAI_NONAME;
  }
  static const auto next = reinterpret_cast<GetAddrInfo>(dlsym(RTLD_NEXT, "getaddrinfo"));
  return next(host, port, hints, res);
}

namespace {

// Lets the hanging lookups a test started finish, so none outlives it.
void release_lookups() {
  release_hanging_lookups = true;
  while (hanging_lookups > 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  release_hanging_lookups = false;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

TEST(Resolver, TimeLimitStopsAHangingLookup) {
  CapturedOutput o;
  coil::Config c = o.config();
  c.max_seconds = 0.2;
  coil::VM vm(c);
  auto t0 = std::chrono::steady_clock::now();
  coil::RunResult r = vm.run_string(std::string("import socket\nsocket.getaddrinfo('") + kHangingHost + "', 80)\n");
  double took = seconds_since(t0);
  release_lookups();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "LimitExceeded");
  EXPECT_EQ(r.error().message, "time limit exceeded (0.2 seconds)");
  EXPECT_LT(took, 5.0);
  // The same through connect(), which resolves the host itself.
  t0 = std::chrono::steady_clock::now();
  coil::RunResult r2 = vm.run_string(std::string("s = socket.socket()\ntry:\n    s.connect(('") + kHangingHost +
                                     "', 80))\nfinally:\n    s.close()\n");
  took = seconds_since(t0);
  release_lookups();
  ASSERT_FALSE(r2);
  EXPECT_EQ(r2.error().type, "LimitExceeded");
  EXPECT_LT(took, 5.0);
}

TEST(Resolver, InterruptStopsAHangingLookup) {
  CapturedOutput o;
  coil::VM vm(o.config());
  std::thread interrupter([&] {
    while (hanging_lookups == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    vm.interrupt();
  });
  coil::RunResult r = vm.run_string(std::string("import socket\nsocket.getaddrinfo('") + kHangingHost + "', 80)\n");
  interrupter.join();
  release_lookups();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "KeyboardInterrupt");
  ASSERT_TRUE(vm.run_string("print('after')\n"));
  EXPECT_EQ(o.out, "after\n");
}

// Lookups that finish still answer, numeric ones without a thread and
// names (localhost, from /etc/hosts) through one; a failed one is gaierror.
TEST(Resolver, LookupsStillAnswer) {
  CapturedOutput o;
  coil::VM vm(o.config());
  release_hanging_lookups = true;  // the hanging name fails at once here
  coil::RunResult r = vm.run_string(
      "import socket\n"
      "print(socket.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM)[0][4])\n"
      "print(('127.0.0.1', 8080) in [a[4] for a in socket.getaddrinfo('localhost', 8080, socket.AF_INET)])\n"
      "try:\n"
      "    socket.getaddrinfo('" + std::string(kHangingHost) + "', 80)\n"
      "except socket.gaierror as e:\n"
      "    print(type(e).__name__, e.errno == socket.EAI_NONAME)\n");
  release_hanging_lookups = false;
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(o.out, "('127.0.0.1', 80)\nTrue\ngaierror True\n");
}

}  // namespace
