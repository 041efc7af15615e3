// VM construction, allocation helpers, the GC roots, and raising exceptions.
#include "vm/vm.hpp"

#include <cstdarg>
#include <cstdio>
#include <algorithm>
#include <cstring>

#include <pthread.h>
#include <unistd.h>

#include "vm/interrupt.hpp"
#include "vm/opcodes.hpp"
#include "vm/numeric/integer.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/traceback.hpp"

namespace coil::vm {

void Mailbox::wake() {
  int fd = wake_fd.load();
  if (fd < 0) return;
  uint64_t one = 1;
  ssize_t n = ::write(fd, &one, sizeof one);  // EAGAIN: already signalled
  (void)n;
}

VM::VM(VMOptions opts) : options(std::move(opts)) {
  num::install_gmp_allocator();
  heap.set_stress(options.gc_stress);
  max_instructions = options.max_instructions;
  max_seconds = options.max_seconds;
  update_limits();
  init_types();
  init_builtins();
  spare_memory_error = new_exception_args(types.MemoryError, empty_tuple);
  // The limit counts from here: the VM's own setup must fit in it too.
  heap.set_max_bytes(options.max_heap_bytes);
}

VM::~VM() {
#ifdef COIL_OPSTATS
  print_opstats(opstats);
#endif
  frame = nullptr;
  heap.free_all();
}

// ---------------------------------------------------------------- allocation

Str* VM::new_str(std::string_view s) {
  auto* str = alloc<Str>(ObjKind::Str, types.str, s.size() + 1);
  str->hash = -1;
  str->size = static_cast<uint32_t>(s.size());
  std::memcpy(str->data, s.data(), s.size());
  str->data[s.size()] = '\0';
  // Most text is ASCII: test 8 bytes at a time, count code points otherwise.
  uint64_t high = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    high |= x;
  }
  for (; i < s.size(); ++i) high |= static_cast<unsigned char>(s[i]);
  bool ascii = (high & 0x8080808080808080ull) == 0;
  str->length = static_cast<uint32_t>(ascii ? s.size() : utf8_count(s.data(), s.size()));
  if (ascii) str->flags |= Str::kAscii;
  return str;
}

Str* VM::intern(std::string_view s) {
  auto it = interned_.find(s);
  if (it != interned_.end()) return it->second;
  Str* str = new_str(s);
  str->flags |= Str::kInterned;
  interned_.emplace(str->view(), str);
  return str;
}

Tuple* VM::new_tuple(uint32_t n) {
  if (n == 0 && empty_tuple) return empty_tuple;
  auto* t = alloc<Tuple>(ObjKind::Tuple, types.tuple, sizeof(Value) * n);
  t->hash = -1;
  t->size = n;
  for (uint32_t i = 0; i < n; ++i) t->items[i] = Value::none();
  return t;
}

Tuple* VM::tuple_of(std::initializer_list<Value> items) {
  Tuple* t = new_tuple(static_cast<uint32_t>(items.size()));
  uint32_t i = 0;
  for (Value v : items) t->items[i++] = v;
  return t;
}

List* VM::new_list(size_t reserve) {
  auto* l = alloc<List>(ObjKind::List, types.list);
  if (reserve) heap.reserve_counted(l->items, reserve);
  return l;
}

Dict* VM::new_dict() { return alloc<Dict>(ObjKind::Dict, types.dict); }

Set* VM::new_set(bool frozen) {
  auto* s = alloc<Set>(ObjKind::Set, frozen ? types.frozenset : types.set);
  if (frozen) s->flags |= Set::kFrozen;
  s->hash = -1;
  return s;
}

Value VM::make_int(int64_t i) {
  if (Value::fits_small_int(i)) return Value::small_int(i);
  auto* b = alloc<BigInt>(ObjKind::BigInt, types.int_);
  b->flags |= BigInt::kInline64;
  b->i64 = i;
  return Value::object(b);
}

Value VM::make_bigint(const mpz_t z) {
  if (mpz_fits_slong_p(z)) return make_int(mpz_get_si(z));
  auto* b = alloc<BigInt>(ObjKind::BigInt, types.int_);
  mpz_init_set(b->z, z);
  return Value::object(b);
}

