// The asyncio event loop: a FIFO ready queue, a timer heap ordered by
// deadline then insertion, and run_forever's iteration (CPython's
// BaseEventLoop._run_once): expire timers into the ready queue, then run the
// callbacks that were ready when the iteration began. With nothing ready the
// loop sleeps until the next deadline (in 50 ms slices, so VM::interrupt()
// is seen promptly), or under virtual time advances the clock at once.
// Work posted from other threads (VM::mailbox) runs at the start of each
// iteration and cuts a wait short; while a host future is pending a loop
// with nothing else to do waits for mail.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <string>

#include "stdlib/asyncio/asyncio.hpp"
#include "vm/interrupt.hpp"
#include "vm/limits.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/traceback.hpp"

namespace coil::vm::aio {

static LoopObj* as_loop(Value v) { return static_cast<LoopObj*>(v.as_obj()); }
static HandleObj* as_handle(Value v) { return static_cast<HandleObj*>(v.as_obj()); }

static void loop_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* l = static_cast<LoopObj*>(self);
  for (const ReadyItem& it : l->ready) {
    mark_gray(gray, it.a);
    mark_gray(gray, it.b);
  }
  for (const TimerEntry& t : l->timers) mark_gray(gray, Value::object(t.target));
  for (Value v : l->tasks) mark_gray(gray, v);
  mark_gray(gray, l->exception_handler);
  trace_loop_io(l, gray);
}

static void loop_destroy(Obj* self) { static_cast<LoopObj*>(self)->~LoopObj(); }

static const ForeignClass kLoopClass = {"EventLoop", loop_trace, loop_destroy};

static void handle_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* h = static_cast<HandleObj*>(self);
  mark_gray(gray, h->fn);
  if (h->args) mark_gray(gray, Value::object(h->args));
  if (h->loop) mark_gray(gray, Value::object(h->loop));
  mark_gray(gray, h->context);
}

static const ForeignClass kHandleClass = {"Handle", handle_trace, nullptr};

LoopObj* new_loop(VM& vm) {
  AsyncioState& st = state(vm);
  auto* l = vm.alloc<LoopObj>(ObjKind::Foreign, st.loop_type);
  l->cls = &kLoopClass;
  l->st = &st;
  l->timer_seq = 0;
  l->tasks_pruned_at = 0;
  l->running = l->stopping = l->closed = l->debug = false;
  l->exception_handler = Value::none();
  return l;
}

void loop_push(LoopObj* loop, ReadyItem item) { loop->ready.push_back(item); }

double loop_time(VM& vm) { return clock_now(vm, ClockKind::Monotonic); }

// ---------------------------------------------------------------- timers

static bool timer_later(const TimerEntry& a, const TimerEntry& b) {
  if (a.when != b.when) return a.when > b.when;
  // Insertion numbers compared modulo 2^32: right while the timers pending
  // at once were inserted fewer than 2^31 apart.
  return static_cast<int32_t>(a.target->aux - b.target->aux) > 0;
}

HandleObj* new_handle(VM& vm, LoopObj* loop, Value fn, Tuple* args, bool timer, double when) {
  RootScope roots(vm);
  roots.add(fn);
  if (args) roots.add(args);
  Value context = roots.add(context_capture(vm));
  auto* h = vm.alloc<HandleObj>(ObjKind::Foreign, timer ? loop->st->timer_handle_type : loop->st->handle_type);
  h->context = context;
  h->cls = &kHandleClass;
  h->fn = fn;
  h->args = args;
  h->loop = loop;
  h->when = when;
  h->cancelled = false;
  h->is_timer = timer;
  return h;
}

void loop_push_timer(LoopObj* loop, double when, Foreign* target) {
  target->aux = static_cast<uint32_t>(loop->timer_seq++);
  loop->timers.push_back({when, target});
  std::push_heap(loop->timers.begin(), loop->timers.end(), timer_later);
}

static Foreign* pop_timer(LoopObj* loop) {
  std::pop_heap(loop->timers.begin(), loop->timers.end(), timer_later);
  Foreign* t = loop->timers.back().target;
  loop->timers.pop_back();
  return t;
}

static bool is_sleep_future(LoopObj* loop, Foreign* target) { return target->type == loop->st->future_type; }

static bool timer_cancelled(LoopObj* loop, Foreign* target) {
  if (is_sleep_future(loop, target)) return static_cast<FutureObj*>(target)->timer_cancelled;
  if (is_sleep(*loop->st, target)) return sleep_timer_cancelled(static_cast<SleepObj*>(target));
  return static_cast<HandleObj*>(target)->cancelled;
}

// Pops the cancelled timers at the front of the heap (CPython's _run_once
// does the same before computing how long to wait).
static void drop_cancelled_timers(LoopObj* loop) {
  while (!loop->timers.empty() && timer_cancelled(loop, loop->timers.front().target)) pop_timer(loop);
}

