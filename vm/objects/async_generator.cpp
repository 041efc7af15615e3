// Async generators (PEP 525): __aiter__, __anext__, asend, athrow, aclose.
// Each of the last four returns an awaitable that drives the generator's
// frame through the VM's one resume entry point. A `yield` in the body
// suspends with gen_delegating false, an `await` inside it with
// gen_delegating true: the awaitable finishes with StopIteration(value) for
// the first and passes the second's value up to whoever drives the await
// (the event loop).
#include "vm/interp.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"

namespace coil::vm {

namespace {

enum class AwaitState : uint8_t { Init, Iter, Closed };

// The awaitable of __anext__/asend (closing == false, `value` is sent) and of
// athrow/aclose (`value` is the exception to throw; closing for aclose).
struct AgenAwaitable : Foreign {
  Generator* gen;
  Value value;
  AwaitState state;
  bool is_throw;
  bool closing;
};

void awaitable_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* a = static_cast<AgenAwaitable*>(self);
  if (a->gen) mark_gray(gray, Value::object(a->gen));
  mark_gray(gray, a->value);
}

const ForeignClass kAwaitableClass = {"async_generator_awaitable", awaitable_trace, nullptr};

AgenAwaitable* as_awaitable(Value v) { return static_cast<AgenAwaitable*>(v.as_obj()); }


Generator* as_gen(Value v) { return static_cast<Generator*>(v.as_obj()); }

// The two awaitable types live in the async_generator type's dict under
// names a script does not reach by accident (created once per VM).
Type* awaitable_type(VM& vm, bool is_throw) {
  Str* key = vm.intern(is_throw ? "__athrow_type__" : "__asend_type__");
  Value t = dict_get_str(vm.types.async_generator->dict, key);
  return t.is_null() ? nullptr : static_cast<Type*>(t.as_obj());
}

// CPython's async_gen_init_hooks, on the generator's first __anext__,
// asend, athrow or aclose: it takes the finalizer hook set now and is
// passed to the firstiter hook (an error there fails the call).
bool init_hooks(VM& vm, Generator* gen) {
  if (gen->flags & Generator::kHooksInited) return true;
  gen->flags |= Generator::kHooksInited;
  gen->finalizer() = vm.asyncgen_finalizer;
  Value hook = vm.asyncgen_firstiter;
  if (hook.is_none()) return true;
  // An `async for` still owns a generator it made after the hook saw it:
  // hooks keep them weakly (asyncio's and trio's weak sets), and one that
  // keeps it strongly would see it finalized too early.
  RootScope roots(vm);
  roots.add(hook);
  Value g = roots.add(Value::object(gen));
  return !vm.call(hook, &g, 1).is_exception();
}

Value new_awaitable(VM& vm, Generator* gen, Value value, bool is_throw, bool closing) {
  RootScope roots(vm);
  roots.add(value);
  if (!init_hooks(vm, gen)) return Value::exception();
  auto* a = vm.alloc<AgenAwaitable>(ObjKind::Foreign, awaitable_type(vm, is_throw));
  a->cls = &kAwaitableClass;
  a->gen = gen;
  a->value = value;
  a->state = AwaitState::Init;
  a->is_throw = is_throw;
  a->closing = closing;
  return Value::object(a);
}

Value raise_stop_iteration(VM& vm, Value v) {
  if (v.is_none()) return vm.raise_value(Value::object(vm.types.StopIteration));
  return vm.raise_value(vm.new_exception_args(vm.types.StopIteration, vm.tuple_of({v})));
}

// Turns one resumption of the generator into the awaitable's step: a value
// passed up to the event loop, or StopIteration / an exception that ends
// the await.
Value finish_step(VM& vm, AgenAwaitable* a, ResumeKind k, Value r) {
  Generator* gen = a->gen;
  if (k == ResumeKind::Yielded && gen->frame.gen_delegating) return r;  // an await inside
  a->state = AwaitState::Closed;
  if (a->closing) {
    if (k == ResumeKind::Yielded) {
      return vm.raise(vm.types.RuntimeError, "async generator ignored GeneratorExit");
    }
    if (k == ResumeKind::Raised && !vm.pending_is(vm.types.StopAsyncIteration) &&
        !vm.pending_is(vm.types.GeneratorExit)) {
      return Value::exception();
    }
    vm.pending = Value::null();
    return raise_stop_iteration(vm, Value::none());
  }
  if (k == ResumeKind::Yielded) return raise_stop_iteration(vm, r);
  if (k == ResumeKind::Returned) return vm.raise_value(Value::object(vm.types.StopAsyncIteration));
  return Value::exception();
}

Value raise_reused(VM& vm, AgenAwaitable* a) {
  return vm.raise(vm.types.RuntimeError, a->is_throw ? "cannot reuse already awaited aclose()/athrow()"
                                                     : "cannot reuse already awaited __anext__()/asend()");
}

Value awaitable_send_value(VM& vm, AgenAwaitable* a, Value v) {
  if (a->state == AwaitState::Closed) {
    return raise_reused(vm, a);
  }
  Generator* gen = a->gen;
  RootScope roots(vm);
  roots.add(Value::object(a));
  Value r;
  ResumeKind k;
  if (a->state == AwaitState::Init) {
    a->state = AwaitState::Iter;
    if (a->is_throw) {
      if (!v.is_none()) {
        a->state = AwaitState::Closed;
        return vm.raise(vm.types.RuntimeError, "can't send non-None value to a just-started coroutine");
      }
      if (gen->frame.gen_state == GenState::Done ||
          (gen->frame.gen_state == GenState::Created && a->closing)) {
        gen->frame.gen_state = GenState::Done;
        a->state = AwaitState::Closed;
        return a->closing ? raise_stop_iteration(vm, Value::none())
                          : vm.raise_value(Value::object(vm.types.StopAsyncIteration));
      }
      k = generator_throw(vm, gen, a->value, r);
      return finish_step(vm, a, k, r);
    }
    if (v.is_none()) v = a->value;
  }
  if (gen->frame.gen_state == GenState::Running) {
    return vm.raise(vm.types.RuntimeError, "anext(): asynchronous generator is already running");
  }
  if (gen->frame.gen_state == GenState::Done) {
    a->state = AwaitState::Closed;
    return vm.raise_value(Value::object(vm.types.StopAsyncIteration));
  }
  k = vm.resume(gen, v, Value::null(), r);
  return finish_step(vm, a, k, r);
}

Value awaitable_send(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "send", kw) || !check_nargs(vm, "send", nargs, 2, 2)) return Value::exception();
  return awaitable_send_value(vm, as_awaitable(args[0]), args[1]);
}

