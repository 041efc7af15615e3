// The _asyncio module: asyncio's per-VM state and the functions written in
// C++ (event loop access, the current task, ...). The rest of asyncio is
// written in coil (stdlib/lib/asyncio.py), which imports these and then calls
// _attach(module) to hand back what the native side needs from it.
#include <string>
#include <utility>

#include "stdlib/asyncio/asyncio.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm::aio {

void AsyncioState::trace(Heap& heap) {
  heap.mark(module);
  for (Type* t : {future_type, task_type, future_iter_type, loop_type, handle_type, timer_handle_type, sleep_type}) {
    heap.mark(t);
  }
  heap.mark(cancelled_error);
  heap.mark(invalid_state_error);
  heap.mark(current_loop);
  heap.mark(running_loop);
  heap.mark(current_task);
  // Futures whose exception was retrieved meanwhile need no report: drop them.
  size_t kept = 0;
  for (FutureObj* f : failed) {
    if (f->log_traceback) failed[kept++] = f;
  }
  failed.resize(kept);
  for (FutureObj* f : failed) heap.mark(f);
}

// Errors are never swallowed: a future whose exception nobody retrieved is
// reported when the VM shuts down (CPython reports it when the future is
// garbage collected).
void AsyncioState::shutdown(VM& vm) {
  vm.mailbox.wake_fd = -1;  // the eventfd closes with this state
  std::vector<FutureObj*> list;
  list.swap(failed);
  for (FutureObj* f : list) {
    if (f->log_traceback) report_unretrieved(vm, f);
  }
}

void report_unretrieved(VM& vm, FutureObj* f) {
  f->log_traceback = false;
  RootScope roots(vm);
  roots.add(Value::object(f));
  Dict* d = roots.add(vm.new_dict());
  std::string what = f->is_task ? "Task" : "Future";
  dict_set_str(vm, d, vm.intern("message"), vm.str_value(what + " exception was never retrieved"));
  dict_set_str(vm, d, vm.intern("exception"), f->exception());
  dict_set_str(vm, d, vm.intern("future"), Value::object(f));
  loop_report(vm, f->loop, d);
}

AsyncioState& state(VM& vm) {
  auto it = vm.extensions.find("asyncio");
  if (it == vm.extensions.end()) {
    it = vm.extensions.emplace("asyncio", std::make_unique<AsyncioState>()).first;
  }
  return *static_cast<AsyncioState*>(it->second.get());
}

namespace {

bool is_loop(AsyncioState& st, Value v) { return v.is_obj() && v.as_obj()->type == st.loop_type; }

Value no_running_loop(VM& vm) { return vm.raise(vm.types.RuntimeError, "no running event loop"); }

Value aio_get_running_loop(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "get_running_loop", kw) || !check_nargs(vm, "get_running_loop", nargs, 0, 0)) {
    return Value::exception();
  }
  AsyncioState& st = state(vm);
  return st.running_loop.is_none() ? no_running_loop(vm) : st.running_loop;
}

Value aio_private_get_running_loop(VM& vm, Value*, int, Tuple*) { return state(vm).running_loop; }

// Loops are made only once asyncio.py has attached (see aio_attach), so the
// native side always finds CancelledError & co; importing _asyncio alone and
// asking it for a loop imports asyncio first.
bool ensure_attached(VM& vm, AsyncioState& st) {
  if (st.module) return true;
  if (vm.import_module(vm.intern("asyncio")).is_exception()) return false;
  if (st.module) return true;
  vm.raise(vm.types.RuntimeError, "asyncio did not attach to _asyncio");
  return false;
}

Value aio_get_event_loop(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "get_event_loop", kw) || !check_nargs(vm, "get_event_loop", nargs, 0, 0)) {
    return Value::exception();
  }
  AsyncioState& st = state(vm);
  if (!st.running_loop.is_none()) return st.running_loop;
  if (st.current_loop.is_none()) {
    if (!ensure_attached(vm, st)) return Value::exception();
    if (st.set_event_loop_called) {
      return vm.raise(vm.types.RuntimeError, "There is no current event loop in thread 'MainThread'.");
    }
    st.current_loop = Value::object(new_loop(vm));
  }
  return st.current_loop;
}

