// Unit tests of the event loop driven by the host and the futures it
// completes (include/coil/async.hpp, VM::spawn/run_ready/advance_clock/
// post): scripts awaiting host futures (with gather, wait_for, timeouts and
// cancellation), run_ready never blocking and telling when the next timer is
// due, the virtual clock the host advances, and post() from other threads
// waking a loop blocked in asyncio.run().
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "coil/coil.hpp"

namespace {

struct Host {
  std::string out;
  coil::VM vm;
  explicit Host(bool virtual_time = true) : vm(config(out, virtual_time)) {}
  static coil::Config config(std::string& out, bool virtual_time) {
    coil::Config c;
    c.virtual_time = virtual_time;
    c.write_out = [&out](std::string_view s) { out += s; };
    return c;
  }
  void run(const std::string& source) {
    coil::RunResult r = vm.run_string(source, "script.py");
    ASSERT_TRUE(r) << r.error().formatted;
  }
  // Spawns the coroutine main() defined by the script.
  coil::Value spawn_main() { return vm.spawn(vm.get_global("main").value()().value()).value(); }
};

TEST(EmbedAsync, RunReadyRunsDueTimersAndReportsTheNextOne) {
  Host h;
  h.run("import asyncio\n"
        "async def main():\n"
        "    print('start')\n"
        "    await asyncio.sleep(1.5)\n"
        "    print('after 1.5')\n"
        "    await asyncio.sleep(1)\n"
        "    return 'done'\n");
  coil::Value task = h.spawn_main();
  coil::LoopStatus s = h.vm.run_ready().value();
  EXPECT_EQ(h.out, "start\n");
  ASSERT_TRUE(s.next_timer);
  EXPECT_DOUBLE_EQ(*s.next_timer, 1.5);
  EXPECT_GT(s.ran, 0u);
  h.vm.advance_clock(1.0).value();
  s = h.vm.run_ready().value();
  EXPECT_EQ(h.out, "start\n");  // not due yet: nothing ran
  EXPECT_EQ(s.ran, 0u);
  EXPECT_DOUBLE_EQ(*s.next_timer, 0.5);
  h.vm.advance_clock(0.5).value();
  h.vm.run_ready().value();
  EXPECT_EQ(h.out, "start\nafter 1.5\n");
  h.vm.advance_clock(5).value();
  s = h.vm.run_ready().value();
  EXPECT_TRUE(s.idle());
  EXPECT_EQ(task.call_method("result").value().as<std::string>(), "done");
}

TEST(EmbedAsync, TheClockIsTheHostsUnderVirtualTime) {
  Host h;
  double t0 = h.vm.clock();
  h.vm.advance_clock(2.25).value();
  EXPECT_DOUBLE_EQ(h.vm.clock() - t0, 2.25);
  h.run("import time\nt = time.monotonic()\n");
  EXPECT_DOUBLE_EQ(h.vm.get_global("t").value().as<double>(), h.vm.clock());
  EXPECT_EQ(std::string(h.vm.advance_clock(-1).error().what()),
            "ValueError: advance_clock() needs a step of 0 seconds or more");
  Host real(false);
  EXPECT_EQ(real.vm.advance_clock(1).error().type, "RuntimeError");
}

TEST(EmbedAsync, ScriptsAwaitHostFuturesLikeAnyFuture) {
  Host h;
  std::vector<coil::Future> pending;
  h.vm.module("host").def("fetch", [&pending](coil::VM& vm, std::string what) {
    coil::Future f(vm);
    pending.push_back(f);
    (void)what;
    return f;
  }, coil::arg("what"));
  h.run("import asyncio, host\n"
        "async def main():\n"
        "    a, b = await asyncio.gather(host.fetch('a'), host.fetch('b'))\n"
        "    print('got', a, b)\n"
        "    try:\n"
        "        await host.fetch('c')\n"
        "    except KeyError as e:\n"
        "        print('failed', repr(e))\n"
        "    return a + b\n");
  coil::Value task = h.spawn_main();
  h.vm.run_ready().value();
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_TRUE(h.vm.run_ready().value().idle());  // only the host can wake it
  pending[1].set_result(2).value();
  h.vm.run_ready().value();
  EXPECT_EQ(h.out, "");
  pending[0].set_result(40).value();
  h.vm.run_ready().value();
  EXPECT_EQ(h.out, "got 40 2\n");
  ASSERT_EQ(pending.size(), 3u);
  pending[2].set_exception(coil::Error("KeyError", "c")).value();
  h.vm.run_ready().value();
  EXPECT_EQ(h.out, "got 40 2\nfailed KeyError('c')\n");
  EXPECT_EQ(task.call_method("result").value().as<int>(), 42);
  // Completing twice is the script's InvalidStateError, not a crash.
  EXPECT_EQ(pending[0].set_result(1).error().type, "InvalidStateError");
  EXPECT_TRUE(pending[0].done());
}

TEST(EmbedAsync, TimeoutsAndCancellationTellTheHost) {
  Host h;
  std::vector<coil::Future> pending;
  std::vector<std::string> cancelled;
  h.vm.module("host").def("job", [&](coil::VM& vm, std::string name) {
    coil::Future f(vm);
    f.on_cancel([&cancelled, name] { cancelled.push_back(name); });
    pending.push_back(f);
    return f;
  }, coil::arg("name"));
  h.run("import asyncio, host\n"
        "async def main():\n"
        "    try:\n"
        "        await asyncio.wait_for(host.job('slow'), timeout=2)\n"
        "    except asyncio.TimeoutError:\n"
        "        print('timed out')\n"
        "    t = asyncio.ensure_future(host.job('dropped'))\n"
        "    await asyncio.sleep(0)\n"
        "    t.cancel()\n"
        "    kept = await asyncio.shield(host.job('kept'))\n"
        "    print('kept', kept)\n");
  coil::Value task = h.spawn_main();
  h.vm.run_ready().value();
  h.vm.advance_clock(2).value();
  h.vm.run_ready().value();
  EXPECT_EQ(h.out, "timed out\n");
  EXPECT_EQ(cancelled, (std::vector<std::string>{"slow", "dropped"}));
  ASSERT_EQ(pending.size(), 3u);
  EXPECT_TRUE(pending[0].cancelled());
  EXPECT_TRUE(pending[1].cancelled());
  EXPECT_FALSE(pending[2].done());
  pending[2].set_result("yes").value();
  h.vm.run_ready().value();
  EXPECT_EQ(h.out, "timed out\nkept yes\n");
  EXPECT_TRUE(task.call_method("done").value().as_bool());
}

TEST(EmbedAsync, RunReadyNeverBlocksOnASpinningTask) {
  Host h;
  h.run("import asyncio\n"
        "n = 0\n"
        "async def main():\n"
        "    global n\n"
        "    while True:\n"
        "        n += 1\n"
        "        await asyncio.sleep(0)\n");
  h.spawn_main();
  coil::LoopStatus s = h.vm.run_ready(10).value();
  EXPECT_EQ(s.ready, 1u);
  EXPECT_FALSE(s.idle());
  EXPECT_EQ(h.vm.get_global("n").value().as<int>(), 10);  // one step per iteration, as in CPython
}

TEST(EmbedAsync, PostFromAnotherThreadWakesABlockedLoop) {
  Host h(false);  // the real clock: asyncio.run() really waits
  std::vector<coil::Future> pending;
  h.vm.module("host").def("work", [&pending](coil::VM& vm) {
    coil::Future f(vm);
    pending.push_back(f);
    return f;
  });
  std::thread worker;
  h.vm.module("host").def("start_worker", [&]() {
    coil::VM* vm = &h.vm;
    // Handles are moved, never copied, on the worker thread (a copy would
    // touch the VM from there).
    worker = std::thread([vm, f = pending.back()]() mutable {
      std::this_thread::sleep_for(std::chrono::milliseconds(30));
      vm->post([f = std::move(f)](coil::VM&) mutable { f.set_result("from the worker").value(); });
    });
  });
  auto started = std::chrono::steady_clock::now();
  h.run("import asyncio, host\n"
        "async def main():\n"
        "    f = host.work()\n"
        "    host.start_worker()\n"
        "    print(await f)\n"
        "asyncio.run(main())\n");
  worker.join();
  EXPECT_EQ(h.out, "from the worker\n");
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
}

TEST(EmbedAsync, PostedWorkRunsAtTheNextRunReady) {
  Host h;
  h.run("log = []\n");
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&h, i] {
      h.vm.post([i](coil::VM& vm) { vm.get_global("log").value().call_method("append", i).value(); });
    });
  }
  for (auto& t : threads) t.join();
  coil::Value log = h.vm.get_global("log").value();
  EXPECT_EQ(log.size().value(), 0);
  h.vm.run_ready().value();
  EXPECT_EQ(log.size().value(), 4);
  h.vm.post([](coil::VM&) { throw std::runtime_error("oops"); });  // reported, not fatal
  EXPECT_TRUE(h.vm.run_ready());
}

TEST(EmbedAsync, FuturesAndTasksSurviveGcStress) {
  coil::Config config;
  config.virtual_time = true;
  config.gc_stress = true;
  std::string out;
  config.write_out = [&out](std::string_view s) { out += s; };
  coil::VM vm(config);
  std::vector<coil::Future> pending;
  vm.module("host").def("later", [&pending](coil::VM& v) {
    coil::Future f(v);
    pending.push_back(f);
    return f;
  });
  ASSERT_TRUE(vm.run_string("import asyncio, host\n"
                            "async def main():\n"
                            "    xs = await asyncio.gather(*[host.later() for _ in range(3)])\n"
                            "    await asyncio.sleep(0.5)\n"
                            "    print([x * 2 for x in xs])\n"));
  coil::Value task = vm.spawn(vm.get_global("main").value()().value()).value();
  vm.run_ready().value();
  vm.collect_garbage();
  for (size_t i = 0; i < pending.size(); ++i) pending[i].set_result(std::vector<int>{int(i)}).value();
  vm.run_ready().value();
  vm.advance_clock(0.5).value();
  vm.run_ready().value();
  EXPECT_EQ(out, "[[0, 0], [1, 1], [2, 2]]\n");
}

}  // namespace