// Moves the timers due by now to the ready queue, in deadline order.
static void move_due_timers(VM& vm, LoopObj* loop) {
  double end_time = loop_time(vm) + 1e-9;
  while (!loop->timers.empty() && loop->timers.front().when < end_time) {
    double when = loop->timers.front().when;
    Foreign* t = pop_timer(loop);
    if (timer_cancelled(loop, t)) continue;
    if (is_sleep_future(loop, t) || is_sleep(*loop->st, t)) {
      loop_push(loop, {ReadyItem::SleepDue, Value::object(t), Value::from_double(when)});
    } else {
      loop_push(loop, {ReadyItem::Handle, Value::object(t), Value::null()});
    }
  }
}

FutureObj* loop_sleep_future(VM& vm, LoopObj* loop, double when, Value result) {
  RootScope roots(vm);
  roots.add(result);
  FutureObj* f = new_future(vm, loop);
  f->sleep_timer = true;
  f->result = result;
  loop_push_timer(loop, when, f);
  return f;
}

Value loop_call_soon(VM& vm, LoopObj* loop, Value fn, Tuple* args) {
  HandleObj* h = new_handle(vm, loop, fn, args, false, 0);
  loop_push(loop, {ReadyItem::Handle, Value::object(h), Value::null()});
  return Value::object(h);
}

// ---------------------------------------------------------------- reporting

std::string format_callback(VM& vm, Value fn, Tuple* args) {
  Value target = fn;
  if (fn.is_obj() && fn.as_obj()->kind == ObjKind::BoundMethod) {
    target = static_cast<BoundMethod*>(fn.as_obj())->func;
  }
  std::string s;
  Value q = vm.getattr_opt(fn, vm.names.__qualname__);
  if (q.is_exception()) vm.pending = Value::null();
  if (q.is_obj() && is_str(q)) {
    s = std::string(as_str(q)->view());
  } else {
    Value r = vm.repr(fn);
    if (r.is_exception()) {
      vm.pending = Value::null();
      s = "?";
    } else {
      s = std::string(as_str(r)->view());
    }
  }
  s += "(";
  for (uint32_t i = 0; args && i < args->size; ++i) {
    Value r = vm.repr(args->items[i]);
    if (r.is_exception()) {
      vm.pending = Value::null();
      continue;
    }
    s += (i ? ", " : "") + std::string(as_str(r)->view());
  }
  s += ")";
  if (target.is_obj() && target.as_obj()->kind == ObjKind::Function) {
    Code* c = static_cast<Function*>(target.as_obj())->code;
    s += " at " + std::string(c->filename->view()) + ":" + std::to_string(c->firstlineno);
  }
  return s;
}

static std::string repr_text(VM& vm, Value v) {
  Value r = vm.repr(v);
  if (r.is_exception()) {
    vm.pending = Value::null();
    return "<?>";
  }
  return std::string(as_str(r)->view());
}

// BaseEventLoop.default_exception_handler, writing where logging's
// last-resort handler would: the message, the context, the traceback.
static void default_report(VM& vm, Dict* context) {
  Value msg = dict_get_str(context, vm.intern("message"));
  std::string text = msg.is_null() ? "Unhandled exception in event loop" : repr_text(vm, msg);
  if (!msg.is_null() && is_str(msg)) text = std::string(as_str(msg)->view());
  std::vector<std::pair<std::string, Value>> extra;
  for (auto& e : context->table.entries) {
    if (e.key.is_null() || !is_str(e.key)) continue;
    std::string k(as_str(e.key)->view());
    if (k == "message" || k == "exception") continue;
    extra.push_back({k, e.value});
  }
  std::sort(extra.begin(), extra.end(), [](auto& a, auto& b) { return a.first < b.first; });
  for (auto& [k, v] : extra) text += "\n" + k + ": " + repr_text(vm, v);
  text += "\n";
  Value exc = dict_get_str(context, vm.intern("exception"));
  if (!exc.is_null() && vm.isinstance(exc, vm.types.BaseException)) text += format_exception(vm, exc);
  vm.write_err(text);
}

void loop_report(VM& vm, LoopObj* loop, Dict* context) {
  RootScope roots(vm);
  roots.add(context);
  Value saved = roots.add(vm.take_pending());
  if (!loop || loop->exception_handler.is_none()) {
    default_report(vm, context);
  } else {
    Value r = vm.call2(loop->exception_handler, Value::object(loop), Value::object(context));
    if (r.is_exception()) {
      Value e = roots.add(vm.take_pending());
      Dict* d = vm.new_dict();
      roots.add(d);
      dict_set_str(vm, d, vm.intern("message"), vm.str_value("Unhandled error in exception handler"));
      dict_set_str(vm, d, vm.intern("exception"), e);
      dict_set_str(vm, d, vm.intern("context"), Value::object(context));
      default_report(vm, d);
    }
  }
  vm.pending = saved;
}