int awaitable_next(VM& vm, Value self, Value& out) {
  Value r = awaitable_send_value(vm, as_awaitable(self), Value::none());
  if (r.is_exception()) return -1;
  out = r;
  return 1;
}

Value awaitable_throw(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "throw", kw) || !check_nargs(vm, "throw", nargs, 2, 4)) return Value::exception();
  AgenAwaitable* a = as_awaitable(args[0]);
  if (a->state == AwaitState::Closed) {
    return raise_reused(vm, a);
  }
  RootScope roots(vm);
  roots.add(args[0]);
  Value exc = roots.add(generator_make_thrown(vm, args + 1, nargs - 1));
  if (exc.is_exception()) return exc;
  a->state = AwaitState::Iter;
  Value r;
  ResumeKind k = generator_throw(vm, a->gen, exc, r);
  return finish_step(vm, a, k, r);
}

Value awaitable_close(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "close", kw) || !check_nargs(vm, "close", nargs, 1, 1)) return Value::exception();
  as_awaitable(args[0])->state = AwaitState::Closed;
  return Value::none();
}

Value awaitable_self(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__await__", kw) || !check_nargs(vm, "__await__", nargs, 1, 1)) return Value::exception();
  return args[0];
}

// ---- the async generator's own methods

bool check_self(VM& vm, const char* name, int nargs, Tuple* kw, int min, int max) {
  return no_kwargs(vm, name, kw) && check_nargs(vm, name, nargs, min, max);
}

