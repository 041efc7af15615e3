// Generator and coroutine objects: send, throw (forwarded to a delegate in a
// yield from / await), close, iteration, and their attributes. All resuming
// goes through VM::resume.
#include <string>
#include <vector>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

static Generator* as_gen(Value v) { return static_cast<Generator*>(v.as_obj()); }
static bool is_gen(Value v) { return v.is_obj() && v.as_obj()->kind == ObjKind::Generator; }

static const char* gen_kind(VM& vm, Generator* g) {
  return g->type == vm.types.coroutine ? "coroutine"
         : g->type == vm.types.async_generator ? "async_generator"
                                               : "generator";
}

// Resume result as a Python call result: yielded value, or StopIteration.
static Value finish_send(VM& vm, ResumeKind k, Value r) {
  if (k == ResumeKind::Yielded) return r;
  if (k == ResumeKind::Raised) return Value::exception();
  if (r.is_none()) return vm.raise_value(Value::object(vm.types.StopIteration));
  Value exc = vm.new_exception_args(vm.types.StopIteration, vm.tuple_of({r}));
  return vm.raise_value(exc);
}


// Closes a delegate during close()/throw(GeneratorExit): 0, or -1 with the
// delegate's exception pending.
static int close_delegate(VM& vm, Value receiver) {
  if (is_gen(receiver)) {
    Value r = vm.call_method(receiver, vm.names.close, nullptr, 0);
    return r.is_exception() ? -1 : 0;
  }
  Value close = vm.getattr_opt(receiver, vm.names.close);
  if (close.is_exception()) return -1;
  if (close.is_null()) return 0;
  RootScope roots(vm);
  roots.add(close);
  return vm.call(close, nullptr, 0).is_exception() ? -1 : 0;
}

Value generator_visible_delegate(VM& vm, Generator* g) {
  Value d = g->frame.sp()[-1];
  if (!vm.type_of(d)->slots.await_next) return d;
  Value it = vm.call_method(d, vm.names.__await__, nullptr, 0);
  if (!it.is_exception()) g->frame.sp()[-1] = it;
  return it;
}

// throw() into one generator: forwarded to its delegate when that is not a
// suspended generator (those are walked by generator_throw), then resumed.
static ResumeKind throw_into(VM& vm, Generator* gen, Value exc, Value& result) {
  RootScope roots(vm);
  roots.add(Value::object(gen));
  roots.add(exc);
  if (gen->frame.gen_delegating && gen->frame.gen_state == GenState::Suspended) {
    Value receiver = generator_visible_delegate(vm, gen);
    if (receiver.is_exception()) return ResumeKind::Raised;
    roots.add(receiver);
    gen->frame.gen_state = GenState::Running;
    if (vm.isinstance(exc, vm.types.GeneratorExit)) {
      int r = close_delegate(vm, receiver);
      gen->frame.gen_state = GenState::Suspended;
      if (r < 0) exc = vm.take_pending();
    } else {
      Value r;
      ResumeKind k;
      bool forwarded = true;
      if (is_gen(receiver)) {
        k = generator_throw(vm, as_gen(receiver), exc, r);
      } else {
        Value throw_m = vm.getattr_opt(receiver, vm.names.throw_);
        if (throw_m.is_exception()) {
          k = ResumeKind::Raised;
        } else if (throw_m.is_null()) {
          forwarded = false;
          k = ResumeKind::Raised;
        } else {
          roots.add(throw_m);
          r = vm.call(throw_m, &exc, 1);
          k = r.is_exception() ? ResumeKind::Raised : ResumeKind::Yielded;
          if (k == ResumeKind::Raised && vm.pending_is(vm.types.StopIteration)) {
            r = stop_iteration_value(vm, vm.take_pending());
            k = ResumeKind::Returned;
          }
        }
      }
      gen->frame.gen_state = GenState::Suspended;
      if (forwarded) {
        if (k == ResumeKind::Yielded) {
          result = r;
          return ResumeKind::Yielded;
        }
        if (k == ResumeKind::Returned) {
          // The delegate finished: continue after the yield from with its value.
          exc = vm.new_exception_args(vm.types.StopIteration, vm.tuple_of({r}));
        } else {
          exc = vm.take_pending();
        }
      }
    }
  }
  return vm.resume(gen, Value::none(), exc, result);
}

static bool is_suspended_gen(Value v) {
  return is_gen(v) && as_gen(v)->frame.gen_state == GenState::Suspended;
}