// Reports the pending exception of a callback ("Exception in callback ...").
static void report_callback_error(VM& vm, LoopObj* loop, Value fn, Tuple* args, Value handle) {
  RootScope roots(vm);
  // The callback and its arguments may be reachable from nowhere else (a
  // done callback's fresh argument tuple): the allocations below can collect.
  roots.add(fn);
  if (args) roots.add(Value::object(args));
  roots.add(handle);
  Value exc = roots.add(vm.take_pending());
  Dict* d = roots.add(vm.new_dict());
  std::string cb = format_callback(vm, fn, args);
  dict_set_str(vm, d, vm.intern("message"), vm.str_value("Exception in callback " + cb));
  dict_set_str(vm, d, vm.intern("exception"), exc);
  // Future done callbacks run without a Handle; make one for the report.
  if (handle.is_null()) handle = Value::object(new_handle(vm, loop, fn, args, false, 0));
  dict_set_str(vm, d, vm.intern("handle"), handle);
  loop_report(vm, loop, d);
}

static bool is_fatal(VM& vm) {
  return vm.pending_is(vm.types.KeyboardInterrupt) || vm.pending_is(vm.types.SystemExit);
}

// The timer of an asyncio.sleep future that was completed by hand came due:
// runs what CPython's timer runs, asyncio._set_result_unless_cancelled(
// future, result), which raises InvalidStateError, and reports it as the
// failing callback of a TimerHandle (only this rare case makes one).
static bool run_late_sleep_timer(VM& vm, LoopObj* loop, FutureObj* f, double when) {
  RootScope roots(vm);
  roots.add(Value::object(f));
  Value fn = roots.add(dict_get_str(loop->st->module->dict, vm.intern("_set_result_unless_cancelled")));
  if (fn.is_null()) return true;  // asyncio.py defines it; not run without it
  Value result = f->extra ? f->extra->timer_result : Value::none();
  Tuple* args = roots.add(vm.tuple_of({Value::object(f), result}));
  if (!vm.call(fn, args->items, 2).is_exception()) return true;
  if (is_fatal(vm)) return false;
  Value handle = Value::object(new_handle(vm, loop, fn, args, true, when));
  report_callback_error(vm, loop, fn, args, handle);
  return true;
}

bool sleep_future_due(VM& vm, LoopObj* loop, FutureObj* f, double when) {
  if (f->timer_cancelled || f->state == FutState::Cancelled) return true;
  if (f->state == FutState::Pending) {
    future_set_result(vm, f, f->result);
    return true;
  }
  return run_late_sleep_timer(vm, loop, f, when);
}

// Runs one ready item; false when KeyboardInterrupt/SystemExit must stop the loop.
static bool run_item_unguarded(VM& vm, LoopObj* loop, const ReadyItem& it) {
  switch (it.kind) {
    case ReadyItem::Handle: {
      HandleObj* h = as_handle(it.a);
      if (h->cancelled) return true;
      uint32_t n = h->args ? h->args->size : 0;
      Value r = Value::exception();
      if (context_enter(vm, h->context)) {
        r = vm.call(h->fn, n ? h->args->items : nullptr, static_cast<int>(n));
        context_leave(vm, h->context);
      }
      if (!r.is_exception()) return true;
      if (is_fatal(vm)) return false;
      report_callback_error(vm, loop, h->fn, h->args, it.a);
      return true;
    }
    case ReadyItem::Call: {
      // A done callback; one added with a context waits as a Handle.
      Value fn = callback_function(loop->st, it.a);
      Value context = fn.raw() == it.a.raw() ? Value::null() : as_handle(it.a)->context;
      Value r = Value::exception();
      if (context_enter(vm, context)) {
        r = vm.call1(fn, it.b);
        context_leave(vm, context);
      }
      if (!r.is_exception()) return true;
      if (is_fatal(vm)) return false;
      report_callback_error(vm, loop, fn, vm.tuple_of({it.b}), Value::null());
      return true;
    }
    case ReadyItem::SleepDue:
      if (is_sleep(*loop->st, it.a.as_obj())) {
        return sleep_due(vm, loop, static_cast<SleepObj*>(it.a.as_obj()), it.b.as_double());
      }
      return sleep_future_due(vm, loop, static_cast<FutureObj*>(it.a.as_obj()), it.b.as_double());
    case ReadyItem::Step:
    case ReadyItem::Wakeup: {
      auto* task = static_cast<TaskObj*>(it.a.as_obj());
      bool ok = it.kind == ReadyItem::Step
                    ? task_step(vm, task, it.b)
                    : task_wakeup(vm, task, static_cast<FutureObj*>(it.b.as_obj()));
      if (ok) return true;
      if (is_fatal(vm)) return false;
      RootScope roots(vm);
      Value exc = roots.add(vm.take_pending());
      Dict* d = roots.add(vm.new_dict());
      dict_set_str(vm, d, vm.intern("message"), vm.str_value("Exception in callback Task.task_wakeup()"));
      dict_set_str(vm, d, vm.intern("exception"), exc);
      loop_report(vm, loop, d);
      return true;
    }
  }
  return true;
}