Cell* VM::new_cell(Value v) {
  auto* c = alloc<Cell>(ObjKind::Cell, types.cell);
  c->value = v;
  return c;
}

Module* VM::new_module(Str* name) {
  auto* m = alloc<Module>(ObjKind::Module, types.module);
  m->name = name;
  m->dict = nullptr;
  m->dict = new_dict();
  dict_set_str(*this, m->dict, names.__name__, Value::object(name));
  dict_set_str(*this, m->dict, names.__doc__, Value::none());
  return m;
}

NativeFunction* VM::new_native(std::string_view name, NativeFn fn, bool method) {
  return new_native(intern(name), fn, method);
}

// Interned strings are roots, so the name needs no rooting here.
NativeFunction* VM::new_native(Str* interned_name, NativeFn fn, bool method) {
  auto* f = alloc<NativeFunction>(ObjKind::NativeFunction, types.builtin_function);
  f->fn = fn;
  f->name = interned_name;
  f->qualname = interned_name;
  f->self = Value::null();
  f->data = Value::null();
  if (method) f->flags |= NativeFunction::kMethod;
  return f;
}

Type* VM::new_type(std::string_view name, Type* base, ObjKind instance_kind, NativeFn ctor) {
  ++type_version;
  auto* t = alloc<Type>(ObjKind::Type, types.type);
  t->name = nullptr;
  t->qualname = nullptr;
  t->module = Value::none();
  t->base = base;
  t->dict = nullptr;
  t->instance_kind = instance_kind;
  t->constructor = ctor;
  t->name = intern(name);
  t->qualname = t->name;
  t->dict = new_dict();
  // Every type has its own __doc__ (None, or the docstring set_type_doc
  // files), so none shows object's.
  dict_set_str(*this, t->dict, names.__doc__, Value::none());
  if (base) t->bases.push_back(base);
  register_subclass(t);
  t->mro.push_back(t);
  if (base) t->mro.insert(t->mro.end(), base->mro.begin(), base->mro.end());
  if (base && (base->flags & Type::kException)) t->flags |= Type::kException;
  t->flags |= Type::kBaseType;
  return t;
}

void VM::set_global(Dict* d, std::string_view name, Value v) {
  dict_set_str(*this, d, intern(name), v);
}

// ---------------------------------------------------------------- types

