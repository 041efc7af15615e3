// coil/async.hpp: futures the host completes (included by coil/coil.hpp).
//
//   // A native function whose result comes later (a download, a timer of
//   // the game, another thread's work):
//   game.def("load", [&pending](coil::VM& vm, std::string path) {
//     coil::Future f(vm);
//     f.on_cancel([path] { /* drop the work */ });
//     pending.push_back(f);
//     return f;  // the script: data = await game.load("map.txt")
//   }, coil::arg("path"));
//   ...
//   pending[0].set_result("the data");  // later, on the VM's thread
//
// A coil::Future is an asyncio.Future of the VM's running loop (or of the
// loop run_ready() drives), so await, asyncio.gather, wait_for, shield,
// cancellation and timeouts treat it like any other. Complete it on the
// VM's thread; from another thread, through vm.post(), moving the Future
// into the posted function (copying or destroying a Future or a Value
// touches its VM, so only the VM's thread may do it):
//   vm.post([f = std::move(f)](coil::VM&) mutable { f.set_result(42); });
#pragma once

#include <functional>
#include <string>
#include <utility>

#include "coil/coil.hpp"

namespace coil {

class Future {
 public:
  // A pending future on the loop running now, else on the loop run_ready()
  // drives. While it is pending, a loop with nothing else to do waits for
  // post() instead of stopping.
  explicit Future(VM& vm);

  bool done() const;
  bool cancelled() const;
  // Completes it: the awaiting coroutines resume at the loop's next
  // iteration. An InvalidStateError when it is already done (for instance
  // cancelled by the script: check done() or use on_cancel).
  template <class T>
  Result<Unit> set_result(T&& value) {
    VM* owner = future_.vm();
    if (!owner) return Value::dead_error();
    return set_result_value(owner->value(std::forward<T>(value)));
  }
  Result<Unit> set_result_value(const Value& value);
  // Completes it with an exception: `error`'s exception object when it has
  // one (coil::error_of), else the builtin exception its type names.
  Result<Unit> set_exception(const Error& error);
  // Runs `callback` (on the VM's thread) if the script cancels the future.
  void on_cancel(std::function<void()> callback);
  // The asyncio.Future itself.
  const Value& value() const { return future_; }

 private:
  Value future_;
};

template <>
struct Convert<Future> {
  static Value to(VM&, const Future& f) { return f.value(); }
};

}  // namespace coil
