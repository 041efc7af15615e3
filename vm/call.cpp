// Calls: binding arguments into frames, calling any callable from C++, and
// resuming generators from C++ (the single native entry point).
#include <cstring>
#include <string>

#include "vm/call.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/vm.hpp"

namespace coil::vm {

// ---------------------------------------------------------------- FrameStack

void FrameStack::enter(size_t chunk) {
  current_ = chunk;
  Chunk& c = chunks_[chunk];
  base_ = c.data.get();
  top_ = base_ + c.used;
  limit_ = base_ + c.size;
}

Frame* FrameStack::push_slow(size_t need) {
  // The current chunk is full: the next one large enough (chunks above the
  // current one are empty), else a new one.
  size_t next = 0;
  if (!chunks_.empty()) {
    chunks_[current_].used = static_cast<size_t>(top_ - base_);
    next = current_ + 1;
  }
  while (next < chunks_.size() && chunks_[next].size < need) ++next;
  if (next == chunks_.size()) {
    size_t size = chunks_.empty() ? first_chunk_ : std::min(kChunkBytes, chunks_.back().size * 4);
    size = std::max(size, need);
    chunks_.push_back({std::unique_ptr<char[]>(new char[size]), size, 0});
  }
  enter(next);
  auto* f = reinterpret_cast<Frame*>(top_);
  top_ += need;
  return f;
}

void FrameStack::pop_slow(char* p) {
  // Frames are popped in LIFO order: p is the last frame of an earlier
  // chunk; the chunks above it are left empty.
  while (current_ > 0) {
    chunks_[current_].used = 0;
    enter(current_ - 1);
    if (p >= base_ && p < top_) {
      top_ = p;
      return;
    }
  }
  top_ = base_;
}

void Code::set_plain_call() {
  bool plain = (code_flags & kSimpleCall) && !(code_flags & (kGenerator | kCoroutine | kAsyncGenerator));
  plain_argc = plain ? argcount : -1;
  plain_nlocals = nlocals();
  plain_frame_bytes = static_cast<uint32_t>(FrameStack::frame_bytes(nlocals() + max_stack));
}

int Frame::line() const {
  if (!code || code->lines.empty()) return 0;
  ptrdiff_t i = ip - code->code.data() - 1;
  if (i < 0) i = 0;
  if (i >= static_cast<ptrdiff_t>(code->lines.size())) i = static_cast<ptrdiff_t>(code->lines.size()) - 1;
  return code->lines[i];
}

// ---------------------------------------------------------------- binding

namespace {

std::string plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// "'a', 'b' and 'c'" as CPython lists missing arguments.
std::string name_list(const std::vector<Str*>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'";
    s += names[i]->view();
    s += "'";
  }
  return s;
}

Value missing_error(VM& vm, Function* fn, const std::vector<Str*>& missing, const char* kind) {
  std::string msg = std::string(fn->qualname->view()) + "() missing " +
                    plural(static_cast<int>(missing.size()), (std::string(kind) + " argument").c_str()) +
                    ": " + name_list(missing);
  // CPython: "f() missing 1 required positional argument: 'x'"
  return vm.raise(vm.types.TypeError, msg);
}

Value too_many_positional(VM& vm, Function* fn, int given, int kw_given) {
  Code* c = fn->code;
  int defaults = fn->defaults ? static_cast<int>(fn->defaults->size) : 0;
  int max = c->argcount;
  int min = max - defaults;
  std::string takes;
  if (min == max) {
    takes = plural(max, "positional argument");
  } else {
    takes = "from " + std::to_string(min) + " to " + std::to_string(max) + " positional arguments";
  }
  std::string msg = std::string(fn->qualname->view()) + "() takes " + takes + " but " +
                    std::to_string(given);
  if (kw_given) {
    msg += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
           plural(kw_given, "keyword-only argument") + ") were given";
  } else {
    msg += given == 1 ? " was given" : " were given";
  }
  return vm.raise(vm.types.TypeError, msg);
}

int find_param(Code* c, Str* name, int first, int count) {
  for (int i = first; i < first + count; ++i) {
    Str* p = c->varnames[i];
    if (p == name || p->view() == name->view()) return i;
  }
  return -1;
}

}  // namespace

