// The `_imp` module: what importlib.util's find_spec asks before it imports
// anything. is_builtin(name) tells the native modules (registered in
// stdlib/library.cpp), is_frozen(name)/is_frozen_package(name) the modules
// written in coil and compiled in (stdlib/frozen_modules.cpp); files on
// sys.path are found by importlib itself.
#include "stdlib/stdlib.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

// The one str argument of `function`, or nullptr with a TypeError raised.
Str* name_argument(VM& vm, const char* function, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, function, kw) || !check_nargs(vm, function, nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    vm.raise_fmt(vm.types.TypeError, "%s() argument must be str, not %s", function,
                 type_name(vm, args[0]));
    return nullptr;
  }
  return as_str(args[0]);
}

Value imp_is_builtin(VM& vm, Value* args, int nargs, Tuple* kw) {
  Str* name = name_argument(vm, "is_builtin", args, nargs, kw);
  if (!name) return Value::exception();
  return Value::boolean(vm.builtin_module_inits.count(name->view()) > 0);
}

Value imp_is_frozen(VM& vm, Value* args, int nargs, Tuple* kw) {
  Str* name = name_argument(vm, "is_frozen", args, nargs, kw);
  if (!name) return Value::exception();
  std::string_view source;
  bool is_package = false;
  return Value::boolean(find_frozen_module(name->view(), source, is_package));
}

Value imp_is_frozen_package(VM& vm, Value* args, int nargs, Tuple* kw) {
  Str* name = name_argument(vm, "is_frozen_package", args, nargs, kw);
  if (!name) return Value::exception();
  std::string_view source;
  bool is_package = false;
  return Value::boolean(find_frozen_module(name->view(), source, is_package) && is_package);
}

}  // namespace

Module* init_imp_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("_imp"));
  add_function(vm, m->dict, "is_builtin", imp_is_builtin);
  add_function(vm, m->dict, "is_frozen", imp_is_frozen);
  add_function(vm, m->dict, "is_frozen_package", imp_is_frozen_package);
  return m;
}

}  // namespace coil::vm
