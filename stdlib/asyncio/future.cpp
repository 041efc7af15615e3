// asyncio.Future and asyncio.Task: completion, done callbacks, cancellation,
// __await__, and the task step that resumes a coroutine through VM::resume
// (one resume per step; awaits inside the coroutine link frames inline).
// Semantics and messages follow CPython 3.11's _asyncio C module.
#include <string>

#include "stdlib/asyncio/asyncio.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm::aio {

static FutureObj* as_fut(Value v) { return static_cast<FutureObj*>(v.as_obj()); }
static TaskObj* as_task(FutureObj* f) { return static_cast<TaskObj*>(f); }

bool is_future(AsyncioState& st, Value v) {
  return v.is_obj() && (v.as_obj()->type == st.future_type || v.as_obj()->type == st.task_type);
}

static void future_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* f = static_cast<FutureObj*>(self);
  auto mark = [&gray](Value v) { mark_gray(gray, v); };
  if (f->loop) mark(Value::object(f->loop));
  mark(f->result);
  f->for_each_callback(mark);
  if (FutureExtra* x = f->extra) {
    mark(x->cancel_message);
    mark(x->cancelled_exc);
    mark(x->children);
    mark(x->name);
    mark(x->timer_result);
  }
  if (f->is_task) {
    TaskObj* t = as_task(f);
    mark(t->coro);
    mark(t->context);
  }
}

static void future_destroy(Obj* self) { delete static_cast<FutureObj*>(self)->extra; }

static const ForeignClass kFutureClass = {"Future", future_trace, future_destroy};

// Sets up the FutureObj part of a future or task just allocated.
static void init_future(FutureObj* f, LoopObj* loop) {
  f->cls = &kFutureClass;
  f->state = FutState::Pending;
  f->blocking = false;
  f->log_traceback = false;
  f->is_task = false;
  f->must_cancel = false;
  f->cancel_requested = false;
  f->has_exception = false;
  f->sleep_timer = false;
  f->timer_cancelled = false;
  f->report_at_once = false;
  f->loop = loop;
  f->result = Value::none();
  f->callback = Value::null();
  f->extra = nullptr;
}

FutureObj* new_future(VM& vm, LoopObj* loop) {
  auto* f = vm.alloc<FutureObj>(ObjKind::Foreign, loop->st->future_type);
  init_future(f, loop);
  return f;
}

FutureObj* new_gathering_future(VM& vm, LoopObj* loop, Value children) {
  RootScope roots(vm);
  roots.add(children);
  FutureObj* f = new_future(vm, loop);
  f->ensure_extra().children = children;
  return f;
}

// ---------------------------------------------------------------- completion

static bool raise_invalid_state(VM& vm, AsyncioState& st, const char* msg) {
  vm.raise_value(vm.call1(st.invalid_state_error, vm.str_value(msg)));
  return false;
}

// Moves the done callbacks to the loop's ready queue (call_soon order).
static void schedule_callbacks(FutureObj* f) {
  f->for_each_callback([f](Value cb) {
    if (cb.is_obj() && cb.as_obj()->type == f->loop->st->task_type) {
      loop_push(f->loop, {ReadyItem::Wakeup, cb, Value::object(f)});
    } else {
      loop_push(f->loop, {ReadyItem::Call, cb, Value::object(f)});
    }
  });
  f->callback = Value::null();
  if (f->extra) std::vector<Value>().swap(f->extra->callbacks);
}

// An asyncio.sleep future completed by hand while its timer is pending
// keeps what the timer was to set (FutureExtra::timer_result): the timer
// still comes due, and reports InvalidStateError as CPython's
// _set_result_unless_cancelled(future, result) does then.
static void keep_timer_result(FutureObj* f) {
  if (f->sleep_timer && !f->timer_cancelled) f->ensure_extra().timer_result = f->result;
}

bool future_set_result(VM& vm, FutureObj* f, Value v) {
  if (f->state != FutState::Pending) return raise_invalid_state(vm, *f->loop->st, "invalid state");
  keep_timer_result(f);
  f->result = v;
  f->state = FutState::Finished;
  schedule_callbacks(f);
  return true;
}

