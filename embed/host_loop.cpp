// The event loop driven by the host (coil::VM::spawn, run_ready,
// advance_clock, post) and the futures it completes (coil::Future,
// include/coil/async.hpp), over stdlib/asyncio's native loop and futures.
#include <cmath>
#include <cstdio>
#include <exception>
#include <string>

#include "coil/coil.hpp"
#include "embed/api_internal.hpp"
#include "stdlib/asyncio/asyncio.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/vm.hpp"

namespace coil {

using detail::Access;
using detail::Core;
namespace aio = vm::aio;

namespace {

aio::LoopObj* as_loop(const Value& v) { return static_cast<aio::LoopObj*>(Access::get(v).as_obj()); }
aio::FutureObj* as_future(const Value& v) { return static_cast<aio::FutureObj*>(Access::get(v).as_obj()); }

// The loop run_ready() drives: made on first use, and the loop
// asyncio.get_event_loop() gives until a script sets another. Throws Error.
aio::LoopObj* host_loop(VM& owner) {
  Core& core = Access::core(owner);
  if (core.host_loop.alive()) return as_loop(core.host_loop);
  owner.import_module("asyncio").value();
  vm::VM& vm = Access::vm(owner);
  aio::AsyncioState& st = aio::state(vm);
  aio::LoopObj* loop = aio::new_loop(vm);
  core.host_loop = Access::make(core, vm::Value::object(loop));
  if (st.current_loop.is_none()) st.current_loop = vm::Value::object(loop);
  return loop;
}

}  // namespace

// ---------------------------------------------------------------- the loop

Result<Value> VM::spawn(const Value& awaitable) {
  try {
    aio::LoopObj* loop = host_loop(*this);
    Value asyncio = import_module("asyncio").value();
    Value loop_value = Access::make(*core_, vm::Value::object(loop));
    return asyncio.call_method("ensure_future", awaitable, kw("loop", loop_value));
  } catch (const Error& e) {
    return e;
  }
}

Result<LoopStatus> VM::run_ready(int max_passes) {
  aio::LoopObj* loop = nullptr;
  try {
    loop = host_loop(*this);
  } catch (const Error& e) {
    return e;
  }
  vm::VM& vm = *core_->vm;
  aio::AsyncioState& st = *loop->st;
  if (loop->closed) return Error("RuntimeError", "Event loop is closed");
  if (loop->running) return Error("RuntimeError", "This event loop is already running");
  if (!st.running_loop.is_none()) {
    return Error("RuntimeError", "Cannot run the event loop while another loop is running");
  }
  vm::RootScope roots(vm);
  roots.add(loop);
  loop->running = true;
  st.running_loop = vm::Value::object(loop);
  LoopStatus status;
  bool ok = true;
  for (int pass = 0; pass < max_passes && ok; ++pass) {
    ok = aio::loop_run_ready(vm, loop, status.ran);
    if (loop->ready.empty() && vm.mailbox.empty()) break;
  }
  loop->running = false;
  loop->stopping = false;
  st.running_loop = vm::Value::none();
  if (!ok) return detail::take_error(vm);
  status.ready = loop->ready.size();
  double when = 0;
  if (aio::loop_next_timer(loop, when)) {
    double in = when - clock();
    status.next_timer = in > 0 ? in : 0.0;
  }
  return status;
}

double VM::clock() { return vm::clock_now(*core_->vm, vm::ClockKind::Monotonic); }

RunResult VM::advance_clock(double seconds) {
  vm::VM& vm = *core_->vm;
  if (!vm.options.virtual_time) {
    return Error("RuntimeError", "advance_clock() needs Config::virtual_time: the real clock cannot be moved");
  }
  if (!(seconds >= 0)) return Error("ValueError", "advance_clock() needs a step of 0 seconds or more");
  vm.virtual_elapsed_ns += std::llround(seconds * 1e9);
  return Unit{};
}

void VM::post(std::function<void(VM&)> fn) {
  vm::VM& vm = *core_->vm;
  VM* self = this;
  {
    std::lock_guard<std::mutex> lock(vm.mailbox.mutex);
    vm.mailbox.items.push_back([self, fn = std::move(fn)] {
      try {
        fn(*self);
      } catch (const std::exception& e) {
        self->core_->vm->write_err(std::string("coil: a function posted to the VM failed: ") + e.what() + "\n");
      } catch (...) {
        self->core_->vm->write_err("coil: a function posted to the VM failed\n");
      }
    });
  }
  vm.mailbox.arrived.notify_all();
  vm.mailbox.wake();
}

// ---------------------------------------------------------------- futures

Future::Future(VM& owner) {
  owner.import_module("asyncio").value();
  vm::VM& vm = Access::vm(owner);
  aio::AsyncioState& st = aio::state(vm);
  aio::LoopObj* loop = st.running_loop.is_none() ? host_loop(owner)
                                                 : static_cast<aio::LoopObj*>(st.running_loop.as_obj());
  aio::FutureObj* f = aio::new_future(vm, loop);
  future_ = Access::make(Access::core(owner), vm::Value::object(f));
  // Pending host futures keep a loop with nothing else to do waiting for
  // post() (see Mailbox::host_waits), until this one is done.
  Value done = function(owner, "_host_future_done", [](VM& v, const Value&) { --Access::vm(v).mailbox.host_waits; });
  ++vm.mailbox.host_waits;
  if (!aio::future_add_callback(vm, f, Access::get(done))) throw detail::take_error(vm);
}

bool Future::done() const { return future_.alive() && as_future(future_)->state != aio::FutState::Pending; }

bool Future::cancelled() const {
  return future_.alive() && as_future(future_)->state == aio::FutState::Cancelled;
}

Result<Unit> Future::set_result_value(const Value& value) {
  if (!future_.alive()) return Value::dead_error();
  vm::VM& vm = Access::vm(*future_.vm());
  if (value.alive() && Access::core_ptr(value) != Access::core_ptr(future_)) {
    return Error("ValueError", "the value belongs to another VM");
  }
  if (!aio::future_set_result(vm, as_future(future_), Access::get(value))) return detail::take_error(vm);
  return Unit{};
}

Result<Unit> Future::set_exception(const Error& error) {
  if (!future_.alive()) return Value::dead_error();
  vm::VM& vm = Access::vm(*future_.vm());
  detail::raise_error(vm, error);
  vm::RootScope roots(vm);
  vm::Value exc = roots.add(vm.take_pending());
  if (!aio::future_set_exception(vm, as_future(future_), exc)) return detail::take_error(vm);
  return Unit{};
}

void Future::on_cancel(std::function<void()> callback) {
  if (!future_.alive()) throw Value::dead_error();
  VM& owner = *future_.vm();
  vm::VM& vm = Access::vm(owner);
  Value fn = function(owner, "_host_future_cancelled", [callback = std::move(callback)](const Value& fut) {
    if (as_future(fut)->state == aio::FutState::Cancelled) callback();
  });
  if (!aio::future_add_callback(vm, as_future(future_), Access::get(fn))) throw detail::take_error(vm);
}

}  // namespace coil