// throw() / close() through a chain of `yield from`s. The chain is walked
// down and back up in a loop, not by recursion, so a chain of any depth
// cannot overflow the C++ stack. Each level gets what PEP 380 gives it: the
// delegate's yield passes straight up; its return continues the level with
// StopIteration(value); its exception is raised at the level's yield from.
// For GeneratorExit each delegate is closed: a delegate that yields instead
// becomes "RuntimeError: generator ignored GeneratorExit" one level up.
ResumeKind generator_throw(VM& vm, Generator* gen, Value exc, Value& result) {
  RootScope roots(vm);
  roots.add(Value::object(gen));
  roots.add(exc);
  bool closing = vm.isinstance(exc, vm.types.GeneratorExit);
  std::vector<Generator*> outers;  // each delegates to the next; outermost first
  Generator* g = gen;
  while (g->frame.gen_delegating && g->frame.gen_state == GenState::Suspended &&
         is_suspended_gen(g->frame.sp()[-1])) {
    g->frame.gen_state = GenState::Running;
    outers.push_back(g);
    g = as_gen(g->frame.sp()[-1]);
  }
  ResumeKind k = throw_into(vm, g, exc, result);
  for (size_t i = outers.size(); i-- > 0;) {
    Generator* outer = outers[i];
    Generator* inner = i + 1 < outers.size() ? outers[i + 1] : g;
    outer->frame.gen_state = GenState::Suspended;
    Value level_exc = exc;
    if (closing) {
      if (k == ResumeKind::Yielded) {
        vm.raise_fmt(vm.types.RuntimeError, "%s ignored GeneratorExit", gen_kind(vm, inner));
        level_exc = vm.take_pending();
      } else if (k == ResumeKind::Raised) {
        if (vm.pending_is(vm.types.GeneratorExit) || vm.pending_is(vm.types.StopIteration)) {
          vm.pending = Value::null();
        } else {
          level_exc = vm.take_pending();
        }
      }
    } else if (k == ResumeKind::Yielded) {
      for (size_t j = 0; j < i; ++j) outers[j]->frame.gen_state = GenState::Suspended;
      return k;
    } else if (k == ResumeKind::Returned) {
      level_exc = vm.new_exception_args(vm.types.StopIteration, vm.tuple_of({result}));
    } else {
      level_exc = vm.take_pending();
    }
    k = vm.resume(outer, Value::none(), level_exc, result);
  }
  return k;
}

// Builds the exception for throw(typ[, val[, tb]]).
Value generator_make_thrown(VM& vm, Value* args, int nargs) {
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value::none();
  Value tb = nargs > 2 ? args[2] : Value::none();
  if (!tb.is_none() && !(tb.is_obj() && tb.as_obj()->kind == ObjKind::Traceback)) {
    return vm.raise(vm.types.TypeError, "throw() third argument must be a traceback object");
  }
  Value exc;
  if (typ.is_obj() && typ.as_obj()->kind == ObjKind::Type &&
      (static_cast<Type*>(typ.as_obj())->flags & Type::kException)) {
    auto* t = static_cast<Type*>(typ.as_obj());
    if (vm.isinstance(val, t)) {
      exc = val;
    } else if (val.is_none()) {
      exc = vm.call(typ, nullptr, 0);
    } else if (val.is_obj() && val.as_obj()->kind == ObjKind::Tuple) {
      auto* a = static_cast<Tuple*>(val.as_obj());
      exc = vm.call(typ, a->items, static_cast<int>(a->size));
    } else {
      exc = vm.call(typ, &val, 1);
    }
    if (exc.is_exception()) return exc;
  } else if (vm.isinstance(typ, vm.types.BaseException)) {
    if (!val.is_none()) {
      return vm.raise(vm.types.TypeError, "instance exception may not have a separate value");
    }
    exc = typ;
  } else {
    return vm.raise_fmt(vm.types.TypeError,
                        "exceptions must be classes or instances deriving from BaseException, "
                        "not %s",
                        type_name(vm, typ));
  }
  if (!tb.is_none()) {
    static_cast<Exception*>(exc.as_obj())->traceback = static_cast<Traceback*>(tb.as_obj());
  }
  return exc;
}

// ---------------------------------------------------------------- __await__

// What coroutine.__await__() returns: an iterator that resumes the coroutine.
struct CoroutineWrapper : Foreign {
  Generator* coro;
};

