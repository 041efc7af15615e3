// The `_codecs` module: the native codec registry for stdlib/lib/codecs.py,
// so the names the built-in codecs answer to are listed once (kAliases in
// vm/objects/codecs.cpp).
#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

// lookup_name(encoding) -> the built-in codec's name as codecs.lookup()
// reports it ("UTF_8" -> "utf-8"), or None when no built-in codec has it.
Value codecs_lookup_name(VM& vm, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(vm, "lookup_name", kw) || !check_nargs(vm, "lookup_name", nargs, 1, 1)) {
    return Value::exception();
  }
  if (!is_str(args[0])) {
    return vm.raise_fmt(vm.types.TypeError, "lookup_name() argument must be str, not %s",
                        type_name(vm, args[0]));
  }
  std::string name = codec_lookup(as_str(args[0])->view());
  return name.empty() ? Value::none() : vm.str_value(name);
}

}  // namespace

Module* init_codecs_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("_codecs"));
  add_function(vm, m->dict, "lookup_name", codecs_lookup_name);
  return m;
}

}  // namespace coil::vm
