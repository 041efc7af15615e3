// The dispatch loop's helpers for the slower opcodes, each defined where its
// subject lives (vm/interp_ops.cpp unless noted) and called by vm/interp.cpp.
#pragma once

#include "vm/vm.hpp"

namespace coil::vm {

// Names and attributes.
Value op_load_global(VM& vm, Frame* f, Str* name, uint32_t name_index);
Value op_load_name(VM& vm, Frame* f, Str* name, uint32_t name_index);
int op_delete_mapped_name(VM& vm, Obj* ns, Str* name);
// A class body's or exec()'s namespace (Frame::locals_ns) when it is a
// plain dict, whose items the name instructions use directly; null for any
// other mapping, used through its __getitem__/__setitem__/__delitem__.
inline Dict* plain_dict(VM& vm, Obj* ns) {
  return ns && ns->type == vm.types.dict ? static_cast<Dict*>(ns) : nullptr;
}
Value op_load_classderef(VM& vm, Frame* f, Str* name, Value cell);
int op_setup_annotations(VM& vm, Frame* f);
Value op_load_method(VM& vm, Value obj, Str* name, Value* out_self);

// Classes (vm/objects/metaclass.cpp) and imports (vm/modules.cpp).
Value op_build_class(VM& vm);
Value op_import_name(VM& vm, Frame* f, Str* name, Value fromlist, Value level);
Value op_import_from(VM& vm, Value module, Str* name);
int op_import_star(VM& vm, Frame* f, Value module);
int op_print_expr(VM& vm, Value v);  // vm/modules.cpp: sys.displayhook

// Building values.
Value op_format_value(VM& vm, Value v, int conversion, Value spec);
Value op_build_string(VM& vm, Value* items, int n);
int op_unpack_sequence(VM& vm, Value seq, int n, Value* out);
int op_unpack_ex(VM& vm, Value seq, int before, int after, Value* out);
Value op_make_function(VM& vm, Frame* f, Value code, uint32_t flags, Value* extras);
int op_dict_merge(VM& vm, Value dict, Value mapping, Value func, bool merge);
Value op_call_ex(VM& vm, Value callable, Value args, Value kwargs);

// Exceptions.
Value op_raise(VM& vm, Value exc, Value cause, bool has_cause);
int op_check_exc_match(VM& vm, Value exc, Value type);
int op_check_eg_match(VM& vm, Value exc, Value type, Value* rest, Value* match);
Value op_prep_reraise_star(VM& vm, Value orig, Value excs);
Value op_before_with(VM& vm, Value mgr, Value* exit_out, bool async);

// Generators and coroutines.
Value op_get_awaitable(VM& vm, Value v, int where);
Value op_get_aiter(VM& vm, Value v);
Value op_get_anext(VM& vm, Value aiter);
// Native SEND: 1 yielded (*out = item), 0 returned (*out = result), -1 error.
int op_send_native(VM& vm, Value receiver, Value value, Value* out);
Value generator_raised_stop_iteration(VM& vm, Generator* gen, Value exc);

// Pattern matching (vm/match.cpp).
bool op_match_sequence(VM& vm, Value subject);
bool op_match_mapping(VM& vm, Value subject);
Value op_match_keys(VM& vm, Value subject, Value keys);
Value op_match_class(VM& vm, Value subject, Value cls, Value kwnames, int nargs);

}  // namespace coil::vm
