// asyncio's native core, shared by its files: Future and Task (future.cpp),
// the event loop with its ready queue and timer heap (loop.cpp), and the
// module with the parts written in coil (module.cpp).
//
// Ordering follows CPython 3.11 (Lib/asyncio/{futures,tasks,base_events}.py):
// one FIFO ready queue holds every callback, task step and wake-up; done
// callbacks are scheduled with call_soon when a future completes; timers are
// moved to the ready queue in deadline order (ties: insertion order) once per
// loop iteration, before that iteration's ready callbacks run.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "stdlib/stdlib.hpp"

namespace coil::vm::aio {

struct LoopObj;
struct AsyncioState;

enum class FutState : uint8_t { Pending, Cancelled, Finished };

// What a future needs only once it is cancelled, has more than one done
// callback, has a name given or asked for (Task), or is gather()'s outer
// future: kept out of line (FutureObj::extra, made when first needed) so
// that a pending future or task stays small.
struct FutureExtra {
  // Done callbacks after the first (FutureObj::callback), in order.
  std::vector<Value> callbacks;
  Value cancel_message = Value::none();  // None or the message given to cancel()
  Value cancelled_exc = Value::null();   // the CancelledError a task's coroutine raised
  // gather()'s outer future: its children (a list; null() otherwise).
  Value children = Value::null();
  // Task: its name as a str once given or asked for (null(): "Task-N" from
  // its number, see TaskObj).
  Value name = Value::null();
  // asyncio.sleep's future completed by hand while its timer was pending:
  // the result its timer was to set (FutureObj::result holds that until
  // then), for the report when the timer comes due.
  Value timer_result = Value::null();
  // Task: cancelling(), the cancel() requests not yet uncancel()ed.
  int32_t num_cancels_requested = 0;
};

// asyncio.Future. A Task is a TaskObj (is_task), which extends it.
struct FutureObj : Foreign {
  FutState state;
  // _asyncio_future_blocking: set by __await__ when it yields the future.
  bool blocking;
  // An exception was set and nobody has looked at it yet.
  bool log_traceback;
  bool is_task;
  // Task: cancel() was called while no future was awaited.
  bool must_cancel;
  // gather()'s outer future: cancel() reached its children (_cancel_requested).
  bool cancel_requested;
  // `result` holds the exception set by set_exception.
  bool has_exception;
  // A future made by asyncio.sleep (loop_sleep_future): while pending, the
  // loop's timer heap holds it and `result` is what it completes with when
  // due; timer_cancelled once sleep() no longer waits for it.
  bool sleep_timer : 1;
  bool timer_cancelled : 1;
  // The task the loop's async generator finalizer hook made for aclose():
  // nothing else refers to it, so an exception is reported as soon as it is
  // set, as CPython reports it when the task is freed right after.
  bool report_at_once : 1;
  LoopObj* loop;
  Value result;
  // The first done callback (null() when none): a callable, a Task (its
  // wake-up), or a Handle holding a callable and its context.
  Value callback;
  FutureExtra* extra;

