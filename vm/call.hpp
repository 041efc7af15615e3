// Calls (vm/call.cpp): frames for coil functions with their arguments bound,
// generators made from generator functions, and the one path that runs a
// coil function from C++ (VM::call and class bodies both use it).
#pragma once

#include "vm/vm.hpp"

namespace coil::vm {

// A frame on the frame stack for calling `fn`, arguments bound; null with an
// exception pending on error (the frame is then released).
Frame* push_function_frame(VM& vm, Function* fn, Value* args, int nargs, Tuple* kwnames);
// Whether code objects of this kind make a generator, coroutine or async
// generator when called, and the object such a call makes.
bool is_generator_code(const Code* c);
Value make_generator(VM& vm, Function* fn, Value* args, int nargs, Tuple* kwnames);
// Calls `fn` from C++ and runs it to completion (a generator function gives
// its generator). A class body's frame gets its namespace `class_namespace`
// (module code: exec()'s locals mapping) in slot 0.
Value call_function(VM& vm, Function* fn, Value* args, int nargs, Tuple* kwnames,
                    Obj* class_namespace = nullptr);
// type(...) and every other class called (vm/objects/type.cpp).
Value call_type(VM& vm, Type* type, Value* args, int nargs, Tuple* kwnames);
// Runs `entry` by raising vm.pending at its current instruction, for
// generator.throw() (vm/interp.cpp).
Value run_throwing(VM& vm, Frame* entry);

}  // namespace coil::vm
