// The module loader the VM core calls for an import that is neither in
// sys.modules nor a registered native module: modules written in coil and
// compiled into the binary (stdlib/lib/*.py), then NAME.py in the
// directories of sys.path, when the host allows file access.
#include <fstream>
#include <sstream>

#include "embed/embed.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::embed {

using namespace coil::vm;

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Compiles and runs a module's source; `path` names it in tracebacks and,
// for a file (not a module compiled into the binary), becomes __file__.
Value load_source_module(VM& vm, Str* name, const std::string& path, std::string_view source,
                         bool is_file) {
  Code* code = vm.compile(source, path, SourceMode::File);
  if (!code) return Value::exception();
  RootScope roots(vm);
  roots.add(code);
  vm.sources[path] = std::string(source);
  Module* m = vm.new_module(name);
  Value mv = roots.add(Value::object(m));
  if (is_file) dict_set_str(vm, m->dict, vm.names.__file__, vm.str_value(path));
  dict_set_str(vm, m->dict, vm.names.__builtins__, Value::object(vm.builtins_module));
  dict_set_str(vm, vm.modules, name, mv);
  Value r = vm.run_module_code(code, m->dict);
  if (r.is_exception()) {
    RootScope keep(vm);
    keep.add(vm.pending);
    Value pending = vm.take_pending();
    dict_del(vm, vm.modules, Value::object(name));
    vm.pending = pending;
    return r;
  }
  return mv;
}

// The directories import searches, in order: sys.path once the sys module
// exists (so scripts can extend it), else the host's module_path (the
// script's folder, then COILPATH). '' means the current directory.
std::vector<std::string> import_dirs(VM& vm) {
  if (vm.sys_module) {
    Value p = dict_get_str(vm.sys_module->dict, vm.intern("path"));
    if (p.is_obj() && p.as_obj()->kind == ObjKind::List) {
      std::vector<std::string> dirs;
      for (Value v : static_cast<List*>(p.as_obj())->items) {
        if (is_str(v)) dirs.emplace_back(as_str(v)->view());
      }
      return dirs;
    }
  }
  return vm.options.module_path;
}

Value load_module(VM& vm, Str* name) {
  std::string_view frozen = find_frozen_module(name->view());
  if (!frozen.empty()) {
    return load_source_module(vm, name, "<frozen " + std::string(name->view()) + ">", frozen,
                              /*is_file=*/false);
  }
  if (vm.options.allow_file_access && name->view().find('.') == std::string_view::npos) {
    for (const std::string& dir : import_dirs(vm)) {
      std::string path = (dir.empty() ? std::string(".") : dir) + "/" + std::string(name->view()) + ".py";
      std::string source;
      if (read_file(path, source)) return load_source_module(vm, name, path, source, /*is_file=*/true);
    }
  }
  return Value::null();
}

}  // namespace

void install_module_loader(VM& vm) { vm.module_loader = load_module; }

std::unique_ptr<VM> open_vm(VMOptions options) {
  auto vm = std::make_unique<VM>(std::move(options));
  install_front_end(*vm);
  install_module_loader(*vm);
  open_library(*vm);
  return vm;
}

}  // namespace coil::embed
