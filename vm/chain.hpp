// Frame chains: the core of green threads (the greenlet module).
//
// A chain is a green thread's stack: the frames it runs, with their own
// FrameStack. coil's calls and generator resumptions never recurse on the
// C++ stack, so switching green threads is switching which chain the
// dispatch loop runs: the running frame is parked in its chain and another
// chain's parked frame is loaded. No stack is copied and no C++ frame moves.
//
// The switch happens inside the dispatch loop (vm/interp.cpp recognises a
// call of `_greenlet._switch`), so it can only leave a chain whose running
// frames all belong to the loop doing the switch. A chain that is inside a
// call from native code (a sorted() key, __repr__ called by print, a
// builtin iterator...) has a C++ frame among its frames: switching away
// from it raises greenlet.error instead. The main chain (the program's own
// frames, which start below any C++ caller) may switch anywhere; it is then
// pinned to that run of the loop, and every other chain runs there until it
// is back (the only way another chain can run deeper is through a native
// call, from which it cannot switch).
#pragma once

#include "vm/vm.hpp"

namespace coil::vm {

// What the dispatch loop does after chain_switch.
enum class SwitchResult {
  Error,  // nothing switched; the exception is pending in the calling frame
  Push,   // continue in `f`, with `out` as the result of its pending switch
  Start,  // continue in `f`, a new chain's first frame (nothing to push)
  Raise,  // continue in `f`, raising the pending exception at its switch
};

// `_greenlet._switch(chain, mode, value)` called from the dispatch loop.
// `f` is the running frame (ip and sp stored, the call's operands popped);
// on success it becomes the frame to continue in. mode: 0 sends `value` as
// the result of the target's pending switch, or for a new chain calls its
// start function with (owner, value); 1 raises the exception `value` in the
// target; | 2 when the current chain is finished (its frames are released).
SwitchResult chain_switch(VM& vm, Value* args, int nargs, Tuple* kwnames, Frame*& f, Value& out);

// The first frame of a chain returned or let an exception escape (the start
// function is expected to switch away instead): the main chain takes over,
// with SystemError raised at its switch. Returns the frame to continue in.
Frame* chain_fell_off(VM& vm);

// The natives of the `_greenlet` module. `_switch` itself, when called from
// native code rather than by the dispatch loop, raises greenlet.error.
Value chain_switch_native(VM& vm, Value* args, int nargs, Tuple* kwnames);
Value chain_new(VM& vm, Value* args, int nargs, Tuple* kwnames);        // chain(start, owner)
Value chain_current(VM& vm, Value* args, int nargs, Tuple* kwnames);    // current()
Value chain_owner(VM& vm, Value* args, int nargs, Tuple* kwnames);      // owner(chain)
Value chain_set_owner(VM& vm, Value* args, int nargs, Tuple* kwnames);  // set_owner(chain, g)
Value chain_state(VM& vm, Value* args, int nargs, Tuple* kwnames);      // state(chain): 0..3
Value chain_set_error(VM& vm, Value* args, int nargs, Tuple* kwnames);  // set_error(cls)

}  // namespace coil::vm
