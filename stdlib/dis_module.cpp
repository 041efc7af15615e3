// The `dis` module: dis.dis(x) prints a readable disassembly of a function,
// method, code object, generator/coroutine or class (vm/disasm.cpp does the
// listing), so the suspension points (YIELD_VALUE, SEND) can be seen.
#include <algorithm>
#include <string>
#include <vector>

#include "stdlib/stdlib.hpp"
#include "vm/disasm.hpp"
#include "vm/frame.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::vm {

namespace {

// The code object behind a function, method, generator or code; null if none.
Code* code_of(Value v) {
  if (!v.is_obj()) return nullptr;
  Obj* o = v.as_obj();
  switch (o->kind) {
    case ObjKind::Code: return static_cast<Code*>(o);
    case ObjKind::Function: return static_cast<Function*>(o)->code;
    case ObjKind::Generator: return static_cast<Generator*>(o)->frame.code;
    case ObjKind::BoundMethod: return code_of(static_cast<BoundMethod*>(o)->func);
    case ObjKind::StaticMethod: return code_of(static_cast<StaticMethod*>(o)->func);
    case ObjKind::ClassMethod: return code_of(static_cast<ClassMethod*>(o)->func);
    default: return nullptr;
  }
}

// A class: each method in name order, as CPython's dis does.
std::string disassemble_class(VM& vm, Type* t) {
  std::vector<std::pair<std::string, Code*>> methods;
  for (const auto& e : t->dict->table.entries) {
    if (e.key.is_null() || !is_str(e.key)) continue;
    if (Code* c = code_of(e.value)) methods.emplace_back(std::string(as_str(e.key)->view()), c);
  }
  std::sort(methods.begin(), methods.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out;
  for (const auto& [name, code] : methods) {
    out += "Disassembly of " + name + ":\n" + disassemble(vm, code) + "\n";
  }
  return out;
}

// dis.dis(x, *, file=None)
Value dis_dis(VM& vm, Value* args, int nargs, Tuple* kwnames) {
  int nkw = kwnames ? static_cast<int>(kwnames->size) : 0;
  Value file = Value::none();
  for (int i = 0; i < nkw; ++i) {
    Str* k = as_str(kwnames->items[i]);
    if (k->view() != "file") {
      return vm.raise_fmt(vm.types.TypeError, "dis() got an unexpected keyword argument '%.*s'",
                          static_cast<int>(k->view().size()), k->view().data());
    }
    file = args[nargs + i];
  }
  if (!check_nargs(vm, "dis", nargs, 1, 1)) return Value::exception();
  Value x = args[0];
  std::string text;
  if (Code* c = code_of(x)) {
    text = disassemble(vm, c);
  } else if (x.is_obj() && x.as_obj()->kind == ObjKind::Type) {
    text = disassemble_class(vm, static_cast<Type*>(x.as_obj()));
  } else {
    return vm.raise_fmt(vm.types.TypeError, "don't know how to disassemble %s objects",
                        std::string(vm.type_of(x)->name->view()).c_str());
  }
  if (file.is_none()) file = sys_attribute(vm, "stdout");
  if (file.is_null() || file.is_none() || std_stream_fd(file) == 1) {
    vm.write_out(text);
    return Value::none();
  }
  Value s = vm.str_value(text);
  Value r = vm.call_method(file, vm.names.write, &s, 1);
  return r.is_exception() ? r : Value::none();
}

}  // namespace

Module* init_dis_module(VM& vm) {
  Module* m = vm.new_module(vm.intern("dis"));
  add_function(vm, m->dict, "dis", dis_dis);
  return m;
}

}  // namespace coil::vm
