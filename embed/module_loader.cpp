// The module loader the VM core calls for an import that is neither in
// sys.modules nor a registered native module: modules written in coil and
// compiled into the binary (stdlib/lib/**.py), then, when the host allows
// file access, NAME/__init__.py (a package) or NAME.py in each directory of
// the search path (sys.path, or the package's __path__ for a submodule), and
// last a folder NAME without __init__.py (a namespace package), as
// importlib's FileFinder looks.
#include <climits>
#include <sys/stat.h>
#include <unistd.h>

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
  struct stat st;
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool is_directory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Where a module's code comes from.
struct ModuleSource {
  std::string origin;       // the file, or "<frozen NAME>"
  std::string_view text;
  bool is_file = false;     // origin becomes __file__
  bool is_package = false;
  std::string package_dir;  // a package's folder: its __path__ (empty: [])
};

// The module object for `name`, in sys.modules, with the attributes the
// import system sets before running its code (__file__, __package__,
// __path__, __builtins__).
Module* new_module_for(VM& vm, Str* name, const ModuleSource& src) {
  Module* m = vm.new_module(name);
  RootScope roots(vm);
  roots.add(m);
  std::string_view full = name->view();
  size_t dot = full.rfind('.');
  std::string_view package = src.is_package ? full : dot == std::string_view::npos ? "" : full.substr(0, dot);
  if (src.is_file) {
    dict_set_str(vm, m->dict, vm.names.__file__, vm.str_value(src.origin));
  } else if (src.origin.empty()) {  // a namespace package has no file
    dict_set_str(vm, m->dict, vm.names.__file__, Value::none());
  }
  dict_set_str(vm, m->dict, vm.names.__package__, vm.str_value(package));
  if (src.is_package) {
    List* path = vm.new_list();
    roots.add(path);
    if (!src.package_dir.empty()) path->items.push_back(vm.str_value(src.package_dir));
    dict_set_str(vm, m->dict, vm.names.__path__, Value::object(path));
  }
  dict_set_str(vm, m->dict, vm.names.__builtins__, Value::object(vm.builtins_module));
  dict_set_str(vm, vm.modules, name, Value::object(m));
  return m;
}

// Compiles and runs a module's code in a new module; on an error the module
// leaves sys.modules again.
Value run_module(VM& vm, Str* name, const ModuleSource& src) {
  // Registered first: a compile error shows its line from the file's text.
  vm.sources[src.origin] = std::string(src.text);
  Code* code = vm.compile(src.text, src.origin, SourceMode::File);
  if (!code) return Value::exception();
  RootScope roots(vm);
  roots.add(code);
  Value mv = roots.add(Value::object(new_module_for(vm, name, src)));
  // The half-made module leaves sys.modules however the run ends: with an
  // error its code raised, or by memory running out (std::bad_alloc, which
  // the caller's dispatch loop turns into MemoryError) before the code ran.
  // Else the next import would find it empty.
  struct Unregister {
    VM& vm;
    Str* name;
    bool armed = true;
    ~Unregister() {
      if (!armed) return;
      RootScope keep(vm);
      Value pending = keep.add(vm.take_pending());
      dict_del(vm, vm.modules, Value::object(name));
      vm.pending = pending;
    }
  } unregister{vm, name};
  Value r = vm.run_module_code(code, static_cast<Module*>(mv.as_obj())->dict);
  if (r.is_exception()) return r;
  unregister.armed = false;
  // A module may replace itself in sys.modules (as CPython honours).
  Value final_module = dict_get_str(vm.modules, name);
  return final_module.is_null() ? mv : final_module;
}

std::vector<std::string> str_items(Value list) {
  std::vector<std::string> out;
  if (list.is_obj() && list.as_obj()->kind == ObjKind::List) {
    for (Value v : static_cast<List*>(list.as_obj())->items) {
      if (is_str(v)) out.emplace_back(as_str(v)->view());
    }
  }
  return out;
}

// The directories a top-level import searches, in order: sys.path once the
// sys module exists (so scripts can extend it), else the host's module_path
// (the script's folder, then COILPATH). '' means the current directory.
std::vector<std::string> import_dirs(VM& vm) {
  if (vm.sys_module) {
    Value p = dict_get_str(vm.sys_module->dict, vm.intern("path"));
    if (p.is_obj() && p.as_obj()->kind == ObjKind::List) return str_items(p);
  }
  return vm.options.module_path;
}

std::string working_dir() {
  char buf[PATH_MAX];
  return getcwd(buf, sizeof buf) ? std::string(buf) : std::string(".");
}

Value load_from_files(VM& vm, Str* name, Value search_path) {
  std::string_view full = name->view();
  std::string last(full.substr(full.rfind('.') + 1));  // npos + 1 == 0
  std::vector<std::string> dirs = search_path.is_null() ? import_dirs(vm) : str_items(search_path);
  std::string namespace_dir;
  std::string text;
  for (const std::string& dir : dirs) {
    // '' is the working directory, named absolutely as CPython's PathFinder does.
    std::string base = (dir.empty() ? working_dir() : dir) + "/" + last;
    ModuleSource src;
    src.is_file = true;
    if (read_file(base + "/__init__.py", text)) {
      src.origin = base + "/__init__.py";
      src.is_package = true;
      src.package_dir = base;
    } else if (read_file(base + ".py", text)) {
      src.origin = base + ".py";
    } else {
      if (namespace_dir.empty() && is_directory(base)) namespace_dir = base;
      continue;
    }
    src.text = text;
    return run_module(vm, name, src);
  }
  if (namespace_dir.empty()) return Value::null();
  ModuleSource ns;
  ns.is_package = true;
  ns.package_dir = namespace_dir;
  return Value::object(new_module_for(vm, name, ns));
}

// A module the host supplies through its hook (coil::VM::set_module_source);
// null() when the hook has none by that name.
Value load_from_host(VM& vm, Str* name) {
  HostModule found;
  int r = host_module_source(vm, name->view(), found);
  if (r <= 0) return r < 0 ? Value::exception() : Value::null();
  ModuleSource src;
  src.origin = found.filename.empty() ? "<" + std::string(name->view()) + ">" : found.filename;
  src.text = found.source;
  src.is_file = true;  // the hook's filename is the module's __file__
  src.is_package = found.is_package;
  return run_module(vm, name, src);
}

Value load_module(VM& vm, Str* name, Value search_path) {
  ModuleSource frozen;
  if (find_frozen_module(name->view(), frozen.text, frozen.is_package)) {
    frozen.origin = "<frozen " + std::string(name->view()) + ">";
    return run_module(vm, name, frozen);
  }
  Value hosted = load_from_host(vm, name);
  if (!hosted.is_null()) return hosted;
  if (!vm.options.allow_file_access) return Value::null();
  return load_from_files(vm, name, search_path);
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