  Value exception() const { return has_exception ? result : Value::null(); }
  Value cancel_message() const { return extra ? extra->cancel_message : Value::none(); }
  Value children() const { return extra ? extra->children : Value::null(); }
  FutureExtra& ensure_extra() {
    if (!extra) extra = new FutureExtra();
    return *extra;
  }
  bool has_callbacks() const { return !callback.is_null(); }
  // Calls fn(cb) for each done callback, in the order they were added.
  template <class F>
  void for_each_callback(F fn) const {
    if (callback.is_null()) return;
    fn(callback);
    if (extra) {
      for (Value v : extra->callbacks) fn(v);
    }
  }
  // Removes the done callbacks for which drop(cb) is true (asked once for
  // each, in order), keeping the order of the others. In place: it never
  // allocates, so it may run while an allocation failure unwinds.
  template <class F>
  void remove_callbacks_if(F drop) {
    bool drop_first = !callback.is_null() && drop(callback);
    if (extra) {
      std::vector<Value>& rest = extra->callbacks;
      size_t kept = 0;
      for (size_t i = 0; i < rest.size(); ++i) {
        if (!drop(rest[i])) rest[kept++] = rest[i];
      }
      rest.resize(kept);
    }
    if (!drop_first) return;
    if (extra && !extra->callbacks.empty()) {
      callback = extra->callbacks.front();
      extra->callbacks.erase(extra->callbacks.begin());
    } else {
      callback = Value::null();
    }
  }
};

// asyncio.Task: a future that steps a coroutine. Its default name
// "Task-N" is kept as N in Obj::aux until asked for (FutureExtra::name).
struct TaskObj : FutureObj {
  Value coro;
  // The future it waits on, a SleepObj it is parked on (sleep.cpp:
  // task_waiter_future gives the Future), or null. Kept in `result`, which
  // a task uses only once done (None while it waits on nothing): a word
  // less per task.
  Foreign* fut_waiter() const {
    return state == FutState::Pending && result.is_obj() ? static_cast<Foreign*>(result.as_obj()) : nullptr;
  }
  void set_fut_waiter(Foreign* w) { result = w ? Value::object(w) : Value::none(); }
  // The contextvars Context its steps run in (null(): none captured).
  Value context;
};

// Every pending task pays for a TaskObj (issue 14: a task sleeping in
// asyncio.sleep in at most 300 bytes, bench/_sleep_memory.py).
static_assert(sizeof(TaskObj) <= 80, "a task fits the heap's 80-byte cells");

// asyncio.Handle / TimerHandle: a callback scheduled by call_soon/call_later.
struct HandleObj : Foreign {
  Value fn;
  Tuple* args;
  LoopObj* loop;
  double when;  // TimerHandle only
  bool cancelled;
  bool is_timer;
  // The contextvars Context the callback runs in (null(): the current one).
  Value context;
};

// `await asyncio.sleep(delay[, result])` served without a coroutine frame
// or a Future (sleep.cpp): its state in Obj::flags, its timer's insertion
// number in Obj::aux (as TimerEntry's targets). 32 bytes, as every task
// sleeping has one: a result other than None is one more slot after it.
struct SleepObj : Foreign {
  enum State : uint16_t {
    Created,     // `delay` is set
    Yielded0,    // sleep(0): yielded once to the loop
    Parked,      // its timer pending; `waiter` is the task parked on it
    Woken,       // its timer came due and queued the task's step
    Delegating,  // `waiter` is the Future made for it: awaits that
    Done,
  };
  static constexpr uint16_t kStateMask = 7;
  static constexpr uint16_t kHasResult = 8;  // the slot after it holds the result
  union {
    double delay;       // Created
    FutureObj* waiter;  // after: see State (null after sleep(0))
  };
  State state() const { return static_cast<State>(flags & kStateMask); }
  void set_state(State s) { flags = static_cast<uint16_t>((flags & ~kStateMask) | s); }
  Value* result_slot() { return reinterpret_cast<Value*>(this + 1); }
  // What sleep() returns.
  Value result() { return flags & kHasResult ? *result_slot() : Value::none(); }
};
static_assert(sizeof(SleepObj) == 32, "a sleep with no result fits the heap's 32-byte cells");

// One entry of the ready queue. Task steps and wake-ups and future done
// callbacks are stored without allocating a Handle.
struct ReadyItem {
  enum Kind : uint8_t { Handle, Call, Step, Wakeup, SleepDue } kind;
  // Handle: the HandleObj; Call: the function; Step/Wakeup: the task;
  // SleepDue: asyncio.sleep's future or SleepObj, whose timer came due.
  Value a;
  // Call: its one argument; Step: exception to throw or null(); Wakeup: the
  // future; SleepDue: the timer's deadline (a float).
  Value b;
};

// A pending timer: 16 bytes, as every sleeping task has one. Its target's
// Obj::aux holds its insertion number (the low 32 bits of
// LoopObj::timer_seq), which breaks ties between equal deadlines.
struct TimerEntry {
  double when;
  // A TimerHandle, a future made by asyncio.sleep (FutureObj::sleep_timer),
  // or a SleepObj.
  Foreign* target;
};

// The callbacks add_reader/add_writer registered for one file descriptor.
struct IoWatch {
  HandleObj* reader = nullptr;
  HandleObj* writer = nullptr;
};

struct LoopObj : Foreign {
  AsyncioState* st;
  std::deque<ReadyItem> ready;
  // Tasks created on this loop (all_tasks); done ones are pruned as it grows.
  std::vector<Value> tasks;
  size_t tasks_pruned_at;
  // A binary min-heap by (when, seq).
  std::vector<TimerEntry> timers;
  uint64_t timer_seq;
  bool running;
  bool stopping;
  bool closed;
  // get_debug()/set_debug(): only remembered; debug mode's extra checks and
  // warnings are not implemented.
  bool debug;
  Value exception_handler;  // None: the default handler
  // I/O readiness (loop_io.cpp): an epoll instance made when the first
  // descriptor is watched (-1 before), and what is watched. While nothing
  // is, the loop waits exactly as a sleep-driven loop does.
  int epfd = -1;
  std::unordered_map<int, IoWatch> io;
  ~LoopObj();
};

// Per-VM state of the asyncio module (a VM Extension: traced at every
// collection, reports never-retrieved task exceptions at shutdown).
struct AsyncioState : Extension {
  // The asyncio module (stdlib/lib/asyncio.py), once it has run _attach.
  Module* module = nullptr;
  Type* future_type = nullptr;
  Type* task_type = nullptr;
  Type* future_iter_type = nullptr;
  Type* loop_type = nullptr;
  Type* handle_type = nullptr;
  Type* timer_handle_type = nullptr;
  Type* sleep_type = nullptr;
  Value cancelled_error = Value::null();
  Value invalid_state_error = Value::null();
  // set_event_loop's loop (None before), and the loop running now (None).
  Value current_loop = Value::none();
  Value running_loop = Value::none();
  Value current_task = Value::none();
  // Once set_event_loop was called, get_event_loop no longer creates a loop.
  bool set_event_loop_called = false;
  int64_t task_counter = 0;
  // Futures whose exception may never be retrieved (checked at shutdown).
  std::vector<FutureObj*> failed;
  // The eventfd VM::mailbox.wake() writes to (see Mailbox::wake_fd); made
  // with the first epoll instance, closed with this state.
  int wake_fd = -1;