bool future_set_exception(VM& vm, FutureObj* f, Value exc) {
  AsyncioState& st = *f->loop->st;
  if (f->state != FutState::Pending) return raise_invalid_state(vm, st, "invalid state");
  if (exc.is_obj() && exc.as_obj()->kind == ObjKind::Type) {
    exc = vm.call0(exc);
    if (exc.is_exception()) return false;
  }
  if (!vm.isinstance(exc, vm.types.BaseException)) {
    vm.raise(vm.types.TypeError, "invalid exception object");
    return false;
  }
  if (vm.isinstance(exc, vm.types.StopIteration)) {
    vm.raise(vm.types.TypeError,
             "StopIteration interacts badly with generators and cannot be raised into a Future");
    return false;
  }
  keep_timer_result(f);
  f->result = exc;
  f->has_exception = true;
  f->state = FutState::Finished;
  f->log_traceback = true;
  schedule_callbacks(f);
  if (f->report_at_once) {
    report_unretrieved(vm, f);
  } else {
    st.failed.push_back(f);
  }
  return true;
}

bool future_cancel(VM&, FutureObj* f, Value msg) {
  f->log_traceback = false;
  if (f->state != FutState::Pending) return false;
  f->state = FutState::Cancelled;
  if (!msg.is_none() || f->extra) f->ensure_extra().cancel_message = msg;
  schedule_callbacks(f);
  return true;
}

bool future_add_callback(VM& vm, FutureObj* f, Value fn) {
  if (f->state != FutState::Pending) {
    loop_push(f->loop, fn.as_obj()->type == f->loop->st->task_type
                           ? ReadyItem{ReadyItem::Wakeup, fn, Value::object(f)}
                           : ReadyItem{ReadyItem::Call, fn, Value::object(f)});
    return true;
  }
  (void)vm;
  if (f->callback.is_null()) {
    f->callback = fn;
  } else {
    f->ensure_extra().callbacks.push_back(fn);
  }
  return true;
}

// The CancelledError to raise for a cancelled future (with its message).
static Value make_cancelled_error(VM& vm, FutureObj* f) {
  AsyncioState& st = *f->loop->st;
  if (f->extra && !f->extra->cancelled_exc.is_null()) {
    Value e = f->extra->cancelled_exc;
    f->extra->cancelled_exc = Value::null();
    return e;
  }
  if (f->cancel_message().is_none()) return vm.call0(st.cancelled_error);
  return vm.call1(st.cancelled_error, f->cancel_message());
}

// result(): the value, or raises the exception / CancelledError.
static Value future_get_result(VM& vm, FutureObj* f) {
  if (f->state == FutState::Cancelled) {
    Value e = make_cancelled_error(vm, f);
    return e.is_exception() ? e : vm.raise_value(e);
  }
  if (f->state != FutState::Finished) {
    raise_invalid_state(vm, *f->loop->st, "Result is not set.");
    return Value::exception();
  }
  f->log_traceback = false;
  if (f->has_exception) return vm.raise_value(f->result);
  return f->result;
}

// ---------------------------------------------------------------- reprs

// A task's name: default names are kept as their number until needed.
static Value task_name(VM& vm, TaskObj* t) {
  if (t->extra && !t->extra->name.is_null()) return t->extra->name;
  RootScope roots(vm);
  roots.add(t);
  Value name = roots.add(vm.str_value("Task-" + std::to_string(t->aux)));
  t->ensure_extra().name = name;
  return name;
}

static std::string str_of(VM& vm, Value v) {
  Value r = vm.repr(v);
  if (r.is_exception()) {
    vm.pending = Value::null();
    return "<?>";
  }
  return std::string(as_str(r)->view());
}

// "f() running at file:line" / "f() done, defined at file:line".
// A coroutine-like object that is no generator (an async generator's
// aclose() awaitable): its __qualname__ or __name__, as CPython's
// coroutines._format_coroutine names built-in ones.
static std::string format_coroutine_object(VM& vm, Value coro) {
  for (Str* attr : {vm.names.__qualname__, vm.names.__name__}) {
    Value v = vm.getattr_opt(coro, attr);
    if (v.is_exception()) {
      vm.take_pending();
      continue;
    }
    if (!v.is_null() && is_str(v) && as_str(v)->size) return std::string(as_str(v)->view()) + "()";
  }
  return "<" + std::string(type_name(vm, coro)) + " without __name__>()";
}

static std::string format_coroutine(VM& vm, Value coro) {
  if (!(coro.is_obj() && coro.as_obj()->kind == ObjKind::Generator)) return format_coroutine_object(vm, coro);
  auto* g = static_cast<Generator*>(coro.as_obj());
  std::string s = std::string(g->frame.code->qualname->view()) + "()";
  if (g->frame.gen_state == GenState::Running) return s + " running";
  std::string file(g->frame.code->filename->view());
  if (g->frame.gen_state == GenState::Done) {
    return s + " done, defined at " + file + ":" + std::to_string(g->frame.code->firstlineno);
  }
  int line = g->frame.gen_state == GenState::Created ? g->frame.code->firstlineno : g->frame.line();
  return s + " running at " + file + ":" + std::to_string(line);
}