Value agen_aiter(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!check_self(vm, "__aiter__", nargs, kw, 1, 1)) return Value::exception();
  return args[0];
}

Value agen_anext(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!check_self(vm, "__anext__", nargs, kw, 1, 1)) return Value::exception();
  return new_awaitable(vm, as_gen(args[0]), Value::none(), false, false);
}

Value agen_asend(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!check_self(vm, "asend", nargs, kw, 2, 2)) return Value::exception();
  return new_awaitable(vm, as_gen(args[0]), args[1], false, false);
}

Value agen_athrow(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!check_self(vm, "athrow", nargs, kw, 2, 4)) return Value::exception();
  RootScope roots(vm);
  Value exc = roots.add(generator_make_thrown(vm, args + 1, nargs - 1));
  if (exc.is_exception()) return exc;
  return new_awaitable(vm, as_gen(args[0]), exc, true, false);
}

Value agen_aclose(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!check_self(vm, "aclose", nargs, kw, 1, 1)) return Value::exception();
  RootScope roots(vm);
  Value exc = roots.add(vm.new_exception_args(vm.types.GeneratorExit, vm.empty_tuple));
  return new_awaitable(vm, as_gen(args[0]), exc, true, true);
}

Type* make_awaitable_type(VM& vm, const char* name) {
  Type* t = vm.new_type(name, vm.types.object, ObjKind::Foreign, nullptr);
  t->flags &= ~Type::kBaseType;
  t->slots.iter = slot_iter_self;
  t->slots.next = awaitable_next;
  t->slots.hash = vm.types.object->slots.hash;  // by identity, as CPython's (gather() keys on it)
  add_method(vm, t, "__await__", awaitable_self);
  add_method(vm, t, "send", awaitable_send);
  add_method(vm, t, "throw", awaitable_throw);
  add_method(vm, t, "close", awaitable_close);
  return t;
}

// ---- anext(it, default): CPython's anext_awaitable. It drives the awaitable
// of it.__anext__() and turns its StopAsyncIteration into
// StopIteration(default), so `await anext(it, default)` gives `default` at
// the end of the iteration.

struct AnextAwaitable : Foreign {
  Value wrapped;        // what __anext__() returned
  Value default_value;  // the result once the iteration is over
  Value iter;           // the iterator of `wrapped` (null until first stepped)
};

void anext_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* a = static_cast<AnextAwaitable*>(self);
  for (Value v : {a->wrapped, a->default_value, a->iter}) mark_gray(gray, v);
}

const ForeignClass kAnextClass = {"anext_awaitable", anext_trace, nullptr};

AnextAwaitable* as_anext(Value v) { return static_cast<AnextAwaitable*>(v.as_obj()); }

bool anext_iter(VM& vm, AnextAwaitable* a) {
  if (!a->iter.is_null()) return true;
  Value it = op_get_awaitable(vm, a->wrapped, 0);
  if (it.is_exception()) return false;
  a->iter = it;
  return true;
}

// The outcome of one step of the wrapped iterator: 1 yielded `out`, 0
// returned `out`, -1 raised. The end of the async iteration is a return of
// the default.
Value anext_finish(VM& vm, AnextAwaitable* a, int r, Value out) {
  if (r == 1) return out;
  if (r == 0) return raise_stop_iteration(vm, out);
  if (vm.pending_is(vm.types.StopAsyncIteration)) {
    vm.take_pending();
    return raise_stop_iteration(vm, a->default_value);
  }
  return Value::exception();
}

Value anext_send_value(VM& vm, Value self, Value v) {
  AnextAwaitable* a = as_anext(self);
  RootScope roots(vm);
  roots.add(self);
  if (!anext_iter(vm, a)) return Value::exception();
  Value out;
  int r = op_send_native(vm, a->iter, v, &out);
  return anext_finish(vm, a, r, out);
}