// run_item_unguarded, where an allocation failing in the loop's own native
// code (Python code the item runs raises MemoryError where it is) does not
// lose the item: the task whose step it was finishes with the MemoryError
// instead of never being stepped again, and a callback's is reported as its
// other exceptions are.
static bool run_item(VM& vm, LoopObj* loop, const ReadyItem& it) {
  try {
    return run_item_unguarded(vm, loop, it);
  } catch (const std::bad_alloc&) {
    vm.raise_memory_error();
  }
  RootScope roots(vm);
  if (it.kind == ReadyItem::Step || it.kind == ReadyItem::Wakeup) {
    auto* task = static_cast<FutureObj*>(it.a.as_obj());
    Value exc = roots.add(vm.take_pending());
    if (task->state == FutState::Pending) future_set_exception(vm, task, exc);
    return true;
  }
  if (it.kind == ReadyItem::Handle) {
    HandleObj* h = as_handle(it.a);
    report_callback_error(vm, loop, h->fn, h->args, it.a);
  } else {
    Value exc = roots.add(vm.take_pending());
    Tuple* args = roots.add(vm.tuple_of({it.b}));
    vm.pending = exc;
    report_callback_error(vm, loop, callback_function(loop->st, it.a), args, Value::null());
  }
  return true;
}

// ---------------------------------------------------------------- waiting

// Waits until loop time `when`; false with KeyboardInterrupt pending when
// interrupted.
// Sleeps up to `seconds` (one slice), returning early when mail arrives.
static void wait_for_mail(VM& vm, double seconds) {
  std::unique_lock<std::mutex> lock(vm.mailbox.mutex);
  vm.mailbox.arrived.wait_for(lock, std::chrono::duration<double>(seconds),
                              [&vm] { return !vm.mailbox.items.empty(); });
}

// Waits for mail when a host future is pending and nothing else can happen;
// false with KeyboardInterrupt pending when interrupted.
static bool wait_for_host(VM& vm) {
  while (vm.mailbox.empty()) {
    if (!poll_limits_waiting(vm)) return false;
    wait_for_mail(vm, 0.05);
  }
  return true;
}

bool wait_until(VM& vm, double when) {
  if (vm.options.virtual_time) {
    // Exactly to the deadline (no drift, so ties stay ties); run_once's
    // 1 ns resolution absorbs the rounding to nanoseconds.
    int64_t now = clock_now_ns(vm, ClockKind::Monotonic);
    int64_t target = std::llround(when * 1e9);
    if (target > now) vm.virtual_elapsed_ns += target - now;
    return true;
  }
  constexpr double kSlice = 0.05;
  for (;;) {
    if (!poll_limits_waiting(vm)) return false;
    double remaining = when - loop_time(vm);
    if (remaining <= 0 || !vm.mailbox.empty()) return true;
    wait_for_mail(vm, remaining < kSlice ? remaining : kSlice);
  }
}

// coil runs one thread of Python code at a time (stdlib/lib/threading.py):
// a thread started with threading.Thread runs, to its end, when the loop has
// nothing ready, as it would have run while the loop waited. 1 when one
// ran, 0 when none is queued, -1 with an exception pending.
static int run_queued_thread(VM& vm) {
  Value mod = vm.modules ? dict_get_str(vm.modules, vm.intern("threading")) : Value::null();
  if (!mod.is_obj() || mod.as_obj()->kind != ObjKind::Module) return 0;
  Dict* d = static_cast<Module*>(mod.as_obj())->dict;
  Value pending = dict_get_str(d, vm.intern("_pending"));
  if (!pending.is_obj() || pending.as_obj()->kind != ObjKind::List || static_cast<List*>(pending.as_obj())->items.empty()) {
    return 0;
  }
  Value run_one = dict_get_str(d, vm.intern("_run_pending_one"));
  if (run_one.is_null()) return 0;
  return vm.call0(run_one).is_exception() ? -1 : 1;
}

// One loop iteration. false: an exception is pending (loop stops).
static bool run_once(VM& vm, LoopObj* loop, FutureObj* until) {
  vm.mailbox.run();
  if (loop->ready.empty() && !loop->stopping) {
    int ran = run_queued_thread(vm);
    if (ran < 0) return false;
    if (ran > 0) return true;
  }
  drop_cancelled_timers(loop);
  if (!loop->io.empty()) {
    // Descriptors are watched: one epoll wait covers them, the next timer
    // and mail (CPython's selector.select(timeout)).
    if (!loop_poll_io(vm, loop, loop->ready.empty() && !loop->stopping)) return false;
  } else if (loop->ready.empty() && !loop->stopping) {
    if (loop->timers.empty() && vm.mailbox.host_waits > 0) return wait_for_host(vm);
    if (loop->timers.empty()) {
      if (until) {
        vm.raise_fmt(vm.types.RuntimeError,
                     "Event loop ran out of work: nothing can ever complete %s",
                     repr_text(vm, Value::object(until)).c_str());
        return false;
      }
      vm.write_err("coil: the event loop ran out of work (no ready callbacks, no timers): run_forever() returns\n");
      loop->stopping = true;
      return true;
    }
    if (!wait_until(vm, loop->timers.front().when)) return false;
  }
  move_due_timers(vm, loop);
  size_t ntodo = loop->ready.size();
  for (size_t i = 0; i < ntodo; ++i) {
    RootScope roots(vm);
    ReadyItem it = loop->ready.front();
    loop->ready.pop_front();
    roots.add(it.a);
    roots.add(it.b);
    if (!run_item(vm, loop, it)) return false;
    if (vm.interrupt_requested && handle_interrupt(vm).is_exception()) return false;
  }
  return true;
}

