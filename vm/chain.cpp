// Frame chains: green threads' stacks and the switch between them (see
// vm/chain.hpp for the design).
#include "vm/chain.hpp"

#include <memory>
#include <utility>

#include "vm/call.hpp"
#include "vm/objects/objects.hpp"

namespace coil::vm {

namespace {

enum ChainState : int { kNew = 0, kRunning = 1, kSuspended = 2, kDead = 3 };
constexpr int kThrow = 1;
constexpr int kFinish = 2;
// A green thread's first chunk of frames: a dozen ordinary frames.
constexpr size_t kFirstChunkBytes = 4096;

struct Chain : Foreign {
  int state = kNew;
  bool is_main = false;
  // The run of the dispatch loop (VM::native_depth) the chain last ran in;
  // for the main chain while suspended, the one it must be resumed in.
  int level = 0;
  // VM::depth and generator_depth of the chain, saved while it is suspended.
  int depth = 0;
  int generator_depth = 0;
  // Suspended: the frame waiting in its call of _switch.
  Frame* top = nullptr;
  // The chain's frames while it is not running (while it runs they are the
  // VM's frame_stack).
  FrameStack stack{kFirstChunkBytes};
  Value start = Value::null();  // called as start(owner, value) by the first switch
  Value owner = Value::null();  // the greenlet object
};

void mark(std::vector<Obj*>& gray, Value v) {
  v = v.unbuilt();
  if (v.is_obj() && !v.as_obj()->marked) {
    v.as_obj()->marked = true;
    gray.push_back(v.as_obj());
  }
}

void chain_trace(Obj* self, std::vector<Obj*>& gray) {
  auto* c = static_cast<Chain*>(self);
  mark(gray, c->start);
  mark(gray, c->owner);
  if (c->state != kSuspended) return;  // a running chain's frames are the VM's
  for (Frame* f = c->top; f; f = f->previous) {
    mark(gray, Value::object(f->code));
    mark(gray, Value::object(f->globals));
    mark(gray, f->handled_exc);
    if (Generator* g = f->generator()) mark(gray, Value::object(g));
    for (Value* v = f->slots; v < f->sp(); ++v) mark(gray, *v);
  }
}

void chain_destroy(Obj* self) { static_cast<Chain*>(self)->~Chain(); }

const ForeignClass kChainClass = {"chain", chain_trace, chain_destroy};

// Per VM: the chain running now, the main chain, the class of greenlet.error.
struct ChainRegistry : Extension {
  Chain* current = nullptr;
  Chain* main = nullptr;
  Type* chain_type = nullptr;
  Value error = Value::null();
  void trace(Heap& heap) override {
    if (current) heap.mark(current);
    if (main) heap.mark(main);
    if (chain_type) heap.mark(chain_type);
    heap.mark(error);
  }
};

ChainRegistry* registry(VM& vm) {
  auto it = vm.extensions.find("_greenlet");
  if (it != vm.extensions.end()) return static_cast<ChainRegistry*>(it->second.get());
  auto r = std::make_unique<ChainRegistry>();
  ChainRegistry* reg = r.get();
  vm.extensions["_greenlet"] = std::move(r);
  reg->chain_type = vm.new_type("chain", vm.types.object, ObjKind::Foreign, nullptr);
  reg->chain_type->module = Value::object(vm.intern("_greenlet"));
  inherit_slots(reg->chain_type);
  return reg;
}

Chain* alloc_chain(VM& vm, ChainRegistry* reg) {
  auto* c = vm.alloc<Chain>(ObjKind::Foreign, reg->chain_type);
  c->cls = &kChainClass;
  return c;
}

// The running chain; the first time, the main chain (the program's frames).
Chain* current_chain(VM& vm, ChainRegistry* reg) {
  if (!reg->current) {
    reg->main = alloc_chain(vm, reg);
    reg->main->is_main = true;
    reg->main->state = kRunning;
    reg->main->owner = Value::none();
    reg->current = reg->main;
  }
  return reg->current;
}

bool is_chain(Value v) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::Foreign &&
         static_cast<Foreign*>(v.as_obj())->cls == &kChainClass;
}

Value raise_error(VM& vm, ChainRegistry* reg, const char* msg) {
  Type* t = reg->error.is_obj() ? static_cast<Type*>(reg->error.as_obj()) : vm.types.RuntimeError;
  return vm.raise(t, msg);
}

Chain* chain_arg(VM& vm, Value* args, int nargs, Tuple* kwnames, int want, const char* name) {
  if (kwnames || nargs != want || !is_chain(args[0])) {
    vm.raise_fmt(vm.types.TypeError, "_greenlet.%s: bad arguments", name);
    return nullptr;
  }
  return static_cast<Chain*>(args[0].as_obj());
}

// Parks the running chain `cur` (its frame `f` waiting at the switch), or
// releases it when finished, and makes `target` the running chain.
// `dead_frames` receives a finished chain's frames, to be freed once the
// caller no longer reads them.
void hand_over(VM& vm, ChainRegistry* reg, Chain* cur, Chain* target, Frame* f, bool finish,
               FrameStack& dead_frames) {
  if (finish) {
    cur->state = kDead;
    dead_frames = std::move(vm.frame_stack);
  } else {
    cur->state = kSuspended;
    cur->top = f;
    cur->depth = vm.depth;
    cur->generator_depth = vm.generator_depth;
    cur->stack = std::move(vm.frame_stack);
    if (cur->is_main) cur->level = vm.native_depth;
  }
  vm.frame_stack = std::move(target->stack);
  target->stack = FrameStack(kFirstChunkBytes);
  reg->current = target;
}

}  // namespace