void VM::init_types() {
  // `type` and `object` refer to each other; build both before anything else.
  types.type = alloc<Type>(ObjKind::Type, nullptr);
  types.type->type = types.type;
  types.object = alloc<Type>(ObjKind::Type, types.type);
  for (Type* t : {types.type, types.object}) {
    t->name = nullptr;
    t->qualname = nullptr;
    t->module = Value::none();
    t->dict = nullptr;
    t->base = nullptr;
    t->constructor = nullptr;
    t->flags = Type::kBaseType;
  }
  types.str = alloc<Type>(ObjKind::Type, types.type);
  types.str->constructor = nullptr;
  // The str type must exist before any name can be interned.
#define X(n) names.n = nullptr;
  COIL_NAMES(X)
#undef X
  auto finish = [&](Type* t, const char* name, Type* base, ObjKind kind) {
    t->name = intern(name);
    t->qualname = t->name;
    t->module = Value::none();
    t->base = base;
    t->instance_kind = kind;
    t->dict = new_dict();
    t->flags |= Type::kBaseType;
    t->mro.clear();
    t->mro.push_back(t);
    if (base) {
      t->bases = {base};
      t->mro.insert(t->mro.end(), base->mro.begin(), base->mro.end());
    }
  };
  finish(types.object, "object", nullptr, ObjKind::Instance);
  finish(types.type, "type", types.object, ObjKind::Type);
  finish(types.str, "str", types.object, ObjKind::Str);
#define X(n) names.n = intern(#n);
  COIL_NAMES(X)
#undef X
  // Names that are C++ keywords or clash are spelled with a trailing underscore.
  names.throw_ = intern("throw");
  names.default_ = intern("default");
  names.stdout_ = intern("stdout");
  names.stderr_ = intern("stderr");
  names.errno_ = intern("errno");

  auto make = [&](const char* name, ObjKind kind) {
    return new_type(name, types.object, kind, nullptr);
  };
  types.int_ = make("int", ObjKind::BigInt);
  types.bool_ = new_type("bool", types.int_, ObjKind::BigInt, nullptr);
  types.bool_->flags &= ~Type::kBaseType;
  types.float_ = make("float", ObjKind::Float);
  types.complex = make("complex", ObjKind::Complex);
  types.bytes = make("bytes", ObjKind::Bytes);
  types.bytearray = make("bytearray", ObjKind::ByteArray);
  types.tuple = make("tuple", ObjKind::Tuple);
  types.list = make("list", ObjKind::List);
  types.dict = make("dict", ObjKind::Dict);
  // The types made before `dict` itself got their dicts without a class.
  for (Type* t : {types.object, types.type, types.str, types.int_, types.bool_, types.float_, types.complex,
                  types.bytes, types.bytearray, types.tuple, types.list, types.dict}) {
    t->dict->type = types.dict;
  }
  types.set = make("set", ObjKind::Set);
  types.memoryview = make("memoryview", ObjKind::MemoryView);
  types.frozenset = make("frozenset", ObjKind::Set);
  types.range = make("range", ObjKind::Range);
  types.slice = make("slice", ObjKind::Slice);
  types.function = make("function", ObjKind::Function);
  types.builtin_function = make("builtin_function_or_method", ObjKind::NativeFunction);
  types.method = make("method", ObjKind::BoundMethod);
  types.code = make("code", ObjKind::Code);
  types.cell = make("cell", ObjKind::Cell);
  types.module = make("module", ObjKind::Module);
  types.generator = make("generator", ObjKind::Generator);
  types.coroutine = make("coroutine", ObjKind::Generator);
  types.async_generator = make("async_generator", ObjKind::Generator);
  types.none_type = make("NoneType", ObjKind::Instance);
  types.not_implemented_type = make("NotImplementedType", ObjKind::Instance);
  types.ellipsis_type = make("ellipsis", ObjKind::Instance);
  types.traceback = make("traceback", ObjKind::Traceback);
  types.frame = make("frame", ObjKind::Foreign);
  types.property = make("property", ObjKind::Property);
  types.staticmethod = make("staticmethod", ObjKind::StaticMethod);
  types.classmethod = make("classmethod", ObjKind::ClassMethod);
  types.super = make("super", ObjKind::Super);
  types.iterator = make("iterator", ObjKind::Iterator);
  types.wrapper_descriptor = make("wrapper_descriptor", ObjKind::NativeFunction);
  types.method_wrapper = make("method-wrapper", ObjKind::NativeFunction);
  types.method_descriptor = make("method_descriptor", ObjKind::NativeFunction);
  types.classmethod_descriptor = make("classmethod_descriptor", ObjKind::ClassMethod);
  types.mappingproxy = make("mappingproxy", ObjKind::Foreign);
  types.tuplegetter = make("_tuplegetter", ObjKind::Foreign);
  types.member_descriptor = make("member_descriptor", ObjKind::Foreign);
  types.getset_descriptor = make("getset_descriptor", ObjKind::Foreign);
  for (Type* t : {types.function, types.builtin_function, types.method, types.code, types.cell,
                  types.generator, types.coroutine, types.async_generator, types.none_type,
                  types.not_implemented_type, types.ellipsis_type, types.traceback, types.frame,
                  types.range, types.slice, types.iterator, types.memoryview,
                  types.wrapper_descriptor, types.method_wrapper, types.method_descriptor,
                  types.classmethod_descriptor, types.mappingproxy, types.tuplegetter,
                  types.member_descriptor, types.getset_descriptor}) {
    t->flags &= ~Type::kBaseType;
  }

  types.BaseException = new_type("BaseException", types.object, ObjKind::Exception, nullptr);
  types.BaseException->flags |= Type::kException;
#define X_EXC(field, name, base) \
  if (!types.field) types.field = new_type(#name, types.base, ObjKind::Exception, nullptr);
  COIL_EXCEPTION_TYPES(X_EXC)
#undef X_EXC
  types.LimitExceeded = new_type("LimitExceeded", types.BaseException, ObjKind::Exception, nullptr);

  empty_tuple = nullptr;
  empty_tuple = new_tuple(0);
  auto* ni = alloc<Instance>(ObjKind::Instance, types.not_implemented_type);
  ni->dict = nullptr;
  not_implemented = Value::object(ni);
  auto* el = alloc<Instance>(ObjKind::Instance, types.ellipsis_type);
  el->dict = nullptr;
  ellipsis = Value::object(el);

  init_object_types(*this);
}

// ---------------------------------------------------------------- GC roots

void VM::mark_roots(Heap& h) {
  // Every built-in type and interned name (types own their method dicts).
#define X_TYPE(field, ...) h.mark(types.field);
  COIL_BUILTIN_TYPES(X_TYPE)
#undef X_TYPE
#define X_EXC(field, name, base) h.mark(types.field);
  COIL_EXCEPTION_TYPES(X_EXC)
#undef X_EXC
  h.mark(types.LimitExceeded);
  // Interned strings stay alive for the VM's lifetime (names in code objects,
  // attribute names); there are few of them.
  for (auto& [view, s] : interned_) h.mark(s);
  h.mark(builtins);
  h.mark(modules);
  h.mark(sys_module);
  h.mark(builtins_module);
  h.mark(not_implemented);
  h.mark(ellipsis);
  h.mark(empty_tuple);
  h.mark(pending);
  h.mark(spare_memory_error);
  for (Value v : del_queue) h.mark(v);
  for (Value v : weakref_callbacks) h.mark(v);
  for (Type* t : container_types) h.mark(t);
  // Values native code holds across calls back into the VM.
  for (Value v : temp_roots) h.mark(v);
  // Values the host holds through coil::Value handles.
  for (Value v : handles) h.mark(v);
  for (Value v : finalize_queue) h.mark(v);
  h.mark(asyncgen_firstiter);
  h.mark(asyncgen_finalizer);
  for (auto& [name, ext] : extensions) ext->trace(h);
  // Every frame on the chain, running or waiting for a callee; suspended
  // generator frames are reached through their generator objects.
  for (Frame* f = frame; f; f = f->previous) {
    h.mark(f->code);
    h.mark(f->globals);
    h.mark(f->handled_exc);
    if (Generator* g = f->generator()) h.mark(g);
    for (Value* v = f->slots; v < f->sp(); ++v) h.mark(*v);
  }
}

// A suspended generator whose frame sits inside a try/with block (or a
// yield from) has cleanup that closing it would run. The handler of a `for`
// loop that only finalises the loop's own generator counts when that
// generator has cleanup of its own; past it, the handlers enclosing the
// loop count as usual. (Nested loop generators are followed `depth` deep;
// deeper, closing is assumed needed, which is always safe.)
static bool needs_close(Generator* g, int depth = 0) {
  if (g->frame.gen_state != GenState::Suspended || (g->flags & Generator::kFinalized)) return false;
  Frame& f = g->frame;
  const Code* code = f.code;
  uint32_t offset = static_cast<uint32_t>(f.ip - code->code.data()) - 1;
  for (const ExceptionTableEntry* e = code->handler_at(offset); e; e = code->handler_at(e->handler)) {
    if (!e->closes_iterator) return true;
    Value it = f.stack_base()[e->depth - 1];
    if (it.is_obj() && it.as_obj()->kind == ObjKind::Generator &&
        (it.as_obj()->flags & Generator::kLoopOwned) &&
        (depth >= 64 || needs_close(static_cast<Generator*>(it.as_obj()), depth + 1))) {
      return true;
    }
  }
  return false;
}

// Reports the exception being raised (taken from vm.pending) as CPython's
// default sys.unraisablehook does, naming `where` (`fallback` when its repr
// fails): an error in a finalizer, which nothing can catch.
static void report_unraisable(VM& vm, Value where, const char* fallback) {
  RootScope roots(vm);
  Value exc = roots.add(vm.take_pending());
  Value r = vm.repr(where);
  std::string what = r.is_exception() ? fallback : std::string(as_str(r)->view());
  if (r.is_exception()) vm.pending = Value::null();
  vm.write_err("Exception ignored in: " + what + "\n" + format_unraisable(vm, exc));
}

// The finalizer hook an unfinished async generator took at its first
// iteration (an event loop's schedules its aclose()), else null().
static Value finalizer_hook(VM& vm, Generator* g) {
  if (g->type != vm.types.async_generator || g->frame.gen_state == GenState::Done ||
      (g->flags & Generator::kFinalized) || !(g->flags & Generator::kHooksInited) ||
      g->finalizer().is_none()) {
    return Value::null();
  }
  return g->finalizer();
}

// Runs `call`, a finalizer (nothing can catch its error), with `subject`
// rooted and the exception being raised (if any) kept aside meanwhile; an
// error is reported as CPython's finalizers do, naming `where`.
template <typename Call>
static void run_finalizer(VM& vm, Value subject, Value where, const char* fallback, Call call) {
  RootScope roots(vm);
  roots.add(subject);
  roots.add(where);
  Value saved = roots.add(vm.take_pending());
  if (call().is_exception()) report_unraisable(vm, where, fallback);
  vm.pending = saved;
}

// Finalizes `g` as CPython's _PyGen_Finalize does: hands it to its
// finalizer hook, or closes it.
static void close_finalized(VM& vm, Value g) {
  run_finalizer(vm, g, g, "<generator>", [&vm, &g] {
    auto* gen = static_cast<Generator*>(g.as_obj());
    Value hook = finalizer_hook(vm, gen);
    if (hook.is_null()) return generator_close(vm, gen);
    gen->flags |= Generator::kFinalized;
    return vm.call(hook, &g, 1);
  });
}

void VM::finalize_dropped_generator(Generator* g) {
  g->flags &= ~Generator::kLoopOwned;
  if (needs_close(g) || !finalizer_hook(*this, g).is_null()) close_finalized(*this, Value::object(g));
}

// CPython's warning for a coroutine collected before it ever ran, located
// at the code running when it was found ("sys:1" at shutdown), as
// warnings.showwarning prints it.
static void warn_never_awaited(VM& vm, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    std::string where = "sys:1";
    std::string line;
    if (vm.frame) {
      std::string file(vm.frame->code->filename->view());
      int n = vm.frame->line();
      where = file + ":" + std::to_string(n);
      auto it = vm.sources.find(file);
      if (it != vm.sources.end()) {
        size_t start = 0;
        for (int i = 1; i < n && start != std::string::npos; ++i) {
          start = it->second.find('\n', start);
          if (start != std::string::npos) ++start;
        }
        if (start != std::string::npos) {
          line = it->second.substr(start, it->second.find('\n', start) - start);
          line.erase(0, line.find_first_not_of(" \t"));
        }
      }
    }
    std::string text = where + ": RuntimeWarning: coroutine '" + name + "' was never awaited\n";
    if (!line.empty()) text += "  " + line + "\n";
    // (At shutdown CPython can no longer print the tracemalloc hint.)
    if (vm.frame) text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    vm.write_err(text);
  }
}