// Fills the parameter slots of `f` from a call's arguments. Returns false with
// TypeError pending, in CPython's wording.
bool bind_arguments(VM& vm, Function* fn, Frame* f, Value* args, int nargs, Tuple* kwnames) {
  Code* c = fn->code;
  Value* locals = f->slots;
  int argcount = c->argcount;
  int kwonly = c->kwonlyargcount;
  int total = argcount + kwonly;
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  bool varargs = c->code_flags & Code::kVarargs;
  bool varkw = c->code_flags & Code::kVarkw;
  int varargs_slot = total;
  int varkw_slot = total + (varargs ? 1 : 0);

  // Positional arguments.
  int npos = std::min(nargs, argcount);
  for (int i = 0; i < npos; ++i) locals[i] = args[i];
  if (varargs) {
    int extra = nargs > argcount ? nargs - argcount : 0;
    Tuple* t = vm.new_tuple(static_cast<uint32_t>(extra));
    for (int i = 0; i < extra; ++i) t->items[i] = args[argcount + i];
    locals[varargs_slot] = Value::object(t);
  } else if (nargs > argcount) {
    int kwonly_given = 0;
    for (int k = 0; k < nkw; ++k) {
      if (find_param(c, static_cast<Str*>(kwnames->items[k].as_obj()), argcount, kwonly) >= 0)
        ++kwonly_given;
    }
    too_many_positional(vm, fn, nargs, kwonly_given);
    return false;
  }
  Dict* kwdict = nullptr;
  if (varkw) {
    kwdict = vm.new_dict();
    locals[varkw_slot] = Value::object(kwdict);
  }

  // Keyword arguments.
  std::vector<Str*> posonly_passed_as_kw;
  for (int k = 0; k < nkw; ++k) {
    auto* name = static_cast<Str*>(kwnames->items[k].as_obj());
    Value value = args[nargs + k];
    int slot = find_param(c, name, c->posonlyargcount, total - c->posonlyargcount);
    if (slot < 0) {
      if (kwdict) {
        dict_set_str(vm, kwdict, name, value);
        continue;
      }
      if (find_param(c, name, 0, c->posonlyargcount) >= 0) {
        posonly_passed_as_kw.push_back(name);
        continue;
      }
      vm.raise_fmt(vm.types.TypeError, "%s() got an unexpected keyword argument '%s'",
                   fn->qualname->data, name->data);
      return false;
    }
    if (!locals[slot].is_null()) {
      vm.raise_fmt(vm.types.TypeError, "%s() got multiple values for argument '%s'",
                   fn->qualname->data, name->data);
      return false;
    }
    locals[slot] = value;
  }
  if (!posonly_passed_as_kw.empty()) {
    std::string names;
    for (size_t i = 0; i < posonly_passed_as_kw.size(); ++i) {
      if (i) names += ", ";
      names += std::string(posonly_passed_as_kw[i]->view());  // quoted as a whole below
    }
    vm.raise(vm.types.TypeError, std::string(fn->qualname->view()) +
                                     "() got some positional-only arguments passed as keyword "
                                     "arguments: '" + names + "'");
    return false;
  }

  // Defaults for missing positional parameters.
  int ndefaults = fn->defaults ? static_cast<int>(fn->defaults->size) : 0;
  int first_default = argcount - ndefaults;
  std::vector<Str*> missing;
  for (int i = nargs; i < argcount; ++i) {
    if (!locals[i].is_null()) continue;
    if (i >= first_default) {
      locals[i] = fn->defaults->items[i - first_default];
    } else {
      missing.push_back(c->varnames[i]);
    }
  }
  if (!missing.empty()) {
    missing_error(vm, fn, missing, "required positional");
    return false;
  }
  for (int i = argcount; i < total; ++i) {
    if (!locals[i].is_null()) continue;
    Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, c->varnames[i]) : Value::null();
    if (d.is_null()) {
      missing.push_back(c->varnames[i]);
    } else {
      locals[i] = d;
    }
  }
  if (!missing.empty()) {
    missing_error(vm, fn, missing, "required keyword-only");
    return false;
  }
  return true;
}

