// Modules: the builtins namespace, running module code, compiling source
// through the front end, and `import` (sys.modules, the registered native
// modules, then the host layer's module loader).
#include "vm/call.hpp"
#include "vm/interp.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/vm.hpp"

namespace coil::vm {

void VM::init_builtins() {
  modules = new_dict();
  builtins_module = new_module(intern("builtins"));
  builtins = builtins_module->dict;
  dict_set_str(*this, modules, builtins_module->name, Value::object(builtins_module));
  // Types under their Python names.
#define X_TYPE(field, ...) dict_set_str(*this, builtins, types.field->name, Value::object(types.field));
  X_TYPE(object) X_TYPE(type) X_TYPE(int_) X_TYPE(bool_) X_TYPE(float_) X_TYPE(complex) X_TYPE(str)
  X_TYPE(bytes) X_TYPE(bytearray) X_TYPE(memoryview) X_TYPE(tuple) X_TYPE(list) X_TYPE(dict) X_TYPE(set) X_TYPE(frozenset)
  X_TYPE(range) X_TYPE(slice) X_TYPE(property) X_TYPE(staticmethod) X_TYPE(classmethod)
  X_TYPE(super)
#undef X_TYPE
#define X_EXC(field, pyname, basefield) \
  dict_set_str(*this, builtins, types.field->name, Value::object(types.field));
  COIL_EXCEPTION_TYPES(X_EXC)
#undef X_EXC
  // OSError's old names (PEP 3151).
  set_global(builtins, "IOError", Value::object(types.OSError));
  set_global(builtins, "EnvironmentError", Value::object(types.OSError));
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

Value VM::run_module_code(Code* code, Dict* globals) { return run_module_code(code, globals, nullptr); }

Value VM::run_module_code(Code* code, Dict* globals, Obj* locals) {
  Function* fn = new_function(*this, code, globals);
  Value modname = dict_get_str(globals, names.__name__);
  fn->module = modname.is_null() ? Value::none() : modname;
  RootScope roots(*this);
  roots.add(Value::object(fn));
  // The locals go in the code's first slot (Frame::locals_ns).
  return call_function(*this, fn, nullptr, 0, nullptr, locals);
}

// ---------------------------------------------------------------- compile

Code* VM::compile(std::string_view source, std::string_view filename, SourceMode mode,
                  uint32_t future_flags) {
  if (!front_end.compile) {
    raise(types.SystemError, "no compiler: the VM was created without a front end");
    return nullptr;
  }
  return front_end.compile(*this, source, filename, mode, future_flags);
}

// ---------------------------------------------------------------- import

namespace {

Value raise_module_not_found(VM& vm, std::string_view message, Str* name) {
  Value exc = vm.new_exception(vm.types.ModuleNotFoundError, message);
  auto* e = static_cast<Exception*>(exc.as_obj());
  e->dict = vm.new_dict();
  dict_set_str(vm, e->dict, vm.names.name, Value::object(name));
  return vm.raise_value(exc);
}

// The absolute name of a relative import (`level` leading dots) made from
// the module whose namespace is `globals` (importlib's _resolve_name with
// _calc___package__): its __package__, else derived from __name__.
bool resolve_relative(VM& vm, std::string_view name, int level, Dict* globals, std::string& out) {
  std::string_view package;
  Value pkg = globals ? dict_get_str(globals, vm.names.__package__) : Value::null();
  if (!pkg.is_null() && !pkg.is_none()) {
    if (!is_str(pkg)) {
      vm.raise(vm.types.TypeError, "package must be a string");
      return false;
    }
    package = as_str(pkg)->view();
  } else if (globals) {
    Value modname = dict_get_str(globals, vm.names.__name__);
    if (!modname.is_null() && is_str(modname)) {
      package = as_str(modname)->view();
      size_t dot = package.rfind('.');
      bool is_package = !dict_get_str(globals, vm.names.__path__).is_null();
      if (!is_package) package = dot == std::string_view::npos ? std::string_view{} : package.substr(0, dot);
    }
  }
  if (package.empty()) {
    vm.raise(vm.types.ImportError, "attempted relative import with no known parent package");
    return false;
  }
  std::string_view base = package;
  for (int i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string_view::npos) {
      vm.raise(vm.types.ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    base = base.substr(0, dot);
  }
  out = std::string(base);
  if (!name.empty()) out += "." + std::string(name);
  return true;
}

}  // namespace

Value VM::import_module(Str* name) {
  Value cached = dict_get_str(modules, name);
  if (!cached.is_null()) {
    if (!cached.is_none()) return cached;
    std::string msg = "import of " + std::string(name->view()) + " halted; None in sys.modules";
    return raise_module_not_found(*this, msg, name);
  }
  // A submodule: its package first, whose __path__ says where to look.
  std::string_view full = name->view();
  size_t dot = full.rfind('.');
  Value parent = Value::null();
  Value search_path = Value::null();
  RootScope roots(*this);
  if (dot != std::string_view::npos) {
    Str* parent_name = roots.add(intern(full.substr(0, dot)));
    parent = roots.add(import_module(parent_name));
    if (parent.is_exception()) return parent;
    cached = dict_get_str(modules, name);  // the package may have imported it
    if (!cached.is_null() && !cached.is_none()) return cached;
    search_path = getattr_opt(parent, names.__path__);
    if (search_path.is_null()) {
      if (pending.is_null()) {
        std::string msg = "No module named '" + std::string(full) + "'; '" +
                          std::string(parent_name->view()) + "' is not a package";
        return raise_module_not_found(*this, msg, name);
      }
      return Value::exception();
    }
    roots.add(search_path);
  }
  Value m = Value::null();
  auto it = builtin_module_inits.find(full);
  if (it != builtin_module_inits.end()) {
    Module* native = it->second(*this);
    if (!native) return Value::exception();
    m = Value::object(native);
    dict_set_str(*this, modules, name, m);
  } else if (module_loader) {
    m = module_loader(*this, name, search_path);
    if (m.is_exception()) return m;
  }
  if (m.is_null()) return raise_module_not_found(*this, "No module named '" + std::string(full) + "'", name);
  roots.add(m);
  if (!parent.is_null() && setattr(parent, intern(full.substr(dot + 1)), m) < 0) {
    return Value::exception();
  }
  return m;
}

Value VM::import_name(Str* name, Value fromlist, int level, Dict* globals) {
  RootScope roots(*this);
  Str* absolute = name;
  if (level > 0) {
    std::string resolved;
    if (!resolve_relative(*this, name->view(), level, globals, resolved)) return Value::exception();
    absolute = roots.add(intern(resolved));
  } else if (name->size == 0) {
    return raise(types.ValueError, "Empty module name");
  }
  Value m = roots.add(import_module(absolute));
  if (m.is_exception()) return m;
  int has_fromlist = fromlist.is_null() || fromlist.is_none() ? 0 : truthy(fromlist);
  if (has_fromlist < 0) return Value::exception();
  if (!has_fromlist) {
    // `import a.b.c` binds a.
    size_t dot = name->view().find('.');
    if (level > 0 || dot == std::string_view::npos) return m;
    return import_module(intern(name->view().substr(0, dot)));
  }
  // `from package import submodule`: import the names that are not yet
  // attributes as submodules (importlib's _handle_fromlist).
  if (getattr_opt(m, names.__path__).is_null()) return pending.is_null() ? m : Value::exception();
  std::vector<Value> wanted;
  if (!unpack_iterable(fromlist, wanted)) return Value::exception();
  for (Value item : wanted) {
    if (!is_str(item) || as_str(item)->view() == "*") continue;
    Value have = getattr_opt(m, as_str(item));
    if (!have.is_null()) continue;
    if (!pending.is_null()) return Value::exception();
    Str* sub = roots.add(intern(std::string(absolute->view()) + "." + std::string(as_str(item)->view())));
    if (!import_module(sub).is_exception()) continue;
    // A missing submodule is left for IMPORT_FROM to report.
    if (!pending_is(types.ModuleNotFoundError)) return Value::exception();
    pending = Value::null();
  }
  return m;
}

Value op_import_name(VM& vm, Frame* f, Str* name, Value fromlist, Value level) {
  int64_t n = level.is_int() ? level.as_int() : 0;
  return vm.import_name(name, fromlist, static_cast<int>(n), f->globals);
}

Value op_import_from(VM& vm, Value module, Str* name) {
  Value v = vm.getattr_opt(module, name);
  if (!v.is_null()) return v;
  if (!vm.pending.is_null()) return Value::exception();
  // A submodule being imported (a circular import) is already in sys.modules.
  if (module.is_obj() && module.as_obj()->kind == ObjKind::Module) {
    std::string full = std::string(static_cast<Module*>(module.as_obj())->name->view()) + "." +
                       std::string(name->view());
    Value sub = dict_get_str(vm.modules, vm.intern(full));
    if (!sub.is_null() && !sub.is_none()) return sub;
  }
  std::string modname = "?";
  std::string location = "unknown location";
  Value file = Value::null();
  if (module.is_obj() && module.as_obj()->kind == ObjKind::Module) {
    auto* m = static_cast<Module*>(module.as_obj());
    modname = std::string(m->name->view());
    file = dict_get_str(m->dict, vm.names.__file__);
    if (!file.is_null() && is_str(file)) location = std::string(as_str(file)->view());
  }
  std::string msg = "cannot import name '" + std::string(name->view()) + "' from '" + modname + "' (" +
                    location + ")";
  RootScope roots(vm);
  Value exc = roots.add(vm.new_exception(vm.types.ImportError, msg));
  auto* e = static_cast<Exception*>(exc.as_obj());
  e->dict = vm.new_dict();
  dict_set_str(vm, e->dict, vm.names.name, vm.str_value(modname));
  dict_set_str(vm, e->dict, vm.intern("path"), file.is_null() ? Value::none() : file);
  return vm.raise_value(exc);
}

int op_import_star(VM& vm, Frame* f, Value module) {
  if (!(module.is_obj() && module.as_obj()->kind == ObjKind::Module)) return 0;
  Dict* src = static_cast<Module*>(module.as_obj())->dict;
  Obj* ns = f->locals_ns() ? f->locals_ns() : f->globals;
  Dict* dst = plain_dict(vm, ns);
  RootScope roots(vm);
  Value all = dict_get_str(src, vm.names.__all__);
  if (!all.is_null()) {
    std::vector<Value> names;
    if (!vm.unpack_iterable(all, names)) return -1;
    for (Value n : names) {
      if (!is_str(n)) continue;
      Value v = vm.getattr(module, as_str(n));
      if (v.is_exception()) return -1;
      if (dst) {
        dict_set(vm, dst, n, v);
      } else if (vm.setitem(Value::object(ns), n, roots.add(v)) < 0) {
        return -1;
      }
    }
    return 0;
  }
  if (dst) {
    for (auto& e : src->table.entries) {
      if (e.key.is_null() || !is_str(e.key)) continue;
      if (as_str(e.key)->size && as_str(e.key)->data[0] == '_') continue;
      table_set(vm, dst->table, e.key, e.hash, e.value);
    }
    return 0;
  }
  // Another mapping's __setitem__ may run code that changes the module.
  List* items = roots.add(vm.new_list());
  for (auto& e : src->table.entries) {
    if (e.key.is_null() || !is_str(e.key)) continue;
    if (as_str(e.key)->size && as_str(e.key)->data[0] == '_') continue;
    items->push(e.key);
    items->push(e.value);
  }
  for (size_t i = 0; i + 1 < items->items.size(); i += 2) {
    if (vm.setitem(Value::object(ns), items->items[i], items->items[i + 1]) < 0) return -1;
  }
  return 0;
}

// ---------------------------------------------------------------- echo

// PRINT_EXPR calls sys.displayhook when the sys module has one (a script may
// replace it), else echoes to the VM's stdout itself.
int op_print_expr(VM& vm, Value v) {
  if (vm.sys_module) {
    Value hook = dict_get_str(vm.sys_module->dict, vm.intern("displayhook"));
    if (!hook.is_null()) return vm.call(hook, &v, 1).is_exception() ? -1 : 0;
  }
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
