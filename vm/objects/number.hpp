// Helpers shared by int and float (vm/objects/int.cpp, float.cpp, format.cpp).
#pragma once

#include "vm/numeric/integer.hpp"
#include "vm/numeric/status.hpp"
#include "vm/vm.hpp"

namespace coil::vm {

// A view of an int or bool value for coil::num.
num::IntView int_view(Value v);
// An int Value from a num::Int result (small or a new BigInt).
Value int_value(VM& vm, num::Int&& i);
// Raises the Python exception a num::Status describes.
Value raise_status(VM& vm, const num::Status& s);
// Arithmetic on two int (or bool) values, with Python semantics.
Value int_binary_op(VM& vm, Value a, Value b, BinaryOp op);
// format(x, spec) for a non-empty spec (vm/objects/format.cpp).
Value format_int_spec(VM& vm, Value v, Str* spec);
Value format_float_spec(VM& vm, double d, Str* spec);
// The checks of int's and float's methods without arguments (`type` is int
// or float): the receiver ("descriptor 'hex' for 'float' objects doesn't
// apply to a 'str' object") and METH_NOARGS's messages ("int.bit_length()
// takes no arguments (1 given)").
bool number_noargs(VM& vm, Type* type, const char* name, Value* args, int nargs, Tuple* kw);
// Adds int's or float's special methods that stand for no slot (__abs__,
// __int__, __divmod__, __round__, ...) to `t`.
void add_number_dunders(VM& vm, Type* t);

}  // namespace coil::vm