SwitchResult chain_switch(VM& vm, Value* args, int nargs, Tuple* kwnames, Frame*& f, Value& out) {
  ChainRegistry* reg = registry(vm);
  if (kwnames || nargs != 3 || !is_chain(args[0]) || !args[1].is_int()) {
    vm.raise(vm.types.TypeError, "_greenlet._switch(chain, mode, value): bad arguments");
    return SwitchResult::Error;
  }
  auto* target = static_cast<Chain*>(args[0].as_obj());
  int mode = static_cast<int>(args[1].as_int());
  Value value = args[2];
  bool throwing = mode & kThrow, finish = mode & kFinish;
  if (throwing && !(value.is_obj() && value.as_obj()->kind == ObjKind::Exception)) {
    vm.raise(vm.types.TypeError, "_greenlet._switch: an exception instance is needed to throw");
    return SwitchResult::Error;
  }
  Chain* cur = current_chain(vm, reg);
  if (target == cur && !finish) {
    if (throwing) {
      vm.pending = value;
      return SwitchResult::Raise;
    }
    out = value;
    return SwitchResult::Push;
  }
  if (!cur->is_main && vm.native_depth != cur->level) {
    raise_error(vm, reg,
                "cannot switch greenlets here: this greenlet is inside a call made by native code "
                "(a builtin calling back into Python, such as a sorted() key, __repr__ called by "
                "print or a builtin iterator), and switching away would cross that C++ frame");
    return SwitchResult::Error;
  }
  if (target == cur || target->state == kDead || target->state == kRunning) {
    raise_error(vm, reg, target->state == kDead ? "cannot switch to a dead greenlet"
                                                : "cannot switch to a running greenlet");
    return SwitchResult::Error;
  }
  if (target->is_main && target->level != vm.native_depth) {
    raise_error(vm, reg,
                "cannot switch to the main greenlet from here: it waits in another call made by "
                "native code");
    return SwitchResult::Error;
  }
  if (target->state == kNew && (throwing || !target->start.is_obj() ||
                                target->start.as_obj()->kind != ObjKind::Function)) {
    vm.raise(vm.types.TypeError, "_greenlet._switch: a new chain is started by sending to it");
    return SwitchResult::Error;
  }
  if (throwing && finish) {
    // The exception leaves the finished chain's start function: its
    // traceback entry (the innermost one added last, at the head) goes.
    auto* e = static_cast<Exception*>(value.as_obj());
    if (e->traceback && e->traceback->code == f->code) e->traceback = e->traceback->next;
  }
  FrameStack dead_frames;
  int depth = vm.depth, generator_depth = vm.generator_depth;
  hand_over(vm, reg, cur, target, f, finish, dead_frames);
  if (target->state == kNew) {
    // The new chain inherits the recursion depth of the one starting it.
    if (finish) {
      vm.depth = depth - 1;
      vm.generator_depth = generator_depth;
    }
    Value start_args[2] = {target->owner, value};
    Frame* nf = push_function_frame(vm, static_cast<Function*>(target->start.as_obj()), start_args, 2,
                                    nullptr);
    target->state = kRunning;
    target->level = vm.native_depth;
    if (!nf) {
      // Cannot happen with greenlet's own start function (two parameters);
      // the new chain dies at once and the error goes to the main chain.
      target->state = kDead;
      f = chain_fell_off(vm);
      return SwitchResult::Raise;
    }
    nf->previous = nullptr;
    ++vm.depth;
    f = nf;
    return SwitchResult::Start;
  }
  target->state = kRunning;
  if (!target->is_main) target->level = vm.native_depth;
  vm.depth = target->depth;
  vm.generator_depth = target->generator_depth;
  f = target->top;
  target->top = nullptr;
  if (throwing) {
    vm.pending = value;
    return SwitchResult::Raise;
  }
  out = value;
  return SwitchResult::Push;
}