Value anext_send(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!check_self(vm, "send", nargs, kw, 2, 2)) return Value::exception();
  return anext_send_value(vm, args[0], args[1]);
}

int anext_next(VM& vm, Value self, Value& out) {
  Value r = anext_send_value(vm, self, Value::none());
  if (r.is_exception()) return -1;
  out = r;
  return 1;
}

Value anext_throw(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!check_self(vm, "throw", nargs, kw, 2, 4)) return Value::exception();
  AnextAwaitable* a = as_anext(args[0]);
  RootScope roots(vm);
  roots.add(args[0]);
  if (!anext_iter(vm, a)) return Value::exception();
  Value it = a->iter;
  if (it.is_obj() && it.as_obj()->kind == ObjKind::Generator) {
    Value exc = roots.add(generator_make_thrown(vm, args + 1, nargs - 1));
    if (exc.is_exception()) return exc;
    Value r;
    ResumeKind k = generator_throw(vm, as_gen(it), exc, r);
    return anext_finish(vm, a, k == ResumeKind::Yielded ? 1 : k == ResumeKind::Returned ? 0 : -1, r);
  }
  Value r = vm.call_method(it, vm.names.throw_, args + 1, nargs - 1);
  if (r.is_exception() && vm.pending_is(vm.types.StopIteration)) return r;
  return anext_finish(vm, a, r.is_exception() ? -1 : 1, r);
}

Value anext_close(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!check_self(vm, "close", nargs, kw, 1, 1)) return Value::exception();
  AnextAwaitable* a = as_anext(args[0]);
  if (a->iter.is_null()) return Value::none();
  if (a->iter.is_obj() && a->iter.as_obj()->kind == ObjKind::Generator) {
    return generator_close(vm, as_gen(a->iter));
  }
  Value close = vm.getattr_opt(a->iter, vm.names.close);
  if (close.is_exception() || close.is_null()) return close.is_null() ? Value::none() : close;
  RootScope roots(vm);
  roots.add(close);
  return vm.call(close, nullptr, 0);
}

Type* make_anext_type(VM& vm) {
  Type* t = vm.new_type("anext_awaitable", vm.types.object, ObjKind::Foreign, nullptr);
  t->flags &= ~Type::kBaseType;
  t->slots.iter = slot_iter_self;
  t->slots.next = anext_next;
  add_method(vm, t, "__await__", awaitable_self);
  add_method(vm, t, "send", anext_send);
  add_method(vm, t, "throw", anext_throw);
  add_method(vm, t, "close", anext_close);
  return t;
}

}  // namespace

Value new_anext_awaitable(VM& vm, Value awaitable, Value default_value) {
  Value t = dict_get_str(vm.types.async_generator->dict, vm.intern("__anext_type__"));
  auto* a = vm.alloc<AnextAwaitable>(ObjKind::Foreign, static_cast<Type*>(t.as_obj()));
  a->cls = &kAnextClass;
  a->wrapped = awaitable;
  a->default_value = default_value;
  a->iter = Value::null();
  return Value::object(a);
}

void init_async_generator_type(VM& vm) {
  Type* agen = vm.types.async_generator;
  add_method(vm, agen, "__aiter__", agen_aiter);
  add_method(vm, agen, "__anext__", agen_anext);
  add_method(vm, agen, "asend", agen_asend);
  add_method(vm, agen, "athrow", agen_athrow);
  add_method(vm, agen, "aclose", agen_aclose);
  dict_set_str(vm, agen->dict, vm.intern("__asend_type__"),
               Value::object(make_awaitable_type(vm, "async_generator_asend")));
  dict_set_str(vm, agen->dict, vm.intern("__athrow_type__"),
               Value::object(make_awaitable_type(vm, "async_generator_athrow")));
  dict_set_str(vm, agen->dict, vm.intern("__anext_type__"), Value::object(make_anext_type(vm)));
}

}  // namespace coil::vm