static bool never_started_coroutine(VM& vm, Generator* g) {
  return g->type == vm.types.coroutine && g->frame.gen_state == GenState::Created;
}

void VM::register_subclass(Type* cls) {
  for (Type* b : cls->bases) {
    if (std::find(b->subclasses.begin(), b->subclasses.end(), cls) == b->subclasses.end()) {
      b->subclasses.push_back(cls);
    }
  }
  if (live_types.empty() || live_types.back() != cls) live_types.push_back(cls);
}

// Before the sweep frees unreachable classes: drops them from their bases'
// subclass lists (bases being freed too are still readable here).
static void forget_dead_types(std::vector<Type*>& live_types) {
  size_t kept = 0;
  for (Type* t : live_types) {
    if (t->marked) {
      live_types[kept++] = t;
      continue;
    }
    for (Type* b : t->bases) std::erase(b->subclasses, t);
  }
  live_types.resize(kept);
}

// Calls obj's __del__.
static void call_del(VM& vm, Value obj) {
  Value del = vm.lookup_type(vm.type_of(obj), vm.intern("__del__"));
  if (del.is_null()) return;
  run_finalizer(vm, obj, del, "<__del__>", [&vm, &obj, del] {
    // A plain function is called with the instance; anything else (a
    // staticmethod, a callable object) is looked up through the instance.
    return del.is_obj() && del.as_obj()->kind == ObjKind::Function
               ? vm.call(del, &obj, 1)
               : vm.call_method(obj, vm.intern("__del__"), nullptr, 0);
  });
}

