// `await asyncio.sleep(delay[, result])` straight from a task's coroutines,
// without sleep()'s coroutine frame or its Future (issue 14: a sleeping task
// in at most 300 bytes).
//
// The interpreter asks sleep_await_hook at such a call (Code::kAwaitHook on
// asyncio.sleep's code, VM::await_call_hook). When the awaiting frame's
// yields go straight to the current task (a chain of coroutines awaiting
// one another up to the task's own), it returns a SleepObj, which the
// awaiting frame delegates to as it would to sleep()'s coroutine. Anywhere
// else (sleep() stored, passed to create_task/gather/wait_for, a keyword
// argument, a delay that is not an int or float, an async generator in the
// chain) the coroutine of asyncio.py's sleep() runs as before.
//
// A SleepObj started with a positive delay is its own timer on the loop's
// heap and parks the task on it (TaskObj::fut_waiter): when due, the task
// is stepped, just where CPython's TimerHandle would complete sleep()'s
// future and its done callback would wake the task. The Future is made only
// when something asks for the task's waiter (Task.cancel(), the task's
// repr): from then on the SleepObj awaits it as sleep() awaits its future,
// and the timer completes it as _set_result_unless_cancelled would.
#include "stdlib/asyncio/asyncio.hpp"
#include "vm/frame.hpp"
#include "vm/objects/objects.hpp"

namespace coil::vm::aio {

namespace {

SleepObj* as_sleep(Value v) { return static_cast<SleepObj*>(v.as_obj()); }

void sleep_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* s = static_cast<SleepObj*>(self);
  if (s->flags & SleepObj::kHasResult) mark_gray(gray, *s->result_slot());
  if (s->state() != SleepObj::Created && s->waiter) mark_gray(gray, Value::object(s->waiter));
}

const ForeignClass kSleepClass = {"SleepAwaitable", sleep_trace, nullptr};

// True when a yield of the running frame reaches `task`'s step directly:
// every frame from it up to the task's coroutine is a coroutine resumed by
// the `await` of the frame above it.
bool yields_to_task(VM& vm, TaskObj* task) {
  if (!task->coro.is_obj() || task->coro.as_obj()->kind != ObjKind::Generator) return false;
  Frame* top = &static_cast<Generator*>(task->coro.as_obj())->frame;
  for (Frame* p = vm.frame; p; p = p->previous) {
    Generator* g = p->generator();
    if (!g || g->type != vm.types.coroutine) return false;
    if (p == top) return true;
    if (return_how(g->return_to()) != ReturnTo::Send) return false;
  }
  return false;
}

// sleep() stops waiting: its timer will not fire (CPython's `finally:
// h.cancel()`), and it is finished.
void sleep_finish(SleepObj* s) {
  if (s->state() == SleepObj::Delegating) s->waiter->timer_cancelled = true;
  s->set_state(SleepObj::Done);
}

// The first step: sleep(0) (or less) yields once to the loop, as CPython's
// __sleep0(); a positive delay starts the timer and parks the task.
int sleep_start(VM& vm, SleepObj* s, Value& out) {
  double delay = s->delay;
  if (delay <= 0) {
    s->waiter = nullptr;
    s->set_state(SleepObj::Yielded0);
    out = Value::none();
    return 1;
  }
  AsyncioState& st = state(vm);
  if (!st.current_task.is_obj() || st.current_task.as_obj()->type != st.task_type) {
    s->waiter = nullptr;
    s->set_state(SleepObj::Done);
    vm.raise(vm.types.RuntimeError, "no running event loop");
    return -1;
  }
  auto* task = static_cast<TaskObj*>(st.current_task.as_obj());
  s->waiter = task;
  loop_push_timer(task->loop, loop_time(vm) + delay, s);
  s->set_state(SleepObj::Parked);
  out = Value::object(s);
  return 1;
}

int sleep_await_next(VM& vm, Value self, Value& out) {
  SleepObj* s = as_sleep(self);
  switch (s->state()) {
    case SleepObj::Created:
      return sleep_start(vm, s, out);
    case SleepObj::Yielded0:
    case SleepObj::Woken:
      s->set_state(SleepObj::Done);
      out = s->result();
      return 0;
    case SleepObj::Delegating: {
      int r = future_await_next(vm, Value::object(s->waiter), out);
      if (r != 1) sleep_finish(s);
      return r;
    }
    case SleepObj::Parked:
      // Resumed before its timer came due: what awaiting sleep()'s pending
      // future says then.
      sleep_finish(s);
      vm.raise(vm.types.RuntimeError, "await wasn't used with future");
      return -1;
    case SleepObj::Done:
      break;
  }
  vm.raise(vm.types.RuntimeError, "cannot reuse already awaited coroutine");
  return -1;
}

SleepObj* self_sleep(VM& vm, Value* args, int nargs, const char* method) {
  if (nargs < 1 || !args[0].is_obj() || args[0].as_obj()->type != state(vm).sleep_type) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a 'SleepAwaitable' object", method);
    return nullptr;
  }
  return as_sleep(args[0]);
}