bool loop_run_ready(VM& vm, LoopObj* loop, size_t& ran) {
  vm.mailbox.run();
  if (!loop->io.empty() && !loop_poll_io(vm, loop, false)) return false;
  move_due_timers(vm, loop);
  size_t ntodo = loop->ready.size();
  for (size_t i = 0; i < ntodo; ++i) {
    RootScope roots(vm);
    ReadyItem it = loop->ready.front();
    loop->ready.pop_front();
    roots.add(it.a);
    roots.add(it.b);
    ++ran;
    if (!run_item(vm, loop, it)) return false;
  }
  return true;
}

bool loop_next_timer(LoopObj* loop, double& when) {
  drop_cancelled_timers(loop);
  if (loop->timers.empty()) return false;
  when = loop->timers.front().when;
  return true;
}

static bool check_runnable(VM& vm, LoopObj* loop) {
  if (loop->closed) {
    vm.raise(vm.types.RuntimeError, "Event loop is closed");
    return false;
  }
  if (loop->running) {
    vm.raise(vm.types.RuntimeError, "This event loop is already running");
    return false;
  }
  if (!loop->st->running_loop.is_none()) {
    vm.raise(vm.types.RuntimeError, "Cannot run the event loop while another loop is running");
    return false;
  }
  return true;
}

// The loop's firstiter hook (bound to it): an async generator first
// iterated while it runs is one shutdown_asyncgens() closes (CPython adds it
// to the loop's weak set _asyncgens).
static Value loop_asyncgen_firstiter_hook(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_asyncgen_firstiter_hook", kw) ||
      !check_nargs(vm, "_asyncgen_firstiter_hook", nargs, 2, 2)) {
    return Value::exception();
  }
  if (args[1].is_obj() && args[1].as_obj()->type == vm.types.async_generator) {
    args[1].as_obj()->flags |= Generator::kLoopTracked;
  }
  return Value::none();
}

// The async generator hooks the loop installs while it runs (CPython's
// run_forever): the firstiter one above and the finalizer of asyncio.py,
// which schedules a dropped generator's aclose(). False with an exception
// pending when they cannot be made.
static bool loop_asyncgen_hooks(VM& vm, LoopObj* loop, Value& firstiter, Value& finalizer) {
  NativeFunction* f = vm.new_native("_asyncgen_firstiter_hook", loop_asyncgen_firstiter_hook);
  f->self = Value::object(loop);
  firstiter = Value::object(f);
  RootScope roots(vm);
  roots.add(firstiter);
  finalizer = vm.getattr(Value::object(loop), vm.intern("_asyncgen_finalizer_hook"));
  return !finalizer.is_exception();
}

bool loop_run_forever(VM& vm, LoopObj* loop, FutureObj* until) {
  if (!check_runnable(vm, loop)) return false;
  RootScope roots(vm);
  roots.add(loop);
  if (until) roots.add(until);
  Value hooks[2];
  if (!loop_asyncgen_hooks(vm, loop, hooks[0], hooks[1])) return false;
  roots.add(hooks[0]);
  roots.add(hooks[1]);
  roots.add(vm.asyncgen_firstiter);
  roots.add(vm.asyncgen_finalizer);
  // Not running any more however the loop ends: an allocation failing in
  // native code unwinds through here (std::bad_alloc, MemoryError at the
  // caller's instruction), and the loop must still close afterwards. The
  // hooks set before it ran are set again.
  struct RunningState {
    VM& vm;
    LoopObj* loop;
    Value old_firstiter, old_finalizer;
    RunningState(VM& v, LoopObj* l, const Value* hooks)
        : vm(v), loop(l), old_firstiter(v.asyncgen_firstiter), old_finalizer(v.asyncgen_finalizer) {
      loop->running = true;
      loop->st->running_loop = Value::object(loop);
      vm.asyncgen_firstiter = hooks[0];
      vm.asyncgen_finalizer = hooks[1];
    }
    ~RunningState() {
      loop->stopping = false;
      loop->running = false;
      loop->st->running_loop = Value::none();
      vm.asyncgen_firstiter = old_firstiter;
      vm.asyncgen_finalizer = old_finalizer;
    }
  } running(vm, loop, hooks);
  for (;;) {
    if (!run_once(vm, loop, until)) return false;
    if (loop->stopping) return true;
  }
}

// ---------------------------------------------------------------- methods

static LoopObj* self_loop(VM& vm, Value* args, int nargs, const char* name) {
  if (nargs < 1 || !args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Foreign ||
      static_cast<Foreign*>(args[0].as_obj())->cls != &kLoopClass) {
    vm.raise_fmt(vm.types.TypeError, "%s() requires an event loop", name);
    return nullptr;
  }
  return as_loop(args[0]);
}

