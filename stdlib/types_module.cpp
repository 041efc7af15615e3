// The `types` module: names for the built-in types a script can test
// against, SimpleNamespace, and types.coroutine (generator-based coroutines:
// the generator's code gets the iterable-coroutine flag, so native
// coroutines can await it and it can `yield from` them).
//
// Also run_embedded_source, which the modules partly written in coil
// (types, asyncio) use to run their source text in their namespace.
#include <string>

#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"

namespace coil::vm {

bool run_embedded_source(VM& vm, Module* m, std::string_view source, std::string_view filename) {
  Code* code = vm.compile(source, filename, SourceMode::File);
  if (!code) return false;
  RootScope roots(vm);
  roots.add(code);
  roots.add(m);
  vm.sources[std::string(filename)] = std::string(source);
  return !vm.run_module_code(code, m->dict).is_exception();
}

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
  return Value::boolean(true);
}

// The part of the module that reads best in coil itself.
constexpr const char* kTypesSource = R"PY(
def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if _mark_iterable_coroutine(func):
        return func

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is GeneratorType:
            _mark_iterable_coroutine(coro)
        return coro
    wrapped.__name__ = getattr(func, '__name__', 'wrapped')
    wrapped.__qualname__ = getattr(func, '__qualname__', 'wrapped')
    return wrapped


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        for k in kwargs:
            setattr(self, k, kwargs[k])

    def __repr__(self):
        items = ('{}={!r}'.format(k, v) for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '{}({})'.format(name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

SimpleNamespace.__module__ = 'types'


class UnionType:
    """Represent a PEP 604 union type: int | str."""
    __slots__ = ('_args',)

    def __init__(self, args):
        self._args = args

    @property
    def __args__(self):
        return self._args

    def __repr__(self):
        return ' | '.join(map(_union_arg_repr, self._args))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __instancecheck__(self, obj):
        return isinstance(obj, self._checked_args('isinstance'))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._checked_args('issubclass'))

    def _checked_args(self, fname):
        for arg in self._args:
            if isinstance(arg, GenericAlias):
                raise TypeError(f'{fname}() argument 2 cannot be a parameterized generic')
        return self._args

UnionType.__module__ = 'types'


def _union_arg_repr(arg):
    if arg is NoneType:
        return 'None'
    if isinstance(arg, type) and not isinstance(arg, GenericAlias):
        if arg.__module__ == 'builtins':
            return arg.__qualname__
        return f'{arg.__module__}.{arg.__qualname__}'
    return repr(arg)


# X | Y for classes, None and unions (called by type.__or__ / __ror__).
def _union(a, b):
    args = []
    for x in (a, b):
        if isinstance(x, UnionType):
            args.extend(x._args)
        else:
            args.append(NoneType if x is None else x)
    unique = []
    for x in args:
        if x not in unique:
            unique.append(x)
    if len(unique) == 1:
        return unique[0]
    return UnionType(tuple(unique))
)PY";

}  // namespace

Module* init_types_module(VM& vm) {
  RootScope roots(vm);
  Module* m = roots.add(vm.new_module(vm.intern("types")));
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
      {"ModuleType", vm.types.module},
      {"CodeType", vm.types.code},
      {"CellType", vm.types.cell},
      {"TracebackType", vm.types.traceback},
      {"NoneType", vm.types.none_type},
      {"NotImplementedType", vm.types.not_implemented_type},
      {"EllipsisType", vm.types.ellipsis_type},
      {"GenericAlias", container_type(vm, ContainerType::GenericAlias)},
  };
  for (const Entry& e : kTypes) vm.set_global(d, e.name, Value::object(e.type));
  add_function(vm, d, "_mark_iterable_coroutine", types_mark_iterable_coroutine);
  if (!run_embedded_source(vm, m, kTypesSource, "<frozen types>")) return nullptr;
  return m;
}

}  // namespace coil::vm
