// Frames: the activation records the dispatch loop runs.
//
// A frame is a fixed header followed by its slots: locals, then cells, then
// free cells, then the value stack (sized by the compiler's max_stack).
// Ordinary calls take frames from the VM's FrameStack, a list of chunks that
// never move, so Frame* and Value* stay valid while frames above come and go.
// A generator or coroutine embeds its frame in the Generator object, so it
// can be detached from the chain on `yield` and linked back on resume.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "vm/object.hpp"

namespace coil::vm {

struct Generator;

// How the frame that resumed a generator takes the generator's return value
// (Generator::return_to()). Recorded by the resumer, as CPython 3.12 keeps a
// return_offset in the frame, so the return need not decode the
// resumer's instruction.
enum class ReturnTo : uint8_t {
  ForIter,        // FOR_ITER: the loop ends (the iterator popped), jumping to the target
  Send,           // SEND (yield from, await): it replaces the receiver, jumping to the target
  StopIteration,  // inline send()/next(): that call raises StopIteration(value)
  Caller,         // VM::resume: run() hands it to its C++ caller
};

// A Generator::return_to(): the jump target in the resumer's code in the low 24
// bits (an instruction's argument), the ReturnTo above them; ForIter is 0,
// so FOR_ITER, the commonest resumer, records just its argument.
constexpr uint32_t make_return_to(ReturnTo how, uint32_t target = 0) {
  return target | static_cast<uint32_t>(how) << 24;
}
constexpr ReturnTo return_how(uint32_t return_to) { return static_cast<ReturnTo>(return_to >> 24); }
constexpr uint32_t return_target(uint32_t return_to) { return return_to & 0xFFFFFF; }

struct Frame {
  // Frame of a generator/coroutine (embedded in a Generator object).
  static constexpr uint8_t kGenerator = 2;
  // Frame of __init__ called by a constructor: returns its self, not None.
  static constexpr uint8_t kInit = 4;
  // Frame of a call made inline through ForeignClass::call_inline: the
  // caller's stack holds the callable object and the token above the
  // result slot until the frame returns and finish_call has run.
  static constexpr uint8_t kFinishCall = 8;
  // Frame of a call the dispatch loop made inline whose result simply goes
  // on its caller's stack (no generator, __init__ or finish_call work); its
  // caller is in the same loop, so it is never a run's entry frame nor the
  // first frame of a green thread's chain: RETURN_VALUE's fast path.
  static constexpr uint8_t kPlain = 1;

  uint8_t flags;
  // Generator frames only: the generator's state, whether it is suspended
  // inside a yield from / await loop (the delegate is then on top of the
  // stack), and whether it was ever resumed. They live here, in what would
  // be padding, to keep suspended generators small.
  GenState gen_state;
  bool gen_delegating;
  bool gen_started;
  // One past the top of the value stack, as a byte offset from the frame's
  // start (saved like ip; sp() and set_sp() convert). An offset rather than
  // a pointer so that it shares the first word with the fields above: a
  // suspended generator is a word smaller.
  uint32_t sp_offset;
  Code* code;
  Dict* globals;
  // The caller: the frame execution continues in when this one returns or
  // yields. Null for a suspended generator's frame.
  Frame* previous;
  // Next instruction to run; saved whenever the frame is not the running one
  // or the interpreter may call out.
  const uint32_t* ip;
  // The exception being handled by an except/finally block in this frame
  // (sys.exc_info() and implicit chaining look here), or null().
  Value handled_exc;
  Value slots[];

  // Namespace of a class body (LOAD_NAME/STORE_NAME), kept in its first
  // slot, or the locals exec() gave module code apart from its globals (same
  // slot); null for every other frame and for module code run in its globals.
  // A dict, or any mapping exec()/eval() were given (a dict subclass, a
  // metaclass's __prepare__ namespace): plain_dict() tells.
  Obj* locals_ns() const {
    if (!(code->code_flags & (Code::kClassBody | Code::kModule)) || slots[0].is_null()) return nullptr;
    return slots[0].as_obj();
  }

  Value* sp() { return reinterpret_cast<Value*>(reinterpret_cast<char*>(this) + sp_offset); }
  void set_sp(Value* p) {
    sp_offset = static_cast<uint32_t>(reinterpret_cast<char*>(p) - reinterpret_cast<char*>(this));
  }
  Value* locals() { return slots; }
  // Local i for code outside the dispatch loop (locals(), f_locals): a str
  // under construction by `+=` stops being one once anything else sees it.
  Value read_local(int i) {
    slots[i] = slots[i].unbuilt();
    return slots[i];
  }
  Value* cells() { return slots + code->nlocals(); }
  Value* stack_base() { return slots + code->nlocals() + code->ncells() + code->nfree(); }
  int line() const;  // source line of the instruction before ip
  Generator* generator();
};

// A generator, coroutine or async generator (by code flags), owning its
// frame; its state lives in the frame (gen_state, gen_delegating,
// gen_started). Its __name__ and __qualname__ are its code's.
struct Generator : Obj {
  // Obj::flags bit of a coroutine made by `await f(...)` (a CALL straight
  // into GET_AWAITABLE) and never exposed since (cr_await clears it): the
  // awaiting frame's stack slot is its only reference, so when it returns to
  // that await its storage is freed at once instead of by the collector.
  static constexpr uint16_t kAwaitOwned = 1;
  // Obj::flags bit of an async generator first iterated while an event loop
  // ran (CPython's firstiter hook): loop.shutdown_asyncgens() closes it.
  static constexpr uint16_t kLoopTracked = 2;
  // Obj::flags bit of a generator made by `for x in f(...)` (a CALL straight
  // into the loop's GET_ITER): the loop's stack slot is its only reference,
  // so a loop left early finalises it at once (POP_ITER), as CPython's
  // reference counting does, instead of leaving it to the collector.
  static constexpr uint16_t kLoopOwned = 4;
  // Obj::flags bit of an async generator whose first iteration has called
  // the firstiter hook and taken the finalizer hook (CPython's
  // ag_hooks_inited): it happens once.
  static constexpr uint16_t kHooksInited = 8;
  // Obj::flags bit of an async generator handed to its finalizer hook: as
  // CPython finalizes an object once, nothing closes it for being dropped
  // again (the hook decides what happens to it).
  static constexpr uint16_t kFinalized = 16;
  // Obj::aux holds where the running generator's return value goes
  // (make_return_to), set by whoever resumed it (start_running).
  uint32_t return_to() const { return aux; }
  void set_return_to(uint32_t to) { aux = to; }