static std::string format_callbacks(VM& vm, FutureObj* f) {
  std::vector<std::string> parts;
  f->for_each_callback([&](Value cb) {
    if (cb.is_obj() && cb.as_obj()->type == f->loop->st->task_type) {
      parts.push_back("Task.task_wakeup()");
    } else {
      parts.push_back(format_callback(vm, callback_function(f->loop->st, cb), nullptr));
    }
  });
  size_t n = parts.size();
  if (n > 2) parts = {parts[0], "<" + std::to_string(n - 2) + " more>", parts[n - 1]};
  std::string s;
  for (size_t i = 0; i < parts.size(); ++i) s += (i ? ", " : "") + parts[i];
  return "cb=[" + s + "]";
}

Value future_repr(VM& vm, Value self) {
  FutureObj* f = as_fut(self);
  if (!repr_enter(vm, f)) return vm.str_value("...");
  std::string s = f->is_task ? "<Task " : "<Future ";
  s += f->state == FutState::Pending ? "pending" : f->state == FutState::Cancelled ? "cancelled" : "finished";
  TaskObj* t = f->is_task ? as_task(f) : nullptr;
  // A task: "cancelling" while cancel() waits for its next step; then its
  // name, coroutine and what it waits on, before the rest (_task_repr_info).
  if (t && t->must_cancel) s = "<Task cancelling";
  if (t) s += " name=" + str_of(vm, task_name(vm, t));
  if (t) s += " coro=<" + format_coroutine(vm, t->coro) + ">";
  if (FutureObj* w = t && t->fut_waiter() ? task_waiter_future(vm, t) : nullptr) {
    s += " wait_for=" + str_of(vm, Value::object(w));
  }
  if (f->state == FutState::Finished) {
    s += (f->has_exception ? " exception=" : " result=") + str_of(vm, f->result);
  }
  if (f->has_callbacks()) s += " " + format_callbacks(vm, f);
  repr_leave(vm, f);
  return vm.str_value(s + ">");
}

// ---------------------------------------------------------------- tasks

// As CPython 3.11's asyncio.iscoroutine: a coroutine or any generator (a
// @types.coroutine one, or a plain one a Task may still step), or what
// collections.abc.Coroutine recognises by its methods (an async
// generator's aclose() awaitable, which the loop's finalizer hook runs).
bool is_coroutine(VM& vm, Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.as_obj()->type;
  if (v.as_obj()->kind == ObjKind::Generator) return t == vm.types.coroutine || t == vm.types.generator;
  for (Str* name : {vm.names.__await__, vm.names.send, vm.names.throw_, vm.names.close}) {
    if (vm.lookup_type(t, name).is_null()) return false;
  }
  return true;
}

// One step of a task's coroutine that is no generator: send(None), or
// throw(exc) when `exc` is not null(); StopIteration is its return.
static ResumeKind step_coroutine_object(VM& vm, Value coro, Value exc, Value& r) {
  Value arg = exc.is_null() ? Value::none() : exc;
  r = vm.call_method(coro, exc.is_null() ? vm.names.send : vm.names.throw_, &arg, 1);
  if (!r.is_exception()) return ResumeKind::Yielded;
  if (!vm.pending_is(vm.types.StopIteration)) return ResumeKind::Raised;
  r = stop_iteration_value(vm, vm.take_pending());
  return ResumeKind::Returned;
}

// Adds a task to its loop's list (all_tasks), dropping finished ones each
// time the list has doubled.
static void register_task(LoopObj* loop, TaskObj* t) {
  loop->tasks.push_back(Value::object(t));
  if (loop->tasks.size() < 2 * loop->tasks_pruned_at + 16) return;
  size_t kept = 0;
  for (Value v : loop->tasks) {
    if (static_cast<FutureObj*>(v.as_obj())->state == FutState::Pending) loop->tasks[kept++] = v;
  }
  loop->tasks.resize(kept);
  loop->tasks_pruned_at = kept;
}