Value aio_new_event_loop(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "new_event_loop", kw) || !check_nargs(vm, "new_event_loop", nargs, 0, 0)) {
    return Value::exception();
  }
  if (!ensure_attached(vm, state(vm))) return Value::exception();
  return Value::object(new_loop(vm));
}

Value aio_set_event_loop(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "set_event_loop", kw) || !check_nargs(vm, "set_event_loop", nargs, 1, 1)) {
    return Value::exception();
  }
  AsyncioState& st = state(vm);
  if (!args[0].is_none() && !is_loop(st, args[0])) {
    return vm.raise_fmt(vm.types.TypeError, "loop must be an instance of AbstractEventLoop or None, not '%s'",
                        type_name(vm, args[0]));
  }
  st.set_event_loop_called = true;
  st.current_loop = args[0];
  return Value::none();
}

Value aio_current_task(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "current_task", kw) || !check_nargs(vm, "current_task", nargs, 0, 1)) {
    return Value::exception();
  }
  AsyncioState& st = state(vm);
  if (st.running_loop.is_none() && (nargs == 0 || args[0].is_none())) return no_running_loop(vm);
  return st.current_task;
}

// all_tasks(loop=None): the loop's tasks not yet done, as a set.
Value aio_all_tasks(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "all_tasks", kw) || !check_nargs(vm, "all_tasks", nargs, 0, 1)) return Value::exception();
  AsyncioState& st = state(vm);
  Value loop = nargs ? args[0] : Value::none();
  if (loop.is_none()) loop = st.running_loop;
  if (loop.is_none()) return no_running_loop(vm);
  Set* s = vm.new_set();
  RootScope roots(vm);
  roots.add(s);
  for (Value t : static_cast<LoopObj*>(loop.as_obj())->tasks) {
    if (static_cast<FutureObj*>(t.as_obj())->state == FutState::Pending && set_add(vm, s, t) < 0) {
      return Value::exception();
    }
  }
  return Value::object(s);
}

Value aio_iscoroutine(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "iscoroutine", kw) || !check_nargs(vm, "iscoroutine", nargs, 1, 1)) return Value::exception();
  return Value::boolean(is_coroutine(vm, args[0]));
}

Value aio_isfuture(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "isfuture", kw) || !check_nargs(vm, "isfuture", nargs, 1, 1)) return Value::exception();
  return Value::boolean(is_future(state(vm), args[0]));
}

// _code_is_coroutine(f): f (or the function of a bound method) was defined
// with async def.
Value aio_code_is_coroutine(VM&, Value* args, int nargs, Tuple*) {
  if (nargs != 1) return Value::boolean(false);
  Value f = args[0];
  if (f.is_obj() && f.as_obj()->kind == ObjKind::BoundMethod) f = static_cast<BoundMethod*>(f.as_obj())->func;
  if (!f.is_obj() || f.as_obj()->kind != ObjKind::Function) return Value::boolean(false);
  return Value::boolean(static_cast<Function*>(f.as_obj())->code->code_flags & Code::kCoroutine);
}

// _task_for(coro, loop): a Task for a coroutine (native, or generator-based
// as CPython 3.10 accepted), on `loop` or the current event loop.
Value aio_task_for(VM& vm, Value* args, int nargs, Tuple*) {
  if (nargs != 2) return vm.raise(vm.types.TypeError, "_task_for(coro, loop)");
  Value loop = args[1];
  if (loop.is_none()) {
    loop = aio_get_event_loop(vm, nullptr, 0, nullptr);
    if (loop.is_exception()) return loop;
  }
  if (!is_loop(state(vm), loop)) return vm.call_method(loop, vm.intern("create_task"), args, 1);
  auto* l = static_cast<LoopObj*>(loop.as_obj());
  if (l->closed) {
    if (args[0].is_obj() && args[0].as_obj()->kind == ObjKind::Generator) {
      generator_close(vm, static_cast<Generator*>(args[0].as_obj()));
    }
    return vm.raise(vm.types.RuntimeError, "Event loop is closed");
  }
  return new_task(vm, l, args[0], Value::none());
}

// _is_task_coro(obj): what a Task can step (a coroutine or a generator).
Value aio_is_task_coro(VM& vm, Value* args, int nargs, Tuple*) {
  return Value::boolean(nargs == 1 && is_coroutine(vm, args[0]));
}

