// Code objects (their co_* attributes) and cells (the boxes closures share).
#include <cstdint>
#include <string>
#include <vector>

#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

// code.co_flags in CPython's numbering (inspect.CO_*), so the checks
// programs write against those constants hold.
static int64_t cpython_co_flags(const Code* c) {
  uint32_t f = c->code_flags;
  int64_t r = 0;
  if (!(f & (Code::kModule | Code::kClassBody))) r |= 0x1 | 0x2;  // CO_OPTIMIZED | CO_NEWLOCALS
  if (f & Code::kVarargs) r |= 0x4;
  if (f & Code::kVarkw) r |= 0x8;
  if (f & Code::kNested) r |= 0x10;
  if (f & Code::kGenerator) r |= 0x20;
  if (f & Code::kCoroutine) r |= 0x80;
  if (f & Code::kIterableCoroutine) r |= 0x100;
  if (f & Code::kAsyncGenerator) r |= 0x200;
  if (f & Code::kFutureAnnotations) r |= kFutureAnnotations;
  return r;
}

static Value code_repr(VM& vm, Value self) {
  auto* c = static_cast<Code*>(self.as_obj());
  return vm.str_value("<code object " + std::string(c->name->view()) + " at " + address_of(c) +
                      ", file \"" + std::string(c->filename->view()) + "\", line " +
                      std::to_string(c->firstlineno) + ">");
}

static Value code_getattr(VM& vm, Value self, Str* name) {
  auto* c = static_cast<Code*>(self.as_obj());
  std::string_view n = name->view();
  if (n == "co_name") return Value::object(c->name);
  if (n == "co_qualname") return Value::object(c->qualname);
  if (n == "co_filename") return Value::object(c->filename);
  if (n == "co_firstlineno") return vm.make_int(c->firstlineno);
  if (n == "co_argcount") return vm.make_int(c->argcount);
  if (n == "co_posonlyargcount") return vm.make_int(c->posonlyargcount);
  if (n == "co_kwonlyargcount") return vm.make_int(c->kwonlyargcount);
  if (n == "co_flags") return vm.make_int(cpython_co_flags(c));
  auto names = [&](const std::vector<Str*>& v, size_t count) {
    Tuple* t = vm.new_tuple(static_cast<uint32_t>(count));
    for (size_t i = 0; i < count; ++i) t->items[i] = Value::object(v[i]);
    return Value::object(t);
  };
  // Module code and class bodies have no variables, only a hidden slot.
  bool hidden = c->code_flags & (Code::kModule | Code::kClassBody);
  if (n == "co_varnames") return names(c->varnames, hidden ? 0 : c->named_locals());
  if (n == "co_cellvars") return names(c->cellvars, c->cellvars.size());
  if (n == "co_freevars") return names(c->freevars, c->freevars.size());
  if (n == "co_names") return names(c->names, c->names.size());
  if (n == "co_nlocals") return vm.make_int(hidden ? 0 : c->named_locals());
  return generic_getattr(vm, self, name, true);
}

static Value cell_repr(VM& vm, Value self) {
  auto* c = static_cast<Cell*>(self.as_obj());
  if (c->value.is_null()) return vm.str_value("<cell at " + address_of(c) + ": empty>");
  return vm.str_value("<cell at " + address_of(c) + ": " +
                      std::string(vm.type_of(c->value)->name->view()) + " object at " +
                      address_of(c->value.is_obj() ? c->value.as_obj() : nullptr) + ">");
}

static Value cell_getattr(VM& vm, Value self, Str* name) {
  auto* c = static_cast<Cell*>(self.as_obj());
  if (name->view() == "cell_contents") {
    if (c->value.is_null()) return vm.raise(vm.types.ValueError, "Cell is empty");
    return c->value;
  }
  return generic_getattr(vm, self, name, true);
}

void init_code_types(VM& vm) {
  vm.types.code->slots.repr = code_repr;
  vm.types.code->slots.getattr = code_getattr;
  vm.types.cell->slots.repr = cell_repr;
  vm.types.cell->slots.getattr = cell_getattr;
}

}  // namespace coil::vm