Value new_task(VM& vm, LoopObj* loop, Value coro, Value name, Value context) {
  AsyncioState& st = *loop->st;
  if (!is_coroutine(vm, coro)) {
    return vm.raise_fmt(vm.types.TypeError, "a coroutine was expected, got %s", str_of(vm, coro).c_str());
  }
  RootScope ctx_roots(vm);
  ctx_roots.add(coro);
  ctx_roots.add(name);
  if (context.is_null() || context.is_none()) {
    context = ctx_roots.add(context_capture(vm));
  } else if (!is_context(vm, context)) {
    return vm.raise(vm.types.TypeError, "context must be a contextvars.Context or None");
  }
  auto* t = vm.alloc<TaskObj>(ObjKind::Foreign, st.task_type);
  init_future(t, loop);
  t->is_task = true;
  t->coro = coro;
  t->set_fut_waiter(nullptr);
  t->context = context;
  ++st.task_counter;
  bool numbered = (name.is_null() || name.is_none()) && st.task_counter <= UINT32_MAX;
  if (numbered) {
    t->aux = static_cast<uint32_t>(st.task_counter);  // "Task-N", made when asked for
  } else {
    RootScope roots(vm);
    roots.add(t);
    if (name.is_null() || name.is_none()) name = vm.str_value("Task-" + std::to_string(st.task_counter));
    Value s = is_str(name) ? name : vm.str(name);
    if (s.is_exception()) return s;
    t->ensure_extra().name = s;
  }
  loop_push(loop, {ReadyItem::Step, Value::object(t), Value::null()});
  register_task(loop, t);
  return Value::object(t);
}

// Schedules a step that throws a RuntimeError built from `msg`.
static void step_with_error(VM& vm, TaskObj* task, const std::string& msg) {
  Value e = vm.new_exception(vm.types.RuntimeError, msg);
  loop_push(task->loop, {ReadyItem::Step, Value::object(task), e});
}

// The coroutine yielded `r`: wait on it if it is a future, else complain.
static void task_handle_yield(VM& vm, TaskObj* task, Value r) {
  AsyncioState& st = *task->loop->st;
  if (task_parks_on_sleep(vm, task, r)) {
    if (task->must_cancel) {
      FutureObj* fut = task_waiter_future(vm, task);
      if (fut && future_cancel_request(vm, fut, task->cancel_message())) task->must_cancel = false;
    }
  } else if (is_future(st, r)) {
    FutureObj* fut = as_fut(r);
    if (fut->loop != task->loop) {
      step_with_error(vm, task, "Task " + str_of(vm, Value::object(task)) + " got Future " + str_of(vm, r) +
                                    " attached to a different loop");
    } else if (!fut->blocking) {
      step_with_error(vm, task, "yield was used instead of yield from in task " +
                                    str_of(vm, Value::object(task)) + " with " + str_of(vm, r));
    } else if (fut == task) {
      step_with_error(vm, task, "Task cannot await on itself: " + str_of(vm, Value::object(task)));
    } else {
      fut->blocking = false;
      future_add_callback(vm, fut, Value::object(task));
      task->set_fut_waiter(fut);
      if (task->must_cancel && future_cancel_request(vm, fut, task->cancel_message())) task->must_cancel = false;
    }
  } else if (r.is_none()) {
    loop_push(task->loop, {ReadyItem::Step, Value::object(task), Value::null()});
  } else if (r.is_obj() && r.as_obj()->type == vm.types.generator) {
    step_with_error(vm, task, "yield was used instead of yield from for generator in task " +
                                  str_of(vm, Value::object(task)) + " with " + str_of(vm, r));
  } else {
    step_with_error(vm, task, "Task got bad yield: " + str_of(vm, r));
  }
}

bool task_step(VM& vm, TaskObj* task, Value exc) {
  AsyncioState& st = *task->loop->st;
  RootScope roots(vm);
  roots.add(task);
  roots.add(exc);
  if (task->state != FutState::Pending) {
    std::string msg = "_step(): already done: " + str_of(vm, Value::object(task)) + ", " +
                      (exc.is_null() ? "None" : str_of(vm, exc));
    return raise_invalid_state(vm, st, msg.c_str());
  }
  if (task->must_cancel) {
    if (exc.is_null() || !vm.isinstance(exc, static_cast<Type*>(st.cancelled_error.as_obj()))) {
      exc = roots.add(make_cancelled_error(vm, task));
      if (exc.is_exception()) return false;
    }
    task->must_cancel = false;
  }
  task->set_fut_waiter(nullptr);
  if (!context_enter(vm, task->context)) return false;
  Value prev_task = st.current_task;
  st.current_task = Value::object(task);
  Value r;
  ResumeKind k;
  if (task->coro.as_obj()->kind != ObjKind::Generator) {
    k = step_coroutine_object(vm, task->coro, exc, r);
  } else {
    auto* gen = static_cast<Generator*>(task->coro.as_obj());
    k = exc.is_null() ? vm.resume(gen, Value::none(), Value::null(), r) : generator_throw(vm, gen, exc, r);
  }
  st.current_task = prev_task;
  context_leave(vm, task->context);
  if (k == ResumeKind::Yielded) {
    roots.add(r);
    task_handle_yield(vm, task, r);
    return true;
  }
  if (k == ResumeKind::Returned) {
    if (task->must_cancel) {
      task->must_cancel = false;
      future_cancel(vm, task, task->cancel_message());
    } else {
      future_set_result(vm, task, r);
    }
    return true;
  }
  Value e = roots.add(vm.take_pending());
  if (vm.isinstance(e, static_cast<Type*>(st.cancelled_error.as_obj()))) {
    task->ensure_extra().cancelled_exc = e;
    future_cancel(vm, task, Value::none());
    return true;
  }
  future_set_exception(vm, task, e);
  if (vm.isinstance(e, vm.types.KeyboardInterrupt) || vm.isinstance(e, vm.types.SystemExit)) {
    vm.pending = e;
    return false;
  }
  return true;
}