  ~AsyncioState() override;
  void trace(Heap& heap) override;
  void shutdown(VM& vm) override;
};

AsyncioState& state(VM& vm);

// ---- future.cpp
void init_future_types(VM& vm, AsyncioState& st);
bool is_future(AsyncioState& st, Value v);
FutureObj* new_future(VM& vm, LoopObj* loop);
// Wraps a coroutine in a Task scheduled on `loop`; exception() on error.
// `context`: a contextvars.Context, or null()/None for a copy of the current one.
Value new_task(VM& vm, LoopObj* loop, Value coro, Value name, Value context = Value::null());
// gather()'s outer future over `children` (a list): cancel() cancels them.
FutureObj* new_gathering_future(VM& vm, LoopObj* loop, Value children);
// Completion; each schedules the done callbacks. false: exception pending.
bool future_set_result(VM& vm, FutureObj* f, Value v);
bool future_set_exception(VM& vm, FutureObj* f, Value exc);
bool future_cancel(VM& vm, FutureObj* f, Value msg);
// f.cancel(msg) as a caller sees it: Task.cancel, gather's cancel, or Future.cancel.
bool future_cancel_request(VM& vm, FutureObj* f, Value msg);
bool future_add_callback(VM& vm, FutureObj* f, Value fn);
// One step of a task: resume its coroutine with nothing or an exception.
// false only for KeyboardInterrupt/SystemExit (pending), which stop the loop.
bool task_step(VM& vm, TaskObj* task, Value exc);
bool task_wakeup(VM& vm, TaskObj* task, FutureObj* fut);
Value future_repr(VM& vm, Value self);
// One step of `await f` (TypeSlots::await_next): 1 yielding, 0 done with
// the result in `out`, -1 raising.
int future_await_next(VM& vm, Value self, Value& out);
bool is_coroutine(VM& vm, Value v);
// hash() of futures, loops and handles: by identity.

// ---- loop.cpp
void init_loop_types(VM& vm, AsyncioState& st);
LoopObj* new_loop(VM& vm);
void loop_push(LoopObj* loop, ReadyItem item);
// call_soon(fn, *args) returning the Handle.
Value loop_call_soon(VM& vm, LoopObj* loop, Value fn, Tuple* args);
// Runs until stop() (or `until` completes, which the caller arranges); on
// running out of work raises about `until` or, with none, reports and returns.
bool loop_run_forever(VM& vm, LoopObj* loop, FutureObj* until);
// loop.call_exception_handler(context) for a context dict.
void loop_report(VM& vm, LoopObj* loop, Dict* context);
// "Task exception was never retrieved" for f, through its loop's handler.
void report_unretrieved(VM& vm, FutureObj* f);
// One iteration for a host driving the loop (coil::VM::run_ready): runs
// posted work, moves due timers to the ready queue and runs the callbacks
// ready then, never waiting; `ran` counts them. false: KeyboardInterrupt or
// SystemExit is pending.
bool loop_run_ready(VM& vm, LoopObj* loop, size_t& ran);
// asyncio.sleep(delay, result)'s future, due at loop time `when`: it is its
// own timer (no TimerHandle, callback or argument tuple).
FutureObj* loop_sleep_future(VM& vm, LoopObj* loop, double when, Value result);
// Puts `target` (TimerEntry::target) on the timer heap, due at `when`.
void loop_push_timer(LoopObj* loop, double when, Foreign* target);
// asyncio.sleep's future `f` came due at `when`: what CPython's
// _set_result_unless_cancelled(future, result) does.
bool sleep_future_due(VM& vm, LoopObj* loop, FutureObj* f, double when);
// The deadline of the earliest live timer; false when there is none.
bool loop_next_timer(LoopObj* loop, double& when);
// ---- sleep.cpp
void init_sleep_type(VM& vm, AsyncioState& st);
// VM::await_call_hook for asyncio.sleep: a SleepObj, or null() to decline.
Value sleep_await_hook(VM& vm, Function* fn, Value* args, int nargs);
bool is_sleep(AsyncioState& st, const Obj* o);
// The SleepObj's timer no longer completes anything.
bool sleep_timer_cancelled(SleepObj* s);
// Its timer came due; false: KeyboardInterrupt or SystemExit is pending.
bool sleep_due(VM& vm, LoopObj* loop, SleepObj* s, double when);
// The task's coroutine yielded `r`: true when it is the task's SleepObj,
// on which the task is now parked.
bool task_parks_on_sleep(VM& vm, TaskObj* task, Value r);
// What the task waits on as a Future (made now for a SleepObj), or null.
FutureObj* task_waiter_future(VM& vm, TaskObj* task);
// ---- loop_io.cpp
// Waits for I/O (and up to the next timer) and moves the ready descriptors'
// callbacks to the ready queue; only called while something is watched.
// `block`: nothing else is ready. false with KeyboardInterrupt pending.
bool loop_poll_io(VM& vm, LoopObj* loop, bool block);
// Stops watching everything (loop.close()).
void loop_close_io(LoopObj* loop);
void init_loop_io_methods(VM& vm, Type* loop_type);
void trace_loop_io(LoopObj* loop, std::vector<Obj*>& gray);
// A Handle for fn(*args), run in a copy of the current contextvars context.
HandleObj* new_handle(VM& vm, LoopObj* loop, Value fn, Tuple* args, bool timer, double when);
// A done callback as given to add_done_callback (one stored with a context
// waits as a Handle).
inline Value callback_function(AsyncioState* st, Value cb) {
  if (cb.is_obj() && cb.as_obj()->type == st->handle_type) return static_cast<HandleObj*>(cb.as_obj())->fn;
  return cb;
}
double loop_time(VM& vm);
// Advances the virtual clock, or sleeps, until loop time `when` (loop.cpp).
bool wait_until(VM& vm, double when);

// "name(args) at file:line", as asyncio's format_helpers._format_callback_source.
std::string format_callback(VM& vm, Value fn, Tuple* args);

}  // namespace coil::vm::aio