// Initialises a frame for `fn` (not yet linked): locals cleared, cells
// created (holding their parameter's value when a parameter is captured),
// free cells copied from the closure.
void init_frame(VM& /*vm*/, Frame* f, Function* fn) {
  Code* c = fn->code;
  f->code = c;
  f->globals = fn->globals;
  f->previous = nullptr;
  f->ip = c->code.data();
  f->handled_exc = Value::null();
  f->flags = 0;
  f->gen_state = GenState::Created;
  f->gen_delegating = false;
  f->gen_started = false;
  int n = c->nlocals() + c->ncells() + c->nfree();
  for (int i = 0; i < n; ++i) f->slots[i] = Value::null();
  f->set_sp(f->slots + n);
}

// After binding: cells get their values, free variables their cells.
void finish_frame_cells(VM& vm, Frame* f, Function* fn) {
  Code* c = f->code;
  Value* cells = f->slots + c->nlocals();
  for (int i = 0; i < c->ncells(); ++i) {
    int p = c->cell_param[i];
    Value init = p >= 0 ? f->slots[p] : Value::null();
    cells[i] = Value::object(vm.new_cell(init));
  }
  Tuple* closure = fn->closure;
  for (int i = 0; i < c->nfree(); ++i) cells[c->ncells() + i] = closure->items[i];
}

Frame* push_function_frame(VM& vm, Function* fn, Value* args, int nargs, Tuple* kwnames) {
  Code* c = fn->code;
  int nlocals = c->nlocals(), ncells = c->ncells(), nfree = c->nfree();
  int n = nlocals + ncells + nfree;
  Frame* f = vm.frame_stack.push(n + c->max_stack);
  // Fast path: exact positional call without defaults, varargs or keyword-only
  // parameters: the header, the arguments, then the other slots cleared.
  if (!kwnames && nargs == c->argcount && c->kwonlyargcount == 0 &&
      !(c->code_flags & (Code::kVarargs | Code::kVarkw))) {
    f->flags = 0;
    f->gen_state = GenState::Created;
    f->gen_delegating = false;
    f->gen_started = false;
    f->code = c;
    f->globals = fn->globals;
    f->previous = nullptr;
    f->ip = c->code.data();
    f->handled_exc = Value::null();
    for (int i = 0; i < nargs; ++i) f->slots[i] = args[i];
    for (int i = nargs; i < n; ++i) f->slots[i] = Value::null();
    f->set_sp(f->slots + n);
  } else {
    init_frame(vm, f, fn);
    if (!bind_arguments(vm, fn, f, args, nargs, kwnames)) {
      vm.frame_stack.pop(f);
      return nullptr;
    }
  }
  if (ncells || nfree) finish_frame_cells(vm, f, fn);
  return f;
}

Generator* new_generator(VM& vm, Function* fn) {
  Code* c = fn->code;
  Type* type = (c->code_flags & Code::kCoroutine)       ? vm.types.coroutine
               : (c->code_flags & Code::kAsyncGenerator) ? vm.types.async_generator
                                                          : vm.types.generator;
  auto* g = vm.alloc<Generator>(ObjKind::Generator, type, Generator::alloc_size(c) - sizeof(Generator));
  g->frame.gen_state = GenState::Created;
  g->frame.gen_delegating = false;
  g->frame.gen_started = false;
  g->set_return_to(make_return_to(ReturnTo::Caller));
  init_frame(vm, &g->frame, fn);
  g->frame.flags = Frame::kGenerator;
  if (type == vm.types.async_generator) g->finalizer() = Value::none();
  vm.live_generators.push_back(g);
  return g;
}

// Calling a generator or coroutine function: the frame is bound now and runs
// on the first resume.
Value make_generator(VM& vm, Function* fn, Value* args, int nargs, Tuple* kwnames) {
  Generator* g = new_generator(vm, fn);
  Code* c = fn->code;
  if (!kwnames && nargs == c->argcount && c->kwonlyargcount == 0 &&
      !(c->code_flags & (Code::kVarargs | Code::kVarkw))) {
    for (int i = 0; i < nargs; ++i) g->frame.slots[i] = args[i];
  } else if (!bind_arguments(vm, fn, &g->frame, args, nargs, kwnames)) {
    g->frame.gen_state = GenState::Done;
    return Value::exception();
  }
  if (c->ncells() || c->nfree()) finish_frame_cells(vm, &g->frame, fn);
  return Value::object(g);
}

