// Limits an embedder sets (coil::Config::max_heap_bytes, max_instructions,
// max_seconds, VM::set_deadline, VM::set_limits, VM::interrupt): each is per
// VM, raises where the script is, and leaves the VM usable for the next run.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "coil/coil.hpp"
#include "tests/unit/captured_output.hpp"
#include "embed/testing.hpp"
#include "vm/vm.hpp"

namespace {

constexpr const char* kGrowList =
    "xs = []\n"
    "try:\n"
    "    while True:\n"
    "        xs.append([0] * 100)\n"
    "except MemoryError:\n"
    "    n = len(xs)\n"
    "    xs = None\n"
    "print(n)\n";

// Two VMs in one process with different memory limits: each stops at its own.
TEST(Limits, TwoVMsWithDifferentHeapLimits) {
  CapturedOutput small_out, big_out;
  coil::Config small = small_out.config(), big = big_out.config();
  small.max_heap_bytes = 8 << 20;
  big.max_heap_bytes = 32 << 20;
  coil::VM a(small), b(big);
  ASSERT_TRUE(a.run_string(kGrowList));
  ASSERT_TRUE(b.run_string(kGrowList));
  long na = std::stol(small_out.out), nb = std::stol(big_out.out);
  EXPECT_GT(na, 1000);
  EXPECT_GT(nb, 2 * na);  // four times the room, minus the VM's own objects
  // The accounting stays within the limit.
  EXPECT_LE(coil::testing::internal(a).heap.used_bytes(), size_t{8} << 20);
  // Both go on working after their MemoryError.
  small_out.out.clear();
  ASSERT_TRUE(a.run_string("print(sum(range(100)))\n"));
  EXPECT_EQ(small_out.out, "4950\n");
}

TEST(Limits, UncaughtMemoryErrorIsAnError) {
  CapturedOutput o;
  coil::Config c = o.config();
  c.max_heap_bytes = 8 << 20;
  coil::VM vm(c);
  coil::RunResult r = vm.run_string("x = 'abc' * 100\ny = [x] * (10 ** 7)\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "MemoryError");
  ASSERT_FALSE(r.error().traceback.empty());
  EXPECT_EQ(r.error().traceback.back().line, 2);
}

// Near the limit the collector does not run at every safe point: a loop
// making garbage with live data at ~60% of the limit finishes, the
// threshold never below an eighth of the live data.
TEST(Limits, NoCollectionStormNearTheLimit) {
  CapturedOutput o;
  coil::Config c = o.config();
  c.max_heap_bytes = 12 << 20;
  coil::VM vm(c);
  coil::vm::Heap& heap = coil::testing::internal(vm).heap;
  ASSERT_TRUE(vm.run_string("keep = [[i] for i in range(120000)]\n"));
  size_t used = heap.used_bytes();
  ASSERT_GT(used, size_t{6} << 20);
  ASSERT_TRUE(vm.run_string("import gc\ngc.collect()\n"));
  // The threshold never drops below an eighth of what is live.
  EXPECT_GE(heap.threshold(), heap.used_bytes() / 8);
  coil::RunResult r = vm.run_string(
      "n = 0\n"
      "for i in range(200000):\n"
      "    t = (i, [i, i])\n"
      "    n += 1\n"
      "print(n)\n");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(o.out, "200000\n");
}

TEST(Limits, InstructionBudgetPerRun) {
  CapturedOutput o;
  coil::Config c = o.config();
  c.max_instructions = 100000;
  coil::VM vm(c);
  coil::RunResult r = vm.run_string(
      "print('start')\n"
      "try:\n"
      "    while True:\n"
      "        pass\n"
      "except Exception:\n"
      "    print('not here')\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "LimitExceeded");
  EXPECT_EQ(r.error().message, "instruction limit exceeded (100000 instructions)");
  EXPECT_EQ(o.out, "start\n");
  // The next run has a fresh budget.
  o.out.clear();
  ASSERT_TRUE(vm.run_string("print(sum(range(1000)))\n"));
  EXPECT_EQ(o.out, "499500\n");
  // A call from the host is a run too, and so is a long builtin in it.
  ASSERT_TRUE(vm.run_string("def spin():\n    while True:\n        pass\n"));
  coil::Result<coil::Value> spun = vm.get_global("spin").value()();
  ASSERT_FALSE(spun);
  EXPECT_EQ(spun.error().type, "LimitExceeded");
  coil::Result<coil::Value> sorted = vm.eval("sorted(range(10 ** 6, 0, -1))");
  ASSERT_FALSE(sorted);
  EXPECT_EQ(sorted.error().type, "LimitExceeded");
}

TEST(Limits, TwoVMsWithDifferentBudgets) {
  CapturedOutput oa, ob;
  coil::Config ca = oa.config(), cb = ob.config();
  ca.max_instructions = 10000;
  cb.max_instructions = 10000000;
  coil::VM a(ca), b(cb);
  const char* program = "n = 0\nfor i in range(100000):\n    n += i\nprint(n)\n";
  coil::RunResult ra = a.run_string(program);
  ASSERT_FALSE(ra);
  EXPECT_EQ(ra.error().type, "LimitExceeded");
  ASSERT_TRUE(b.run_string(program));
  EXPECT_EQ(ob.out, "4999950000\n");
  // set_limits changes them for later runs.
  a.set_limits(0, 0);
  ASSERT_TRUE(a.run_string(program));
  EXPECT_EQ(oa.out, "4999950000\n");
}

TEST(Limits, TimeLimitAndDeadline) {
  CapturedOutput o;
  coil::Config c = o.config();
  c.max_seconds = 0.2;
  coil::VM vm(c);
  auto t0 = std::chrono::steady_clock::now();
  coil::RunResult r = vm.run_string("while True:\n    pass\n");
  double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "LimitExceeded");
  EXPECT_EQ(r.error().message, "time limit exceeded (0.2 seconds)");
  EXPECT_LT(took, 5.0);
  // An absolute deadline, already passed: the next run stops at once.
  vm.set_limits(0, 0);
  vm.set_deadline(std::chrono::steady_clock::now());
  coil::RunResult r2 = vm.run_string("while True:\n    pass\n");
  ASSERT_FALSE(r2);
  EXPECT_EQ(r2.error().message, "time limit exceeded (deadline passed)");
  vm.set_deadline(std::nullopt);
  ASSERT_TRUE(vm.run_string("print('free')\n"));
  EXPECT_EQ(o.out, "free\n");
}

// VM::interrupt from another thread stops a long builtin call too.
TEST(Limits, InterruptStopsALongSort) {
  CapturedOutput o;
  coil::VM vm(o.config());
  ASSERT_TRUE(vm.run_string("data = [(i * 7919) % 2000003 for i in range(2000000)]\n"));
  std::atomic<bool> started{false};
  std::thread interrupter([&] {
    while (!started) std::this_thread::yield();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    vm.interrupt();
  });
  started = true;
  // Nearly all the time is inside sorted(), one native call.
  coil::RunResult r = vm.run_string("for _ in range(1000):\n    sorted(data)\n");
  interrupter.join();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "KeyboardInterrupt");
  ASSERT_TRUE(vm.run_string("print(len(data))\n"));
  EXPECT_EQ(o.out, "2000000\n");
}

// The memory limit walked over programs touching most kinds of growth
// (the limit, rather than an allocation count, decides which allocation
// fails): each run completes or ends in MemoryError, and the VM works after.
TEST(Limits, HeapLimitWalk) {
  const char* const programs[] = {
      "xs = [i * i for i in range(3000)]\n"
      "d = {str(i): [i] * 3 for i in range(2000)}\n"
      "s = {i % 97 for i in xs}\n"
      "print(len(xs), len(d), len(s), len(' '.join(d)), len(xs * 3))\n",
      "class P:\n"
      "    def __init__(self, x):\n"
      "        self.x = x\n"
      "    def __repr__(self):\n"
      "        return f'P({self.x})'\n"
      "ps = sorted((P(i) for i in range(2000)), key=lambda p: -p.x)\n"
      "print(repr(ps[:3]), 2 ** 5000 % 1000, list(map(str, range(5))))\n",
      "import collections, json\n"
      "c = collections.Counter(str(i % 50) for i in range(5000))\n"
      "print(json.dumps(c.most_common(2)), len(json.dumps(list(range(3000)))))\n",
  };
  for (const char* program : programs) {
    size_t base, need;
    {
      CapturedOutput o;
      coil::VM vm(o.config());
      coil::vm::Heap& heap = coil::testing::internal(vm).heap;
      base = heap.used_bytes();
      ASSERT_TRUE(vm.run_string(program));
      need = heap.used_bytes() - base;
    }
    int memory_errors = 0, completed = 0;
    for (size_t extra = 0; extra <= need + (1 << 20); extra += need / 40 + 4096) {
      CapturedOutput o;
      coil::Config c = o.config();
      c.max_heap_bytes = base + extra;
      coil::VM vm(c);
      coil::RunResult r = vm.run_string(program);
      if (r) {
        ++completed;
      } else {
        ASSERT_EQ(r.error().type, "MemoryError") << extra << ":\n" << r.error().formatted << program;
        ++memory_errors;
      }
      // Usable after: with the limit lifted, a little program runs.
      coil::testing::internal(vm).heap.set_max_bytes(0);
      o.out.clear();
      coil::RunResult after = vm.run_string("print(sum(range(10)), [str(i) for i in range(3)])\n");
      ASSERT_TRUE(after) << after.error().formatted;
      EXPECT_EQ(o.out, "45 ['0', '1', '2']\n");
    }
    EXPECT_GT(memory_errors, 0) << program;
    EXPECT_GT(completed, 0) << program;
  }
}

}  // namespace
