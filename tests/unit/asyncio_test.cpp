// The asyncio event loop seen from a host: VM::interrupt() wakes a loop
// that sleeps until a far timer, and Config::virtual_time makes sleeping
// instant with the clocks following.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "coil/coil.hpp"

namespace {

coil::Config quiet_config(std::string* out) {
  coil::Config c;
  c.write_out = [out](std::string_view s) { out->append(s); };
  c.write_err = [](std::string_view) {};
  c.allow_file_access = false;
  return c;
}

TEST(AsyncioLoop, InterruptWakesASleepingLoop) {
  std::string out;
  coil::VM vm(quiet_config(&out));
  std::atomic<bool> done{false};
  std::thread interrupter([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    while (!done) {
      vm.interrupt();
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  });
  auto start = std::chrono::steady_clock::now();
  coil::RunResult r = vm.run_string(
      "import asyncio\n"
      "async def main():\n"
      "    try:\n"
      "        await asyncio.sleep(30)\n"
      "    finally:\n"
      "        print('cleanup')\n"
      "asyncio.run(main())\n");
  done = true;
  interrupter.join();
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "KeyboardInterrupt");
  EXPECT_LT(elapsed, std::chrono::seconds(2));
  // asyncio.run cancels the main task on the way out: its finally ran.
  EXPECT_EQ(out, "cleanup\n");
}

TEST(AsyncioLoop, VirtualTimeSleepsInstantly) {
  std::string out;
  coil::Config c = quiet_config(&out);
  c.virtual_time = true;
  coil::VM vm(c);
  auto start = std::chrono::steady_clock::now();
  coil::RunResult r = vm.run_string(
      "import asyncio, time\n"
      "t0 = time.time(); m0 = time.monotonic()\n"
      "async def main():\n"
      "    loop = asyncio.get_running_loop()\n"
      "    l0 = loop.time()\n"
      "    await asyncio.sleep(3600)\n"
      "    time.sleep(60)\n"
      "    print(round(loop.time() - l0), round(time.time() - t0), round(time.monotonic() - m0))\n"
      "asyncio.run(main())\n");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
  EXPECT_EQ(out, "3660 3660 3660\n");
}

}  // namespace
