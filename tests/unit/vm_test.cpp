// Unit tests for the VM, run through the public API: integer and float
// semantics at the NaN-boxing boundaries, exceptions and tracebacks,
// recursion limits (without overflowing the C++ stack), bounded memory,
// independence of several VMs, and interrupting running code.
// Expected outputs come from CPython 3.11.7 running the same programs.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "coil/coil.hpp"
#include "embed/testing.hpp"
#include "vm/vm.hpp"

namespace {

// A VM whose output is captured.
class Host {
 public:
  explicit Host(coil::Config config = {}) {
    config.write_out = [this](std::string_view s) { out_ += s; };
    config.write_err = [this](std::string_view s) { err_ += s; };
    vm_ = std::make_unique<coil::VM>(std::move(config));
  }

  // Runs `source`; returns its stdout, or "<Type>: <message>" after the
  // output when it raises.
  std::string run(std::string_view source) {
    out_.clear();
    coil::RunResult r = vm_->run_string(source);
    if (!r) return out_ + r.error().type + ": " + r.error().message;
    return out_;
  }
  coil::RunResult run_result(std::string_view source) {
    out_.clear();
    return vm_->run_string(source);
  }

  coil::VM& vm() { return *vm_; }
  coil::vm::VM& internal() { return coil::testing::internal(*vm_); }
  const std::string& out() const { return out_; }
  const std::string& err() const { return err_; }