#define LOOP_METHOD(fname, min, max)                                                   \
  LoopObj* l = self_loop(vm, args, nargs, fname);                                      \
  if (!l || !no_kwargs(vm, fname, kw) || !check_nargs(vm, fname, nargs - 1, min, max)) \
    return Value::exception();

static Value loop_run_forever_m(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("run_forever", 0, 0);
  return loop_run_forever(vm, l, nullptr) ? Value::none() : Value::exception();
}

static Value run_until_complete_cb(VM& vm, Value* args, int nargs, Tuple*) {
  if (nargs != 1 || !is_future(state(vm), args[0])) return Value::none();
  auto* f = static_cast<FutureObj*>(args[0].as_obj());
  if (f->state == FutState::Finished && f->has_exception) {
    if (vm.isinstance(f->result, vm.types.KeyboardInterrupt) || vm.isinstance(f->result, vm.types.SystemExit)) {
      return Value::none();
    }
  }
  f->loop->stopping = true;
  return Value::none();
}

static Value loop_run_until_complete(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("run_until_complete", 1, 1);
  if (!check_runnable(vm, l)) return Value::exception();
  AsyncioState& st = *l->st;
  RootScope roots(vm);
  Value fut = args[1];
  bool new_task = !is_future(st, fut);
  if (new_task) {
    Value ensure = dict_get_str(st.module->dict, vm.intern("ensure_future"));
    Tuple* kwn = vm.tuple_of({vm.str_value("loop")});
    roots.add(kwn);
    Value a[2] = {fut, Value::object(l)};
    fut = vm.call(ensure, a, 1, kwn);
    if (fut.is_exception()) return fut;
  }
  roots.add(fut);
  auto* f = static_cast<FutureObj*>(fut.as_obj());
  NativeFunction* cb = vm.new_native("_run_until_complete_cb", run_until_complete_cb);
  roots.add(cb);
  future_add_callback(vm, f, Value::object(cb));
  // The callback goes however the run ends (an allocation failing below
  // unwinds through here): left behind, it would stop a later run.
  struct RemoveCallback {
    FutureObj* f;
    NativeFunction* cb;
    ~RemoveCallback() {
      NativeFunction* c = cb;
      f->remove_callbacks_if([c](Value v) { return v.is(Value::object(c)); });
    }
  };
  bool ok;
  {
    RemoveCallback remove{f, cb};
    ok = loop_run_forever(vm, l, f);
  }
  Value saved = roots.add(vm.take_pending());
  if (!ok) {
    if (new_task && f->state == FutState::Finished) f->log_traceback = false;
    vm.pending = saved;
    return Value::exception();
  }
  if (f->state == FutState::Pending) {
    return vm.raise(vm.types.RuntimeError, "Event loop stopped before Future completed.");
  }
  return vm.call_method(fut, vm.intern("result"), nullptr, 0);
}

static Value loop_stop(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("stop", 0, 0);
  l->stopping = true;
  return Value::none();
}

static Value loop_is_running(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("is_running", 0, 0);
  return Value::boolean(l->running);
}

static Value loop_is_closed(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("is_closed", 0, 0);
  return Value::boolean(l->closed);
}

static Value loop_close(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("close", 0, 0);
  if (l->running) return vm.raise(vm.types.RuntimeError, "Cannot close a running event loop");
  l->closed = true;
  loop_close_io(l);
  l->ready.clear();
  l->timers.clear();
  return Value::none();
}

static Value loop_time_m(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("time", 0, 0);
  return Value::from_double(loop_time(vm));
}

static Tuple* rest_args(VM& vm, Value* args, int nargs, int from) {
  int n = nargs - from;
  if (n <= 0) return vm.empty_tuple;
  Tuple* t = vm.new_tuple(static_cast<uint32_t>(n));
  for (int i = 0; i < n; ++i) t->items[i] = args[from + i];
  return t;
}

// Checks a callback argument as CPython's _check_callback does.
static bool is_callable(VM& vm, Value fn) {
  if (fn.is_obj()) {
    switch (fn.as_obj()->kind) {
      case ObjKind::Type:
      case ObjKind::Function:
      case ObjKind::NativeFunction:
      case ObjKind::BoundMethod:
        return true;
      default:
        break;
    }
  }
  return vm.type_of(fn)->slots.call || !vm.lookup_type(vm.type_of(fn), vm.names.__call__).is_null();
}

static bool check_callback(VM& vm, Value fn, const char* method) {
  if (is_callable(vm, fn)) {
    if (is_coroutine(vm, fn)) {
      vm.raise_fmt(vm.types.TypeError, "coroutines cannot be used with %s()", method);
      return false;
    }
    return true;
  }
  vm.raise_fmt(vm.types.TypeError, "a callable object was expected by %s(), got %s", method,
               repr_text(vm, fn).c_str());
  return false;
}

static bool check_open(VM& vm, LoopObj* l) {
  if (!l->closed) return true;
  vm.raise(vm.types.RuntimeError, "Event loop is closed");
  return false;
}

