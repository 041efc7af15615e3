// Running out of memory is an ordinary MemoryError: the failing-allocation
// walk (the N-th heap allocation fails, for every N over a program's run, as
// Lua's memerr tests do) must leave every run either complete or ended by
// MemoryError, with the VM still usable afterwards; and a script can catch
// MemoryError and go on.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "coil/coil.hpp"
#include "tests/unit/captured_output.hpp"
#include "embed/testing.hpp"
#include "vm/vm.hpp"

namespace {

// Programs touching the allocation sites of most subsystems: containers and
// their growth, strings, big ints, classes and instances, closures,
// generators, exceptions with tracebacks, sorting with a key, imports of
// modules written in coil, and compiling at run time.
const char* const kPrograms[] = {
    R"py(xs = [i * i for i in range(40)]
d = {str(i): [i] * 3 for i in range(30)}
s = {i % 7 for i in xs}
t = tuple(xs[::3])
print(len(xs), sum(xs), len(d), sorted(s), t[:4], d['5'])
)py",
    R"py(words = ' '.join('w%d' % i for i in range(50)).split()
print(len(words), '-'.join(reversed(words[:5])), f"{len(words):>6}|{3.5:.3f}")
print(sorted(words, key=lambda w: (len(w), w))[-3:], 'ab' * 20)
print(2 ** 200 // 3 ** 50, str(10 ** 40)[:10], hex(2 ** 100))
)py",
    R"py(class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
ps = [Point(i, -i) for i in range(20)]
total = ps[0]
for p in ps[1:]:
    total = total + p
print(total, len(set(ps + ps)), repr(ps[:2]))
)py",
    R"py(def gen(n):
    for i in range(n):
        try:
            yield i
        finally:
            pass
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(sum(gen(30)), [c() for _ in range(5)], list(zip(gen(3), 'abc')))
def fails(n):
    if n == 0:
        raise ValueError('bottom')
    return fails(n - 1)
try:
    fails(20)
except ValueError as e:
    print('caught', e)
)py",
    R"py(import collections, functools
q = collections.deque(range(10))
q.rotate(3)
cnt = collections.Counter('mississippi')
print(list(q), cnt.most_common(2))
print(functools.reduce(lambda a, b: a * b, range(1, 15)))
code = compile('x * 2 + 1', '<expr>', 'eval')
print(eval(code, {'x': 20}))
)py",
};

// A VM after a MemoryError still runs code.
void expect_usable(coil::VM& vm, CapturedOutput& o) {
  coil::testing::internal(vm).heap.fail_allocation_after(0);
  // Objects the failed run left behind are finalized first (a coroutine
  // never awaited warns, as in CPython).
  ASSERT_TRUE(vm.run_string("import gc\ngc.collect()\n"));
  o.out.clear();
  coil::RunResult r = vm.run_string("print(sum(range(10)), [str(i) for i in range(3)])\n");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(o.out, "45 ['0', '1', '2']\n");
}

TEST(Memory, FailingAllocationWalk) {
  for (const char* program : kPrograms) {
    // The program's allocations when nothing fails, and its output.
    uint64_t total;
    std::string expected;
    {
      CapturedOutput o;
      coil::VM vm(o.config());
      coil::vm::Heap& heap = coil::testing::internal(vm).heap;
      uint64_t before = heap.allocations();
      coil::RunResult r = vm.run_string(program);
      ASSERT_TRUE(r) << r.error().formatted;
      total = heap.allocations() - before;
      expected = o.out;
    }
    // Every allocation site for small programs; evenly spread ones beyond
    // (the sanitizer build runs this too).
    uint64_t step = total / 250 + 1;
    int memory_errors = 0;
    for (uint64_t n = 1; n <= total + 1; n += step) {
      CapturedOutput o;
      coil::VM vm(o.config());
      coil::testing::internal(vm).heap.fail_allocation_after(n);
      coil::RunResult r = vm.run_string(program);
      if (!r) {
        ASSERT_EQ(r.error().type, "MemoryError")
            << "allocation " << n << " of " << total << ":\n" << r.error().formatted << program;
        ++memory_errors;
      }
      expect_usable(vm, o);
    }
    EXPECT_GT(memory_errors, 0) << program;
    // Failing past the last allocation changes nothing.
    CapturedOutput o;
    coil::VM vm(o.config());
    coil::testing::internal(vm).heap.fail_allocation_after(total + 1);
    ASSERT_TRUE(vm.run_string(program));
    EXPECT_EQ(o.out, expected);
  }
}