bool task_wakeup(VM& vm, TaskObj* task, FutureObj* fut) {
  if (fut->state == FutState::Cancelled) {
    RootScope roots(vm);
    Value e = roots.add(make_cancelled_error(vm, fut));
    if (e.is_exception()) return false;
    return task_step(vm, task, e);
  }
  if (fut->has_exception) {
    fut->log_traceback = false;
    return task_step(vm, task, fut->result);
  }
  return task_step(vm, task, Value::null());
}

// ---------------------------------------------------------------- methods

static FutureObj* self_future(VM& vm, Value* args, int nargs, const char* method) {
  if (nargs < 1 || !args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Foreign ||
      static_cast<Foreign*>(args[0].as_obj())->cls != &kFutureClass) {
    vm.raise_fmt(vm.types.TypeError, "descriptor '%s' requires a '_asyncio.Future' object", method);
    return nullptr;
  }
  return as_fut(args[0]);
}

#define FUT_METHOD(fname, min, max)                                                    \
  FutureObj* f = self_future(vm, args, nargs, fname);                                  \
  if (!f || !no_kwargs(vm, fname, kw) || !check_nargs(vm, fname, nargs - 1, min, max)) \
    return Value::exception();

// The Task methods: as FUT_METHOD, and `f` must be a task (the methods are
// Task's, but Task.get_name(future) reaches them with a plain future).
#define TASK_METHOD(fname, min, max)                                                           \
  FUT_METHOD(fname, min, max);                                                                 \
  if (!f->is_task) {                                                                           \
    return vm.raise_fmt(vm.types.TypeError,                                                    \
                        "descriptor '%s' for '_asyncio.Task' objects doesn't apply to a "      \
                        "'_asyncio.Future' object", fname);                                    \
  }                                                                                            \
  TaskObj* t = as_task(f);

static Value fut_result(VM& vm, Value* args, int nargs, Tuple* kw) {
  FUT_METHOD("result", 0, 0);
  return future_get_result(vm, f);
}

static Value fut_exception(VM& vm, Value* args, int nargs, Tuple* kw) {
  FUT_METHOD("exception", 0, 0);
  if (f->state == FutState::Cancelled) {
    Value e = make_cancelled_error(vm, f);
    return e.is_exception() ? e : vm.raise_value(e);
  }
  if (f->state != FutState::Finished) {
    raise_invalid_state(vm, *f->loop->st, "Exception is not set.");
    return Value::exception();
  }
  f->log_traceback = false;
  return f->has_exception ? f->result : Value::none();
}

static Value fut_set_result(VM& vm, Value* args, int nargs, Tuple* kw) {
  FUT_METHOD("set_result", 1, 1);
  if (f->is_task) return vm.raise(vm.types.RuntimeError, "Task does not support set_result operation");
  return future_set_result(vm, f, args[1]) ? Value::none() : Value::exception();
}

static Value fut_set_exception(VM& vm, Value* args, int nargs, Tuple* kw) {
  FUT_METHOD("set_exception", 1, 1);
  if (f->is_task) return vm.raise(vm.types.RuntimeError, "Task does not support set_exception operation");
  return future_set_exception(vm, f, args[1]) ? Value::none() : Value::exception();
}

static Value fut_done(VM& vm, Value* args, int nargs, Tuple* kw) {
  FUT_METHOD("done", 0, 0);
  return Value::boolean(f->state != FutState::Pending);
}

static Value fut_cancelled(VM& vm, Value* args, int nargs, Tuple* kw) {
  FUT_METHOD("cancelled", 0, 0);
  return Value::boolean(f->state == FutState::Cancelled);
}