static const ForeignClass kCoroutineWrapperClass = {"coroutine_wrapper", [](Obj* self, std::vector<Obj*>& gray) {
  if (Obj* g = static_cast<CoroutineWrapper*>(self)->coro) mark_gray(gray, Value::object(g));
}, nullptr};

static Value wrapper_send(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "send", kw) || !check_nargs(vm, "send", nargs, 2, 2)) return Value::exception();
  Value r;
  ResumeKind k = vm.resume(static_cast<CoroutineWrapper*>(args[0].as_obj())->coro, args[1], Value::null(), r);
  return finish_send(vm, k, r);
}

static Value wrapper_throw(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "throw", kw) || !check_nargs(vm, "throw", nargs, 2, 4)) return Value::exception();
  Value exc = generator_make_thrown(vm, args + 1, nargs - 1);
  if (exc.is_exception()) return exc;
  Value r;
  ResumeKind k = generator_throw(vm, static_cast<CoroutineWrapper*>(args[0].as_obj())->coro, exc, r);
  return finish_send(vm, k, r);
}

static Value wrapper_close(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "close", kw) || !check_nargs(vm, "close", nargs, 1, 1)) return Value::exception();
  return generator_close(vm, static_cast<CoroutineWrapper*>(args[0].as_obj())->coro);
}

static int coroutine_wrapper_next(VM& vm, Value self, Value& out) {
  Value r;
  ResumeKind k = vm.resume(static_cast<CoroutineWrapper*>(self.as_obj())->coro, Value::none(),
                           Value::null(), r);
  if (k == ResumeKind::Raised) return -1;
  if (k == ResumeKind::Returned) {
    if (r.is_none()) return 0;
    vm.raise_value(vm.new_exception_args(vm.types.StopIteration, vm.tuple_of({r})));
    return -1;
  }
  out = r;
  return 1;
}

static Value coroutine_wrapper_iter(VM&, Value self) { return self; }

Value make_coroutine_wrapper(VM& vm, Value coro) {
  Value t = dict_get_str(vm.types.coroutine->dict, vm.intern("__wrapper_type__"));
  Type* wt;
  if (t.is_null()) {
    wt = vm.new_type("coroutine_wrapper", vm.types.object, ObjKind::Foreign, nullptr);
    wt->flags &= ~Type::kBaseType;
    wt->slots.iter = coroutine_wrapper_iter;
    wt->slots.next = coroutine_wrapper_next;
    add_method(vm, wt, "send", wrapper_send);
    add_method(vm, wt, "throw", wrapper_throw);
    add_method(vm, wt, "close", wrapper_close);
    dict_set_str(vm, vm.types.coroutine->dict, vm.intern("__wrapper_type__"), Value::object(wt));
  } else {
    wt = static_cast<Type*>(t.as_obj());
  }
  auto* w = vm.alloc<CoroutineWrapper>(ObjKind::Foreign, wt);
  w->cls = &kCoroutineWrapperClass;
  w->coro = as_gen(coro);
  return Value::object(w);
}

static Value generator_send(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "send", kw) || !check_nargs(vm, "send", nargs, 2, 2)) return Value::exception();
  Value r;
  ResumeKind k = vm.resume(as_gen(args[0]), args[1], Value::null(), r);
  return finish_send(vm, k, r);
}

// generator.__next__(): what next(g) does, i.e. send(None).
static Value generator_dunder_next(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__next__", kw) || !check_nargs(vm, "__next__", nargs, 1, 1)) {
    return Value::exception();
  }
  Value r;
  ResumeKind k = vm.resume(as_gen(args[0]), Value::none(), Value::null(), r);
  return finish_send(vm, k, r);
}

static Value generator_dunder_iter(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__iter__", kw) || !check_nargs(vm, "__iter__", nargs, 1, 1)) {
    return Value::exception();
  }
  return args[0];
}

static Value generator_throw_method(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "throw", kw) || !check_nargs(vm, "throw", nargs, 2, 4)) return Value::exception();
  Value exc = generator_make_thrown(vm, args + 1, nargs - 1);
  if (exc.is_exception()) return exc;
  Value r;
  ResumeKind k = generator_throw(vm, as_gen(args[0]), exc, r);
  return finish_send(vm, k, r);
}