Frame* chain_fell_off(VM& vm) {
  ChainRegistry* reg = registry(vm);
  Chain* cur = current_chain(vm, reg);
  Value exc = vm.pending;
  if (exc.is_null()) {
    vm.raise(vm.types.SystemError, "a greenlet's start function returned instead of switching away");
    exc = vm.take_pending();
  } else {
    vm.pending = Value::null();
  }
  Chain* main = reg->main;
  FrameStack dead_frames;
  hand_over(vm, reg, cur, main, nullptr, true, dead_frames);
  main->state = kRunning;
  vm.depth = main->depth;
  vm.generator_depth = main->generator_depth;
  Frame* f = main->top;
  main->top = nullptr;
  vm.pending = exc;
  return f;
}

Value chain_switch_native(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  (void)args, (void)nargs, (void)kwnames;
  return raise_error(vm, registry(vm),
                     "cannot switch greenlets from native code (a builtin calling back into "
                     "Python): the switch would cross a C++ frame");
}

Value chain_new(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (kwnames || nargs != 2 || !args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Function) {
    return vm.raise(vm.types.TypeError, "_greenlet.chain(start, owner): start must be a function");
  }
  ChainRegistry* reg = registry(vm);
  Chain* c = alloc_chain(vm, reg);
  c->start = args[0];
  c->owner = args[1];
  return Value::object(c);
}

Value chain_current(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  (void)args;
  if (kwnames || nargs != 0) return vm.raise(vm.types.TypeError, "_greenlet.current() takes no arguments");
  return Value::object(current_chain(vm, registry(vm)));
}

Value chain_owner(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Chain* c = chain_arg(vm, args, nargs, kwnames, 1, "owner");
  if (!c) return Value::exception();
  return c->owner.is_null() ? Value::none() : c->owner;
}

Value chain_set_owner(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Chain* c = chain_arg(vm, args, nargs, kwnames, 2, "set_owner");
  if (!c) return Value::exception();
  c->owner = args[1];
  return Value::none();
}

Value chain_state(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  Chain* c = chain_arg(vm, args, nargs, kwnames, 1, "state");
  if (!c) return Value::exception();
  return Value::small_int(c->state);
}

Value chain_set_error(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  if (kwnames || nargs != 1 || !args[0].is_obj() || args[0].as_obj()->kind != ObjKind::Type) {
    return vm.raise(vm.types.TypeError, "_greenlet.set_error(cls): a class is needed");
  }
  registry(vm)->error = args[0];
  return Value::none();
}

}  // namespace coil::vm