static Value fut_cancel(VM& vm, Value* args, int nargs, Tuple* kw) {
  Value msg = Value::none();
  FutureObj* f = self_future(vm, args, nargs, "cancel");
  if (!f) return Value::exception();
  Value parsed[1];
  if (!parse_args(vm, "cancel", args + 1, nargs - 1, kw, {"msg"}, 0, parsed)) return Value::exception();
  if (!parsed[0].is_null()) msg = parsed[0];
  return Value::boolean(future_cancel_request(vm, f, msg));
}

bool future_cancel_request(VM& vm, FutureObj* f, Value msg) {
  if (!f->children().is_null()) {
    // gather(): cancelling the outer future cancels every child.
    if (f->state != FutState::Pending) return false;
    bool ret = false;
    auto* kids = static_cast<List*>(f->children().as_obj());
    for (size_t i = 0; i < kids->items.size(); ++i) {
      if (future_cancel_request(vm, static_cast<FutureObj*>(kids->items[i].as_obj()), msg)) ret = true;
    }
    if (ret) f->cancel_requested = true;
    return ret;
  }
  if (!f->is_task) return future_cancel(vm, f, msg);
  // Task.cancel: cancel what it waits on, or throw CancelledError at its next step.
  f->log_traceback = false;
  if (f->state != FutState::Pending) return false;
  TaskObj* t = as_task(f);
  ++t->ensure_extra().num_cancels_requested;
  FutureObj* waiter = t->fut_waiter() ? task_waiter_future(vm, t) : nullptr;
  if (waiter && future_cancel_request(vm, waiter, msg)) return true;
  t->must_cancel = true;
  t->extra->cancel_message = msg;
  return true;
}

// _make_cancelled_error() and the attributes gather() reads.
static Value fut_make_cancelled_error(VM& vm, Value* args, int nargs, Tuple* kw) {
  FUT_METHOD("_make_cancelled_error", 0, 0);
  return make_cancelled_error(vm, f);
}

const ArgSpec kAddDoneCallback{"add_done_callback", "fn, /, *, context=?"};

static Value fut_add_done_callback(VM& vm, Value* args, int nargs, Tuple* kw) {
  FutureObj* f = self_future(vm, args, nargs, "add_done_callback");
  if (!f) return Value::exception();
  Value parsed[2];
  if (!kAddDoneCallback.parse(vm, args + 1, nargs - 1, kw, parsed)) {
    return Value::exception();
  }
  Value fn = parsed[0];
  Value context = parsed[1];
  RootScope roots(vm);
  if (context.is_null() || context.is_none()) {
    context = roots.add(context_capture(vm));
  } else if (!is_context(vm, context)) {
    return vm.raise(vm.types.TypeError, "context must be a contextvars.Context or None");
  }
  // A callback with a context waits as a Handle holding both (run_item
  // enters the context around the call).
  if (!context.is_null()) {
    HandleObj* h = new_handle(vm, f->loop, fn, nullptr, false, 0);
    h->context = context;
    fn = Value::object(h);
  }
  future_add_callback(vm, f, fn);
  return Value::none();
}

static Value fut_remove_done_callback(VM& vm, Value* args, int nargs, Tuple* kw) {
  FUT_METHOD("remove_done_callback", 1, 1);
  // The comparisons run user code, which may change the callbacks: compare
  // a rooted snapshot, then drop the callbacks that matched by identity.
  RootScope roots(vm);
  std::vector<Value> all, matched;
  f->for_each_callback([&](Value cb) { all.push_back(roots.add(cb)); });
  for (Value cb : all) {
    int eq = vm.eq(callback_function(f->loop->st, cb), args[1]);
    if (eq < 0) return Value::exception();
    if (eq) matched.push_back(cb);
  }
  int64_t removed = 0;
  f->remove_callbacks_if([&](Value cb) {
    for (Value m : matched) {
      if (m.is(cb)) return ++removed, true;
    }
    return false;
  });
  return vm.make_int(removed);
}

static Value fut_get_loop(VM& vm, Value* args, int nargs, Tuple* kw) {
  FUT_METHOD("get_loop", 0, 0);
  return Value::object(f->loop);
}

static Value task_get_name(VM& vm, Value* args, int nargs, Tuple* kw) {
  TASK_METHOD("get_name", 0, 0);
  return task_name(vm, t);
}

static Value task_set_name(VM& vm, Value* args, int nargs, Tuple* kw) {
  TASK_METHOD("set_name", 1, 1);
  Value s = is_str(args[1]) ? args[1] : vm.str(args[1]);
  if (s.is_exception()) return s;
  t->ensure_extra().name = s;
  return Value::none();
}