// Calls a weak reference's callback with the ref (an error names the callback).
static void call_weakref_callback(VM& vm, Value ref, Value callback) {
  run_finalizer(vm, ref, callback, "<callback>", [&vm, &ref, callback] { return vm.call(callback, &ref, 1); });
}

// Runs what collections queued, oldest first: callbacks of cleared weak
// references (as CPython's collector runs them before finalizers), then
// generators to close, then instances owed their __del__, until the queues
// are empty. A collection
// inside one of them (at a safe point of the code it runs) only adds to the
// queues, so finalizers run one at a time, in order, as CPython's reference
// counting runs them. What has run leaves the queues however this ends (an
// allocation failing unwinds through here): nothing is finalized twice.
static void run_finalizers(VM& vm) {
  if (vm.finalizing) return;
  struct Progress {
    VM& vm;
    size_t called = 0, closed = 0, deleted = 0;
    explicit Progress(VM& v) : vm(v) { vm.finalizing = true; }
    ~Progress() {
      vm.weakref_callbacks.erase(vm.weakref_callbacks.begin(), vm.weakref_callbacks.begin() + called);
      vm.finalize_queue.erase(vm.finalize_queue.begin(), vm.finalize_queue.begin() + closed);
      vm.del_queue.erase(vm.del_queue.begin(), vm.del_queue.begin() + deleted);
      vm.finalizing = false;
    }
  } done(vm);
  for (;;) {
    if (done.called < vm.weakref_callbacks.size()) {
      Value ref = vm.weakref_callbacks[done.called];
      Value callback = vm.weakref_callbacks[done.called + 1];
      done.called += 2;
      call_weakref_callback(vm, ref, callback);
    } else if (done.closed < vm.finalize_queue.size()) {
      Value g = vm.finalize_queue[done.closed++];
      close_finalized(vm, g);
    } else if (done.deleted < vm.del_queue.size()) {
      Value obj = vm.del_queue[done.deleted++];
      call_del(vm, obj);
    } else {
      return;
    }
  }
}