// _gathering_future(children, loop): gather()'s outer future, whose
// cancel() cancels the children.
Value aio_gathering_future(VM& vm, Value* args, int nargs, Tuple*) {
  if (nargs != 2 || !is_loop(state(vm), args[1]) || !args[0].is_obj() ||
      args[0].as_obj()->kind != ObjKind::List) {
    return vm.raise(vm.types.TypeError, "_gathering_future(children, loop)");
  }
  return Value::object(new_gathering_future(vm, static_cast<LoopObj*>(args[1].as_obj()), args[0]));
}

// _sleep_future(delay, result): asyncio.sleep's future, completed with
// `result` after `delay` seconds on the running loop unless cancelled.
Value aio_sleep_future(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_sleep_future", kw) || !check_nargs(vm, "_sleep_future", nargs, 2, 2)) {
    return Value::exception();
  }
  AsyncioState& st = state(vm);
  if (st.running_loop.is_none()) return no_running_loop(vm);
  double delay;
  if (!real_to_double(vm, args[0], delay)) return Value::exception();
  auto* loop = static_cast<LoopObj*>(st.running_loop.as_obj());
  return Value::object(loop_sleep_future(vm, loop, loop_time(vm) + delay, args[1]));
}

// _cancel_sleep(future): sleep() stopped waiting; its timer will not fire
// (CPython cancels the TimerHandle).
Value aio_cancel_sleep(VM& vm, Value* args, int nargs, Tuple*) {
  if (nargs != 1 || !is_future(state(vm), args[0]) || !static_cast<FutureObj*>(args[0].as_obj())->sleep_timer) {
    return vm.raise(vm.types.TypeError, "_cancel_sleep(future)");
  }
  static_cast<FutureObj*>(args[0].as_obj())->timer_cancelled = true;
  return Value::none();
}

// _take_asyncgens(): the async generators first iterated while a loop ran
// that are still suspended, for loop.shutdown_asyncgens() to close; each is
// handed out once.
Value aio_take_asyncgens(VM& vm, Value*, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_take_asyncgens", kw) || !check_nargs(vm, "_take_asyncgens", nargs, 0, 0)) {
    return Value::exception();
  }
  List* out = vm.new_list();
  for (Generator* g : vm.live_generators) {
    if (!(g->flags & Generator::kLoopTracked)) continue;
    g->flags &= ~Generator::kLoopTracked;
    if (g->type == vm.types.async_generator && g->frame.gen_state == GenState::Suspended) {
      out->push(Value::object(g));
    }
  }
  return Value::object(out);
}

// _untrack_asyncgen(agen): the loop's finalizer hook has taken it, so
// shutdown_asyncgens() leaves it alone (CPython's _asyncgens.discard).
Value aio_untrack_asyncgen(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_untrack_asyncgen", kw) || !check_nargs(vm, "_untrack_asyncgen", nargs, 1, 1)) {
    return Value::exception();
  }
  if (args[0].is_obj() && args[0].as_obj()->type == vm.types.async_generator) {
    args[0].as_obj()->flags &= ~Generator::kLoopTracked;
  }
  return Value::none();
}

// _report_at_once(task): see FutureObj::report_at_once.
Value aio_report_at_once(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_report_at_once", kw) || !check_nargs(vm, "_report_at_once", nargs, 1, 1)) {
    return Value::exception();
  }
  AsyncioState& st = state(vm);
  if (args[0].is_obj() && vm.isinstance(args[0], st.future_type)) {
    static_cast<FutureObj*>(args[0].as_obj())->report_at_once = true;
  }
  return args[0];
}