static Value task_get_coro(VM& vm, Value* args, int nargs, Tuple* kw) {
  TASK_METHOD("get_coro", 0, 0);
  return t->coro;
}

static Value task_cancelling(VM& vm, Value* args, int nargs, Tuple* kw) {
  TASK_METHOD("cancelling", 0, 0);
  return vm.make_int(t->extra ? t->extra->num_cancels_requested : 0);
}

static Value task_uncancel(VM& vm, Value* args, int nargs, Tuple* kw) {
  TASK_METHOD("uncancel", 0, 0);
  if (!t->extra) return vm.make_int(0);
  if (t->extra->num_cancels_requested > 0) --t->extra->num_cancels_requested;
  return vm.make_int(t->extra->num_cancels_requested);
}

// ---------------------------------------------------------------- __await__

// What Future.__await__ returns: yields the future once (marked blocking),
// then returns its result.
struct FutureIter : Foreign {
  FutureObj* fut;
};

static void future_iter_trace(Obj* self, std::vector<Obj*>& gray) {
  Obj* f = static_cast<FutureIter*>(self)->fut;
  if (f && !f->marked) {
    f->marked = true;
    gray.push_back(f);
  }
}

static const ForeignClass kFutureIterClass = {"FutureIter", future_iter_trace, nullptr};

// One step of awaiting `f`: 1 yielding the future (marked blocking) while
// it is pending, 0 with its result once done, -1 on error. `await fut`
// steps the future itself this way (TypeSlots::await_next: no FutureIter
// per await); FutureIter, what __await__ returns, wraps it.
int future_await_next(VM& vm, Value self, Value& out) {
  FutureObj* f = as_fut(self);
  if (f->state == FutState::Pending) {
    if (!f->blocking) {
      f->blocking = true;
      out = self;
      return 1;
    }
    vm.raise(vm.types.RuntimeError, "await wasn't used with future");
    return -1;
  }
  out = future_get_result(vm, f);
  return out.is_exception() ? -1 : 0;
}

static int future_iter_next(VM& vm, Value self, Value& out) {
  int r = future_await_next(vm, Value::object(static_cast<FutureIter*>(self.as_obj())->fut), out);
  if (r != 0) return r;
  if (out.is_none()) return 0;
  vm.raise_value(vm.new_exception_args(vm.types.StopIteration, vm.tuple_of({out})));
  return -1;
}

// FutureIter.send(value): the value is ignored, as CPython's is.
static Value future_iter_send(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "send", kw) || !check_nargs(vm, "send", nargs, 2, 2)) return Value::exception();
  if (!args[0].is_obj() || args[0].as_obj()->type != state(vm).future_iter_type) {
    return vm.raise(vm.types.TypeError, "descriptor 'send' requires a '_asyncio.FutureIter' object");
  }
  Value out;
  int r = future_iter_next(vm, args[0], out);
  if (r == 1) return out;
  if (r == 0) return vm.raise_value(Value::object(vm.types.StopIteration));
  return Value::exception();
}

static Value fut_await(VM& vm, Value* args, int nargs, Tuple* kw) {
  FUT_METHOD("__await__", 0, 0);
  auto* it = vm.alloc<FutureIter>(ObjKind::Foreign, f->loop->st->future_iter_type);
  it->cls = &kFutureIterClass;
  it->fut = f;
  return Value::object(it);
}

static Value fut_iter_slot(VM& vm, Value self) {
  Value arg = self;
  return fut_await(vm, &arg, 1, nullptr);
}

// _asyncio_future_blocking and the other attributes read as data.
static Value fut_getattr(VM& vm, Value self, Str* name) {
  FutureObj* f = as_fut(self);
  std::string_view n = name->view();
  if (n == "_asyncio_future_blocking") return Value::boolean(f->blocking);
  if (n == "_loop") return Value::object(f->loop);
  if (n == "_state") {
    return vm.str_value(f->state == FutState::Pending ? "PENDING"
                        : f->state == FutState::Cancelled ? "CANCELLED"
                                                           : "FINISHED");
  }
  if (n == "_log_traceback") return Value::boolean(f->log_traceback);
  // The exception, without marking it retrieved (Task.print_stack reads it).
  if (n == "_exception") return f->has_exception ? f->result : Value::none();
  if (n == "_cancel_message") return f->cancel_message();
  if (n == "_cancel_requested") return Value::boolean(f->cancel_requested);
  if (n == "_children" && !f->children().is_null()) return f->children();
  return generic_getattr(vm, self, name, true);
}

