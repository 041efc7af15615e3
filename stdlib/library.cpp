// The list of what the standard library adds to a VM (Lua's linit.c): the
// built-in functions and the native modules, imported on first use. Modules
// written in coil are found by the embedding layer's module loader.
#include "stdlib/stdlib.hpp"

namespace coil::vm {

void open_library(VM& vm) {
  init_builtins_module(vm, vm.builtins);
  vm.register_builtin_module("sys", init_sys_module);
  vm.register_builtin_module("math", init_math_module);
  vm.register_builtin_module("cmath", init_cmath_module);
  vm.register_builtin_module("time", init_time_module);
  vm.register_builtin_module("random", init_random_module);
  vm.register_builtin_module("_datetime", init_datetime_module);
  vm.register_builtin_module("io", init_io_module);
  vm.register_builtin_module("_types", init_types_module);
  vm.register_builtin_module("_collections", init_collections_module);
  vm.register_builtin_module("_asyncio", init_asyncio_module);
  vm.register_builtin_module("dis", init_dis_module);
  vm.register_builtin_module("gc", init_gc_module);
  vm.register_builtin_module("_weakref", init_weakref_module);
  vm.register_builtin_module("_imp", init_imp_module);
  vm.register_builtin_module("_traceback", init_traceback_module);
  vm.register_builtin_module("_codecs", init_codecs_module);
  vm.register_builtin_module("_os", init_os_module);
  vm.register_builtin_module("_json", init_json_module);
  vm.register_builtin_module("_re", init_re_module);
  vm.register_builtin_module("itertools", init_itertools_module);
  vm.register_builtin_module("_socket", init_socket_module);
  vm.register_builtin_module("_functools", init_functools_module);
  vm.register_builtin_module("struct", init_struct_module);
  vm.register_builtin_module("binascii", init_binascii_module);
  vm.register_builtin_module("_hashlib", init_hashlib_module);
  vm.register_builtin_module("unicodedata", init_unicodedata_module);
  vm.register_builtin_module("zlib", init_zlib_module);
  vm.register_builtin_module("_greenlet", init_greenlet_module);
  vm.register_builtin_module("_contextvars", init_contextvars_module);
}

}  // namespace coil::vm
