// __doc__ of the built-in types, functions and methods: CPython 3.11's
// docstrings, from the table vm/objects/docs_gen.py writes (docs_table.hpp).
// Special methods made from slots (int.__add__) have none, as the types of
// the stdlib's C++ modules.
#include <algorithm>

#include "vm/objects/dict.hpp"
#include "vm/objects/docs_table.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

// The docstring filed under `key`, or an empty view.
std::string_view find_doc(std::string_view key) {
  const auto* begin = std::begin(docs_table::kEntries);
  const auto* end = std::end(docs_table::kEntries);
  const auto* it = std::lower_bound(begin, end, key,
                                    [](const docs_table::Entry& e, std::string_view k) { return e.key < k; });
  return it != end && it->key == key ? it->doc : std::string_view();
}

// Whether `t` is the built-in type of that name (and not a stdlib type or a
// class that happens to share it).
bool is_builtin_type(VM& vm, Type* t) {
  if (t->flags & Type::kHeapType) return false;
  Value v = dict_get_str(vm.builtins, t->name);
  return v.is_null() || v.is(Value::object(t));
}

}  // namespace

bool is_builtins_function(VM& vm, NativeFunction* f) {
  if (!f->self.is_null() && !f->self.is(Value::object(vm.builtins_module))) return false;
  Value v = dict_get_str(vm.builtins, f->name);
  return !v.is_null() && v.is_obj() && v.as_obj()->kind == ObjKind::NativeFunction &&
         static_cast<NativeFunction*>(v.as_obj())->fn == f->fn;
}

Value native_doc(VM& vm, NativeFunction* f) {
  std::string key;
  if (f->data.is_obj() && f->data.as_obj()->kind == ObjKind::Type) {
    auto* owner = static_cast<Type*>(f->data.as_obj());
    if (!is_builtin_type(vm, owner)) return Value::none();
    key = std::string(owner->name->view()) + "." + std::string(f->name->view());
  } else {
    if (!is_builtins_function(vm, f)) return Value::none();
    key = f->name->view();
  }
  std::string_view doc = find_doc(key);
  return doc.empty() ? Value::none() : vm.str_value(doc);
}

void set_type_doc(VM& vm, Type* t) {
  std::string_view doc = find_doc(t->name->view());
  if (!doc.empty()) dict_set_str(vm, t->dict, vm.names.__doc__, vm.str_value(doc));
}

}  // namespace coil::vm