// call_soon/call_later/call_at take their callback's arguments positionally
// and only `context` by keyword: a contextvars.Context to run the callback
// in (None: a copy of the current one), stored in `context`. Returns how
// many arguments are positional; -1 with TypeError pending otherwise.
static int positional_count(VM& vm, int nargs, Value* args, Tuple* kw, const char* name, Value& context) {
  context = Value::null();
  for (uint32_t k = 0; kw && k < kw->size; ++k) {
    std::string_view key = as_str(kw->items[k])->view();
    if (key != "context") {
      vm.raise_fmt(vm.types.TypeError, "BaseEventLoop.%s() got an unexpected keyword argument '%s'", name,
                   as_str(kw->items[k])->data);
      return -1;
    }
    Value c = args[nargs + k];
    if (!c.is_none() && !is_context(vm, c)) {
      vm.raise(vm.types.TypeError, "context must be a contextvars.Context or None");
      return -1;
    }
    if (!c.is_none()) context = c;
  }
  return nargs;
}

static Value loop_call_soon_m(VM& vm, Value* args, int nargs, Tuple* kw) {
  LoopObj* l = self_loop(vm, args, nargs, "call_soon");
  if (!l) return Value::exception();
  Value context;
  nargs = positional_count(vm, nargs, args, kw, "call_soon", context);
  if (nargs < 0) return Value::exception();
  if (nargs < 2) return vm.raise(vm.types.TypeError, "call_soon() missing 1 required positional argument: 'callback'");
  if (!check_open(vm, l) || !check_callback(vm, args[1], "call_soon")) return Value::exception();
  Value h = loop_call_soon(vm, l, args[1], rest_args(vm, args, nargs, 2));
  if (!context.is_null()) as_handle(h)->context = context;
  return h;
}

static Value schedule_at(VM& vm, LoopObj* l, double when, Value* args, int nargs, const char* name,
                         Value context) {
  if (!check_open(vm, l) || !check_callback(vm, args[2], name)) return Value::exception();
  Tuple* rest = rest_args(vm, args, nargs, 3);
  HandleObj* h = new_handle(vm, l, args[2], rest, true, when);
  if (!context.is_null()) h->context = context;
  loop_push_timer(l, when, h);
  return Value::object(h);
}

static Value loop_call_later(VM& vm, Value* args, int nargs, Tuple* kw) {
  LoopObj* l = self_loop(vm, args, nargs, "call_later");
  if (!l) return Value::exception();
  Value context;
  nargs = positional_count(vm, nargs, args, kw, "call_later", context);
  if (nargs < 0) return Value::exception();
  if (nargs < 3) return vm.raise(vm.types.TypeError, "call_later() missing required positional arguments: 'delay' and 'callback'");
  double delay;
  if (!real_to_double(vm, args[1], delay)) return Value::exception();
  return schedule_at(vm, l, loop_time(vm) + delay, args, nargs, "call_later", context);
}

static Value loop_call_at(VM& vm, Value* args, int nargs, Tuple* kw) {
  LoopObj* l = self_loop(vm, args, nargs, "call_at");
  if (!l) return Value::exception();
  Value context;
  nargs = positional_count(vm, nargs, args, kw, "call_at", context);
  if (nargs < 0) return Value::exception();
  if (nargs < 3) return vm.raise(vm.types.TypeError, "call_at() missing required positional arguments: 'when' and 'callback'");
  double when;
  if (!real_to_double(vm, args[1], when)) return Value::exception();
  return schedule_at(vm, l, when, args, nargs, "call_at", context);
}

static Value loop_create_future(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("create_future", 0, 0);
  return Value::object(new_future(vm, l));
}

// Written in Python in CPython, hence its wording.
const ArgSpec kCreateTask{"BaseEventLoop.create_task", "self, coro, *, name=?, context=?",
                          ArgStyle::Python};

static Value loop_create_task(VM& vm, Value* args, int nargs, Tuple* kw) {
  LoopObj* l = self_loop(vm, args, nargs, "create_task");
  if (!l) return Value::exception();
  Value a[4];
  if (!kCreateTask.parse(vm, args, nargs, kw, a)) return Value::exception();
  Value* p = a + 1;
  if (!check_open(vm, l)) {
    if (p[0].is_obj() && p[0].as_obj()->kind == ObjKind::Generator) {
      generator_close(vm, static_cast<Generator*>(p[0].as_obj()));
    }
    return Value::exception();
  }
  return new_task(vm, l, p[0], p[1], p[2]);
}

static Value loop_set_exception_handler(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("set_exception_handler", 1, 1);
  if (!args[1].is_none() && !is_callable(vm, args[1])) {
    return vm.raise_fmt(vm.types.TypeError, "A callable object or None is expected, got %s",
                        repr_text(vm, args[1]).c_str());
  }
  l->exception_handler = args[1];
  return Value::none();
}

static Value loop_get_exception_handler(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("get_exception_handler", 0, 0);
  return l->exception_handler;
}