  Frame frame;  // must be last: its slots follow

  // The one sequence that restarts a suspended or just-created generator's
  // frame, used by every resumer (FOR_ITER, SEND and inline send()/next()
  // in vm/interp.cpp, VM::resume in vm/call.cpp): a suspended frame's yield
  // evaluates to `sent` (unless !push_sent: it raises there instead), and
  // `return_to` records where its return value goes. The caller links the
  // frame in and runs it.
  Frame* start_running(Value sent, uint32_t return_to, bool push_sent = true) {
    if (frame.gen_state == GenState::Suspended && push_sent) {
      *frame.sp() = sent;
      frame.sp_offset += sizeof(Value);
    }
    frame.gen_state = GenState::Running;
    frame.gen_started = true;
    set_return_to(return_to);
    return &frame;
  }

  // Bytes allocated for a generator running `code` (its frame's slots
  // included; an async generator has one more, see finalizer()).
  static size_t alloc_size(const Code* code) {
    bool async_gen = code->code_flags & Code::kAsyncGenerator;
    return sizeof(Generator) + sizeof(Value) * (code->frame_slots() + (async_gen ? 1 : 0));
  }
  // An async generator's finalizer hook, taken at its first iteration (none
  // without one; CPython's ag_origin_or_finalizer): called with it when it
  // is dropped unfinished. It lives past the frame's slots, so that other
  // generators do not pay for it.
  Value& finalizer() { return frame.slots[frame.code->frame_slots()]; }
};

static_assert(offsetof(Frame, code) == 8, "Frame's small fields fill its first word");

inline Generator* Frame::generator() {
  if (!(flags & kGenerator)) return nullptr;
  // The frame is embedded in its generator; g++ lays Generator out plainly.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  constexpr size_t offset = offsetof(Generator, frame);
#pragma GCC diagnostic pop
  return reinterpret_cast<Generator*>(reinterpret_cast<char*>(this) - offset);
}

// LIFO storage for call frames, in chunks that never move. push and pop are
// inline bump-pointer operations on the current chunk; moving to another
// chunk is the out-of-line slow path.
class FrameStack {
 public:
  FrameStack() = default;
  // A stack whose first chunk is `first_chunk` bytes: a green thread's
  // (vm/chain.cpp), most of which stay shallow. Later chunks grow fourfold
  // up to the usual size.
  explicit FrameStack(size_t first_chunk) : first_chunk_(first_chunk) {}
  FrameStack(FrameStack&&) = default;
  FrameStack& operator=(FrameStack&&) = default;
  // Returns uninitialised storage for a frame with `slots` slots.
  __attribute__((always_inline)) Frame* push(int slots) { return push_bytes(frame_bytes(slots)); }
  // The storage push takes for a frame of `slots` slots.
  static constexpr size_t frame_bytes(int slots) {
    return (sizeof(Frame) + sizeof(Value) * static_cast<size_t>(slots) + 15) & ~size_t(15);
  }
  // push with the size precomputed (Code::plain_frame_bytes).
  __attribute__((always_inline)) Frame* push_bytes(size_t need) {
    if (static_cast<size_t>(limit_ - top_) >= need) {
      auto* f = reinterpret_cast<Frame*>(top_);
      top_ += need;
      return f;
    }
    return push_slow(need);
  }
  // Releases the most recently pushed frame.
  __attribute__((always_inline)) void pop(Frame* f) {
    char* p = reinterpret_cast<char*>(f);
    if (p >= base_ && p < top_) {
      top_ = p;
      return;
    }
    pop_slow(p);
  }

 private:
  static constexpr size_t kChunkBytes = 256 * 1024;
  struct Chunk {
    std::unique_ptr<char[]> data;
    size_t size;
    size_t used;  // of chunks below the current one (the current one: top_)
  };
  Frame* push_slow(size_t need);
  void pop_slow(char* p);
  void enter(size_t chunk);

  std::vector<Chunk> chunks_;
  size_t first_chunk_ = kChunkBytes;
  size_t current_ = 0;  // index of the chunk being filled
  char* base_ = nullptr;   // the current chunk's start, fill mark and end
  char* top_ = nullptr;
  char* limit_ = nullptr;
};

}  // namespace coil::vm
