// The _types module, the native half of `types` (stdlib/lib/types.py): the
// built-in types a script can test against, and _mark_iterable_coroutine for
// types.coroutine (the generator's code gets the iterable-coroutine flag, so
// native coroutines can await it and it can `yield from` them).
#include <string>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"

namespace coil::vm {

namespace {

// _mark_iterable_coroutine(f): flags a generator function's code as an
// iterable coroutine (CPython's CO_ITERABLE_COROUTINE); True when `f` was a
// generator function, False otherwise (the caller then wraps it).
Value types_mark_iterable_coroutine(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_mark_iterable_coroutine", kw) ||
      !check_nargs(vm, "_mark_iterable_coroutine", nargs, 1, 1)) {
    return Value::exception();
  }
  Value f = args[0];
  Code* code = nullptr;
  if (f.is_obj() && f.as_obj()->kind == ObjKind::Function) {
    code = static_cast<Function*>(f.as_obj())->code;
  } else if (f.is_obj() && f.as_obj()->kind == ObjKind::Generator &&
             f.as_obj()->type == vm.types.generator) {
    code = static_cast<Generator*>(f.as_obj())->frame.code;
  }
  if (!code || !(code->code_flags & Code::kGenerator) ||
      (code->code_flags & (Code::kCoroutine | Code::kAsyncGenerator))) {
    return Value::boolean(false);
  }
  code->code_flags |= Code::kIterableCoroutine;
  code->set_plain_call();
  return Value::boolean(true);
}


}  // namespace

Module* init_types_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("_types")));
  Dict* d = m->dict;
  struct Entry {
    const char* name;
    Type* type;
  };
  const Entry kTypes[] = {
      {"FunctionType", vm.types.function},
      {"LambdaType", vm.types.function},
      {"GeneratorType", vm.types.generator},
      {"CoroutineType", vm.types.coroutine},
      {"AsyncGeneratorType", vm.types.async_generator},
      {"BuiltinFunctionType", vm.types.builtin_function},
      {"BuiltinMethodType", vm.types.builtin_function},
      {"MethodType", vm.types.method},
      {"WrapperDescriptorType", vm.types.wrapper_descriptor},
      {"MethodWrapperType", vm.types.method_wrapper},
      {"MethodDescriptorType", vm.types.method_descriptor},
      {"ModuleType", vm.types.module},
      {"CodeType", vm.types.code},
      {"CellType", vm.types.cell},
      {"TracebackType", vm.types.traceback},
      {"NoneType", vm.types.none_type},
      {"NotImplementedType", vm.types.not_implemented_type},
      {"EllipsisType", vm.types.ellipsis_type},
      {"GenericAlias", container_type(vm, ContainerType::GenericAlias)},
      {"MappingProxyType", vm.types.mappingproxy},
  };
  for (const Entry& e : kTypes) vm.set_global(d, e.name, Value::object(e.type));
  add_function(vm, d, "_mark_iterable_coroutine", types_mark_iterable_coroutine);
  return m;
}

// _collections: the native part of collections that CPython's namedtuple
// imports (the field descriptor type lives in the VM, vm/objects/tuplegetter.cpp).
Module* init_collections_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("_collections")));
  vm.set_global(m->dict, "_tuplegetter", Value::object(vm.types.tuplegetter));
  return m;
}

}  // namespace coil::vm