Value generator_close(VM& vm, Generator* gen) {
  if (gen->frame.gen_state == GenState::Created) {
    gen->frame.gen_state = GenState::Done;
    return Value::none();
  }
  if (gen->frame.gen_state == GenState::Done) return Value::none();
  RootScope roots(vm);
  Value exc = roots.add(vm.new_exception_args(vm.types.GeneratorExit, vm.empty_tuple));
  Value r;
  ResumeKind k = generator_throw(vm, gen, exc, r);
  if (k == ResumeKind::Yielded) {
    return vm.raise_fmt(vm.types.RuntimeError, "%s ignored GeneratorExit", gen_kind(vm, gen));
  }
  if (k == ResumeKind::Raised) {
    if (vm.pending_is(vm.types.GeneratorExit) || vm.pending_is(vm.types.StopIteration)) {
      vm.pending = Value::null();
      return Value::none();
    }
    return Value::exception();
  }
  return Value::none();
}

static Value generator_close_method(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "close", kw) || !check_nargs(vm, "close", nargs, 1, 1)) return Value::exception();
  return generator_close(vm, as_gen(args[0]));
}

static int generator_next(VM& vm, Value self, Value& out) {
  if (as_gen(self)->frame.gen_state == GenState::Done) return 0;
  Value r;
  ResumeKind k = vm.resume(as_gen(self), Value::none(), Value::null(), r);
  if (k == ResumeKind::Raised) return -1;
  if (k == ResumeKind::Returned) return 0;
  out = r;
  return 1;
}

static Value generator_iter(VM&, Value self) { return self; }

static Value generator_repr(VM& vm, Value self) {
  Generator* g = as_gen(self);
  return vm.str_value("<" + std::string(gen_kind(vm, g)) + " object " +
                      std::string(g->frame.code->qualname->view()) + " at " + address_of(g) + ">");
}

static Value generator_getattr(VM& vm, Value self, Str* name) {
  Generator* g = as_gen(self);
  std::string_view n = name->view();
  bool coro = g->type == vm.types.coroutine;
  std::string_view prefix = coro ? "cr_" : g->type == vm.types.async_generator ? "ag_" : "gi_";
  if (n == "__name__") return Value::object(g->frame.code->name);
  if (n == "__qualname__") return Value::object(g->frame.code->qualname);
  if (n.substr(0, 3) == prefix) {
    std::string_view rest = n.substr(3);
    if (rest == "running") return Value::boolean(g->frame.gen_state == GenState::Running);
    if (rest == "suspended") return Value::boolean(g->frame.gen_state == GenState::Suspended);
    if (rest == "code") return Value::object(g->frame.code);
    if (rest == "frame") {
      if (g->frame.gen_state == GenState::Done) return Value::none();
      return make_frame_view(vm, g);
    }
    if (rest == "yieldfrom" || rest == "await") {
      if (g->frame.gen_delegating && g->frame.gen_state == GenState::Suspended) {
        // The delegate reaches user code: its awaiter no longer holds it alone.
        Value d = generator_visible_delegate(vm, g);
        if (is_gen(d)) d.as_obj()->flags &= ~Generator::kAwaitOwned;
        return d;
      }
      return Value::none();
    }
  }
  return generic_getattr(vm, self, name, true);
}


// coroutine.__await__(): the coroutine is its own iterator when awaited
// through an explicit __await__ call.
static Value coroutine_await(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__await__", kw) || !check_nargs(vm, "__await__", nargs, 1, 1))
    return Value::exception();
  return make_coroutine_wrapper(vm, args[0]);
}

void init_generator_types(VM& vm) {
  for (Type* t : {vm.types.generator, vm.types.coroutine}) {
    t->slots.repr = generator_repr;
    t->slots.getattr = generator_getattr;
    add_method(vm, t, "send", generator_send);
    if (t == vm.types.generator) {
      Value send = dict_get_str(t->dict, vm.names.send);
      send.as_obj()->flags |= NativeFunction::kResumesSend;
    }
    add_method(vm, t, "throw", generator_throw_method);
    add_method(vm, t, "close", generator_close_method);
  }
  vm.types.generator->slots.iter = generator_iter;
  vm.types.generator->slots.next = generator_next;
  add_wrapper_method(vm, vm.types.generator, "__next__", generator_dunder_next);
  add_wrapper_method(vm, vm.types.generator, "__iter__", generator_dunder_iter);
  add_method(vm, vm.types.coroutine, "__await__", coroutine_await);
  vm.types.async_generator->slots.repr = generator_repr;
  vm.types.async_generator->slots.getattr = generator_getattr;
  init_async_generator_type(vm);
}

}  // namespace coil::vm