TEST(Memory, ScriptCatchesMemoryErrorAndContinues) {
  CapturedOutput o;
  coil::VM vm(o.config());
  // Fails the first allocation inside the try: the list comprehension's.
  coil::RunResult r = vm.run_string(
      "import sys\n"
      "print('before')\n"
      "def grow():\n"
      "    return [str(i) for i in range(1000)]\n"
      "caught = 0\n"
      "for attempt in range(3):\n"
      "    try:\n"
      "        x = grow()\n"
      "    except MemoryError as e:\n"
      "        caught += 1\n"
      "        tb = e.__traceback__\n"
      "        while tb.tb_next: tb = tb.tb_next\n"
      "        print('caught', type(e).__name__, tb.tb_lineno)\n"
      "print('after', caught)\n",
      "<memory>");
  ASSERT_TRUE(r) << r.error().formatted;
  // Without a failure all three attempts succeed.
  EXPECT_EQ(o.out, "before\nafter 0\n");

  // The 2000th allocation from here lands inside grow().
  o.out.clear();
  coil::testing::internal(vm).heap.fail_allocation_after(2000);
  r = vm.run_string(
      "caught = 0\n"
      "for attempt in range(3):\n"
      "    try:\n"
      "        x = grow()\n"
      "    except MemoryError as e:\n"
      "        caught += 1\n"
      "        tb = e.__traceback__\n"
      "        while tb.tb_next: tb = tb.tb_next\n"
      "        print('caught', type(e).__name__, tb.tb_lineno)\n"
      "print('after', caught)\n",
      "<memory>");
  ASSERT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(o.out, "caught MemoryError 4\nafter 1\n");
}

TEST(Memory, UncaughtMemoryErrorHasTraceback) {
  CapturedOutput o;
  coil::VM vm(o.config());
  coil::RunResult r = vm.run_string("print('kept')\ndef f():\n    return [[i] for i in range(10000)]\n");
  ASSERT_TRUE(r);
  coil::testing::internal(vm).heap.fail_allocation_after(5000);
  r = vm.run_string("print('kept')\ndef f():\n    return [[i] for i in range(10000)]\nf()\n", "<m>");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "MemoryError");
  EXPECT_EQ(o.out, "kept\nkept\n");
  EXPECT_NE(r.error().formatted.find("line 4, in <module>"), std::string::npos) << r.error().formatted;
  EXPECT_NE(r.error().formatted.find("line 3, in f"), std::string::npos) << r.error().formatted;
  expect_usable(vm, o);
}

TEST(Memory, FailureInApiCallIsAnError) {
  CapturedOutput o;
  coil::VM vm(o.config());
  ASSERT_TRUE(vm.run_string("def build(n):\n    return [str(i) for i in range(n)]\n"));
  coil::Value build = vm.get_global("build").value();
  coil::testing::internal(vm).heap.fail_allocation_after(100);
  coil::Result<coil::Value> r = build(1000);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "MemoryError");
  coil::Result<coil::Value> e = vm.eval("[0] * 10");
  ASSERT_TRUE(e);
  EXPECT_EQ(e.value().size().value(), 10);
}

}  // namespace

// The repository root (the directory holding tests/scripts), found upward
// from the working directory or from the test binary's own path.
std::filesystem::path repository_root() {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (fs::path start : {fs::current_path(ec), fs::read_symlink("/proc/self/exe", ec).parent_path()}) {
    for (fs::path p = start; !p.empty(); p = p.parent_path()) {
      if (fs::is_directory(p / "tests" / "scripts")) return p;
      if (p == p.parent_path()) break;
    }
  }
  return {};
}