 private:
  std::string out_, err_;
  std::unique_ptr<coil::VM> vm_;
};

// ---------------------------------------------------------------- integers

TEST(VmIntegers, NoWraparoundAtSmallIntBoundary) {
  Host h;
  EXPECT_EQ(h.run("a = 2**47 - 1\n"
                  "b = -2**47\n"
                  "print(a + 1, a + a, b - 1, b + b, -b, abs(b), b // -1, b * -1)\n"),
            "140737488355328 281474976710654 -140737488355329 -281474976710656 "
            "140737488355328 140737488355328 140737488355328 140737488355328\n");
  EXPECT_EQ(h.run("print(a * a, b * b, a * 2, (2**24) * (2**24), (2**24) * (2**23), "
                  "-(2**24) * (2**23))\n"),
            "19807040628565802923409276929 19807040628566084398385987584 281474976710654 "
            "281474976710656 140737488355328 -140737488355328\n");
  EXPECT_EQ(h.run("print(-a - 2, (a + 1) * -1 == b, b - 1 + 1 == b)\n"),
            "-140737488355329 True True\n");
}

TEST(VmIntegers, InPlaceLoopsCrossTheBoundary) {
  // The interpreter's fast paths for += and -= must overflow into big ints.
  Host h;
  EXPECT_EQ(h.run("x = 2**47 - 4\n"
                  "for i in range(6):\n"
                  "    x += 1\n"
                  "print(x, type(x).__name__)\n"
                  "y = -2**47 + 3\n"
                  "for i in range(6):\n"
                  "    y -= 1\n"
                  "print(y)\n"
                  "z = 1\n"
                  "for i in range(70):\n"
                  "    z *= 2\n"
                  "print(z, z - 1, z // 3, z % 1000007, -z // 7, -z % 7)\n"),
            "140737488355330 int\n-140737488355331\n"
            "1180591620717411303424 1180591620717411303423 393530540239137101141 866026 "
            "-168655945816773043347 5\n");
  // ... and come back down to small ints.
  EXPECT_EQ(h.run("print(x - 3 == 2**47 - 1, x - x, y + 3 == -2**47)\n"), "True 0 True\n");
}

TEST(VmIntegers, Int64Boundary) {
  Host h;
  EXPECT_EQ(h.run("m = 2**63 - 1\n"
                  "n = -2**63\n"
                  "print(m + 1, n - 1, -n, abs(n), n // -1, m * 2, m * m, n * n)\n"),
            "9223372036854775808 -9223372036854775809 9223372036854775808 9223372036854775808 "
            "9223372036854775808 18446744073709551614 85070591730234615847396907784232501249 "
            "85070591730234615865843651857942052864\n");
  EXPECT_EQ(h.run("a = 2**47 - 1\nb = -2**47\n"
                  "print(1 << 47, 1 << 63, 1 << 64, (1 << 100) >> 99, -1 << 47, ~a, ~b, ~m, ~n)\n"),
            "140737488355328 9223372036854775808 18446744073709551616 2 -140737488355328 "
            "-140737488355328 140737488355327 -9223372036854775808 9223372036854775807\n");
  EXPECT_EQ(h.run("print(2**47 == 140737488355328, 2**63 == 9223372036854775808, a + 1 > a, "
                  "b - 1 < b, m + 1 > m)\n"),
            "True True True True True\n");
}

TEST(VmIntegers, BigIntsAsKeysAndInBuiltins) {
  Host h;
  EXPECT_EQ(h.run("print(hash(2**47) == hash(140737488355328), {2**47: 'k'}[2**46 * 2], "
                  "{2**63: 'v'}[2**62 + 2**62])\n"),
            "True k v\n");
  EXPECT_EQ(h.run("print(int('9' * 30) + 1, str(-2**100), 10**20 // 10**10, divmod(-2**64, 3))\n"),
            "1000000000000000000000000000000 -1267650600228229401496703205376 10000000000 "
            "(-6148914691236517206, 2)\n");
  EXPECT_EQ(h.run("print(2**47 - 2**47, (2**63 + 5) - 2**63, type(2**64 - 2**64 + 3).__name__, "
                  "(2**64) // (2**60))\n"),
            "0 5 int 16\n");
  EXPECT_EQ(h.run("print(2**64 & (2**64 - 1), 2**47 | 1, (2**63 - 1) ^ 2**62, "
                  "pow(3, 100, 2**61 - 1), pow(2, 100))\n"),
            "0 140737488355329 4611686018427387903 1175369268131054105 "
            "1267650600228229401496703205376\n");
  EXPECT_EQ(h.run("print(round(2**70 / 3), int(2.0**80), float(2**63), 2**63 / 2, 7 ** 30 % 13)\n"),
            "393530540239137079296 1208925819614629174706176 9.223372036854776e+18 "
            "4.611686018427388e+18 12\n");
  EXPECT_EQ(h.run("print(max(2**64, 3), min(-2**64, 2), sum([2**46] * 8), "
                  "sorted([2**64, -2**64, 0, 2**47]))\n"),
            "18446744073709551616 -18446744073709551616 562949953421312 "
            "[-18446744073709551616, 0, 140737488355328, 18446744073709551616]\n");
}

// ---------------------------------------------------------------- floats

TEST(VmFloats, ShortestRepr) {
  Host h;
  EXPECT_EQ(h.run("print(0.1, 1e16, 1e15, 1e-5, 0.0001, 1.0, -0.0, 1/3, 2/3, 1e22, "
                  "1e300 * 1e10, -1e300 * 1e10)\n"),
            "0.1 1e+16 1000000000000000.0 1e-05 0.0001 1.0 -0.0 0.3333333333333333 "
            "0.6666666666666666 1e+22 inf -inf\n");
  EXPECT_EQ(h.run("print(float('nan'), 5e-324, 2.5e-310, 123456789012345678.0, 0.1 + 0.2, "
                  "100.0, 1.5e-7, 3.14159)\n"),
            "nan 5e-324 2.5e-310 1.2345678901234568e+17 0.30000000000000004 100.0 1.5e-07 "
            "3.14159\n");
  EXPECT_EQ(h.run("print(repr(1.0), str(2.0**60), 2.0**53 + 1, 1e16 + 1, float(10**20), 4.35, "
                  "0.3 - 0.1, 9.999999999999999e22)\n"),
            "1.0 1.152921504606847e+18 9007199254740992.0 1e+16 1e+20 4.35 0.19999999999999998 "
            "1e+23\n");
  EXPECT_EQ(h.run("print([1.5, 2.25], (0.5,), {'k': 1e-10}, f'{2.5}', f'{1/3:.3f}', "
                  "format(1e100, 'g'), '%s' % 0.1)\n"),
            "[1.5, 2.25] (0.5,) {'k': 1e-10} 2.5 0.333 1e+100 0.1\n");
  EXPECT_EQ(h.run("print(round(2.675, 2), round(0.5), round(1.5), 7 / 2, 7 // 2.0, -7 % 2.5, "
                  "divmod(7.5, 2), 2 ** -1, 10 / 4)\n"),
            "2.67 0 2 3.5 3.0 0.5 (3.0, 1.5) 0.5 2.5\n");
}

// ---------------------------------------------------------------- exceptions

TEST(VmExceptions, TypeMessageAndTraceback) {
  Host h;
  coil::RunResult r = h.run_result(
      "def inner(x):\n"
      "    return 10 // x\n"
      "\n"
      "def outer():\n"
      "    return inner(0)\n"
      "\n"
      "outer()\n");
  ASSERT_FALSE(r);
  const coil::Error& e = r.error();
  EXPECT_EQ(e.type, "ZeroDivisionError");
  EXPECT_EQ(e.message, "integer division or modulo by zero");
  EXPECT_FALSE(e.is_system_exit);
  ASSERT_EQ(e.traceback.size(), 3u);
  EXPECT_EQ(e.traceback[0].filename, "<string>");
  EXPECT_EQ(e.traceback[0].line, 7);
  EXPECT_EQ(e.traceback[0].function, "<module>");
  EXPECT_EQ(e.traceback[1].line, 5);
  EXPECT_EQ(e.traceback[1].function, "outer");
  EXPECT_EQ(e.traceback[2].line, 2);
  EXPECT_EQ(e.traceback[2].function, "inner");
  EXPECT_EQ(e.formatted.rfind("Traceback (most recent call last):\n", 0), 0u) << e.formatted;
  EXPECT_NE(e.formatted.find("  File \"<string>\", line 5, in outer\n"), std::string::npos)
      << e.formatted;
  EXPECT_TRUE(e.formatted.ends_with("ZeroDivisionError: integer division or modulo by zero\n"))
      << e.formatted;
}

TEST(VmExceptions, CaughtExceptionsDoNotEscape) {
  Host h;
  EXPECT_EQ(h.run("def f():\n"
                  "    try:\n"
                  "        [][1]\n"
                  "    except IndexError as e:\n"
                  "        return 'caught ' + str(e)\n"
                  "    finally:\n"
                  "        print('finally')\n"
                  "print(f())\n"
                  "try:\n"
                  "    raise KeyError('k')\n"
                  "except LookupError as e:\n"
                  "    print(type(e).__name__, repr(e), e.args)\n"),
            "finally\ncaught list index out of range\nKeyError KeyError('k') ('k',)\n");
}

TEST(VmExceptions, ChainedCauseAndContext) {
  Host h;
  coil::RunResult r = h.run_result(
      "try:\n"
      "    {}['k']\n"
      "except KeyError as e:\n"
      "    raise ValueError('bad') from e\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "ValueError");
  EXPECT_EQ(r.error().message, "bad");
  const std::string& f = r.error().formatted;
  size_t first = f.find("KeyError: 'k'\n");
  size_t between = f.find("\nThe above exception was the direct cause of the following exception:\n\n");
  size_t last = f.find("ValueError: bad\n");
  ASSERT_NE(first, std::string::npos) << f;
  ASSERT_NE(between, std::string::npos) << f;
  ASSERT_NE(last, std::string::npos) << f;
  EXPECT_LT(first, between);
  EXPECT_LT(between, last);

  r = h.run_result(
      "try:\n"
      "    1/0\n"
      "except ZeroDivisionError:\n"
      "    undefined_name\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "NameError");
  EXPECT_EQ(r.error().message, "name 'undefined_name' is not defined");
  EXPECT_NE(r.error().formatted.find(
                "\nDuring handling of the above exception, another exception occurred:\n\n"),
            std::string::npos)
      << r.error().formatted;
  ASSERT_EQ(r.error().traceback.size(), 1u);
  EXPECT_EQ(r.error().traceback[0].line, 4);
}

// A very long __cause__ chain is printed whole, oldest first, without
// recursing on the C++ stack; a cycle in the chain is printed once.
TEST(VmExceptions, LongAndCyclicChainsArePrinted) {
  Host h;
  coil::RunResult r = h.run_result(
      "e = None\n"
      "for i in range(200000):\n"
      "    n = ValueError(i)\n"
      "    n.__cause__ = e\n"
      "    e = n\n"
      "raise e\n");
  ASSERT_FALSE(r);
  const std::string& f = r.error().formatted;
  EXPECT_EQ(f.rfind("ValueError: 199999\n"), f.size() - 19);
  EXPECT_EQ(f.find("ValueError: 0\n"), 0u);
  r = h.run_result(
      "a = KeyError('a')\n"
      "b = KeyError('b')\n"
      "a.__context__ = b\n"
      "b.__context__ = a\n"
      "raise a\n");
  ASSERT_FALSE(r);
  const std::string& g = r.error().formatted;
  EXPECT_EQ(g.find("KeyError: 'b'\n"), 0u) << g;
  EXPECT_EQ(g.find("KeyError: 'a'"), g.rfind("KeyError: 'a'")) << g;
}

TEST(VmExceptions, UserExceptionClasses) {
  Host h;
  coil::RunResult r = h.run_result(
      "class AppError(Exception):\n"
      "    def __str__(self):\n"
      "        return 'app failed: ' + self.args[0]\n"
      "def go():\n"
      "    raise AppError('disk')\n"
      "go()\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "AppError");
  EXPECT_EQ(r.error().message, "app failed: disk");
  ASSERT_EQ(r.error().traceback.size(), 2u);
  EXPECT_EQ(r.error().traceback[1].function, "go");
  EXPECT_EQ(r.error().traceback[1].line, 5);
  EXPECT_TRUE(r.error().formatted.ends_with("AppError: app failed: disk\n")) << r.error().formatted;
}

TEST(VmExceptions, VmUsableAfterError) {
  Host h;
  EXPECT_EQ(h.run("x = 5\nraise RuntimeError('once')\n"), "RuntimeError: once");
  EXPECT_EQ(h.run("print(x + 1)\n"), "6\n");
  EXPECT_EQ(h.run("def f(): f()\nf()\n"), "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(h.run("print(x * 2)\n"), "10\n");
}

// ---------------------------------------------------------------- recursion

TEST(VmRecursion, DefaultLimit) {
  Host h;
  EXPECT_EQ(h.run("import sys\nprint(sys.getrecursionlimit())\n"), "1000\n");
  EXPECT_EQ(h.run("def f(n): return f(n + 1)\nf(0)\n"),
            "RecursionError: maximum recursion depth exceeded");
  // Within the limit works.
  EXPECT_EQ(h.run("def g(n): return 0 if n == 0 else 1 + g(n - 1)\nprint(g(900))\n"), "900\n");
  // RecursionError is catchable, and the VM recovers.
  EXPECT_EQ(h.run("def r(): return r()\n"
                  "try:\n"
                  "    r()\n"
                  "except RecursionError as e:\n"
                  "    print('caught', e)\n"
                  "print(g(500))\n"),
            "caught maximum recursion depth exceeded\n500\n");
}

TEST(VmRecursion, DeepCoilRecursionDoesNotUseTheCStack) {
  // coil -> coil calls must not recurse in C++: 50000 frames complete.
  Host h;
  EXPECT_EQ(h.run("import sys\n"
                  "sys.setrecursionlimit(100000)\n"
                  "def depth(n):\n"
                  "    if n == 0:\n"
                  "        return 0\n"
                  "    return depth(n - 1) + 1\n"
                  "print(depth(50000))\n"),
            "50000\n");
}

TEST(VmRecursion, UnboundedRecursionWithRaisedLimit) {
  // 100000 frames deep with the limit raised: a clean RecursionError (or
  // success), never a crash.
  Host h;
  std::string out = h.run("import sys\n"
                          "sys.setrecursionlimit(100000)\n"
                          "def down(n):\n"
                          "    return down(n + 1)\n"
                          "down(0)\n");
  EXPECT_EQ(out, "RecursionError: maximum recursion depth exceeded");
  // Same with method calls and keyword arguments on the way.
  out = h.run("class Node:\n"
              "    def visit(self, n, *, step=1):\n"
              "        return self.visit(n + step, step=step)\n"
              "Node().visit(0)\n");
  EXPECT_EQ(out, "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(h.run("print('alive')\n"), "alive\n");
}

TEST(VmRecursion, RecursionThroughNativeCodeIsBounded) {
  // Recursion that passes through C++ (repr -> __repr__, sorted -> key)
  // must stop with RecursionError before the C++ stack runs out, even with
  // a huge recursion limit.
  Host h;
  EXPECT_EQ(h.run("import sys\n"
                  "sys.setrecursionlimit(1000000)\n"
                  "class Loop:\n"
                  "    def __repr__(self):\n"
                  "        return repr(self)\n"
                  "try:\n"
                  "    repr(Loop())\n"
                  "except RecursionError:\n"
                  "    print('repr stopped')\n"
                  "def key(x):\n"
                  "    return sorted([1, 2], key=key)[0]\n"
                  "try:\n"
                  "    sorted([3, 4], key=key)\n"
                  "except RecursionError:\n"
                  "    print('sorted stopped')\n"
                  "class Deep:\n"
                  "    def __eq__(self, other):\n"
                  "        return self == other\n"
                  "try:\n"
                  "    Deep() == Deep()\n"
                  "except RecursionError:\n"
                  "    print('eq stopped')\n"),
            "repr stopped\nsorted stopped\neq stopped\n");
}

// ---------------------------------------------------------------- memory

TEST(VmMemory, LongAllocatingLoopStaysBounded) {
  Host h;
  coil::vm::VM& vm = h.internal();
  const char* loop =
      "def churn(n):\n"
      "    keep = 0\n"
      "    for i in range(n):\n"
      "        items = [i] * 8\n"
      "        text = str(i) * 4 + 'x'\n"
      "        table = {i: text, 'k': items}\n"
      "        pair = (items, table)\n"
      "        keep += len(pair[0])\n"
      "    return keep\n";
  ASSERT_EQ(h.run(std::string(loop) + "print(churn(1000))\n"), "8000\n");
  vm.collect_garbage();
  size_t objects_before = vm.heap.object_count();
  size_t bytes_before = vm.heap.live_bytes();

  // Roughly 300 bytes of garbage per iteration: ~60 MB in all.
  ASSERT_EQ(h.run("print(churn(200000))\n"), "1600000\n");
  // Without an explicit collection, the automatic ones kept the heap small.
  EXPECT_LT(vm.heap.live_bytes(), bytes_before + 40u * 1024 * 1024);
  vm.collect_garbage();
  EXPECT_LT(vm.heap.object_count(), objects_before + 200) << "objects leak per iteration";
  EXPECT_LT(vm.heap.live_bytes(), bytes_before + 64u * 1024);
}

TEST(VmMemory, CyclesAreCollected) {
  Host h;
  coil::vm::VM& vm = h.internal();
  ASSERT_EQ(h.run("class N:\n"
                  "    pass\n"
                  "def cycles(n):\n"
                  "    for i in range(n):\n"
                  "        a = N(); b = N()\n"
                  "        a.other = b; b.other = a\n"
                  "        l = []; l.append(l)\n"
                  "        d = {}; d['self'] = d\n"
                  "cycles(10)\n"),
            "");
  vm.collect_garbage();
  size_t before = vm.heap.object_count();
  ASSERT_EQ(h.run("cycles(20000)\n"), "");
  vm.collect_garbage();
  EXPECT_LT(vm.heap.object_count(), before + 100);
}

// ---------------------------------------------------------------- several VMs

TEST(VmIsolation, TwoVmsShareNothing) {
  coil::Config c1, c2;
  c1.argv = {"first.py", "one"};
  c2.argv = {"second.py"};
  Host a(c1), b(c2);
  EXPECT_EQ(a.run("x = 'from a'\nimport sys\nsys.setrecursionlimit(5000)\n"), "");
  EXPECT_EQ(b.run("print(x)\n"), "NameError: name 'x' is not defined");
  EXPECT_EQ(b.run("x = 'from b'\n"), "");
  EXPECT_EQ(a.run("print(x)\n"), "from a\n");
  EXPECT_EQ(a.run("print(sys.argv, sys.getrecursionlimit())\n"), "['first.py', 'one'] 5000\n");
  EXPECT_EQ(b.run("import sys\nprint(sys.argv, sys.getrecursionlimit())\n"), "['second.py'] 1000\n");
  // Module state and builtins are per VM.
  EXPECT_EQ(a.run("import math\nmath.marker = 1\nimport builtins\nbuiltins.len = lambda x: 42\n"
                  "print(len([]))\n"),
            "42\n");
  EXPECT_EQ(b.run("import math\nprint(hasattr(math, 'marker'), len([]))\n"), "False 0\n");
  // Recursion limits apply per VM.
  EXPECT_EQ(b.run("def f(n): return 0 if n == 0 else 1 + f(n - 1)\nprint(f(3000))\n"),
            "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(a.run("def f(n): return 0 if n == 0 else 1 + f(n - 1)\nprint(f(3000))\n"), "3000\n");
}

TEST(VmIsolation, InterleavedGenerators) {
  Host a, b;
  ASSERT_EQ(a.run("def gen():\n    for i in range(3): yield 'a%d' % i\ng = gen()\n"), "");
  ASSERT_EQ(b.run("def gen():\n    for i in range(3): yield 'b%d' % i\ng = gen()\n"), "");
  std::string trace;
  for (int i = 0; i < 3; ++i) {
    trace += a.run("print(next(g), end=' ')\n");
    trace += b.run("print(next(g), end=' ')\n");
  }
  EXPECT_EQ(trace, "a0 b0 a1 b1 a2 b2 ");
  EXPECT_EQ(a.run("next(g)\n"), "StopIteration: ");
}

TEST(VmIsolation, VmsOnSeveralThreads) {
  // One VM per thread, running at the same time.
  constexpr int kThreads = 4;
  std::vector<std::string> results(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([t, &results] {
      Host h;
      results[t] = h.run("def work(seed):\n"
                         "    d = {}\n"
                         "    for i in range(20000):\n"
                         "        d[i % 97] = d.get(i % 97, 0) + seed * i\n"
                         "    return sum(d.values()), str(seed) * 2\n"
                         "print(work(" + std::to_string(t + 1) + "))\n");
    });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) {
    long long expect = 0;
    for (int i = 0; i < 20000; ++i) expect += static_cast<long long>(t + 1) * i;
    std::string seed = std::to_string(t + 1);
    EXPECT_EQ(results[t], "(" + std::to_string(expect) + ", '" + seed + seed + "')\n");
  }
}

// ---------------------------------------------------------------- interrupts

// Runs `source` while another thread interrupts it after `delay`.
coil::RunResult run_interrupted(Host& h, std::string_view source, std::chrono::milliseconds delay) {
  std::atomic<bool> done{false};
  std::thread interrupter([&] {
    auto until = std::chrono::steady_clock::now() + delay;
    while (!done && std::chrono::steady_clock::now() < until) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    // Keep interrupting until the run has noticed (it could still be starting).
    while (!done) {
      h.vm().interrupt();
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  });
  coil::RunResult r = h.run_result(source);
  done = true;
  interrupter.join();
  h.vm().clear_interrupt();
  return r;
}

TEST(VmInterrupt, StopsAnInfiniteLoop) {
  Host h;
  coil::RunResult r = run_interrupted(h, "i = 0\nwhile True:\n    i += 1\n",
                                      std::chrono::milliseconds(50));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "KeyboardInterrupt");
  EXPECT_FALSE(r.error().is_system_exit);
  ASSERT_EQ(r.error().traceback.size(), 1u);
  EXPECT_EQ(r.error().traceback[0].function, "<module>");
  // The VM keeps working afterwards, with the loop's state intact.
  EXPECT_EQ(h.run("print(i > 0)\n"), "True\n");
}

TEST(VmInterrupt, StopsLoopsInsideCallsAndIsCatchable) {
  Host h;
  coil::RunResult r = run_interrupted(h,
                                      "def spin():\n"
                                      "    n = 0\n"
                                      "    while True:\n"
                                      "        n = (n + len([n])) % 1000\n"
                                      "try:\n"
                                      "    spin()\n"
                                      "except KeyboardInterrupt:\n"
                                      "    print('interrupted')\n",
                                      std::chrono::milliseconds(30));
  EXPECT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(h.out(), "interrupted\n");
  // A for loop over a long range also checks for interrupts.
  r = run_interrupted(h, "for i in range(10**12):\n    pass\n", std::chrono::milliseconds(30));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "KeyboardInterrupt");
}

// The interrupt is raised at the loop's backward jump: the traceback names
// the loop's line and a try that starts with the loop catches it (the
// instruction before the loop's first one is outside the try).
TEST(VmInterrupt, RaisedAtTheLoopNotBeforeIt) {
  Host h;
  coil::RunResult r = run_interrupted(h, "x = 0\nwhile True:\n    x += 1\n",
                                      std::chrono::milliseconds(30));
  ASSERT_FALSE(r);
  ASSERT_EQ(r.error().traceback.size(), 1u);
  EXPECT_EQ(r.error().traceback[0].line, 2);
  r = run_interrupted(h, "x = 0\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\n",
                      std::chrono::milliseconds(30));
  EXPECT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(h.out(), "caught\n");
}

// signal.signal(SIGINT, handler): an interrupt calls the handler and the
// program goes on (in a loop and in time.sleep); SIG_IGN ignores it; the
// handler's exception is raised where the program was.
TEST(VmInterrupt, SignalModuleHandlers) {
  Host h;
  EXPECT_EQ(h.run("import signal, time\n"
                  "hits = []\n"
                  "def on_int(signum, frame):\n"
                  "    hits.append((signum, frame))\n"
                  "print(signal.signal(signal.SIGINT, on_int))\n"),
            "<built-in function default_int_handler>\n");
  h.vm().interrupt();
  EXPECT_EQ(h.run("for i in range(1000):\n    pass\nprint(hits)\n"), "[(2, None)]\n");
  // (The interrupter may fire again after the loop: hence >= 2.)
  coil::RunResult r = run_interrupted(h, "while not hits[1:]:\n    time.sleep(0.01)\nprint(len(hits) >= 2)\n",
                                      std::chrono::milliseconds(20));
  EXPECT_TRUE(r) << r.error().formatted;
  EXPECT_EQ(h.out(), "True\n");
  h.run("signal.signal(signal.SIGINT, signal.SIG_IGN)\nn = len(hits)\n");
  h.vm().interrupt();
  EXPECT_EQ(h.run("for i in range(1000):\n    pass\nprint(len(hits) == n, signal.getsignal(signal.SIGINT))\n"),
            "True 1\n");
  h.run("def stop(signum, frame):\n    raise SystemExit(7)\nsignal.signal(signal.SIGINT, stop)\n");
  r = run_interrupted(h, "while True:\n    pass\n", std::chrono::milliseconds(20));
  ASSERT_FALSE(r);
  EXPECT_TRUE(r.error().is_system_exit);
  h.run("signal.signal(signal.SIGINT, signal.default_int_handler)\n");
  r = run_interrupted(h, "while True:\n    pass\n", std::chrono::milliseconds(20));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().type, "KeyboardInterrupt");
}

TEST(VmInterrupt, ClearedRequestDoesNotFire) {
  Host h;
  h.vm().interrupt();
  h.vm().clear_interrupt();
  EXPECT_EQ(h.run("s = 0\nfor i in range(100000):\n    s += i\nprint(s)\n"), "4999950000\n");
}

}  // namespace

// Several VMs on several threads, each using the native library modules
// (caches, interned names, per-VM module state): the same output as one VM
// alone, and clean under ThreadSanitizer (`make tsan` runs this test).
TEST(VmIsolation, LibraryModulesOnSeveralThreads) {
  const std::string script =
      "import re, json, datetime, decimal, itertools, functools, hashlib, zlib, struct\n"
      "import unicodedata, contextvars, asyncio, collections\n"
      "var = contextvars.ContextVar('v', default=0)\n"
      "@functools.lru_cache(maxsize=None)\n"
      "def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
      "async def worker(i):\n"
      "    var.set(i)\n"
      "    await asyncio.sleep(0)\n"
      "    return var.get() * 2\n"
      "async def main():\n"
      "    return await asyncio.gather(*(worker(i) for i in range(20)))\n"
      "words = re.findall(r'\\w+', 'the quick brown fox jumps over the lazy dog ' * 20)\n"
      "counts = collections.Counter(words).most_common(3)\n"
      "data = json.dumps({'counts': counts, 'fib': fib(80)}, sort_keys=True)\n"
      "day = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)\n"
      "money = decimal.Decimal('1.10') * 3\n"
      "perms = sum(1 for _ in itertools.permutations(range(6)))\n"
      "digest = hashlib.sha256(zlib.compress(data.encode())).hexdigest()[:12]\n"
      "packed = struct.unpack('<3H', memoryview(struct.pack('<3H', 1, 2, 3)))\n"
      "name = unicodedata.name('\\u00e9')\n"
      "try:\n"
      "    {}['missing']\n"
      "except KeyError as e:\n"
      "    err = repr(e)\n"
      "print(data, day, money, perms, digest, packed, name, err, sum(asyncio.run(main())))\n";
  std::string expected = Host().run(script);
  ASSERT_NE(expected.find("380"), std::string::npos) << expected;
  constexpr int kThreads = 4;
  std::vector<std::string> results(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([t, &results, &script] {
      for (int round = 0; round < 2; ++round) results[t] += Host().run(script);
    });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(results[t], expected + expected);
}
