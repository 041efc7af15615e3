// The dispatch loop.
//
// run(entry) executes frames until `entry` returns, yields or lets an
// exception escape. Calls into coil functions, and resuming generators from
// bytecode (FOR_ITER, SEND), push the callee's frame and continue in this same
// loop; only native code calling back into the VM starts a nested run().
//
// Registers: f (the running frame; vm.frame mirrors it; its locals are its first slots), ip, sp.
// GCC keeps f, ip and sp in callee-saved registers only while run_frame
// needs no frame pointer: no call from it may pass arguments on the machine
// stack (more than six integer ones; see foreign_call_inline).
// STORE() saves ip and sp into the frame before anything that can allocate
// with a collection due, raise, or call out; LOAD() reloads them after the
// running frame changes.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "vm/attr_cache.hpp"
#include "vm/call.hpp"
#include "vm/chain.hpp"
#include "vm/interp.hpp"
#include "vm/interrupt.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/opcodes.hpp"
#include "vm/vm.hpp"

#if defined(__GNUC__) && !defined(COIL_NO_COMPUTED_GOTO)
#define COIL_COMPUTED_GOTO 1
#else
#define COIL_COMPUTED_GOTO 0
#endif

namespace coil::vm {

namespace {

// A safe point (every frame's ip and sp stored): handles a requested
// interrupt (false if it raised: KeyboardInterrupt, or a SIGINT handler's
// exception), raises LimitExceeded when a limit is spent (false), or
// collects garbage when due (true).
bool take_safe_point(VM& vm) {
  if (vm.interrupt_requested && handle_interrupt(vm).is_exception()) return false;
  if (vm.steps_left < 0 && !vm.check_limits()) return false;
  if (vm.heap.collection_due()) vm.collect_garbage();
  return true;
}

// Fast paths of arithmetic and comparison on small ints and floats.
inline bool both_small_ints(Value a, Value b) { return a.is_int() && b.is_int(); }

// The operator of an arithmetic instruction (BINARY_ADD/SUB/MUL, BINARY_OP).
inline BinaryOp arith_op_of(uint32_t ins) {
  switch (op_of(ins)) {
    case Op::BINARY_ADD: return BinaryOp::Add;
    case Op::BINARY_SUB: return BinaryOp::Sub;
    case Op::BINARY_MUL: return BinaryOp::Mul;
    default: return static_cast<BinaryOp>(arg_of(ins));
  }
}

// Without a branch on the operator: bit 3*op+k of kIntCompareMasks is the
// result of CompareOp op (Lt, Le, Eq, Ne, Gt, Ge) when x is less than
// (k=0), equal to (1) or greater than (2) y.
constexpr uint32_t kIntCompareMasks = 0b001 | 0b011 << 3 | 0b010 << 6 | 0b101 << 9 | 0b100 << 12 | 0b110 << 15;
inline bool compare_ints(int64_t x, int64_t y, uint32_t op) {
  uint32_t k = static_cast<uint32_t>(x > y) + static_cast<uint32_t>(x >= y);
  return (kIntCompareMasks >> (3 * op + k)) & 1;
}

// BINARY_OP / INPLACE_OP on two small ints with Python's semantics (floor
// division and modulo round towards minus infinity): false when the general
// path must decide (zero divisor, negative shift, overflow).
__attribute__((always_inline)) inline bool small_int_binary(Value a, Value b, BinaryOp op, Value& out) {
  int64_t r;
  // + and - on the shifted payloads: no unboxing, and the overflow flag is
  // the small-int range check.
  if (op == BinaryOp::Add || op == BinaryOp::Sub) {
    bool over = op == BinaryOp::Add ? __builtin_add_overflow(a.shifted_int(), b.shifted_int(), &r)
                                    : __builtin_sub_overflow(a.shifted_int(), b.shifted_int(), &r);
    if (over) return false;
    out = Value::from_shifted_int(r);
    return true;
  }
  int64_t x = a.as_int(), y = b.as_int();
  switch (op) {
    case BinaryOp::Mul:
      if (__builtin_mul_overflow(x, y, &r)) return false;
      break;
    case BinaryOp::Mod:
      if (y == 0) return false;
      r = x % y;
      if (r != 0 && (r < 0) != (y < 0)) r += y;
      break;
    case BinaryOp::FloorDiv:
      if (y == 0) return false;
      r = x / y;
      if (x % y != 0 && (x < 0) != (y < 0)) --r;
      break;
    case BinaryOp::TrueDiv:
      // Small ints convert to double exactly, so one rounding, as CPython.
      if (y == 0) return false;
      out = Value::from_double(static_cast<double>(x) / static_cast<double>(y));
      return true;
    case BinaryOp::And: r = x & y; break;
    case BinaryOp::Or: r = x | y; break;
    case BinaryOp::Xor: r = x ^ y; break;
    case BinaryOp::RShift:
      if (y < 0) return false;
      r = x >> (y > 63 ? 63 : y);
      break;
    case BinaryOp::LShift:
      if (y < 0 || y > 62 || __builtin_mul_overflow(x, int64_t{1} << y, &r)) return false;
      break;
    default:
      return false;
  }
  if (!Value::fits_small_int(r)) return false;
  out = Value::small_int(r);
  return true;
}

inline bool compare_doubles(double x, double y, uint32_t op) {
  switch (static_cast<CompareOp>(op)) {
    case CompareOp::Lt: return x < y;
    case CompareOp::Le: return x <= y;
    case CompareOp::Eq: return x == y;
    case CompareOp::Ne: return x != y;
    case CompareOp::Gt: return x > y;
    case CompareOp::Ge: return x >= y;
  }
  return false;
}

// LOAD_GLOBAL's cache for name `arg` (GlobalCache in vm/object.hpp): an
// entry of globals checked by its key's identity, or one of builtins while
// globals and builtins are unchanged since the name was found missing from
// globals. null() on a miss.
__attribute__((always_inline)) inline Value cached_global(VM& vm, Frame* f, uint32_t arg) {
  // Empty until the first miss, then one entry per name (every `arg`).
  const GlobalCache* cache = f->code->global_cache.data();
  if (!cache) return Value::null();
  const GlobalCache& c = cache[arg];
  const HashTable& g = f->globals->table;
  if (!c.globals) {
    // The bounds check in bytes (no division by the entry size); index -1,
    // nothing cached, is past the end of any table.
    const char* first = reinterpret_cast<const char*>(g.entries.data());
    uint64_t at = static_cast<uint64_t>(c.index) * sizeof(HashTable::Entry);
    if (at < static_cast<uint64_t>(reinterpret_cast<const char*>(std::to_address(g.entries.end())) - first)) {
      const auto* e = reinterpret_cast<const HashTable::Entry*>(first + at);
      if (e->key.is(Value::object(f->code->names[arg]))) return e->value;
    }
  } else if (c.globals == f->globals && c.globals_version == g.version &&
             c.builtins_version == vm.builtins->table.version) {
    return vm.builtins->table.entries[c.index].value;
  }
  return Value::null();
}

// A float operand pair for the inline float paths: both floats, or a float
// and a small int (which converts to double exactly: 48 bits). Int and float
// subclass instances are heap objects, so they never take these paths.
__attribute__((always_inline)) inline bool float_pair(Value a, Value b, double& x, double& y) {
  if (a.is_double()) {
    x = a.as_double();
    if (b.is_double()) { y = b.as_double(); return true; }
    if (b.is_int()) { y = static_cast<double>(b.as_int()); return true; }
    return false;
  }
  if (a.is_int() && b.is_double()) {
    x = static_cast<double>(a.as_int());
    y = b.as_double();
    return true;
  }
  return false;
}

// BINARY_OP / INPLACE_OP on a float pair: false when the general path must
// decide (division by zero, a power that is complex, overflows or has a
// special case; any operator not listed).
__attribute__((always_inline)) inline bool float_binary_fast(double x, double y, BinaryOp op, Value& out) {
  double r;
  switch (op) {
    case BinaryOp::Add: r = x + y; break;
    case BinaryOp::Sub: r = x - y; break;
    case BinaryOp::Mul: r = x * y; break;
    case BinaryOp::TrueDiv:
      if (y == 0.0) return false;
      r = x / y;
      break;
    case BinaryOp::Pow:
      // A positive finite base to a finite power is libm's pow (what
      // num::float_pow computes there); an infinite result is OverflowError.
      if (!(x > 0.0) || !std::isfinite(x) || !std::isfinite(y)) return false;
      r = std::pow(x, y);
      if (std::isinf(r)) return false;
      break;
    default:
      return false;
  }
  out = Value::from_double(r);
  return true;
}

#ifdef COIL_DEBUG
// Debug builds (make DEBUG=1, make SANITIZE=...; the Makefile defines
// COIL_DEBUG) check every instruction the loop runs: the value stack
// pointer stays within the frame's stack, and an instruction that stayed in
// its frame moved it by its declared effect (vm/opcodes.def). A fused pair
// (COMPARE_RESULT, INPLACE_RESULT, FOR_ITER_RESULT) counts as both of its
// instructions; a jump takes the jump effect. Frame changes (calls,
// returns, yields) and exception handlers are not checked across.
[[noreturn]] void stack_check_failed(const Frame* f, const uint32_t* at, const char* what, long got,
                                     long want) {
  std::fprintf(stderr, "coil: internal error: %s (%ld, expected %ld) at instruction %ld (%s) of %s\n",
               what, got, want, static_cast<long>(at - f->code->code.data()), op_name(op_of(*at)),
               f->code->name ? f->code->name->data : "?");
  std::abort();
}

void check_stack(Frame* f, const uint32_t* prev_ip, const Value* prev_sp, const uint32_t* ip,
                 const Value* sp) {
  const Value* base = f->stack_base();
  if (sp < base || sp > base + f->code->max_stack)
    stack_check_failed(f, prev_ip ? prev_ip : ip, "stack pointer out of the frame's stack",
                       static_cast<long>(sp - base), f->code->max_stack);
  if (!prev_ip) return;
  const uint32_t* code = f->code->code.data();
  long moved = static_cast<long>(sp - prev_sp);
  uint32_t first = prev_ip[0];
  int arg = static_cast<int>(arg_of(first));
  // The ways the instruction at prev_ip can have ended at ip: alone, or as
  // the first of up to four run as one (a superinstruction, a comparison
  // with its jump), falling through or jumping at the last.
  const uint32_t* end = code + f->code->code.size();
  long before = 0;
  for (int k = 0; k < 4 && prev_ip + k < end; ++k) {
    Op op = op_of(prev_ip[k]);
    int a = static_cast<int>(arg_of(prev_ip[k]));
    if (ip == prev_ip + k + 1 && moved == before + stack_effect(op, a, false)) return;
    if (has_jump_target(op) && ip == code + a && moved == before + stack_effect(op, a, true)) return;
    before += stack_effect(op, a, false);
  }
  stack_check_failed(f, prev_ip, "stack effect differs from opcodes.def", moved,
                     stack_effect(op_of(first), arg, ip != prev_ip + 1));
}
#endif

// ns[name] = v; returns the value it replaced while rebinding is watched
// (VM::watch_drops: instances with a __del__ exist), else null().
inline Value set_name_watching_drops(VM& vm, Dict* ns, Str* name, Value v) {
  Value old = __builtin_expect(vm.watch_drops, false) ? dict_get_str(ns, name) : Value::null();
  dict_set_str(vm, ns, name, v);
  return old;
}

// A returning frame's own variables (not its parameters, which the caller
// passed and likely still holds) hold a value whose dropping runs code
// (VM::collect_dropped).
bool drops_finalizable_local(VM& vm, Frame* f) {
  const Code* c = f->code;
  int first = c->argcount + c->kwonlyargcount + ((c->code_flags & Code::kVarargs) ? 1 : 0) +
              ((c->code_flags & Code::kVarkw) ? 1 : 0);
  for (int i = first; i < c->nlocals(); ++i) {
    if (vm.runs_code_when_dropped(f->slots[i])) return true;
  }
  return false;
}

// push_simple_frame for code with cells or free variables: the cells are
// made (a captured parameter's holding its value) and the closure's copied.
__attribute__((noinline)) Frame* push_simple_cells_frame(VM& vm, Function* fn, const Value* args,
                                                         int nargs) {
  Code* c = fn->code;
  int nlocals = c->nlocals(), ncells = c->ncells(), nfree = c->nfree();
  Frame* f = vm.frame_stack.push(nlocals + ncells + nfree + c->max_stack);
  f->flags = 0;
  f->gen_state = GenState::Created;
  f->gen_delegating = false;
  f->gen_started = false;
  f->code = c;
  f->globals = fn->globals;
  f->previous = nullptr;
  f->ip = c->code.data();
  f->handled_exc = Value::null();
  Value* slots = f->slots;
  for (int i = 0; i < nargs; ++i) slots[i] = args[i];
  for (int i = nargs; i < nlocals; ++i) slots[i] = Value::null();
  // No collection can run here (only at safe points), so the new cells need
  // no rooting while the frame is unlinked.
  Value* cells = slots + nlocals;
  for (int i = 0; i < ncells; ++i) {
    int p = c->cell_param[i];
    cells[i] = Value::object(vm.new_cell(p >= 0 ? slots[p] : Value::null()));
  }
  for (int i = 0; i < nfree; ++i) cells[ncells + i] = fn->closure->items[i];
  f->set_sp(cells + ncells + nfree);
  return f;
}

// The frame of a plain call: positional arguments matching the parameters
// of a function without *args, **kwargs or keyword-only parameters
// (Code::kSimpleCall). Null when the general binding (push_function_frame)
// is needed.
__attribute__((always_inline)) inline Frame* push_simple_frame(VM& vm, Function* fn, const Value* args,
                                                             int nargs) {
  Code* c = fn->code;
  if (nargs != c->argcount || !(c->code_flags & Code::kSimpleCall)) return nullptr;
  if (c->code_flags & Code::kHasCells) return push_simple_cells_frame(vm, fn, args, nargs);
  int nlocals = c->nlocals();
  Frame* f = vm.frame_stack.push(nlocals + c->max_stack);
  f->flags = 0;
  f->gen_state = GenState::Created;
  f->gen_delegating = false;
  f->gen_started = false;
  f->code = c;
  f->globals = fn->globals;
  f->previous = nullptr;
  f->ip = c->code.data();
  f->handled_exc = Value::null();
  Value* slots = f->slots;
  for (int i = 0; i < nargs; ++i) slots[i] = args[i];
  for (int i = nargs; i < nlocals; ++i) slots[i] = Value::null();
  f->set_sp(slots + nlocals);
  return f;
}

// Unlinks the running frame f, finished (it returned, yielded or raised):
// a call's frame is popped, a generator's (`gen`: a constant where the
// caller knows) stays in its generator. Returns the frame to go on in (null
// past the first frame of a green thread's chain).
__attribute__((always_inline)) inline Frame* unlink_frame(VM& vm, Frame* f, bool gen) {
  Frame* caller = f->previous;
  if (gen) {
    f->previous = nullptr;
    --vm.generator_depth;
  } else {
    vm.frame_stack.pop(f);
    --vm.depth;
  }
  return caller;
}

// ForeignClass::call_inline, called from outside the loop: it takes seven
// arguments, one passed on the machine stack, and a call like that inside
// run_frame makes GCC keep a frame pointer (rbp) for the whole function,
// which leaves the value stack pointer without a register (every PUSH then
// loads and stores it: ~9% more instructions on fib).
// Its two results come back in one struct, so this call takes six.
struct InlineCallOut {
  Value target;
  Value token = Value::none();
};
__attribute__((noinline)) int foreign_call_inline(VM& vm, Value callable, Value* args, int nargs,
                                                  Tuple* kwnames, InlineCallOut& out) {
  return static_cast<Foreign*>(callable.as_obj())->cls->call_inline(vm, callable, args, nargs, kwnames,
                                                                     out.target, out.token);
}

// The newest entry of a raised exception's traceback, or null.
Traceback* traceback_of(Value exc) {
  if (!exc.is_obj() || exc.as_obj()->kind != ObjKind::Exception) return nullptr;
  return static_cast<Exception*>(exc.as_obj())->traceback;
}

bool is_stop_iteration(VM& vm, Value exc) { return vm.isinstance(exc, vm.types.StopIteration); }

// The frame of `callable(*args, **kwargs)` when callable is a plain function
// (or a method of one), args a tuple and kwargs null() or a dict: such calls
// then run in this loop like any other (so they recurse as deep, and a
// green thread's run, called this way, may switch). Null with nothing
// pending when the general path must make the call; null with an exception
// pending when the arguments do not bind.
Frame* push_call_ex_frame(VM& vm, Value callable, Value args, Value kwargs) {
  Value self = Value::null();
  if (callable.is_obj() && callable.as_obj()->kind == ObjKind::BoundMethod) {
    auto* m = static_cast<BoundMethod*>(callable.as_obj());
    self = m->self;
    callable = m->func;
  }
  if (!callable.is_obj() || callable.as_obj()->kind != ObjKind::Function) return nullptr;
  auto* fn = static_cast<Function*>(callable.as_obj());
  if (is_generator_code(fn->code)) return nullptr;
  if (!args.is_obj() || args.as_obj()->kind != ObjKind::Tuple) return nullptr;
  if (!kwargs.is_null() && (!kwargs.is_obj() || kwargs.as_obj()->kind != ObjKind::Dict)) return nullptr;
  auto* t = static_cast<Tuple*>(args.as_obj());
  std::vector<Value> all;
  all.reserve(t->size + 1);
  if (!self.is_null()) all.push_back(self);
  all.insert(all.end(), t->items, t->items + t->size);
  int npos = static_cast<int>(all.size());
  Tuple* kwnames = nullptr;
  if (!kwargs.is_null()) {
    auto* d = static_cast<Dict*>(kwargs.as_obj());
    if (d->table.used) {
      kwnames = vm.new_tuple(d->table.used);
      uint32_t i = 0;
      for (auto& e : d->table.entries) {
        if (e.key.is_null()) continue;
        if (!e.key.is_obj() || e.key.as_obj()->kind != ObjKind::Str) return nullptr;
        kwnames->items[i++] = e.key;
        all.push_back(e.value);
      }
    }
  }
  return push_function_frame(vm, fn, all.data(), npos, kwnames);
}

}  // namespace

// Entry point used by VM::resume to start a frame by raising vm.pending at
// its current instruction (generator.throw()).
Value run_frame(VM& vm, Frame* entry, bool throwing);

Value VM::run(Frame* entry) { return run_frame(*this, entry, false); }

Value run_throwing(VM& vm, Frame* entry) { return run_frame(vm, entry, true); }

Value run_frame(VM& vm, Frame* entry, bool throwing) {
  if (vm.native_depth >= VM::kMaxNativeDepth) {
    // Release a call frame that will never run.
    if (!(entry->flags & Frame::kGenerator)) vm.frame_stack.pop(entry);
    return vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
  }
  ++vm.native_depth;
  // A run from the host gets a fresh instruction budget and time limit.
  if (vm.native_depth == 1 && vm.limits_on) vm.start_run_limits();
  // The entry frame is compared only when a frame returns, yields or
  // unwinds: kept in memory (volatile) so that no callee-saved register is
  // spent on it and the value stack pointer gets one.
  Frame* volatile entry_frame = entry;
  Frame* caller_of_entry = vm.frame;
  entry->previous = caller_of_entry;
  Frame* f = entry;
  vm.frame = f;
  if (entry->flags & Frame::kGenerator) { ++vm.generator_depth; } else { ++vm.depth; }

  const uint32_t* ip;
  Value* sp;
  uint32_t ins;
  uint32_t arg;
  // Operands of CALL and CALL_KW, shared by their common tail.
  int call_argc;
  Tuple* call_kwnames;
  Value* call_args;
  // Operands of resume_generator, set by FOR_ITER, SEND and do_call.
  Generator* resume_gen;
  Value resume_sent;
  uint32_t resume_to;

#define LOAD()                              \
  do {                                      \
    ip = f->ip;                             \
    sp = f->sp();                           \
  } while (0)
#define STORE()  \
  do {           \
    f->ip = ip;  \
    f->set_sp(sp); \
  } while (0)
// The frame's locals: its first slots, at a fixed offset from f.
#define LOCAL(i) (f->slots[i])
// `old` was just dropped from a name or slot: when that may run code
// (__del__, a generator's cleanup), collect now, where CPython's reference
// counting would run it (VM::collect_dropped).
#define COLLECT_IF_DROPPED(old)              \
  do {                                       \
    if (vm.runs_code_when_dropped(old)) {    \
      STORE();                               \
      vm.collect_dropped();                  \
    }                                        \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define NAME(i) (f->code->names[i])
// Index of the running instruction in its code (for inline caches).
#define PC() static_cast<uint32_t>(ip - 1 - f->code->code.data())
// Pairs run as one where the first instruction's fast path knows its result
// (pairs the compiler always or usually emits): the second instruction, left
// in place, is executed here and skipped, saving a dispatch. The second
// never raises, so tracebacks and handlers see the same instructions.
// A comparison's bool (a, b -- cond), or straight into the conditional jump after it.
#define COMPARE_RESULT(cond)                                     \
  do {                                                           \
    bool cond_ = (cond);                                         \
    uint32_t next_ = *ip;                                        \
    if (op_of(next_) == Op::POP_JUMP_IF_FALSE) {                 \
      sp -= 2;                                                   \
      ++ip;                                                      \
      if (!cond_) JUMP_TO(next_ >> 8);                           \
      DISPATCH();                                                \
    }                                                            \
    if (op_of(next_) == Op::POP_JUMP_IF_TRUE) {                  \
      sp -= 2;                                                   \
      ++ip;                                                      \
      if (cond_) JUMP_TO(next_ >> 8);                            \
      DISPATCH();                                                \
    }                                                            \
    --sp;                                                        \
    TOP() = Value::boolean(cond_);                               \
    DISPATCH();                                                  \
  } while (0)
// An in-place operator's result (a, b -- r), or straight into the local the
// STORE_FAST after it names.
#define INPLACE_RESULT(v)                                        \
  do {                                                           \
    Value r_ = (v);                                              \
    uint32_t next_ = *ip;                                        \
    if (op_of(next_) == Op::STORE_FAST) {                        \
      sp -= 2;                                                   \
      ++ip;                                                      \
      LOCAL(next_ >> 8) = r_;                                    \
      DISPATCH();                                                \
    }                                                            \
    --sp;                                                        \
    TOP() = r_;                                                  \
    DISPATCH();                                                  \
  } while (0)
// FOR_ITER's next item (iter -- iter item), or straight into the loop
// variable when a STORE_FAST follows.
#define FOR_ITER_RESULT(v)                                       \
  do {                                                           \
    Value item_ = (v);                                           \
    uint32_t next_ = *ip;                                        \
    if (op_of(next_) == Op::STORE_FAST) {                        \
      ++ip;                                                      \
      LOCAL(next_ >> 8) = item_;                                 \
      DISPATCH();                                                \
    }                                                            \
    PUSH(item_);                                                 \
    DISPATCH();                                                  \
  } while (0)
// An operator's result (a b -- r).
#define BINARY_RESULT(v)                                         \
  do {                                                           \
    Value res_ = (v);                                            \
    --sp;                                                        \
    TOP() = res_;                                                \
    DISPATCH();                                                  \
  } while (0)
// Arithmetic instructions (Lua's op_arith): the inline fast paths, two
// small ints or a float pair (small_int_binary, float_binary_fast, inlined
// with a constant `op` for BINARY_ADD and the like, so each case keeps only
// its own operator), delivered by RESULT (BINARY_RESULT or INPLACE_RESULT);
// otherwise ARITH_SLOW, the general vm.binary_op. Each path delivers on its
// own (no merged success flag to test again).
#define ARITH_FAST(a, b, op, RESULT)                                       \
  do {                                                                     \
    Value fast_;                                                           \
    if (both_small_ints(a, b)) {                                           \
      if (small_int_binary((a), (b), (op), fast_)) RESULT(fast_);           \
    } else {                                                               \
      double x_, y_;                                                       \
      if (float_pair(a, b, x_, y_) && float_binary_fast(x_, y_, (op), fast_)) RESULT(fast_); \
    }                                                                      \
  } while (0)
#define ARITH_SLOW(a, b, op, inplace)                            \
  do {                                                           \
    STORE();                                                     \
    Value slow_ = vm.binary_op((a), (b), (op), (inplace));       \
    CHECK(slow_);                                                \
    BINARY_RESULT(slow_);                                        \
  } while (0)
#define ARITH(op, RESULT, inplace)                               \
  do {                                                           \
    Value b_ = sp[-1], a_ = sp[-2];                              \
    ARITH_FAST(a_, b_, op, RESULT);                              \
    ARITH_SLOW(a_, b_, op, inplace);                             \
  } while (0)
// The one way out of a frame (RETURN_VALUE, YIELD_VALUE, an exception
// leaving it): unlink it (unlink_frame); the entry frame then returns
// `entry_result` from run(), any other continues in its caller (f, ip and
// sp loaded), or, past the first frame of a green thread's chain, in the
// frame chain_fell_off picks, which raises there. `gen`: whether f is a
// generator's frame; `may_end_chain`: whether f may be a chain's first
// (constants for YIELD_VALUE, whose frame is a running generator's).
#define LEAVE_FRAME(entry_result, gen, may_end_chain)            \
  do {                                                           \
    bool was_entry_ = f == entry_frame;                          \
    Frame* caller_ = unlink_frame(vm, f, (gen));                 \
    if (was_entry_) {                                            \
      vm.frame = caller_;                                        \
      --vm.native_depth;                                         \
      return (entry_result);                                     \
    }                                                            \
    if ((may_end_chain) && __builtin_expect(caller_ == nullptr, false)) { \
      f = chain_fell_off(vm);                                    \
      vm.frame = f;                                              \
      LOAD();                                                    \
      goto error;                                                \
    }                                                            \
    f = caller_;                                                 \
    vm.frame = f;                                                \
    LOAD();                                                      \
  } while (0)
#define JUMP_TO(target) (ip = f->code->code.data() + (target))
// A plain call's frame (Code::plain_argc == argc, checked by the caller),
// pushed and entered: the caller's stack ends at `bottom` (where the result
// will go), f, ip and sp become the callee's.
#define PUSH_PLAIN_FRAME(fn, c, args, argc, bottom)                  \
  do {                                                               \
    Frame* nf_ = vm.frame_stack.push_bytes((c)->plain_frame_bytes);  \
    int nlocals_ = (c)->plain_nlocals;                               \
    nf_->flags = Frame::kPlain;                                      \
    nf_->gen_state = GenState::Created;                              \
    nf_->gen_delegating = false;                                     \
    nf_->gen_started = false;                                        \
    nf_->code = (c);                                                 \
    nf_->globals = (fn)->globals;                                    \
    nf_->handled_exc = Value::null();                                \
    Value* slots_ = nf_->slots;                                      \
    for (int i_ = 0; i_ < (argc); ++i_) slots_[i_] = (args)[i_];     \
    for (int i_ = (argc); i_ < nlocals_; ++i_) slots_[i_] = Value::null(); \
    f->ip = ip;                                                      \
    f->set_sp(bottom);                                               \
    nf_->previous = f;                                               \
    f = nf_;                                                         \
    vm.frame = f;                                                    \
    ++vm.depth;                                                      \
    ip = (c)->code.data();                                           \
    sp = slots_ + nlocals_;                                          \
  } while (0)
#define ERROR() goto error
#define CHECK(v)                    \
  do {                              \
    if ((v).is_exception()) ERROR(); \
  } while (0)

#ifdef COIL_DEBUG
  // The instruction about to run, its frame and stack pointer, for
  // check_stack at the next dispatch (null: nothing to compare with).
  Frame* check_f = nullptr;
  const uint32_t* check_ip = nullptr;
  const Value* check_sp = nullptr;
#define CHECK_STACK()                                                      \
  do {                                                                     \
    check_stack(f, check_f == f ? check_ip : nullptr, check_sp, ip, sp);   \
    check_f = f;                                                           \
    check_ip = ip;                                                         \
    check_sp = sp;                                                         \
  } while (0)
#define CHECK_STACK_RESET() (check_f = nullptr)
#else
#define CHECK_STACK() ((void)0)
#define CHECK_STACK_RESET() ((void)0)
#endif

#if COIL_COMPUTED_GOTO
  static const void* const labels[] = {
#define OP(name, effect, jump_effect, doc) &&L_##name,
#include "vm/opcodes.def"
#undef OP
  };
#define TARGET(name) L_##name:
// Runs the current instruction as plain `name` (same argument). Through the
// table rather than a direct goto: the dispatch's indirect jumps may reach
// every handler already, so this adds no edge that would make GCC keep arg
// in a second register on every dispatch.
#define RUN_AS(name) goto* labels[static_cast<int>(Op::name)]
#ifdef COIL_OPSTATS
#define COUNT_OP()                                                  \
  do {                                                              \
    ++vm.opstats[vm.opstats_prev * 256 + (*ip & 0xFF)];             \
    vm.opstats_prev = *ip & 0xFF;                                   \
  } while (0)
#else
#define COUNT_OP() ((void)0)
#endif
#define DISPATCH()            \
  do {                        \
    CHECK_STACK();            \
    COUNT_OP();               \
    ins = *ip++;              \
    arg = ins >> 8;           \
    goto* labels[ins & 0xFF]; \
  } while (0)
#else
#define TARGET(name) \
  case Op::name:     \
  L_##name:
#define RUN_AS(name) goto L_##name
#define DISPATCH() goto dispatch
#endif

  // Everything the instruction's native code had pushed on repr_stack when
  // an allocation failed is dropped (see the catch below).
  const size_t repr_mark = vm.repr_stack.size();

  // The loop runs inside a try block, entered again after an allocation
  // failed (std::bad_alloc from anywhere below an instruction): the catch
  // turns it into MemoryError raised at that instruction, so the script can
  // handle it like any exception. The C++ code it unwound released what it
  // held (RootScope, NativeRecursion); objects are linked into the heap only
  // once built, and containers grow without losing what they hold.
  for (;;) {
  try {
  LOAD();
  CHECK_STACK_RESET();
  if (throwing) goto error;

  // Safe point at entry: collect or take an interrupt before running.
  if (--vm.steps_left < 0 || vm.heap.collection_due() || vm.interrupt_requested) goto periodic;

#if COIL_COMPUTED_GOTO
  DISPATCH();
#else
dispatch:
  CHECK_STACK();
  ins = *ip++;
  arg = ins >> 8;
  switch (static_cast<Op>(ins & 0xFF)) {
#endif

  TARGET(NOP) { DISPATCH(); }

  TARGET(POP_TOP) {
    --sp;
    DISPATCH();
  }

  TARGET(POP_ITER) {
    Value it = TOP();
    if (it.is_obj() && it.as_obj()->kind == ObjKind::Generator &&
        (it.as_obj()->flags & Generator::kLoopOwned)) {
      STORE();  // the generator stays rooted in its slot while its cleanup runs
      vm.finalize_dropped_generator(static_cast<Generator*>(it.as_obj()));
    }
    --sp;
    DISPATCH();
  }

  TARGET(PUSH_NULL) {
    PUSH(Value::null());
    DISPATCH();
  }

  TARGET(COPY) {
    Value v = sp[-static_cast<int>(arg)];
    PUSH(v);
    DISPATCH();
  }

  TARGET(GET_LEN) {
    STORE();
    Value n = vm.len(TOP());
    if (n.is_exception()) ERROR();
    PUSH(n);
    DISPATCH();
  }

  TARGET(MATCH_SEQUENCE) {
    STORE();
    Value r = Value::boolean(op_match_sequence(vm, TOP()));
    PUSH(r);
    DISPATCH();
  }

  TARGET(MATCH_MAPPING) {
    STORE();
    Value r = Value::boolean(op_match_mapping(vm, TOP()));
    PUSH(r);
    DISPATCH();
  }

  TARGET(MATCH_KEYS) {
    STORE();
    Value r = op_match_keys(vm, sp[-2], sp[-1]);
    if (r.is_exception()) ERROR();
    PUSH(r);
    DISPATCH();
  }

  TARGET(MATCH_CLASS) {
    STORE();
    Value r = op_match_class(vm, sp[-3], sp[-2], sp[-1], static_cast<int>(arg));
    if (r.is_exception()) ERROR();
    sp -= 2;
    TOP() = r;
    DISPATCH();
  }

  TARGET(SWAP) {
    Value t = sp[-1];
    sp[-1] = sp[-static_cast<int>(arg)];
    sp[-static_cast<int>(arg)] = t;
    DISPATCH();
  }

  TARGET(LOAD_CONST) {
    PUSH(f->code->consts[arg]);
    DISPATCH();
  }

  TARGET(LOAD_FAST) {
    Value v = LOCAL(arg);
    // One compare for both rare cases: null() and builders are the only
    // values a local can hold whose bits are not below null()'s.
    if (__builtin_expect(v.raw() < Value::null().raw(), 1)) {
      PUSH(v);
      DISPATCH();
    }
    if (v.is_builder()) {
      // Once read, a str under construction is shared: it stops growing in place.
      v = v.unbuilt();
      LOCAL(arg) = v;
    }
    if (v.is_null()) {
      STORE();
      vm.raise_fmt(vm.types.UnboundLocalError,
                   "cannot access local variable '%s' where it is not associated with a value",
                   f->code->varnames[arg]->data);
      ERROR();
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_FAST) {
    if (__builtin_expect(vm.watch_drops, false)) {
      Value old = LOCAL(arg);
      LOCAL(arg) = POP();
      COLLECT_IF_DROPPED(old);
      DISPATCH();
    }
    LOCAL(arg) = POP();
    DISPATCH();
  }

  TARGET(DELETE_FAST) {
    if (LOCAL(arg).is_null()) {
      STORE();
      vm.raise_fmt(vm.types.UnboundLocalError,
                   "cannot access local variable '%s' where it is not associated with a value",
                   f->code->varnames[arg]->data);
      ERROR();
    }
    Value old = LOCAL(arg);
    LOCAL(arg) = Value::null();
    COLLECT_IF_DROPPED(old);
    DISPATCH();
  }

  TARGET(LOAD_DEREF) {
    auto* cell = static_cast<Cell*>(f->cells()[arg].as_obj());
    if (cell->value.is_null()) {
      STORE();
      Code* c = f->code;
      bool is_free = static_cast<int>(arg) >= c->ncells();
      Str* name = is_free ? c->freevars[arg - c->ncells()] : c->cellvars[arg];
      if (is_free) {
        vm.raise_fmt(vm.types.NameError,
                     "cannot access free variable '%s' where it is not associated with a value "
                     "in enclosing scope",
                     name->data);
      } else {
        vm.raise_fmt(vm.types.UnboundLocalError,
                     "cannot access local variable '%s' where it is not associated with a value",
                     name->data);
      }
      ERROR();
    }
    PUSH(cell->value);
    DISPATCH();
  }

  TARGET(STORE_DEREF) {
    static_cast<Cell*>(f->cells()[arg].as_obj())->value = POP();
    DISPATCH();
  }

  TARGET(DELETE_DEREF) {
    auto* cell = static_cast<Cell*>(f->cells()[arg].as_obj());
    if (cell->value.is_null()) {
      STORE();
      Code* c = f->code;
      Str* name = static_cast<int>(arg) >= c->ncells() ? c->freevars[arg - c->ncells()]
                                                        : c->cellvars[arg];
      vm.raise_fmt(vm.types.UnboundLocalError,
                   "cannot access local variable '%s' where it is not associated with a value",
                   name->data);
      ERROR();
    }
    Value old = cell->value;
    cell->value = Value::null();
    COLLECT_IF_DROPPED(old);
    DISPATCH();
  }

  TARGET(LOAD_CLOSURE) {
    PUSH(f->cells()[arg]);
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL) {
    Value v = cached_global(vm, f, arg);
    if (v.is_null()) {
      STORE();
      v = op_load_global(vm, f, NAME(arg), arg);
      CHECK(v);
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_GLOBAL) {
    COLLECT_IF_DROPPED(set_name_watching_drops(vm, f->globals, NAME(arg), POP()));
    DISPATCH();
  }

  TARGET(DELETE_GLOBAL) {
    STORE();
    Value old = vm.drop_collect_budget > 0 ? dict_get_str(f->globals, NAME(arg)) : Value::null();
    int r = dict_del(vm, f->globals, Value::object(NAME(arg)));
    if (r <= 0) {
      if (r == 0) vm.raise_fmt(vm.types.NameError, "name '%s' is not defined", NAME(arg)->data);
      ERROR();
    }
    COLLECT_IF_DROPPED(old);
    DISPATCH();
  }

  TARGET(LOAD_NAME) {
    // Module code run in its globals: LOAD_GLOBAL, cache and all. (Only
    // module code and class bodies have NAME ops; their slot 0 is their
    // locals, null for module code in its globals: Frame::locals_ns.)
    Value v = f->slots[0].is_null() ? cached_global(vm, f, arg) : Value::null();
    if (v.is_null()) {
      STORE();
      v = op_load_name(vm, f, NAME(arg), arg);
      CHECK(v);
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_NAME) {
    if (f->slots[0].is_null()) {  // module code in its globals: STORE_GLOBAL (see LOAD_NAME)
      COLLECT_IF_DROPPED(set_name_watching_drops(vm, f->globals, NAME(arg), POP()));
      DISPATCH();
    }
    STORE();
    Obj* ns = f->locals_ns();
    Dict* plain = plain_dict(vm, ns);
    if (!plain) {
      // A metaclass's __prepare__ namespace, exec()'s mapping: its own __setitem__.
      if (vm.setitem(Value::object(ns), Value::object(NAME(arg)), TOP()) < 0) ERROR();
    } else {
      Value old = set_name_watching_drops(vm, plain, NAME(arg), TOP());
      --sp;
      COLLECT_IF_DROPPED(old);
      DISPATCH();
    }
    --sp;
    DISPATCH();
  }

  TARGET(DELETE_NAME) {
    STORE();
    Obj* ns = f->locals_ns() ? f->locals_ns() : f->globals;
    Dict* plain = plain_dict(vm, ns);
    Value old = plain && vm.drop_collect_budget > 0 ? dict_get_str(plain, NAME(arg)) : Value::null();
    int r = plain ? dict_del(vm, plain, Value::object(NAME(arg))) : op_delete_mapped_name(vm, ns, NAME(arg));
    if (r <= 0) {
      if (r == 0) vm.raise_fmt(vm.types.NameError, "name '%s' is not defined", NAME(arg)->data);
      ERROR();
    }
    COLLECT_IF_DROPPED(old);
    DISPATCH();
  }

  TARGET(SETUP_ANNOTATIONS) {
    STORE();
    if (op_setup_annotations(vm, f) < 0) ERROR();
    DISPATCH();
  }

  TARGET(LOAD_CLASSDEREF) {
    STORE();
    Value v = op_load_classderef(vm, f, f->code->freevars[arg - f->code->ncells()], f->cells()[arg]);
    CHECK(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    if (TOP().is_obj() && TOP().as_obj()->kind == ObjKind::Instance) {
      auto* inst = static_cast<Instance*>(TOP().as_obj());
      Value v = attr_cache_load_hit(vm, f->code, PC(), inst);
      if (!v.is_null()) {
        TOP() = v;
        DISPATCH();
      }
      // A property whose getter is a plain function: its frame runs in this
      // loop, taking the instance's stack slot; RETURN_VALUE pushes the
      // result there. At the recursion limit the generic path raises.
      Function* get = attr_cache_property_hit(vm, f->code, PC(), inst);
      if (get && vm.depth < vm.recursion_limit) {
        STORE();
        Frame* nf = push_simple_frame(vm, get, sp - 1, 1);
        --sp;
        STORE();
        nf->flags = Frame::kPlain;
        nf->previous = f;
        f = nf;
        vm.frame = f;
        ++vm.depth;
        LOAD();
        if (--vm.steps_left < 0 || vm.heap.collection_due() || vm.interrupt_requested) goto periodic;
        DISPATCH();
      }
    } else if (TOP().is_obj() && TOP().as_obj()->kind == ObjKind::Tuple) {
      // A namedtuple's field: an indexed load.
      Value v = attr_cache_tuple_field_hit(vm, f->code, PC(), static_cast<Tuple*>(TOP().as_obj()));
      if (!v.is_null()) {
        TOP() = v;
        DISPATCH();
      }
    }
    STORE();
    if (TOP().is_obj() && TOP().as_obj()->kind == ObjKind::Instance) {
      Value v = attr_cache_load(vm, f->code, PC(), static_cast<Instance*>(TOP().as_obj()), NAME(arg));
      if (!v.is_null()) {
        CHECK(v);
        TOP() = v;
        DISPATCH();
      }
    }
    Value v = vm.getattr(TOP(), NAME(arg));
    CHECK(v);
    if (TOP().is_obj() && TOP().as_obj()->kind == ObjKind::Tuple && TOP().as_obj()->type != vm.types.tuple) {
      attr_cache_note_tuple_field(vm, f->code, PC(), static_cast<Tuple*>(TOP().as_obj()), NAME(arg));
    }
    TOP() = v;
    DISPATCH();
  }

  TARGET(STORE_ATTR) {
    if (TOP().is_obj() && TOP().as_obj()->kind == ObjKind::Instance &&
        attr_cache_store_hit(vm, f->code, PC(), static_cast<Instance*>(TOP().as_obj()), SECOND())) {
      sp -= 2;
      DISPATCH();
    }
    STORE();
    if (TOP().is_obj() && TOP().as_obj()->kind == ObjKind::Instance &&
        attr_cache_store(vm, f->code, PC(), static_cast<Instance*>(TOP().as_obj()), NAME(arg),
                         SECOND())) {
      sp -= 2;
      DISPATCH();
    }
    if (vm.setattr(TOP(), NAME(arg), SECOND()) < 0) ERROR();
    sp -= 2;
    DISPATCH();
  }

  TARGET(DELETE_ATTR) {
    STORE();
    if (vm.delattr(TOP(), NAME(arg)) < 0) ERROR();
    --sp;
    DISPATCH();
  }

  TARGET(LOAD_METHOD) {
    {
      bool instance = TOP().is_obj() && TOP().as_obj()->kind == ObjKind::Instance;
      Value m = instance ? attr_cache_method_hit(vm, f->code, PC(), static_cast<Instance*>(TOP().as_obj()))
                         : attr_cache_builtin_method_hit(vm, f->code, PC(), TOP());
      if (!m.is_null()) {
        // (obj -- meth self)
        Value obj = TOP();
        TOP() = m;
        PUSH(obj);
        DISPATCH();
      }
    }
    STORE();
    if (TOP().is_obj() && TOP().as_obj()->kind == ObjKind::Instance) {
      Value m = attr_cache_method(vm, f->code, PC(), static_cast<Instance*>(TOP().as_obj()), NAME(arg));
      if (!m.is_null()) {
        // (obj -- meth self)
        Value obj = TOP();
        TOP() = m;
        PUSH(obj);
        DISPATCH();
      }
    }
    if (!(TOP().is_obj() && TOP().as_obj()->kind == ObjKind::Instance)) {
      Value m = attr_cache_builtin_method(vm, f->code, PC(), TOP(), NAME(arg));
      if (!m.is_null()) {
        Value obj = TOP();
        TOP() = m;
        PUSH(obj);
        DISPATCH();
      }
    }
    Value self;
    Value m = op_load_method(vm, TOP(), NAME(arg), &self);
    CHECK(m);
    // (obj -- meth self) for an unbound method, else (obj -- null attr).
    if (self.is_null()) {
      TOP() = Value::null();
      PUSH(m);
    } else {
      TOP() = m;
      PUSH(self);
    }
    DISPATCH();
  }

  TARGET(BINARY_ADD) {
    Value b = sp[-1], a = sp[-2];
    ARITH_FAST(a, b, BinaryOp::Add, BINARY_RESULT);
    if (is_str(a) && is_str(b) && a.as_obj()->type == vm.types.str &&
        b.as_obj()->type == vm.types.str) {
      // Exact strs (no __add__/__radd__ override possible): concatenate directly.
      STORE();
      Value r = str_concat(vm, as_str(a), as_str(b));
      CHECK(r);
      BINARY_RESULT(r);
    }
    ARITH_SLOW(a, b, BinaryOp::Add, false);
  }

  TARGET(BINARY_SUB) { ARITH(BinaryOp::Sub, BINARY_RESULT, false); }

  TARGET(BINARY_MUL) { ARITH(BinaryOp::Mul, BINARY_RESULT, false); }

  TARGET(BINARY_OP) { ARITH(static_cast<BinaryOp>(arg), BINARY_RESULT, false); }

  TARGET(INPLACE_ADD) { ARITH(BinaryOp::Add, INPLACE_RESULT, true); }

  TARGET(INPLACE_SUB) { ARITH(BinaryOp::Sub, INPLACE_RESULT, true); }

  TARGET(INPLACE_OP) { ARITH(static_cast<BinaryOp>(arg), INPLACE_RESULT, true); }

  TARGET(LOAD_FAST_FOR_IADD) {
    Value v = LOCAL(arg);
    if (v.is_null()) {
      STORE();
      vm.raise_fmt(vm.types.UnboundLocalError,
                   "cannot access local variable '%s' where it is not associated with a value",
                   f->code->varnames[arg]->data);
      ERROR();
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(INPLACE_ADD_LOCAL) {
    // a may be a str builder: neither a small int nor a float, so the fast
    // paths take it as it is.
    Value b = sp[-1], a = sp[-2];
    ARITH_FAST(a, b, BinaryOp::Add, INPLACE_RESULT);
    if (is_str(b) && b.as_obj()->type == vm.types.str) {
      Value plain = a.unbuilt();
      if (is_str(plain) && plain.as_obj()->type == vm.types.str) {
        // `local += str`: amortised appends (CPython's in-place concatenation).
        STORE();
        Str* s = as_str(plain);
        if (!a.is_builder()) s->flags &= ~kStrBuilder;  // shared: never grow it in place
        Value r = str_append_unique(vm, s, as_str(b));
        CHECK(r);
        --sp;
        TOP() = Value::builder(r.as_obj());
        DISPATCH();
      }
    }
    ARITH_SLOW(a.unbuilt(), b, BinaryOp::Add, true);
  }

  TARGET(COMPARE_OP) {
    Value b = sp[-1], a = sp[-2];
    if (both_small_ints(a, b)) COMPARE_RESULT(compare_ints(a.shifted_int(), b.shifted_int(), arg));
    {
      // Floats, or a float and a small int (exact as a double).
      double x, y;
      if (float_pair(a, b, x, y)) COMPARE_RESULT(compare_doubles(x, y, arg));
    }
    STORE();
    Value r = vm.compare(a, b, static_cast<CompareOp>(arg));
    CHECK(r);
    --sp;
    TOP() = r;
    DISPATCH();
  }

  TARGET(IS_OP) {
    bool r = sp[-2].is(sp[-1]) != (arg == 1);
    --sp;
    TOP() = Value::boolean(r);
    DISPATCH();
  }

  TARGET(CONTAINS_OP) {
    STORE();
    int r = vm.contains(sp[-1], sp[-2]);
    if (r < 0) ERROR();
    --sp;
    TOP() = Value::boolean((r == 1) != (arg == 1));
    DISPATCH();
  }

  TARGET(UNARY_NEGATIVE) {
    Value v = TOP();
    if (v.is_int() && v.as_int() != Value::kIntMin) {
      TOP() = Value::small_int(-v.as_int());
      DISPATCH();
    }
    if (v.is_double()) {
      TOP() = Value::from_double(-v.as_double());
      DISPATCH();
    }
    STORE();
    Value r = vm.unary_negative(v);
    CHECK(r);
    TOP() = r;
    DISPATCH();
  }

  TARGET(UNARY_POSITIVE) {
    STORE();
    Value r = vm.unary_positive(TOP());
    CHECK(r);
    TOP() = r;
    DISPATCH();
  }

  TARGET(UNARY_NOT) {
    Value v = TOP();
    if (v.is_bool()) {
      TOP() = Value::boolean(!v.as_bool());
      DISPATCH();
    }
    STORE();
    int t = vm.truthy(v);
    if (t < 0) ERROR();
    TOP() = Value::boolean(!t);
    DISPATCH();
  }

  TARGET(UNARY_INVERT) {
    STORE();
    Value r = vm.unary_invert(TOP());
    CHECK(r);
    TOP() = r;
    DISPATCH();
  }

  TARGET(BINARY_SUBSCR) {
    Value key = sp[-1], container = sp[-2];
    if (key.is_int() && container.is_obj()) {
      Obj* o = container.as_obj();
      if (o->kind == ObjKind::List && o->type == vm.types.list) {
        auto& items = static_cast<List*>(o)->items;
        int64_t i = key.as_int();
        if (i < 0) i += static_cast<int64_t>(items.size());
        if (i >= 0 && i < static_cast<int64_t>(items.size())) {
          --sp;
          TOP() = items[i];
          DISPATCH();
        }
      } else if (o->kind == ObjKind::Tuple && o->type == vm.types.tuple) {
        auto* t = static_cast<Tuple*>(o);
        int64_t i = key.as_int();
        if (i < 0) i += t->size;
        if (i >= 0 && i < static_cast<int64_t>(t->size)) {
          --sp;
          TOP() = t->items[i];
          DISPATCH();
        }
      }
    }
    STORE();
    Value r = vm.getitem(container, key);
    CHECK(r);
    --sp;
    TOP() = r;
    DISPATCH();
  }

  TARGET(STORE_SUBSCR) {
    Value key = sp[-1], container = sp[-2], value = sp[-3];
    if (key.is_int() && container.is_obj() && container.as_obj()->kind == ObjKind::List &&
        container.as_obj()->type == vm.types.list) {
      auto& items = static_cast<List*>(container.as_obj())->items;
      int64_t i = key.as_int();
      if (i < 0) i += static_cast<int64_t>(items.size());
      if (i >= 0 && i < static_cast<int64_t>(items.size())) {
        items[i] = value;
        sp -= 3;
        DISPATCH();
      }
    }
    STORE();
    if (vm.setitem(container, key, value) < 0) ERROR();
    sp -= 3;
    DISPATCH();
  }

  TARGET(DELETE_SUBSCR) {
    STORE();
    if (vm.delitem(sp[-2], sp[-1]) < 0) ERROR();
    sp -= 2;
    DISPATCH();
  }

  TARGET(BUILD_SLICE) {
    STORE();
    Value step = arg == 3 ? POP() : Value::none();
    Value stop = POP();
    Value start = POP();
    Value s = new_slice(vm, start, stop, step);
    PUSH(s);
    DISPATCH();
  }

  TARGET(BUILD_TUPLE) {
    STORE();
    Tuple* t = vm.new_tuple(arg);
    sp -= arg;
    for (uint32_t i = 0; i < arg; ++i) t->items[i] = sp[i];
    PUSH(Value::object(t));
    DISPATCH();
  }

  TARGET(BUILD_LIST) {
    STORE();
    List* l = vm.new_list(arg);
    sp -= arg;
    l->items.assign(sp, sp + arg);
    PUSH(Value::object(l));
    DISPATCH();
  }

  TARGET(BUILD_SET) {
    STORE();
    Set* s = vm.new_set();
    Value sv = Value::object(s);
    PUSH(sv);  // keep it rooted while hashing items
    STORE();
    for (uint32_t i = 0; i < arg; ++i) {
      if (set_add(vm, s, sp[-1 - static_cast<int>(arg) + static_cast<int>(i)]) < 0) ERROR();
    }
    sp -= arg + 1;
    PUSH(sv);
    DISPATCH();
  }

  TARGET(BUILD_MAP) {
    STORE();
    Dict* d = vm.new_dict();
    Value dv = Value::object(d);
    PUSH(dv);
    STORE();
    Value* base = sp - 1 - 2 * static_cast<int>(arg);
    for (uint32_t i = 0; i < arg; ++i) {
      if (dict_set(vm, d, base[2 * i], base[2 * i + 1]) < 0) ERROR();
    }
    sp = base;
    PUSH(dv);
    DISPATCH();
  }

  TARGET(BUILD_STRING) {
    STORE();
    Value s = op_build_string(vm, sp - arg, static_cast<int>(arg));
    CHECK(s);
    sp -= arg;
    PUSH(s);
    DISPATCH();
  }

  TARGET(LIST_APPEND) {
    Value v = POP();
    vm.heap.push_counted(static_cast<List*>(sp[-static_cast<int>(arg)].as_obj())->items, v);
    DISPATCH();
  }

  TARGET(SET_ADD) {
    STORE();
    if (set_add(vm, static_cast<Set*>(sp[-1 - static_cast<int>(arg)].as_obj()), sp[-1]) < 0)
      ERROR();
    --sp;
    DISPATCH();
  }

  TARGET(MAP_ADD) {
    STORE();
    auto* d = static_cast<Dict*>(sp[-2 - static_cast<int>(arg)].as_obj());
    if (dict_set(vm, d, sp[-2], sp[-1]) < 0) ERROR();
    sp -= 2;
    DISPATCH();
  }

  TARGET(LIST_EXTEND) {
    STORE();
    auto* l = static_cast<List*>(sp[-1 - static_cast<int>(arg)].as_obj());
    Value src = sp[-1];
    if (src.is_obj() && (src.as_obj()->kind == ObjKind::List || src.as_obj()->kind == ObjKind::Tuple)) {
      vm.unpack_iterable(src, l->items);
    } else {
      std::vector<Value> items;
      if (!vm.unpack_iterable(src, items)) {
        if (vm.pending_is(vm.types.TypeError) && !vm.type_of(src)->slots.iter &&
            !vm.type_of(src)->slots.getitem) {
          vm.pending = Value::null();
          vm.raise_fmt(vm.types.TypeError, "Value after * must be an iterable, not %s",
                       type_name(vm, src));
        }
        ERROR();
      }
      l->items.insert(l->items.end(), items.begin(), items.end());
    }
    --sp;
    DISPATCH();
  }

  TARGET(SET_UPDATE) {
    STORE();
    if (set_update(vm, static_cast<Set*>(sp[-1 - static_cast<int>(arg)].as_obj()), sp[-1]) < 0)
      ERROR();
    --sp;
    DISPATCH();
  }

  TARGET(DICT_UPDATE) {
    STORE();
    if (op_dict_merge(vm, sp[-1 - static_cast<int>(arg)], sp[-1], Value::null(), false) < 0)
      ERROR();
    --sp;
    DISPATCH();
  }

  TARGET(DICT_MERGE) {
    STORE();
    // The function being called sits below the dict: [null, callable, args, dict, mapping].
    if (op_dict_merge(vm, sp[-1 - static_cast<int>(arg)], sp[-1], sp[-3 - static_cast<int>(arg)],
                      true) < 0)
      ERROR();
    --sp;
    DISPATCH();
  }

  TARGET(LIST_TO_TUPLE) {
    STORE();
    auto& items = static_cast<List*>(TOP().as_obj())->items;
    Tuple* t = vm.new_tuple(static_cast<uint32_t>(items.size()));
    for (size_t i = 0; i < items.size(); ++i) t->items[i] = items[i];
    TOP() = Value::object(t);
    DISPATCH();
  }

  TARGET(FORMAT_VALUE) {
    STORE();
    Value spec = (arg & 4) ? POP() : Value::null();
    Value r = op_format_value(vm, TOP(), static_cast<int>(arg & 3), spec);
    if (r.is_exception()) {
      if (arg & 4) ++sp;
      ERROR();
    }
    TOP() = r;
    DISPATCH();
  }

  TARGET(UNPACK_SEQUENCE) {
    Value seq = TOP();
    if (seq.is_obj() && seq.as_obj()->kind == ObjKind::Tuple &&
        static_cast<Tuple*>(seq.as_obj())->size == arg) {
      auto* t = static_cast<Tuple*>(seq.as_obj());
      --sp;
      for (int i = static_cast<int>(arg) - 1; i >= 0; --i) PUSH(t->items[i]);
      DISPATCH();
    }
    if (seq.is_obj() && seq.as_obj()->kind == ObjKind::List &&
        static_cast<List*>(seq.as_obj())->items.size() == arg) {
      auto& items = static_cast<List*>(seq.as_obj())->items;
      --sp;
      for (int i = static_cast<int>(arg) - 1; i >= 0; --i) PUSH(items[i]);
      DISPATCH();
    }
    STORE();
    bool ok;
    {
      // Scoped: DISPATCH's computed goto would skip the vector's destructor.
      std::vector<Value> out(arg);
      ok = op_unpack_sequence(vm, seq, static_cast<int>(arg), out.data()) >= 0;
      if (ok) {
        --sp;
        for (int i = static_cast<int>(arg) - 1; i >= 0; --i) PUSH(out[i]);
      }
    }
    if (!ok) ERROR();
    DISPATCH();
  }

  TARGET(UNPACK_EX) {
    STORE();
    int before = static_cast<int>(arg & 0xFF), after = static_cast<int>(arg >> 8);
    bool ok;
    {
      // Scoped: DISPATCH's computed goto would skip the vector's destructor.
      std::vector<Value> out(before + after + 1);
      ok = op_unpack_ex(vm, TOP(), before, after, out.data()) >= 0;
      if (ok) {
        --sp;
        for (int i = before + after; i >= 0; --i) PUSH(out[i]);
      }
    }
    if (!ok) ERROR();
    DISPATCH();
  }

  TARGET(JUMP) {
    JUMP_TO(arg);
    DISPATCH();
  }

  TARGET(JUMP_BACKWARD) {
    // The safe point comes before the jump so that an interrupt is raised at
    // the jump itself: its line and its exception handlers, not the ones of
    // whatever precedes the loop's first instruction.
    // The budget is charged the loop body's length for each iteration.
    vm.steps_left -= static_cast<int64_t>(PC() + 1 - arg);
    if (vm.steps_left < 0 || vm.heap.collection_due() || vm.interrupt_requested) {
      STORE();
      if (!take_safe_point(vm)) goto error;
    }
    JUMP_TO(arg);
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    if (v.is_bool()) {
      if (!v.as_bool()) JUMP_TO(arg);
      DISPATCH();
    }
    STORE();
    int t = vm.truthy(v);
    if (t < 0) ERROR();
    if (!t) JUMP_TO(arg);
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    if (v.is_bool()) {
      if (v.as_bool()) JUMP_TO(arg);
      DISPATCH();
    }
    STORE();
    int t = vm.truthy(v);
    if (t < 0) ERROR();
    if (t) JUMP_TO(arg);
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_NONE) {
    if (POP().is_none()) JUMP_TO(arg);
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_NOT_NONE) {
    if (!POP().is_none()) JUMP_TO(arg);
    DISPATCH();
  }

  TARGET(JUMP_IF_FALSE_OR_POP) {
    STORE();
    int t = vm.truthy(TOP());
    if (t < 0) ERROR();
    if (!t) {
      JUMP_TO(arg);
    } else {
      --sp;
    }
    DISPATCH();
  }

  TARGET(JUMP_IF_TRUE_OR_POP) {
    STORE();
    int t = vm.truthy(TOP());
    if (t < 0) ERROR();
    if (t) {
      JUMP_TO(arg);
    } else {
      --sp;
    }
    DISPATCH();
  }

  TARGET(GET_ITER) {
    STORE();
    Value it = vm.iter(TOP());
    CHECK(it);
    TOP() = it;
    DISPATCH();
  }

  TARGET(FOR_ITER) {
    Value it = TOP();
    if (it.is_obj()) {
      Obj* o = it.as_obj();
      if (o->kind == ObjKind::Iterator) {
        auto* iter = static_cast<Iterator*>(o);
        if (iter->iter_kind() == IterKind::Range) {
          if (iter->n > 0) {
            if (Value::fits_small_int(iter->i)) {
              Value item = Value::small_int(iter->i);
              iter->i += iter->j;
              --iter->n;
              FOR_ITER_RESULT(item);
            }
          } else {
            --sp;
            JUMP_TO(arg);
            DISPATCH();
          }
        } else if (iter->iter_kind() == IterKind::Seq && iter->a.as_obj()->kind == ObjKind::List) {
          auto& items = static_cast<List*>(iter->a.as_obj())->items;
          if (iter->i < static_cast<int64_t>(items.size())) FOR_ITER_RESULT(items[iter->i++]);
          iter->i = INT64_MAX / 2;  // exhausted for good, even if the list grows
          --sp;
          JUMP_TO(arg);
          DISPATCH();
        }
      } else if (o->kind == ObjKind::Generator && o->type == vm.types.generator) {
        auto* gen = static_cast<Generator*>(o);
        if (gen->frame.gen_state == GenState::Suspended || gen->frame.gen_state == GenState::Created) {
          // Its next item comes from its frame, run in this loop; when it
          // returns, the loop ends.
          resume_gen = gen;
          resume_sent = Value::none();
          resume_to = make_return_to(ReturnTo::ForIter, arg);
          goto resume_generator;
        }
      }
    }
    STORE();
    Value item;
    int r = vm.next(it, item);
    if (r < 0) ERROR();
    if (r == 0) {
      --sp;
      JUMP_TO(arg);
      DISPATCH();
    }
    PUSH(item);
    DISPATCH();
  }

  // Superinstructions (opcodes.def): the first instruction's work, then
  // the fast path of the second, whose argument is read in place. When that
  // fast path does not apply, the first runs alone (its own handler, same
  // argument) and the second is dispatched as usual, so errors and slow
  // paths are the plain instructions'.
  TARGET(PUSH_NULL__LOAD_GLOBAL) {
    Value v = cached_global(vm, f, *ip >> 8);
    if (__builtin_expect(v.is_null(), 0)) RUN_AS(PUSH_NULL);
    ++ip;
    sp[0] = Value::null();
    sp[1] = v;
    sp += 2;
    DISPATCH();
  }

  TARGET(LOAD_FAST__LOAD_FAST) {
    Value v = LOCAL(arg), w = LOCAL(*ip >> 8);
    // Neither unset nor a str builder (see LOAD_FAST).
    if (__builtin_expect((v.raw() < Value::null().raw()) & (w.raw() < Value::null().raw()), 1)) {
      ++ip;
      sp[0] = v;
      sp[1] = w;
      sp += 2;
      DISPATCH();
    }
    RUN_AS(LOAD_FAST);
  }

  TARGET(LOAD_FAST__LOAD_CONST) {
    Value v = LOCAL(arg);
    if (__builtin_expect(v.raw() < Value::null().raw(), 1)) {
      sp[0] = v;
      sp[1] = f->code->consts[*ip++ >> 8];
      sp += 2;
      DISPATCH();
    }
    RUN_AS(LOAD_FAST);
  }

  TARGET(LOAD_FAST__LOAD_ATTR) {
    // LOAD_ATTR's inline hit on an instance.
    Value v = LOCAL(arg);
    if (v.is_obj() && v.as_obj()->kind == ObjKind::Instance) {
      Value a = attr_cache_load_hit(vm, f->code, static_cast<uint32_t>(ip - f->code->code.data()),
                                    static_cast<Instance*>(v.as_obj()));
      if (!a.is_null()) {
        ++ip;
        PUSH(a);
        DISPATCH();
      }
    }
    RUN_AS(LOAD_FAST);
  }

  TARGET(STORE_FAST__LOAD_FAST) {
    if (__builtin_expect(vm.watch_drops, false)) RUN_AS(STORE_FAST);
    LOCAL(arg) = sp[-1];
    Value w = LOCAL(*ip >> 8);
    if (__builtin_expect(w.raw() < Value::null().raw(), 1)) {
      ++ip;
      sp[-1] = w;
      DISPATCH();
    }
    --sp;
    DISPATCH();
  }

  TARGET(COPY__LOAD_ATTR) {
    // `obj.x op= v`: the copy of obj, then LOAD_ATTR's inline hit on it.
    Value v = sp[-static_cast<int>(arg)];
    if (v.is_obj() && v.as_obj()->kind == ObjKind::Instance) {
      Value a = attr_cache_load_hit(vm, f->code, static_cast<uint32_t>(ip - f->code->code.data()),
                                    static_cast<Instance*>(v.as_obj()));
      if (!a.is_null()) {
        ++ip;
        PUSH(a);
        DISPATCH();
      }
    }
    RUN_AS(COPY);
  }

  TARGET(SWAP__STORE_ATTR) {
    // The end of `obj.x op= v`: (obj value -- ), STORE_ATTR's inline hit.
    if (arg == 2 && sp[-2].is_obj() && sp[-2].as_obj()->kind == ObjKind::Instance &&
        attr_cache_store_hit(vm, f->code, static_cast<uint32_t>(ip - f->code->code.data()),
                             static_cast<Instance*>(sp[-2].as_obj()), sp[-1])) {
      ++ip;
      sp -= 2;
      DISPATCH();
    }
    RUN_AS(SWAP);
  }

  TARGET(LOAD_CONST__BINARY_OP) {
    // (a -- a op const) on small ints or floats.
#define CONST_OP_RESULT(v) \
  do {                     \
    TOP() = (v);           \
    ++ip;                  \
    DISPATCH();            \
  } while (0)
    Value b = f->code->consts[arg], a = TOP();
    ARITH_FAST(a, b, static_cast<BinaryOp>(*ip >> 8), CONST_OP_RESULT);
#undef CONST_OP_RESULT
    RUN_AS(LOAD_CONST);
  }

  // Triples: the two values go straight into the third instruction's fast
  // path (small ints, floats); otherwise the pair runs and the third is
  // dispatched on its own. An unset local or a str builder is neither an
  // int nor a float, so it always takes the pair's checks.
#define TRIPLE_RESULT(v) \
  do {                   \
    PUSH(v);             \
    ip += 2;             \
    DISPATCH();          \
  } while (0)
  TARGET(LOAD_FAST__LOAD_FAST__ARITH) {
    Value a = LOCAL(arg), b = LOCAL(ip[0] >> 8);
    ARITH_FAST(a, b, arith_op_of(ip[1]), TRIPLE_RESULT);
    RUN_AS(LOAD_FAST__LOAD_FAST);
  }

  TARGET(LOAD_FAST__LOAD_CONST__ARITH) {
    Value a = LOCAL(arg), b = f->code->consts[ip[0] >> 8];
    ARITH_FAST(a, b, arith_op_of(ip[1]), TRIPLE_RESULT);
    RUN_AS(LOAD_FAST__LOAD_CONST);
  }
#undef TRIPLE_RESULT

  // COMPARE_RESULT takes its operands from the stack: sp moves past the two
  // values it would have pushed.
  TARGET(LOAD_FAST__LOAD_FAST__COMPARE) {
    Value a = LOCAL(arg), b = LOCAL(ip[0] >> 8);
    uint32_t cmp = ip[1] >> 8;
    if (both_small_ints(a, b)) {
      ip += 2;
      sp += 2;
      COMPARE_RESULT(compare_ints(a.shifted_int(), b.shifted_int(), cmp));
    }
    {
      double x, y;
      if (float_pair(a, b, x, y)) {
        ip += 2;
        sp += 2;
        COMPARE_RESULT(compare_doubles(x, y, cmp));
      }
    }
    RUN_AS(LOAD_FAST__LOAD_FAST);
  }

  TARGET(LOAD_FAST__LOAD_CONST__COMPARE) {
    Value a = LOCAL(arg), b = f->code->consts[ip[0] >> 8];
    uint32_t cmp = ip[1] >> 8;
    if (both_small_ints(a, b)) {
      ip += 2;
      sp += 2;
      COMPARE_RESULT(compare_ints(a.shifted_int(), b.shifted_int(), cmp));
    }
    {
      double x, y;
      if (float_pair(a, b, x, y)) {
        ip += 2;
        sp += 2;
        COMPARE_RESULT(compare_doubles(x, y, cmp));
      }
    }
    RUN_AS(LOAD_FAST__LOAD_CONST);
  }

  TARGET(CALL) {
    {
      // The plain call (Code::plain_argc: exactly the positional
      // parameters, nothing to bind, no cells): its frame is pushed here,
      // before do_call's general dispatch on the callable.
      // [null, func, args...] or, after LOAD_METHOD, [func, self, args...].
      Value* bottom = sp - static_cast<int>(arg) - 2;
      Value callable = bottom[0];
      Value* args = bottom + 1;
      int argc = static_cast<int>(arg) + 1;
      if (callable.is_null()) {
        callable = bottom[1];
        args = bottom + 2;
        argc = static_cast<int>(arg);
      }
      if (callable.is_obj() && callable.as_obj()->kind == ObjKind::Function) {
        auto* fn = static_cast<Function*>(callable.as_obj());
        Code* c = fn->code;
        if (argc == c->plain_argc && vm.depth < vm.recursion_limit) {
          if (__builtin_expect(c->code_flags & Code::kHasCells, 0)) {
            f->ip = ip;
            f->set_sp(bottom);
            Frame* nf = push_simple_cells_frame(vm, fn, args, argc);
            nf->flags = Frame::kPlain;
            nf->previous = f;
            f = nf;
            vm.frame = f;
            ++vm.depth;
            LOAD();
          } else {
            PUSH_PLAIN_FRAME(fn, c, args, argc, bottom);
          }
          if (--vm.steps_left < 0 || vm.heap.collection_due() || vm.interrupt_requested) goto periodic;
          DISPATCH();
        }
      }
    }
    call_argc = static_cast<int>(arg);
    call_kwnames = nullptr;
    call_args = sp - call_argc;
    goto do_call;
  }

  TARGET(CALL_KW) {
    // kwnames is a constant of the code object, so popping it is safe.
    call_kwnames = static_cast<Tuple*>(POP().as_obj());
    call_argc = static_cast<int>(arg) - static_cast<int>(call_kwnames->size);
    call_args = sp - static_cast<int>(arg);
    goto do_call;
  }

do_call : {
    // [null|meth, callable|self, args...]: a method call passes self first.
    Value* bottom = call_args - 2;
    Value callable;
    if (bottom[0].is_null()) {
      callable = bottom[1];
    } else {
      callable = bottom[0];
      call_args = bottom + 1;
      ++call_argc;
    }
    STORE();
    if (callable.is_obj() && callable.as_obj()->kind == ObjKind::BoundMethod && bottom[0].is_null() &&
        static_cast<BoundMethod*>(callable.as_obj())->func.is_obj() &&
        static_cast<BoundMethod*>(callable.as_obj())->func.as_obj()->kind == ObjKind::Function) {
      // A bound method of a plain function called as a value (a stored
      // callback): its receiver becomes the first argument, in the
      // method-call layout, so the call runs in this loop.
      auto* m = static_cast<BoundMethod*>(callable.as_obj());
      bottom[0] = m->func;
      bottom[1] = m->self;
      callable = bottom[0];
      call_args = bottom + 1;
      ++call_argc;
    }
    if (callable.is_obj() && callable.as_obj()->kind == ObjKind::Function) {
      // The plainest call (Code::kSimpleCall without cells; such code is
      // never a generator): its frame inline.
      auto* fn = static_cast<Function*>(callable.as_obj());
      Code* c = fn->code;
      if (call_argc == c->plain_argc && !(c->code_flags & Code::kHasCells) && !call_kwnames &&
          vm.depth < vm.recursion_limit) {
        PUSH_PLAIN_FRAME(fn, c, call_args, call_argc, bottom);
        if (--vm.steps_left < 0 || vm.heap.collection_due() || vm.interrupt_requested) goto periodic;
        DISPATCH();
      }
    }
    if (callable.is_obj() && callable.as_obj()->kind == ObjKind::Function &&
        !is_generator_code(static_cast<Function*>(callable.as_obj())->code)) {
      if (vm.depth >= vm.recursion_limit) {
        vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
        ERROR();
      }
      auto* fn = static_cast<Function*>(callable.as_obj());
      Frame* nf = call_kwnames ? nullptr : push_simple_frame(vm, fn, call_args, call_argc);
      if (!nf) nf = push_function_frame(vm, fn, call_args, call_argc, call_kwnames);
      if (!nf) ERROR();
      sp = bottom;
      STORE();
      nf->flags = Frame::kPlain;
      nf->previous = f;
      f = nf;
      vm.frame = f;
      ++vm.depth;
      LOAD();
      if (--vm.steps_left < 0 || vm.heap.collection_due() || vm.interrupt_requested) goto periodic;
      DISPATCH();
    }
    if (callable.is_obj() && callable.as_obj()->kind == ObjKind::Function) {
      if ((static_cast<Function*>(callable.as_obj())->code->code_flags & Code::kAwaitHook) && !call_kwnames &&
          op_of(*ip) == Op::GET_AWAITABLE && vm.await_call_hook) {
        // `await asyncio.sleep(d)`: the library may serve it without a frame.
        STORE();
        Value a = vm.await_call_hook(vm, static_cast<Function*>(callable.as_obj()), call_args, call_argc);
        if (!a.is_null()) {
          CHECK(a);
          sp = bottom;
          PUSH(a);
          DISPATCH();
        }
      }
      // A generator or coroutine function: its frame is bound now, runs later.
      Value g = make_generator(vm, static_cast<Function*>(callable.as_obj()), call_args, call_argc,
                               call_kwnames);
      CHECK(g);
      // `await f(...)`: only this stack slot will ever hold the coroutine.
      if (g.as_obj()->type == vm.types.coroutine && op_of(*ip) == Op::GET_AWAITABLE) {
        g.as_obj()->flags |= Generator::kAwaitOwned;
      }
      // `for x in f(...)`: only the loop's stack slot will hold the generator.
      if ((g.as_obj()->type == vm.types.generator && *ip == encode(Op::GET_ITER, 1)) ||
          (g.as_obj()->type == vm.types.async_generator && *ip == encode(Op::GET_AITER, 1))) {
        g.as_obj()->flags |= Generator::kLoopOwned;
      }
      sp = bottom;
      PUSH(g);
      DISPATCH();
    }
    if (callable.is_obj() && callable.as_obj()->kind == ObjKind::NativeFunction &&
        (callable.as_obj()->flags & (NativeFunction::kResumesSend | NativeFunction::kResumesNext)) &&
        !call_kwnames) {
      // gen.send(v) / next(gen) on a plain generator: resume it inline, as
      // FOR_ITER does; its next yield becomes this call's result.
      bool send = callable.as_obj()->flags & NativeFunction::kResumesSend;
      Value g = call_args[0];
      if (call_argc == (send ? 2 : 1) && g.is_obj() && g.as_obj()->type == vm.types.generator &&
          vm.generator_depth < VM::kMaxGeneratorDepth) {
        auto* gen = static_cast<Generator*>(g.as_obj());
        Value sent = send ? call_args[1] : Value::none();
        if (gen->frame.gen_state == GenState::Suspended ||
            (gen->frame.gen_state == GenState::Created && sent.is_none())) {
          sp = bottom;
          resume_gen = gen;
          resume_sent = sent;
          resume_to = make_return_to(ReturnTo::StopIteration);
          goto resume_generator;
        }
      }
    }
    if (callable.is_obj() && callable.as_obj()->kind == ObjKind::BoundMethod && bottom[0].is_null()) {
      // A bound method of such a callable (an lru_cache'd method): its
      // receiver becomes the first argument, in the method-call layout.
      auto* m = static_cast<BoundMethod*>(callable.as_obj());
      if (m->func.is_obj() && m->func.as_obj()->kind == ObjKind::Foreign &&
          static_cast<Foreign*>(m->func.as_obj())->cls->call_inline) {
        bottom[0] = m->func;
        bottom[1] = m->self;
        callable = bottom[0];
        call_args = bottom + 1;
        ++call_argc;
      }
    }
    if (callable.is_obj() && callable.as_obj()->kind == ObjKind::Foreign &&
        static_cast<Foreign*>(callable.as_obj())->cls->call_inline) {
      // A native callable that defers to a plain function (lru_cache on a
      // miss): that function runs as a frame of this loop.
      InlineCallOut out;
      int r = foreign_call_inline(vm, callable, call_args, call_argc, call_kwnames, out);
      Value target = out.target, token = out.token;
      if (r < 0) ERROR();
      if (r == 1) {
        // A cache hit: no frame, but a call all the same (the budget's unit).
        sp = bottom;
        PUSH(target);
        if (--vm.steps_left < 0 || vm.heap.collection_due() || vm.interrupt_requested) goto periodic;
        DISPATCH();
      }
      if (vm.depth >= vm.recursion_limit) {
        vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
        ERROR();
      }
      Frame* nf = push_function_frame(vm, static_cast<Function*>(target.as_obj()), call_args,
                                      call_argc, call_kwnames);
      if (!nf) ERROR();
      bottom[0] = callable;
      bottom[1] = token;
      sp = bottom + 2;
      STORE();
      nf->flags |= Frame::kFinishCall;
      nf->previous = f;
      f = nf;
      vm.frame = f;
      ++vm.depth;
      LOAD();
      if (--vm.steps_left < 0 || vm.heap.collection_due() || vm.interrupt_requested) goto periodic;
      DISPATCH();
    }
    if (callable.is_obj() && callable.as_obj()->kind == ObjKind::Type && bottom[0].is_null()) {
      // Constructing a plain class: run its __init__ inline. The new object
      // waits in the call's result slot; RETURN_VALUE leaves it there.
      Function* init;
      Value self = inline_construct(vm, static_cast<Type*>(callable.as_obj()), &init);
      if (!self.is_null()) {
        if (vm.depth >= vm.recursion_limit) {
          vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
          ERROR();
        }
        bottom[0] = self;
        bottom[1] = self;
        Frame* nf = call_kwnames ? nullptr : push_simple_frame(vm, init, bottom + 1, call_argc + 1);
        if (!nf) nf = push_function_frame(vm, init, bottom + 1, call_argc + 1, call_kwnames);
        if (!nf) ERROR();
        sp = bottom + 1;
        STORE();
        nf->flags |= Frame::kInit;
        nf->previous = f;
        f = nf;
        vm.frame = f;
        ++vm.depth;
        LOAD();
        if (--vm.steps_left < 0 || vm.heap.collection_due() || vm.interrupt_requested) goto periodic;
        DISPATCH();
      }
    }
    if (callable.is_obj() && callable.as_obj()->kind == ObjKind::NativeFunction &&
        static_cast<NativeFunction*>(callable.as_obj())->fn == chain_switch_native) {
      // A greenlet switch (vm/chain.hpp): park this frame in its chain and
      // go on with the target chain's frame.
      sp = bottom;
      STORE();
      Frame* nf = f;
      Value out;
      SwitchResult sr = chain_switch(vm, call_args, call_argc, call_kwnames, nf, out);
      if (sr == SwitchResult::Error) ERROR();
      f = nf;
      vm.frame = f;
      LOAD();
      if (sr == SwitchResult::Raise) {
        // The frame waiting in _switch is greenlet's own (greenlet.py's
        // switch/throw): the traceback starts at its caller, as greenlet's.
        f->ip = ip;
        goto exception_unwind;
      }
      if (sr == SwitchResult::Push) PUSH(out);
      DISPATCH();
    }
    Value r = vm.call(callable, call_args, call_argc, call_kwnames);
    CHECK(r);
    sp = bottom;
    PUSH(r);
    DISPATCH();
  }

  TARGET(CALL_EX) {
    STORE();
    {
      int n = (arg & 1) ? 3 : 2;
      Frame* nf = push_call_ex_frame(vm, sp[-n], sp[-n + 1], (arg & 1) ? sp[-1] : Value::null());
      if (nf || !vm.pending.is_null()) {
        if (!nf) ERROR();
        if (vm.depth >= vm.recursion_limit) {
          vm.frame_stack.pop(nf);
          vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
          ERROR();
        }
        sp -= n + 1;
        STORE();
        nf->flags = Frame::kPlain;
        nf->previous = f;
        f = nf;
        vm.frame = f;
        ++vm.depth;
        LOAD();
        if (--vm.steps_left < 0 || vm.heap.collection_due() || vm.interrupt_requested) goto periodic;
        DISPATCH();
      }
    }
    Value kwargs = (arg & 1) ? POP() : Value::null();
    Value args = POP();
    Value callable = POP();
    --sp;  // the null slot
    Value r;
    {
      // Keep the operands rooted during the call.
      RootScope roots(vm);
      roots.add(kwargs);
      roots.add(args);
      roots.add(callable);
      STORE();
      r = op_call_ex(vm, callable, args, kwargs);
    }
    CHECK(r);
    PUSH(r);
    DISPATCH();
  }

  TARGET(MAKE_FUNCTION) {
    STORE();
    int extras = ((arg & 1) ? 1 : 0) + ((arg & 2) ? 1 : 0) + ((arg & 4) ? 1 : 0);
    Value fn = op_make_function(vm, f, TOP(), arg, sp - 1 - extras);
    CHECK(fn);
    sp -= extras + 1;
    PUSH(fn);
    DISPATCH();
  }

  TARGET(RETURN_VALUE) {
    Value rv = POP();
    if (f->flags == Frame::kPlain) {
      // A plain call's frame (no generator, constructor, finish_call,
      // entry or green-thread-chain work): LEAVE_FRAME's common case,
      // pushing the result in the caller.
      bool drops = __builtin_expect(vm.watch_drops, false) && drops_finalizable_local(vm, f);
      f = unlink_frame(vm, f, false);
      vm.frame = f;
      LOAD();
      PUSH(rv);
      if (drops) {
        STORE();
        vm.collect_dropped();
      }
      DISPATCH();
    }
    STORE();
    Generator* gen = f->generator();
    bool untracked = false;
    if (gen) {
      gen->frame.gen_state = GenState::Done;
      gen->frame.gen_delegating = false;
      // A finished generator needs no finalization: forget it now when it
      // is the newest tracked one (the usual case for `await f()` chains),
      // so the collector does not visit it.
      if (!vm.live_generators.empty() && vm.live_generators.back() == gen) {
        vm.live_generators.pop_back();
        untracked = true;
      }
    }
    if (f->flags & Frame::kInit) {
      if (!rv.is_none()) {
        vm.raise_fmt(vm.types.TypeError, "__init__() should return None, not '%s'",
                     type_name(vm, rv));
        ERROR();
      }
    }
    uint8_t frame_flags = f->flags;
    LEAVE_FRAME(rv, gen != nullptr, true);
    if (gen) {
      // The generator was resumed inline (resume_generator) by this frame,
      // which recorded where the value goes.
      ReturnTo how = return_how(gen->return_to());
      uint32_t target = return_target(gen->return_to());
      if (how == ReturnTo::ForIter) {
        --sp;  // the exhausted iterator
        JUMP_TO(target);
      } else if (how == ReturnTo::StopIteration) {
        // send()/next() resumed it inline: the call raises StopIteration(rv),
        // or next(gen, default) gives its default.
        STORE();
        Value exc = rv.is_none() ? vm.new_exception_args(vm.types.StopIteration, vm.empty_tuple)
                                 : vm.new_exception_args(vm.types.StopIteration, vm.tuple_of({rv}));
        vm.raise_value(exc);
        ERROR();
      } else {
        // SEND: the delegate's return value replaces it. After `await f()`
        // that slot was the coroutine's only reference: free it now.
        bool owned = untracked && (gen->flags & Generator::kAwaitOwned) && TOP().is(Value::object(gen));
        TOP() = rv;
        JUMP_TO(target);
        if (owned) vm.heap.release(gen, Generator::alloc_size(gen->frame.code));
      }
      DISPATCH();
    }
    if (frame_flags & Frame::kFinishCall) {
      // The callable and its token stay on the stack (rooted) while
      // finish_call runs; then the call's result replaces them.
      // (In a block: DISPATCH's computed goto would skip the destructor.)
      Value r;
      {
        RootScope roots(vm);
        roots.add(rv);
        STORE();
        Value callable = sp[-2];
        r = static_cast<Foreign*>(callable.as_obj())->cls->finish_call(vm, callable, sp[-1], rv);
      }
      sp -= 2;
      CHECK(r);
      PUSH(r);
      DISPATCH();
    }
    // A constructor's __init__ (see do_call): the new object is already
    // in the caller's result slot.
    if (!(frame_flags & Frame::kInit)) PUSH(rv);
    DISPATCH();
  }

  TARGET(LOAD_BUILD_CLASS) {
    STORE();
    Value v = op_build_class(vm);
    CHECK(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    STORE();
    Value m = op_import_name(vm, f, NAME(arg), TOP(), SECOND());
    CHECK(m);
    --sp;
    TOP() = m;
    DISPATCH();
  }

  TARGET(IMPORT_FROM) {
    STORE();
    Value v = op_import_from(vm, TOP(), NAME(arg));
    CHECK(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(IMPORT_STAR) {
    STORE();
    if (op_import_star(vm, f, TOP()) < 0) ERROR();
    --sp;
    DISPATCH();
  }

  TARGET(PRINT_EXPR) {
    STORE();
    if (op_print_expr(vm, TOP()) < 0) ERROR();
    --sp;
    DISPATCH();
  }

  TARGET(RAISE_VARARGS) {
    STORE();
    Value cause = arg == 2 ? POP() : Value::null();
    Value exc = arg >= 1 ? POP() : Value::null();
    STORE();
    if (arg == 0) {
      Value handled = vm.handled_exception();
      if (handled.is_null()) {
        vm.raise(vm.types.RuntimeError, "No active exception to reraise");
        ERROR();
      }
      vm.pending = handled;
      goto exception_unwind;
    }
    op_raise(vm, exc, cause, arg == 2);
    ERROR();
  }

  TARGET(CHECK_EG_MATCH) {
    STORE();
    Value rest, match;
    if (op_check_eg_match(vm, sp[-2], sp[-1], &rest, &match) < 0) ERROR();
    sp[-2] = rest;
    sp[-1] = match;
    // The clause that runs handles the matching part (sys.exc_info(), and
    // the __context__ of what it raises).
    if (!match.is_none()) f->handled_exc = match;
    DISPATCH();
  }

  TARGET(PREP_RERAISE_STAR) {
    STORE();
    Value r = op_prep_reraise_star(vm, sp[-2], sp[-1]);
    if (r.is_exception()) ERROR();
    --sp;
    TOP() = r;
    DISPATCH();
  }

  TARGET(RERAISE) {
    vm.pending = POP();
    STORE();
    goto exception_unwind;
  }

  TARGET(PUSH_EXC_INFO) {
    Value exc = TOP();
    TOP() = f->handled_exc;
    PUSH(exc);
    f->handled_exc = exc;
    DISPATCH();
  }

  TARGET(POP_EXCEPT) {
    f->handled_exc = POP();
    DISPATCH();
  }

  TARGET(CHECK_EXC_MATCH) {
    STORE();
    int r = op_check_exc_match(vm, sp[-2], sp[-1]);
    if (r < 0) ERROR();
    TOP() = Value::boolean(r);
    DISPATCH();
  }

  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value::object(vm.types.AssertionError));
    DISPATCH();
  }

  TARGET(BEFORE_WITH) {
    STORE();
    Value exit;
    Value r = op_before_with(vm, TOP(), &exit, arg == 1);
    CHECK(r);
    TOP() = exit;
    PUSH(r);
    DISPATCH();
  }

  TARGET(WITH_EXCEPT_START) {
    // (exit prev exc -- exit prev exc result)
    STORE();
    Value exc = sp[-1];
    Value exit = sp[-3];
    Value tb = Value::none();
    if (exc.is_obj() && exc.as_obj()->kind == ObjKind::Exception) {
      auto* e = static_cast<Exception*>(exc.as_obj());
      if (e->traceback) tb = Value::object(e->traceback);
    }
    Value args[3] = {Value::object(vm.type_of(exc)), exc, tb};
    Value r = vm.call(exit, args, 3);
    CHECK(r);
    PUSH(r);
    DISPATCH();
  }

  TARGET(YIELD_VALUE) {
    Value v = POP();
  yield_value:
    STORE();
    Generator* gen = f->generator();
    gen->frame.gen_state = GenState::Suspended;
    gen->frame.gen_delegating = arg == 1;
    LEAVE_FRAME(v, true, false);
    {
      // A delegating resumer (yield from, await: SEND then YIELD_VALUE)
      // yields the value on at once: a chain of delegations passes it up
      // without a push and dispatch per level.
      uint32_t next = *ip;
      if (op_of(next) == Op::YIELD_VALUE) {
        ++ip;
        arg = next >> 8;
        goto yield_value;
      }
    }
    // Else it lands on the resumer's stack, or in the for loop's variable.
    FOR_ITER_RESULT(v);
  }

  TARGET(SEND) {
    Value value = sp[-1];
    Value receiver = sp[-2];
    if (receiver.is_obj() && receiver.as_obj()->kind == ObjKind::Generator &&
        receiver.as_obj()->type != vm.types.async_generator) {
      auto* gen = static_cast<Generator*>(receiver.as_obj());
      if (gen->frame.gen_state == GenState::Suspended ||
          (gen->frame.gen_state == GenState::Created && value.is_none())) {
        --sp;
        resume_gen = gen;
        resume_sent = value;
        resume_to = make_return_to(ReturnTo::Send, arg);
        goto resume_generator;
      }
    }
    STORE();
    Value out;
    int r = op_send_native(vm, receiver, value, &out);
    if (r < 0) ERROR();
    if (r == 1) {
      sp[-1] = out;
      DISPATCH();
    }
    --sp;
    TOP() = out;
    JUMP_TO(arg);
    DISPATCH();
  }

resume_generator : {
    // The one way into a generator's frame from this loop (FOR_ITER, SEND,
    // inline send()/next(); CPython 3.12's _PUSH_FRAME): resume_gen,
    // suspended or just created, runs above f until it yields to f, raises,
    // or returns where resume_to says (RETURN_VALUE).
    if (vm.generator_depth >= VM::kMaxGeneratorDepth) {
      STORE();
      vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
      ERROR();
    }
    STORE();
    bool pushes_sent = resume_gen->frame.gen_state == GenState::Suspended;
    Frame* gf = resume_gen->start_running(resume_sent, resume_to);
    gf->previous = f;
    f = gf;
    vm.frame = f;
    ++vm.generator_depth;
    LOAD();
    {
      // The generator's next instruction when it is trivial: a `yield`
      // statement's POP_TOP drops the value sent (never pushed then), and
      // a delegating generator's JUMP goes back to its SEND.
      uint32_t next = *ip;
      if (op_of(next) == Op::POP_TOP && pushes_sent) {
        --sp;
        ++ip;
      } else if (op_of(next) == Op::JUMP) {
        JUMP_TO(next >> 8);
      }
    }
    DISPATCH();
  }

  TARGET(CLEANUP_THROW) {
    Value exc = sp[-1];
    if (is_stop_iteration(vm, exc)) {
      STORE();
      Value v = stop_iteration_value(vm, exc);
      sp -= 2;
      PUSH(v);
      DISPATCH();
    }
    vm.pending = exc;
    sp -= 1;
    STORE();
    goto exception_unwind;
  }

  TARGET(GET_YIELD_FROM_ITER) {
    Value v = TOP();
    if (v.is_obj() && v.as_obj()->kind == ObjKind::Generator) {
      if (v.as_obj()->type == vm.types.coroutine &&
          !(f->code->code_flags & (Code::kCoroutine | Code::kIterableCoroutine))) {
        STORE();
        vm.raise(vm.types.TypeError,
                 "cannot 'yield from' a coroutine object in a non-coroutine generator");
        ERROR();
      }
      DISPATCH();
    }
    STORE();
    Value it = vm.iter(v);
    CHECK(it);
    TOP() = it;
    DISPATCH();
  }

  TARGET(GET_AWAITABLE) {
    {
      // A coroutine not yet started (`await f()`) is its own awaitable.
      Value v = TOP();
      if (v.is_obj() && v.as_obj()->kind == ObjKind::Generator && v.as_obj()->type == vm.types.coroutine &&
          static_cast<Generator*>(v.as_obj())->frame.gen_state == GenState::Created) {
        DISPATCH();
      }
    }
    STORE();
    Value r = op_get_awaitable(vm, TOP(), static_cast<int>(arg));
    CHECK(r);
    TOP() = r;
    DISPATCH();
  }

  TARGET(GET_AITER) {
    STORE();
    Value r = op_get_aiter(vm, TOP());
    CHECK(r);
    TOP() = r;
    DISPATCH();
  }

  TARGET(GET_ANEXT) {
    STORE();
    Value r = op_get_anext(vm, TOP());
    CHECK(r);
    PUSH(r);
    DISPATCH();
  }

  TARGET(END_ASYNC_FOR) {
    Value exc = POP();
    if (vm.isinstance(exc, vm.types.StopAsyncIteration)) {
      --sp;  // the async iterator
      DISPATCH();
    }
    vm.pending = exc;
    STORE();
    goto exception_unwind;
  }

#if !COIL_COMPUTED_GOTO
    case Op::kCount:
      break;
  }
  STORE();
  vm.raise(vm.types.SystemError, "unknown opcode");
  goto error;
#endif

periodic:
  // A safe point: every frame's ip and sp are stored.
  STORE();
  if (!take_safe_point(vm)) goto error;
  DISPATCH();

error:
  // vm.pending holds the exception raised by the instruction before ip.
  f->ip = ip;
  vm.add_traceback(vm.pending, f);

exception_unwind:
  for (;;) {
    uint32_t offset = static_cast<uint32_t>(f->ip - f->code->code.data()) - 1;
    const ExceptionTableEntry* h = f->code->handler_at(offset);
    if (h) {
      LOAD();
      sp = f->stack_base() + h->depth;
      PUSH(vm.pending);
      vm.pending = Value::null();
      JUMP_TO(h->handler);
      CHECK_STACK_RESET();  // the handler starts at its own depth
      // A safe point: after an allocation failed, garbage is collected
      // before the handler runs (see the catch below).
      if (vm.heap.collection_due()) {
        STORE();
        vm.collect_garbage();
      }
      DISPATCH();
    }
    // No handler here: the frame is finished; the exception moves to the caller.
    Generator* gen = f->generator();
    if (gen) {
      gen->frame.gen_state = GenState::Done;
      gen->frame.gen_delegating = false;
      if (is_stop_iteration(vm, vm.pending) || (gen->type == vm.types.async_generator &&
                                               vm.isinstance(vm.pending, vm.types.StopAsyncIteration))) {
        vm.pending = generator_raised_stop_iteration(vm, gen, vm.pending);
      }
    }
    Traceback* inner = traceback_of(vm.pending);
    if (inner) vm.save_traceback_locals(inner, f);
    LEAVE_FRAME(Value::exception(), gen != nullptr, true);
    vm.add_traceback(vm.pending, f);
    // The frame just left is the new entry's callee (its tb_frame's f_back).
    if (Traceback* outer = traceback_of(vm.pending); inner && outer != inner && outer->next == inner) {
      inner->caller = outer;
    }
  }
  } catch (const std::bad_alloc&) {
    // f is the running frame; ip is its position unless the failure came
    // while switching frames (then f->ip, stored at the switch, stands).
    const uint32_t* code = f->code->code.data();
    if (ip > code && ip <= code + f->code->code.size()) f->ip = ip;
    vm.repr_stack.resize(std::min(vm.repr_stack.size(), repr_mark));
    vm.raise_memory_error();
    // The memory the failed instruction held is garbage now: collect at the
    // handler (exception_unwind), before the script goes on.
    vm.heap.request_collection();
  }
  throwing = true;
  }

#undef LOAD
#undef STORE
#undef COLLECT_IF_DROPPED
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef NAME
#undef JUMP_TO
#undef PUSH_PLAIN_FRAME
#undef ERROR
#undef CHECK
#undef LEAVE_FRAME
#undef BINARY_RESULT
#undef ARITH_FAST
#undef ARITH_SLOW
#undef ARITH
#undef TARGET
#undef DISPATCH
#undef CHECK_STACK
#undef CHECK_STACK_RESET
}

}  // namespace coil::vm