// Real programs, not written for this test: the tutorial's samples and
// script tests that reach the asyncio loop (tasks, timers, cancellation,
// task groups, queues), async generators, decimal, re, match statements and
// classes. Each runs in virtual time with a fixed random seed, so every run
// makes the same allocations until the failing one.
const char* const kScripts[] = {
    "samples/tutorial_01_simple_gen.py",
    "samples/tutorial_03_coro_send.py",
    "samples/tutorial_04_asyncio_coroutine.py",
    "samples/tutorial_06_types_coroutine.py",
    "samples/tutorial_07_task_callback.py",
    "samples/tutorial_08_run_forever_stop.py",
    "samples/tutorial_09_callbacks.py",
    "tests/scripts/asyncio/taskgroup_exception_group.py",
    "tests/scripts/asyncio/task_cancel.py",
    "tests/scripts/asyncio/queue_event_lock.py",
    "tests/scripts/asyncio/async_generators.py",
    "tests/scripts/asyncio/wait_for_timeout.py",
    "tests/scripts/programs/eg_async_crawler.py",
    "tests/scripts/programs/decimal_invoice.py",
    "tests/scripts/programs/match_json_parser.py",
    "tests/scripts/programs/regex_log_parser.py",
    "tests/scripts/programs/regex_calc_tokenizer.py",
    "tests/scripts/programs/bank_accounts.py",
};

coil::Config script_config(CapturedOutput& o) {
  coil::Config c = o.config();
  c.virtual_time = true;
  c.random_seed = 1;
  return c;
}

TEST(Memory, FailingAllocationWalkOverScripts) {
  std::filesystem::path root = repository_root();
  ASSERT_FALSE(root.empty()) << "tests/scripts not found above the working directory";
  int walked = 0;
  for (const char* script : kScripts) {
    std::string path = (root / script).string();
    if (!std::filesystem::exists(path)) {
      ADD_FAILURE() << path << " is missing: keep kScripts in step with the tree";
      continue;
    }
    // The allocations of a run where none fails, and how it ends (some
    // scripts end on purpose with an uncaught exception).
    uint64_t total;
    std::string own_error;
    {
      CapturedOutput o;
      coil::VM vm(script_config(o));
      coil::vm::Heap& heap = coil::testing::internal(vm).heap;
      uint64_t before = heap.allocations();
      coil::RunResult r = vm.run_file(path);
      if (!r) own_error = r.error().type;
      ASSERT_NE(own_error, "MemoryError") << path;
      total = heap.allocations() - before;
    }
    // About 40 failure points per script, spread over the whole run and
    // shifted per script so different scripts hit different phases.
    uint64_t step = total / 40 + 1;
    for (uint64_t n = 1 + walked % step; n <= total; n += step) {
      CapturedOutput o;
      coil::Config c = script_config(o);
      c.max_seconds = 10;  // a run left waiting forever ends here
      coil::VM vm(c);
      coil::testing::internal(vm).heap.fail_allocation_after(n);
      coil::RunResult r = vm.run_file(path);
      // Also allowed: a task group gathers a task's MemoryError into an
      // ExceptionGroup; when a task the others wait for died of it, the
      // loop ends the run as deadlocked; and when a callback the program
      // needed died of it (reported, as event loops do), it waits forever,
      // as under CPython, until the time limit.
      bool grouped = !r && r.error().type == "ExceptionGroup" &&
                     r.error().formatted.find("| MemoryError") != std::string::npos;
      bool deadlocked = !r && r.error().type == "RuntimeError" &&
                        r.error().message.rfind("Event loop ran out of work", 0) == 0;
      bool waiting = !r && r.error().type == "LimitExceeded" && o.out.find("\nMemoryError") != std::string::npos;
      if (!r && r.error().type != own_error && !grouped && !deadlocked && !waiting) {
        ASSERT_EQ(r.error().type, "MemoryError")
            << path << ", allocation " << n << " of " << total << ":\n" << r.error().formatted;
      }
      expect_usable(vm, o);
      ++walked;
    }
  }
  EXPECT_GT(walked, 200);
}