bool is_generator_code(const Code* c) {
  return c->code_flags & (Code::kGenerator | Code::kCoroutine | Code::kAsyncGenerator);
}

// ---------------------------------------------------------------- VM::call

Value call_function(VM& vm, Function* fn, Value* args, int nargs, Tuple* kwnames, Obj* class_namespace) {
  if (is_generator_code(fn->code)) return make_generator(vm, fn, args, nargs, kwnames);
  Frame* f = push_function_frame(vm, fn, args, nargs, kwnames);
  if (!f) return Value::exception();
  if (class_namespace) f->slots[0] = Value::object(class_namespace);
  return vm.run(f);
}

Value VM::call(Value callable, Value* args, int nargs, Tuple* kwnames) {
  if (!callable.is_obj()) {
    return raise_fmt(types.TypeError, "'%s' object is not callable", type_name(*this, callable));
  }
  Obj* o = callable.as_obj();
  switch (o->kind) {
    case ObjKind::Function:
      return call_function(*this, static_cast<Function*>(o), args, nargs, kwnames);
    case ObjKind::NativeFunction: {
      auto* nf = static_cast<NativeFunction*>(o);
      native_data = nf->data;
      if (nf->self.is_null()) return nf->fn(*this, args, nargs, kwnames);
      int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
      std::vector<Value> all;
      all.reserve(nargs + nkw + 1);
      all.push_back(nf->self);
      all.insert(all.end(), args, args + nargs + nkw);
      return nf->fn(*this, all.data(), nargs + 1, kwnames);
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
      // The bound method is reachable from the caller's arguments' owner;
      // root it explicitly in case it was a temporary.
      RootScope roots(*this);
      roots.add(callable);
      std::vector<Value> all;
      all.reserve(nargs + nkw + 1);
      all.push_back(m->self);
      all.insert(all.end(), args, args + nargs + nkw);
      return call(m->func, all.data(), nargs + 1, kwnames);
    }
    case ObjKind::Type:
      return call_type(*this, static_cast<Type*>(o), args, nargs, kwnames);
    default:
      break;
  }
  Type* t = o->type;
  if (t->slots.call) return t->slots.call(*this, callable, args, nargs, kwnames);
  return raise_fmt(types.TypeError, "'%s' object is not callable", t->name->data);
}

// ---------------------------------------------------------------- resume

ResumeKind VM::resume(Generator* gen, Value value, Value exc, Value& result) {
  bool coroutine = gen->type == types.coroutine;
  if (gen->frame.gen_state == GenState::Running) {
    raise(types.ValueError, coroutine ? "coroutine already executing" : "generator already executing");
    result = Value::exception();
    return ResumeKind::Raised;
  }
  if (gen->frame.gen_state == GenState::Done) {
    if (!exc.is_null()) {
      raise_value(exc);
    } else if (coroutine) {
      raise(types.RuntimeError, "cannot reuse already awaited coroutine");
    } else {
      raise_value(Value::object(types.StopIteration));
    }
    result = Value::exception();
    return ResumeKind::Raised;
  }
  if (gen->frame.gen_state == GenState::Created && exc.is_null() && !value.is_none()) {
    raise_fmt(types.TypeError, "can't send non-None value to a just-started %s",
              coroutine ? "coroutine" : "generator");
    result = Value::exception();
    return ResumeKind::Raised;
  }
  if (native_depth >= kMaxNativeDepth) {
    raise(types.RecursionError, "maximum recursion depth exceeded");
    result = Value::exception();
    return ResumeKind::Raised;
  }
  Frame* f = gen->start_running(value, make_return_to(ReturnTo::Caller), exc.is_null());
  f->previous = frame;
  Value r;
  if (!exc.is_null()) {
    pending = exc;
    r = run_throwing(*this, f);
  } else {
    r = run(f);
  }
  result = r;
  if (r.is_exception()) return ResumeKind::Raised;
  return gen->frame.gen_state == GenState::Done ? ResumeKind::Returned : ResumeKind::Yielded;
}

}  // namespace coil::vm
