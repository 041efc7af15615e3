// "Did you mean" suggestions for NameError and AttributeError (vm/suggestions.cpp).
#pragma once

#include <string>

#include "vm/vm.hpp"

namespace coil::vm {

// Records the name (and, for AttributeError, the object) a NameError or
// AttributeError is about, for the traceback's "Did you mean" suggestion.
void note_name_error(VM& vm, Value exc, Str* name, Value obj);
// ". Did you mean: 'x'?" for a NameError or AttributeError whose name (and
// object) were recorded when it was raised, else "".
std::string suggestion_for(VM& vm, Value exc);

}  // namespace coil::vm
