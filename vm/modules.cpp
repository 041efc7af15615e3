// Modules: the builtins namespace, running module code, compiling source
// through the front end, and `import` (sys.modules, the registered native
// modules, then the host layer's module loader).
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/vm.hpp"

namespace coil::vm {

Value op_build_class(VM& vm);

void VM::init_builtins() {
  modules = new_dict();
  builtins_module = new_module(intern("builtins"));
  builtins = builtins_module->dict;
  dict_set_str(*this, modules, builtins_module->name, Value::object(builtins_module));
  // Types under their Python names.
#define X_TYPE(field, ...) dict_set_str(*this, builtins, types.field->name, Value::object(types.field));
  X_TYPE(object) X_TYPE(type) X_TYPE(int_) X_TYPE(bool_) X_TYPE(float_) X_TYPE(str)
  X_TYPE(bytes) X_TYPE(tuple) X_TYPE(list) X_TYPE(dict) X_TYPE(set) X_TYPE(frozenset)
  X_TYPE(range) X_TYPE(slice) X_TYPE(property) X_TYPE(staticmethod) X_TYPE(classmethod)
  X_TYPE(super)
#undef X_TYPE
#define X_EXC(field, pyname, basefield) \
  dict_set_str(*this, builtins, types.field->name, Value::object(types.field));
  COIL_EXCEPTION_TYPES(X_EXC)
#undef X_EXC
  set_global(builtins, "None", Value::none());
  set_global(builtins, "True", Value::boolean(true));
  set_global(builtins, "False", Value::boolean(false));
  set_global(builtins, "NotImplemented", not_implemented);
  set_global(builtins, "Ellipsis", ellipsis);
  set_global(builtins, "__debug__", Value::boolean(true));
}

void VM::register_builtin_module(std::string_view name, Module* (*init)(VM&)) {
  builtin_module_inits[std::string(name)] = init;
}

Value VM::run_module_code(Code* code, Dict* globals) {
  Function* fn = new_function(*this, code, globals);
  Value modname = dict_get_str(globals, names.__name__);
  fn->module = modname.is_null() ? Value::none() : modname;
  Value fv = Value::object(fn);
  return call(fv, nullptr, 0);
}

// ---------------------------------------------------------------- compile

Code* VM::compile(std::string_view source, std::string_view filename, SourceMode mode) {
  if (!front_end.compile) {
    raise(types.SystemError, "no compiler: the VM was created without a front end");
    return nullptr;
  }
  return front_end.compile(*this, source, filename, mode);
}

// ---------------------------------------------------------------- import

Value VM::import_module(Str* name) {
  Value cached = dict_get_str(modules, name);
  if (!cached.is_null()) return cached;
  auto it = builtin_module_inits.find(name->view());
  if (it != builtin_module_inits.end()) {
    Module* m = it->second(*this);
    if (!m) return Value::exception();
    dict_set_str(*this, modules, name, Value::object(m));
    return Value::object(m);
  }
  if (module_loader) {
    Value m = module_loader(*this, name);
    if (!m.is_null()) return m;
  }
  Value exc = new_exception(types.ModuleNotFoundError,
                            "No module named '" + std::string(name->view()) + "'");
  auto* e = static_cast<Exception*>(exc.as_obj());
  e->dict = new_dict();
  dict_set_str(*this, e->dict, names.name, Value::object(name));
  return raise_value(exc);
}

Value op_import_name(VM& vm, Frame* f, Str* name, Value fromlist) {
  (void)f;
  (void)fromlist;
  return vm.import_module(name);
}

Value op_import_from(VM& vm, Value module, Str* name) {
  Value v = vm.getattr_opt(module, name);
  if (!v.is_null()) return v;
  std::string modname = "?";
  std::string location = "unknown location";
  if (module.is_obj() && module.as_obj()->kind == ObjKind::Module) {
    auto* m = static_cast<Module*>(module.as_obj());
    modname = std::string(m->name->view());
    Value file = dict_get_str(m->dict, vm.names.__file__);
    if (!file.is_null() && is_str(file)) location = std::string(as_str(file)->view());
  }
  Value r = vm.raise_fmt(vm.types.ImportError, "cannot import name '%s' from '%s' (%s)",
                         name->data, modname.c_str(), location.c_str());
  return r;
}

int op_import_star(VM& vm, Frame* f, Value module) {
  if (!(module.is_obj() && module.as_obj()->kind == ObjKind::Module)) return 0;
  Dict* src = static_cast<Module*>(module.as_obj())->dict;
  Dict* dst = f->locals_dict() ? f->locals_dict() : f->globals;
  Value all = dict_get_str(src, vm.names.__all__);
  if (!all.is_null()) {
    std::vector<Value> names;
    if (!vm.unpack_iterable(all, names)) return -1;
    for (Value n : names) {
      if (!is_str(n)) continue;
      Value v = vm.getattr(module, as_str(n));
      if (v.is_exception()) return -1;
      dict_set(vm, dst, n, v);
    }
    return 0;
  }
  for (auto& e : src->table.entries) {
    if (e.key.is_null() || !is_str(e.key)) continue;
    if (as_str(e.key)->size && as_str(e.key)->data[0] == '_') continue;
    table_set(vm, dst->table, e.key, e.hash, e.value);
  }
  return 0;
}

// ---------------------------------------------------------------- echo

int op_print_expr(VM& vm, Value v) {
  if (v.is_none()) return 0;
  RootScope roots(vm);
  roots.add(v);
  Value r = vm.repr(v);
  if (r.is_exception()) return -1;
  vm.write_out(as_str(r)->view());
  vm.write_out("\n");
  dict_set_str(vm, vm.builtins, vm.intern("_"), v);
  return 0;
}

}  // namespace coil::vm