// One collection; true when it resurrected objects to finalize them.
bool VM::collect_once() {
  std::vector<Value> dying;
  std::vector<std::string> never_awaited;
  size_t queued = del_queue.size();
  heap.collect([this](Heap& h) { mark_roots(h); },
               [this, &dying, &never_awaited, queued] {
                 // What live weak references' callbacks reach is live.
                 if (!weakrefs.empty()) weakrefs.mark_callbacks(heap);
                 // Unreachable instances with a __del__: resurrected (with
                 // what they reference) until it has run, then forgotten.
                 size_t alive = 0;
                 for (Obj* o : finalizable) {
                   if (o->marked) {
                     finalizable[alive++] = o;
                   } else {
                     del_queue.push_back(Value::object(o));
                   }
                 }
                 finalizable.resize(alive);
                 for (size_t i = queued; i < del_queue.size(); ++i) heap.mark_reachable(del_queue[i].as_obj());
                 // Unreachable generators: the ones with cleanup to run are
                 // resurrected (with what they reference) until closed; the
                 // rest are forgotten and freed by the sweep.
                 size_t kept = 0;
                 for (Generator* g : live_generators) {
                   if (!g->marked) {
                     if (never_started_coroutine(*this, g)) {
                       never_awaited.emplace_back(g->frame.code->qualname->view());
                     }
                     if (!needs_close(g)) continue;
                     dying.push_back(Value::object(g));
                   }
                   live_generators[kept++] = g;
                 }
                 live_generators.resize(kept);
                 for (Value g : dying) heap.mark_reachable(g.as_obj());
                 // Last, with everything resurrected marked: weak references
                 // to what is left unmarked are cleared.
                 if (!weakrefs.empty()) {
                   weakrefs.mark_callbacks(heap);
                   weakrefs.clear_dead(weakref_callbacks);
                 }
                 forget_dead_types(live_types);
               });
  finalize_queue.insert(finalize_queue.end(), dying.begin(), dying.end());
  warn_never_awaited(*this, never_awaited);
  bool resurrected = !dying.empty() || del_queue.size() > queued;
  run_finalizers(*this);
  watch_drops = drop_collect_budget > 0 && (!finalizable.empty() || weakrefs.has_referents());
  return resurrected;
}

