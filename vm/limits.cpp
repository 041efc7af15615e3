// The instruction budget and the time limit (coil::Config::max_instructions,
// max_seconds, coil::VM::set_deadline).
//
// The dispatch loop only subtracts from steps_left at the safe points it
// already has (loop back-edges and calls) and comes here when the count goes
// negative, so a VM without limits pays one subtraction per safe point.
// Steps are handed out in slices: the whole remaining budget, or with a
// deadline at most kClockSlice steps between two readings of the clock.
#include <algorithm>
#include <cinttypes>

#include "vm/limits.hpp"
#include "vm/interrupt.hpp"

namespace coil::vm {

namespace {

// Steps between two clock readings when a deadline is set (a few
// microseconds of work at most: the deadline is met to within ~1 ms).
constexpr int64_t kClockSlice = 10000;

using Clock = std::chrono::steady_clock;

}  // namespace

void VM::update_limits() {
  limits_on = max_instructions != 0 || max_seconds > 0 || deadline.has_value();
  if (!limits_on) {
    steps_left = slice = kUnlimitedSteps;
    run_deadline.reset();
    limit_hit = false;
  }
}

void VM::start_run_limits() {
  steps_used = 0;
  limit_hit = false;
  run_deadline = deadline;
  if (max_seconds > 0) {
    auto end = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                  std::chrono::duration<double>(max_seconds));
    if (!run_deadline || end < *run_deadline) run_deadline = end;
  }
  slice = kUnlimitedSteps;
  if (max_instructions) slice = static_cast<int64_t>(std::min<uint64_t>(max_instructions, kUnlimitedSteps));
  if (run_deadline) slice = std::min(slice, kClockSlice);
  steps_left = slice;
}

bool VM::check_limits() {
  if (!limits_on) {
    // A limit was switched off mid-run: nothing to enforce.
    steps_left = slice = kUnlimitedSteps;
    return true;
  }
  steps_used += static_cast<uint64_t>(slice - steps_left);
  if (!limit_hit && max_instructions && steps_used > max_instructions) {
    limit_hit = true;
    raise_fmt(types.LimitExceeded, "instruction limit exceeded (%" PRIu64 " instructions)",
              max_instructions);
  } else if (!limit_hit && run_deadline && Clock::now() >= *run_deadline) {
    limit_hit = true;
    if (max_seconds > 0 && !deadline) {
      raise_fmt(types.LimitExceeded, "time limit exceeded (%g seconds)", max_seconds);
    } else {
      raise(types.LimitExceeded, "time limit exceeded (deadline passed)");
    }
  } else if (limit_hit) {
    // The run was already stopped and the script caught it: stop it again
    // at this safe point, so a limit ends the run.
    raise(types.LimitExceeded, "limit already exceeded");
  }
  if (limit_hit) {
    steps_left = slice = 0;
    return false;
  }
  slice = kUnlimitedSteps;
  if (max_instructions) slice = static_cast<int64_t>(max_instructions - steps_used) + 1;
  if (run_deadline) slice = std::min(slice, kClockSlice);
  steps_left = slice;
  return true;
}

bool VM::poll_limits() {
  // Ctrl-C goes through the signal module's SIGINT action (a handler may let the program go on).
  if (interrupt_requested.load(std::memory_order_relaxed) && handle_interrupt(*this).is_exception()) return false;
  return steps_left >= 0 || check_limits();
}

bool poll_limits_waiting(VM& vm) {
  if (!vm.poll_limits()) return false;
  // A limit already ran out and the script caught LimitExceeded: a wait
  // stops the run again, as the next safe point would.
  if ((vm.limits_on && vm.limit_hit) ||
      (vm.limits_on && vm.run_deadline && Clock::now() >= *vm.run_deadline)) {
    // End the slice so that check_limits reads the clock.
    vm.steps_used += static_cast<uint64_t>(vm.slice - vm.steps_left);
    vm.slice = vm.steps_left = 0;
    return vm.check_limits();
  }
  return true;
}

int limit_wait_ms(const VM& vm, int want_ms) {
  if (!vm.limits_on || !vm.run_deadline) return want_ms;
  auto left = std::chrono::ceil<std::chrono::milliseconds>(*vm.run_deadline - Clock::now()).count();
  if (left <= 0) return 0;
  if (want_ms < 0 || left < want_ms) return static_cast<int>(std::min<int64_t>(left, 3600 * 1000));
  return want_ms;
}

}  // namespace coil::vm