// _attach(asyncio_module): called once asyncio.py has run. The native side
// then finds the Python-written parts (CancelledError, ensure_future, ...)
// in that module, and the loop gets its methods written in coil.
Value aio_attach(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_attach", kw) || !check_nargs(vm, "_attach", nargs, 1, 1)) return Value::exception();
  if (!args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Module) {
    return vm.raise(vm.types.TypeError, "_attach() argument must be a module");
  }
  AsyncioState& st = state(vm);
  auto* m = static_cast<Module*>(args[0].as_obj());
  Dict* d = m->dict;
  st.module = m;
  st.cancelled_error = dict_get_str(d, vm.intern("CancelledError"));
  st.invalid_state_error = dict_get_str(d, vm.intern("InvalidStateError"));
  // Loop methods written in coil (the coroutines, the executor ones, the
  // network calls of _asyncio_net.py): every `_loop_NAME` of the module
  // becomes the loop type's NAME (the type is native, so they are put into
  // its dict here) and leaves the module.
  std::vector<Value> keys;
  for (auto& e : d->table.entries) {
    if (!e.key.is_null() && is_str(e.key) && as_str(e.key)->view().substr(0, 6) == "_loop_") keys.push_back(e.key);
  }
  RootScope roots(vm);
  for (Value k : keys) {
    roots.add(k);
    std::string_view name = as_str(k)->view().substr(6);
    Value fn = dict_get_str(d, as_str(k));
    dict_set_str(vm, st.loop_type->dict, vm.intern(name), fn);
    if (dict_del(vm, d, k) < 0) return Value::exception();
  }
  // Task methods written in coil: every `_taskmethod_NAME` becomes the task
  // type's NAME, as the loop's above.
  keys.clear();
  for (auto& e : d->table.entries) {
    if (!e.key.is_null() && is_str(e.key) && as_str(e.key)->view().substr(0, 12) == "_taskmethod_") keys.push_back(e.key);
  }
  for (Value k : keys) {
    roots.add(k);
    std::string_view name = as_str(k)->view().substr(12);
    dict_set_str(vm, st.task_type->dict, vm.intern(name), dict_get_str(d, as_str(k)));
    if (dict_del(vm, d, k) < 0) return Value::exception();
  }
  ++vm.type_version;
  // `await asyncio.sleep(d)` in a task: served by sleep.cpp.
  Value sleep = dict_get_str(d, vm.intern("sleep"));
  if (!sleep.is_null() && sleep.is_obj() && sleep.as_obj()->kind == ObjKind::Function) {
    static_cast<Function*>(sleep.as_obj())->code->code_flags |= Code::kAwaitHook;
    vm.await_call_hook = sleep_await_hook;
  }
  ++vm.type_version;
  return Value::none();
}

}  // namespace

}  // namespace coil::vm::aio

namespace coil::vm {

Module* init_asyncio_module(VM& vm) {
  using namespace aio;
  AsyncioState& st = state(vm);
  RootScope roots(vm);
  if (!st.future_type) {
    init_future_types(vm, st);
    init_loop_types(vm, st);
    init_sleep_type(vm, st);
  }
  Module* m = roots.add(vm.new_module(vm.intern("_asyncio")));
  Dict* d = m->dict;
  vm.set_global(d, "Future", Value::object(st.future_type));
  vm.set_global(d, "Task", Value::object(st.task_type));
  vm.set_global(d, "Handle", Value::object(st.handle_type));
  vm.set_global(d, "TimerHandle", Value::object(st.timer_handle_type));
  vm.set_global(d, "SelectorEventLoop", Value::object(st.loop_type));
  vm.set_global(d, "AbstractEventLoop", Value::object(st.loop_type));
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  const Entry kFunctions[] = {
      {"get_running_loop", aio_get_running_loop},
      {"_get_running_loop", aio_private_get_running_loop},
      {"get_event_loop", aio_get_event_loop},
      {"new_event_loop", aio_new_event_loop},
      {"set_event_loop", aio_set_event_loop},
      {"current_task", aio_current_task},
      {"all_tasks", aio_all_tasks},
      {"iscoroutine", aio_iscoroutine},
      {"isfuture", aio_isfuture},
      {"_code_is_coroutine", aio_code_is_coroutine},
      {"_task_for", aio_task_for},
      {"_is_task_coro", aio_is_task_coro},
      {"_gathering_future", aio_gathering_future},
      {"_take_asyncgens", aio_take_asyncgens},
      {"_untrack_asyncgen", aio_untrack_asyncgen},
      {"_report_at_once", aio_report_at_once},
      {"_sleep_future", aio_sleep_future},
      {"_cancel_sleep", aio_cancel_sleep},
      {"_attach", aio_attach},
  };
  for (const Entry& e : kFunctions) add_function(vm, d, e.name, e.fn);
  return m;
}

}  // namespace coil::vm
