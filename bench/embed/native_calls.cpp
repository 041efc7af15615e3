// The embedding API's call costs (issue 10's benchmark), for `make bench`:
//   - a bound C++ function called from a script, against a Python function of
//     the same arity called the same way (the bar: at most twice as long);
//   - a script function called from C++ through coil::Value.
// Prints `name value` lines that bench/run.py reads; each figure is the best
// of several rounds (the machines are shared and noisy).
#include <coil/coil.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace {

constexpr int kCalls = 1000000;
constexpr int kRounds = 5;

const char* kScript = R"(
import time
from bench import native_add

def py_add(a, b):
    return a + b

def time_calls(f, n):
    start = time.perf_counter()
    for i in range(n):
        f(i, 1)
    return time.perf_counter() - start

def time_empty(n):
    start = time.perf_counter()
    for i in range(n):
        pass
    return time.perf_counter() - start
)";

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main() {
  coil::VM vm;
  vm.module("bench").def(
      "native_add", [](int64_t a, int64_t b) { return a + b; }, coil::arg("a"), coil::arg("b"));
  coil::RunResult loaded = vm.run_string(kScript, "native_calls.py");
  if (!loaded) {
    std::fputs(loaded.error().formatted.c_str(), stderr);
    return 1;
  }
  coil::Value time_calls = vm.get_global("time_calls").value();
  coil::Value time_empty = vm.get_global("time_empty").value();
  coil::Value native_add = vm.get_global("native_add").value();
  coil::Value py_add = vm.get_global("py_add").value();

  // Script loops calling each function; the empty loop's time is taken off.
  double native = 1e9, python = 1e9, empty = 1e9;
  for (int r = 0; r < kRounds; ++r) {
    empty = std::min(empty, time_empty(kCalls).value().as<double>());
    native = std::min(native, time_calls(native_add, kCalls).value().as<double>());
    python = std::min(python, time_calls(py_add, kCalls).value().as<double>());
  }
  native = std::max(native - empty, 1e-9);
  python = std::max(python - empty, 1e-9);

  // C++ calling the script function.
  double from_host = 1e9;
  int64_t check = 0;
  for (int r = 0; r < kRounds; ++r) {
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kCalls / 4; ++i) check += py_add(i, 1).value().as<int64_t>();
    from_host = std::min(from_host, seconds_since(start));
  }
  if (check <= 0) return 1;

  std::printf("native_from_script_calls_per_s %.0f\n", kCalls / native);
  std::printf("python_from_script_calls_per_s %.0f\n", kCalls / python);
  std::printf("script_from_host_calls_per_s %.0f\n", (kCalls / 4) / from_host);
  std::printf("native_over_python_time %.3f\n", native / python);
  return 0;
}