static int fut_setattr(VM& vm, Value self, Str* name, Value value) {
  FutureObj* f = as_fut(self);
  std::string_view n = name->view();
  if (n == "_asyncio_future_blocking" || n == "_log_traceback") {
    int t = value.is_null() ? 0 : vm.truthy(value);
    if (t < 0) return -1;
    if (n == "_log_traceback" && t) {
      vm.raise(vm.types.ValueError, "_log_traceback can only be set to False");
      return -1;
    }
    (n == "_log_traceback" ? f->log_traceback : f->blocking) = t;
    return 0;
  }
  return generic_setattr(vm, self, name, value);
}

// asyncio.Future(*, loop=None)
static Value future_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  Value parsed[1];
  if (!parse_args(vm, "Future", args, nargs, kw, {"loop"}, 0, parsed, 0)) return Value::exception();
  Value loop = parsed[0];
  if (loop.is_null() || loop.is_none()) {
    Value get = dict_get_str(state(vm).module->dict, vm.intern("get_event_loop"));
    loop = vm.call0(get);
    if (loop.is_exception()) return loop;
  }
  if (!loop.is_obj() || loop.as_obj()->type != state(vm).loop_type) {
    return vm.raise(vm.types.TypeError, "loop must be an asyncio event loop");
  }
  return Value::object(new_future(vm, static_cast<LoopObj*>(loop.as_obj())));
}

// asyncio.Task(coro, *, loop=None, name=None, context=None)
static Value task_new(VM& vm, Value* args, int nargs, Tuple* kw) {
  Value p[4];
  if (!parse_args(vm, "Task", args, nargs, kw, {"coro", "loop", "name", "context"}, 1, p, 1)) {
    return Value::exception();
  }
  Value loop = p[1];
  if (loop.is_null() || loop.is_none()) {
    Value get = dict_get_str(state(vm).module->dict, vm.intern("get_event_loop"));
    loop = vm.call0(get);
    if (loop.is_exception()) return loop;
  }
  return new_task(vm, static_cast<LoopObj*>(loop.as_obj()), p[0], p[2], p[3]);
}


void init_future_types(VM& vm, AsyncioState& st) {
  st.future_type = vm.new_type("Future", vm.types.object, ObjKind::Foreign, future_new);
  st.task_type = vm.new_type("Task", st.future_type, ObjKind::Foreign, task_new);
  add_class_getitem(vm, st.future_type);  // asyncio.Future[int], Task[int]
  for (Type* t : {st.future_type, st.task_type}) {
    t->flags &= ~Type::kBaseType;
    t->module = vm.str_value("_asyncio");
    t->slots.repr = future_repr;
    t->slots.getattr = fut_getattr;
    t->slots.setattr = fut_setattr;
    t->slots.iter = fut_iter_slot;
    t->slots.await_next = future_await_next;
    t->slots.hash = object_identity_hash;
  }
  Type* ft = st.future_type;
  add_method(vm, ft, "result", fut_result);
  add_method(vm, ft, "exception", fut_exception);
  add_method(vm, ft, "set_result", fut_set_result);
  add_method(vm, ft, "set_exception", fut_set_exception);
  add_method(vm, ft, "done", fut_done);
  add_method(vm, ft, "cancelled", fut_cancelled);
  add_method(vm, ft, "cancel", fut_cancel);
  add_method(vm, ft, "add_done_callback", fut_add_done_callback);
  add_method(vm, ft, "remove_done_callback", fut_remove_done_callback);
  add_method(vm, ft, "get_loop", fut_get_loop);
  add_method(vm, ft, "__await__", fut_await);
  add_method(vm, ft, "__iter__", fut_await);
  add_method(vm, ft, "_make_cancelled_error", fut_make_cancelled_error);
  Type* tt = st.task_type;
  add_method(vm, tt, "get_name", task_get_name);
  add_method(vm, tt, "set_name", task_set_name);
  add_method(vm, tt, "get_coro", task_get_coro);
  add_method(vm, tt, "cancelling", task_cancelling);
  add_method(vm, tt, "uncancel", task_uncancel);
  Type* it = vm.new_type("FutureIter", vm.types.object, ObjKind::Foreign, nullptr);
  it->flags &= ~Type::kBaseType;
  it->module = vm.str_value("_asyncio");
  it->slots.iter = slot_iter_self;
  it->slots.next = future_iter_next;
  add_method(vm, it, "send", future_iter_send);
  st.future_iter_type = it;
}

}  // namespace coil::vm::aio