void VM::collect_garbage() {
  // What was resurrected to be finalized, and is now finalized, dies in a
  // second collection, so that its weak references are clear on return (as
  // CPython clears them right after __del__ or a generator's close).
  if (collect_once() && !finalizing && weakrefs.has_referents()) collect_once();
}

bool VM::runs_code_when_dropped(Value v) {
  if (!v.is_obj()) return false;
  Obj* o = v.as_obj();
  if (o->flags & Obj::kWeaklyReferenced) return true;
  if (o->kind == ObjKind::Instance) return o->type->flags & Type::kHasFinalizer;
  return o->kind == ObjKind::Generator && needs_close(static_cast<Generator*>(o));
}

void VM::collect_dropped() {
  if (drop_collect_budget <= 0) return;
  collect_garbage();
  drop_collect_budget -= static_cast<int64_t>(heap.live_bytes()) + 4096;
  if (drop_collect_budget <= 0) watch_drops = false;
}

void VM::finalize_generators() {
  for (auto& [name, ext] : extensions) ext->shutdown(*this);
  std::vector<std::string> never_awaited;
  for (Generator* g : live_generators) {
    if (never_started_coroutine(*this, g)) never_awaited.emplace_back(g->frame.code->qualname->view());
  }
  warn_never_awaited(*this, never_awaited);
  std::vector<Value> all;
  for (Generator* g : live_generators) {
    if (needs_close(g)) all.push_back(Value::object(g));
  }
  // Oldest first: about the order in which CPython's teardown of the main
  // module's globals drops them; then every instance still owed __del__.
  finalize_queue.insert(finalize_queue.end(), all.begin(), all.end());
  for (Obj* o : finalizable) del_queue.push_back(Value::object(o));
  finalizable.clear();
  run_finalizers(*this);
}

// ---------------------------------------------------------------- errors

Value VM::new_exception_args(Type* type, Tuple* args) {
  auto* e = alloc<Exception>(ObjKind::Exception, type);
  e->args = args;
  e->traceback = nullptr;
  e->cause = Value::none();
  e->context = Value::none();
  e->suppress_context = false;
  e->dict = nullptr;
  return Value::object(e);
}

Value VM::raise_memory_error() {
  Value exc;
  try {
    exc = new_exception_args(types.MemoryError, empty_tuple);
  } catch (const std::bad_alloc&) {
    auto* e = static_cast<Exception*>(spare_memory_error.as_obj());
    e->traceback = nullptr;
    e->cause = Value::none();
    e->context = Value::none();
    e->suppress_context = false;
    exc = spare_memory_error;
  }
  return raise_value(exc);
}

Value VM::new_exception(Type* type, std::string_view message) {
  Value msg = Value::object(new_str(message));
  return new_exception_args(type, tuple_of({msg}));
}

Value VM::raise(Type* type, std::string_view message) {
  return raise_value(new_exception(type, message));
}

Value VM::raise_fmt(Type* type, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  return raise(type, std::string_view(buf, std::min<size_t>(n, sizeof buf - 1)));
}