static Value loop_call_exception_handler(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("call_exception_handler", 1, 1);
  if (!args[1].is_obj() || args[1].as_obj()->kind != ObjKind::Dict) {
    return vm.raise(vm.types.TypeError, "context must be a dict");
  }
  loop_report(vm, l, static_cast<Dict*>(args[1].as_obj()));
  return Value::none();
}

static Value loop_default_exception_handler(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("default_exception_handler", 1, 1);
  if (!args[1].is_obj() || args[1].as_obj()->kind != ObjKind::Dict) {
    return vm.raise(vm.types.TypeError, "context must be a dict");
  }
  default_report(vm, static_cast<Dict*>(args[1].as_obj()));
  return Value::none();
}

static Value loop_get_debug(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("get_debug", 0, 0);
  return Value::boolean(l->debug);
}

static Value loop_set_debug(VM& vm, Value* args, int nargs, Tuple* kw) {
  LOOP_METHOD("set_debug", 1, 1);
  int t = vm.truthy(args[1]);
  if (t < 0) return Value::exception();
  l->debug = t;
  return Value::none();
}

static Value loop_repr(VM& vm, Value self) {
  LoopObj* l = as_loop(self);
  return vm.str_value(std::string("<_UnixSelectorEventLoop running=") + (l->running ? "True" : "False") +
                      " closed=" + (l->closed ? "True" : "False") + " debug=" +
                      (l->debug ? "True" : "False") + ">");
}

static Value loop_new(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "SelectorEventLoop", kw) || !check_nargs(vm, "SelectorEventLoop", nargs, 0, 1)) {
    return Value::exception();
  }
  return Value::object(new_loop(vm));
}

// ---------------------------------------------------------------- handles

static Value handle_cancel(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "cancel", kw) || !check_nargs(vm, "cancel", nargs, 1, 1)) return Value::exception();
  HandleObj* h = as_handle(args[0]);
  if (!h->cancelled) {
    h->cancelled = true;
    h->fn = Value::none();
    h->args = nullptr;
  }
  return Value::none();
}

static Value handle_cancelled(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "cancelled", kw) || !check_nargs(vm, "cancelled", nargs, 1, 1)) return Value::exception();
  return Value::boolean(as_handle(args[0])->cancelled);
}

static Value handle_when(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "when", kw) || !check_nargs(vm, "when", nargs, 1, 1)) return Value::exception();
  return Value::from_double(as_handle(args[0])->when);
}

static Value handle_repr(VM& vm, Value self) {
  HandleObj* h = as_handle(self);
  std::string s = h->is_timer ? "<TimerHandle" : "<Handle";
  if (h->cancelled) s += " cancelled";
  if (h->is_timer) s += " when=" + repr_text(vm, Value::from_double(h->when));
  if (!h->cancelled) s += " " + format_callback(vm, h->fn, h->args);
  return vm.str_value(s + ">");
}

void init_loop_types(VM& vm, AsyncioState& st) {
  Type* lt = vm.new_type("_UnixSelectorEventLoop", vm.types.object, ObjKind::Foreign, loop_new);
  lt->flags &= ~Type::kBaseType;
  lt->module = vm.str_value("asyncio.unix_events");
  lt->slots.repr = loop_repr;
  lt->slots.hash = object_identity_hash;
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  const Entry kMethods[] = {
      {"run_forever", loop_run_forever_m},
      {"run_until_complete", loop_run_until_complete},
      {"stop", loop_stop},
      {"is_running", loop_is_running},
      {"is_closed", loop_is_closed},
      {"close", loop_close},
      {"time", loop_time_m},
      {"call_soon", loop_call_soon_m},
      {"call_later", loop_call_later},
      {"call_at", loop_call_at},
      {"create_future", loop_create_future},
      {"create_task", loop_create_task},
      {"set_exception_handler", loop_set_exception_handler},
      {"get_exception_handler", loop_get_exception_handler},
      {"call_exception_handler", loop_call_exception_handler},
      {"default_exception_handler", loop_default_exception_handler},
      {"get_debug", loop_get_debug},
      {"set_debug", loop_set_debug},
  };
  for (const Entry& e : kMethods) add_method(vm, lt, e.name, e.fn);
  init_loop_io_methods(vm, lt);
  st.loop_type = lt;
  st.handle_type = vm.new_type("Handle", vm.types.object, ObjKind::Foreign, nullptr);
  st.timer_handle_type = vm.new_type("TimerHandle", st.handle_type, ObjKind::Foreign, nullptr);
  for (Type* t : {st.handle_type, st.timer_handle_type}) {
    t->flags &= ~Type::kBaseType;
    t->module = vm.str_value("asyncio.events");
    t->slots.repr = handle_repr;
    t->slots.hash = object_identity_hash;
  }
  add_method(vm, st.handle_type, "cancel", handle_cancel);
  add_method(vm, st.handle_type, "cancelled", handle_cancelled);
  add_method(vm, st.timer_handle_type, "when", handle_when);
}

}  // namespace coil::vm::aio