int sleep_next_slot(VM& vm, Value self, Value& out) {
  int r = sleep_await_next(vm, self, out);
  if (r != 0) return r;
  if (out.is_none()) return 0;
  vm.raise_value(vm.new_exception_args(vm.types.StopIteration, vm.tuple_of({out})));
  return -1;
}

// send(value): as a coroutine's, the value is not used (sleep() ignores it).
Value sleep_send(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!self_sleep(vm, args, nargs, "send") || !no_kwargs(vm, "send", kw) || !check_nargs(vm, "send", nargs, 2, 2)) {
    return Value::exception();
  }
  Value out;
  int r = sleep_next_slot(vm, args[0], out);
  if (r == 1) return out;
  if (r == 0) return vm.raise_value(Value::object(vm.types.StopIteration));
  return Value::exception();
}

// throw(exc) / throw(type[, value[, tb]]): raised where sleep() waits, which
// stops its timer; the exception passes out of it.
Value sleep_throw(VM& vm, Value* args, int nargs, Tuple* kw) {
  SleepObj* s = self_sleep(vm, args, nargs, "throw");
  if (!s || !no_kwargs(vm, "throw", kw) || !check_nargs(vm, "throw", nargs, 2, 4)) return Value::exception();
  Value exc = args[1];
  if (exc.is_obj() && exc.as_obj()->kind == ObjKind::Type) {
    exc = nargs > 2 && !args[2].is_none() ? vm.call1(exc, args[2]) : vm.call0(exc);
    if (exc.is_exception()) return exc;
  }
  if (!vm.isinstance(exc, vm.types.BaseException)) {
    return vm.raise(vm.types.TypeError, "exceptions must be classes or instances deriving from BaseException, not " +
                                            std::string(type_name(vm, exc)));
  }
  sleep_finish(s);
  return vm.raise_value(exc);
}

Value sleep_close(VM& vm, Value* args, int nargs, Tuple* kw) {
  SleepObj* s = self_sleep(vm, args, nargs, "close");
  if (!s || !no_kwargs(vm, "close", kw) || !check_nargs(vm, "close", nargs, 1, 1)) return Value::exception();
  sleep_finish(s);
  return Value::none();
}

Value sleep_await(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!self_sleep(vm, args, nargs, "__await__") || !no_kwargs(vm, "__await__", kw) ||
      !check_nargs(vm, "__await__", nargs, 1, 1)) {
    return Value::exception();
  }
  return args[0];
}

// What sleep()'s coroutine would show (a task's get_coro().cr_await).
Value sleep_repr(VM& vm, Value self) {
  return vm.str_value("<coroutine object sleep at " + address_of(self.as_obj()) + ">");
}

}  // namespace