bool VM::pending_is(Type* type) const {
  return !pending.is_null() && isinstance(pending, type);
}

Value VM::handled_exception() const {
  for (Frame* f = frame; f; f = f->previous) {
    if (!f->handled_exc.is_null()) return f->handled_exc;
  }
  return Value::null();
}

void VM::add_traceback(Value exc, Frame* f) {
  if (!exc.is_obj() || exc.as_obj()->kind != ObjKind::Exception) return;
  auto* e = static_cast<Exception*>(exc.as_obj());
  Traceback* tb;
  Code* c = f->code;
  try {
    tb = alloc<Traceback>(ObjKind::Traceback, types.traceback);
  } catch (const std::bad_alloc&) {
    return;  // out of memory: the traceback goes without this entry
  }
  tb->next = e->traceback;
  tb->code = c;
  tb->line = f->line();
  ptrdiff_t lasti = f->ip - c->code.data() - 1;
  tb->lasti = lasti >= 0 && lasti < static_cast<ptrdiff_t>(c->code.size()) ? static_cast<int>(lasti) : -1;
  tb->globals = f->globals;
  tb->frame = f;
  tb->caller = nullptr;
  tb->frame_object = Value::null();
  tb->nsaved = -1;
  tb->saved_tuple = nullptr;
  e->traceback = tb;
}

void VM::save_traceback_locals(Traceback* tb, Frame* f) {
  if (tb->frame != f || tb->code != f->code || tb->nsaved >= 0) return;
  auto n = static_cast<int>(f->stack_base() - f->slots);
  if (n > Traceback::kInlineSlots) {
    try {
      tb->saved_tuple = new_tuple(static_cast<uint32_t>(n));
    } catch (const std::bad_alloc&) {
      return;  // out of memory: tb_frame goes without locals
    }
  }
  // A str the frame was building with `+=` may stay tagged as one: the
  // frame is finished, nothing grows it any more, and readers unbuild it.
  std::copy_n(f->slots, n, tb->saved());
  tb->nsaved = n;
}

// ---------------------------------------------------------------- output

void VM::write_out(std::string_view s) {
  if (options.write_out) options.write_out(s);
}

void VM::flush_out() {
  if (options.flush_out) options.flush_out();
}

void VM::write_err(std::string_view s) {
  if (options.write_err) options.write_err(s);
}

bool VM::native_stack_exhausted() {
  pthread_t self = pthread_self();
  if (!stack_limit_ || !pthread_equal(self, static_cast<pthread_t>(stack_thread_))) {
    // Keep a margin below the limit for the frames that run after the check
    // (raising, formatting the message, unwinding).
    constexpr size_t kMargin = 256 * 1024;
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(self, &attr) == 0) {
      pthread_attr_getstack(&attr, &addr, &size);
      pthread_attr_destroy(&attr);
    }
    const char* here = static_cast<const char*>(__builtin_frame_address(0));
    if (addr && size > 2 * kMargin) {
      stack_limit_ = static_cast<const char*>(addr) + kMargin;
    } else {
      stack_limit_ = here - 512 * 1024;  // unknown stack: assume a modest one
    }
    stack_thread_ = static_cast<unsigned long>(self);
  }
  return static_cast<const char*>(__builtin_frame_address(0)) < stack_limit_;
}

Value handle_interrupt(VM& vm) {
  vm.interrupt_requested = 0;
  Value action = Value::none();
  Value mod = dict_get_str(vm.modules, vm.intern("signal"));
  if (!mod.is_null()) {
    action = vm.getattr_opt(mod, vm.intern("_sigint_action"));
    if (action.is_exception()) return action;
    if (action.is_null()) action = Value::none();
  }
  if (action.is_none()) return vm.raise_value(Value::object(vm.types.KeyboardInterrupt));
  if (action.is_bool()) return Value::none();  // SIG_IGN
  Value args[2] = {Value::small_int(2), Value::none()};
  Value r = vm.call(action, args, 2);
  return r.is_exception() ? r : Value::none();
}

}  // namespace coil::vm
