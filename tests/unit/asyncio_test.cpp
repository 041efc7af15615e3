// The asyncio event loop seen from a host: VM::interrupt() wakes a loop
// that sleeps until a far timer or blocks in its I/O wait, post() from
// another thread wakes that wait too, Config::virtual_time makes sleeping
// instant with the clocks following, and Config::allow_network gates
// sockets.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

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
  // One interrupt, sent once the script is about to sleep: it must wake the
  // loop (not wait out the 30 s timer) and raise KeyboardInterrupt there.
  std::string out;
  std::atomic<bool> about_to_sleep{false};
  coil::Config c = quiet_config(&out);
  c.write_out = [&](std::string_view s) {
    out.append(s);
    if (out.find("sleeping\n") != std::string::npos) about_to_sleep = true;
  };
  coil::VM vm(c);
  std::thread interrupter([&] {
    while (!about_to_sleep) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    vm.interrupt();
  });
  auto start = std::chrono::steady_clock::now();
  coil::RunResult r = vm.run_string(
      "import asyncio\n"
      "async def main():\n"
      "    try:\n"
      "        print('sleeping')\n"
      "        await asyncio.sleep(30)\n"
      "    finally:\n"
      "        print('cleanup')\n"
      "asyncio.run(main())\n");
  interrupter.join();
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "KeyboardInterrupt");
  EXPECT_LT(elapsed, std::chrono::seconds(10));
  // asyncio.run cancels the main task on the way out: its finally ran.
  EXPECT_EQ(out, "sleeping\ncleanup\n");
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

TEST(AsyncioLoop, InterruptWakesALoopBlockedOnASocket) {
  // The loop waits in epoll for a read nothing will satisfy, with no timer.
  std::string out;
  std::atomic<bool> waiting{false};
  coil::Config c = quiet_config(&out);
  c.write_out = [&](std::string_view s) {
    out.append(s);
    if (out.find("reading\n") != std::string::npos) waiting = true;
  };
  coil::VM vm(c);
  std::thread interrupter([&] {
    while (!waiting) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    vm.interrupt();
  });
  auto start = std::chrono::steady_clock::now();
  coil::RunResult r = vm.run_string(
      "import asyncio, socket\n"
      "async def main():\n"
      "    a, b = socket.socketpair()\n"
      "    a.setblocking(False)\n"
      "    print('reading')\n"
      "    await asyncio.get_running_loop().sock_recv(a, 10)\n"
      "asyncio.run(main())\n");
  interrupter.join();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "KeyboardInterrupt");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST(AsyncioLoop, PostWakesALoopBlockedOnASocket) {
  // A descriptor is watched (never ready) while the script awaits a host
  // future that another thread completes through post(): the epoll wait
  // must end when the work is posted.
  std::string out;
  coil::Config c = quiet_config(&out);
  coil::VM vm(c);
  std::vector<coil::Future> pending;
  vm.module("host").def("work", [&pending](coil::VM& v) {
    coil::Future f(v);
    pending.push_back(f);
    return f;
  });
  std::thread worker;
  vm.module("host").def("start_worker", [&]() {
    coil::VM* target = &vm;
    worker = std::thread([target, f = pending.back()]() mutable {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      target->post([f = std::move(f)](coil::VM&) mutable { f.set_result("posted").value(); });
    });
  });
  auto start = std::chrono::steady_clock::now();
  coil::RunResult r = vm.run_string(
      "import asyncio, socket, host\n"
      "async def main():\n"
      "    a, b = socket.socketpair()\n"
      "    loop = asyncio.get_running_loop()\n"
      "    loop.add_reader(a, print, 'never')\n"
      "    f = host.work()\n"
      "    host.start_worker()\n"
      "    print(await f)\n"
      "    loop.remove_reader(a)\n"
      "asyncio.run(main())\n");
  worker.join();
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(out, "posted\n");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(AsyncioLoop, NetworkSwitchRefusesSockets) {
  std::string out;
  coil::Config c = quiet_config(&out);
  c.allow_network = false;
  coil::VM vm(c);
  coil::RunResult r = vm.run_string(
      "import socket\n"
      "for call in (socket.socket, socket.socketpair, lambda: socket.getaddrinfo('127.0.0.1', 80)):\n"
      "    try:\n"
      "        call()\n"
      "    except PermissionError as e:\n"
      "        print(e)\n");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(out,
            "socket() is disabled: the host does not allow network access\n"
            "socketpair() is disabled: the host does not allow network access\n"
            "getaddrinfo() is disabled: the host does not allow network access\n");
}

}  // namespace