Value sleep_await_hook(VM& vm, Function*, Value* args, int nargs) {
  if (nargs < 1 || nargs > 2) return Value::null();
  double delay;
  if (args[0].is_double()) {
    delay = args[0].as_double();
  } else if (args[0].is_int()) {
    delay = static_cast<double>(args[0].as_int());
  } else {
    return Value::null();
  }
  AsyncioState& st = state(vm);
  if (!st.current_task.is_obj() || st.current_task.as_obj()->type != st.task_type ||
      !yields_to_task(vm, static_cast<TaskObj*>(st.current_task.as_obj()))) {
    return Value::null();
  }
  bool has_result = nargs == 2 && !args[1].is_none();
  auto* s = vm.alloc<SleepObj>(ObjKind::Foreign, st.sleep_type, has_result ? sizeof(Value) : 0);
  s->cls = &kSleepClass;
  s->set_state(SleepObj::Created);
  s->delay = delay;
  if (has_result) {
    s->flags |= SleepObj::kHasResult;
    *s->result_slot() = args[1];
  }
  return Value::object(s);
}

bool is_sleep(AsyncioState& st, const Obj* o) { return o->type == st.sleep_type; }

bool sleep_timer_cancelled(SleepObj* s) {
  if (s->state() == SleepObj::Parked) return false;
  return !(s->state() == SleepObj::Delegating && !s->waiter->timer_cancelled);
}

bool sleep_due(VM& vm, LoopObj* loop, SleepObj* s, double when) {
  if (s->state() == SleepObj::Parked) {
    s->set_state(SleepObj::Woken);
    loop_push(loop, {ReadyItem::Step, Value::object(s->waiter), Value::null()});
    return true;
  }
  if (s->state() == SleepObj::Delegating && !s->waiter->timer_cancelled) {
    return sleep_future_due(vm, loop, s->waiter, when);
  }
  return true;
}

bool task_parks_on_sleep(VM&, TaskObj* task, Value r) {
  if (!r.is_obj() || !is_sleep(*task->loop->st, r.as_obj())) return false;
  SleepObj* s = as_sleep(r);
  if (s->state() != SleepObj::Parked || s->waiter != task) return false;
  task->set_fut_waiter(s);
  return true;
}

FutureObj* task_waiter_future(VM& vm, TaskObj* task) {
  Foreign* w = task->fut_waiter();
  if (!w || !is_sleep(*task->loop->st, w)) return static_cast<FutureObj*>(w);
  auto* s = static_cast<SleepObj*>(w);
  if (s->state() != SleepObj::Parked && s->state() != SleepObj::Woken) return nullptr;
  RootScope roots(vm);
  roots.add(Value::object(s));
  roots.add(Value::object(task));
  // As loop_sleep_future's: `result` is what the timer completes it with.
  FutureObj* f = new_future(vm, task->loop);
  f->sleep_timer = true;
  f->result = s->result();
  if (s->state() == SleepObj::Parked) {
    f->callback = Value::object(task);  // the task's wake-up, as it would have added
  } else {
    f->state = FutState::Finished;  // due already: the task's step is queued
    f->timer_cancelled = true;
  }
  s->waiter = f;
  s->set_state(SleepObj::Delegating);
  task->set_fut_waiter(f);
  return f;
}

void init_sleep_type(VM& vm, AsyncioState& st) {
  Type* t = vm.new_type("SleepAwaitable", vm.types.object, ObjKind::Foreign, nullptr);
  t->flags &= ~Type::kBaseType;
  t->module = vm.str_value("_asyncio");
  t->slots.repr = sleep_repr;
  t->slots.iter = slot_iter_self;
  t->slots.next = sleep_next_slot;
  t->slots.await_next = sleep_await_next;
  add_method(vm, t, "send", sleep_send);
  add_method(vm, t, "throw", sleep_throw);
  add_method(vm, t, "close", sleep_close);
  add_method(vm, t, "__await__", sleep_await);
  st.sleep_type = t;
}

}  // namespace coil::vm::aio
