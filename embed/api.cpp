// The embedding API (include/coil/coil.hpp): the one place that wires the
// parser, the compiler and the VM together for a host.
#include <bit>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>
#include <cstring>
#include <vector>

#include "coil/coil.hpp"
#include "embed/api_internal.hpp"
#include "embed/embed.hpp"
#include "stdlib/stdlib.hpp"
#include "compiler/compiler.hpp"
#include "text/lines.hpp"
#include "vm/disasm.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/traceback.hpp"
#include "vm/vm.hpp"

namespace coil {

namespace {

vm::VMOptions to_options(Config& c) {
  vm::VMOptions o;
  o.write_out = c.write_out ? c.write_out : [](std::string_view s) {
    std::fwrite(s.data(), 1, s.size(), stdout);
  };
  if (c.flush_out) {
    o.flush_out = c.flush_out;
  } else if (!c.write_out) {
    o.flush_out = [] { std::fflush(stdout); };
  }
  o.write_err = c.write_err ? c.write_err : [](std::string_view s) {
    std::fflush(stdout);
    std::fwrite(s.data(), 1, s.size(), stderr);
  };
  o.argv = c.argv;
  o.module_path = c.module_path;
  o.allow_file_access = c.allow_file_access;
  o.allow_network = c.allow_network;
  o.gc_stress = c.gc_stress;
  o.virtual_time = c.virtual_time;
  o.random_seed = c.random_seed;
  o.max_heap_bytes = c.max_heap_bytes;
  o.max_instructions = c.max_instructions;
  o.max_seconds = c.max_seconds;
  if (c.read_line) o.read_line = c.read_line;
  return o;
}

std::string text_of(vm::VM& vm, vm::Value v) {
  vm::Value s = vm.str(v);
  if (s.is_exception()) {
    vm.pending = vm::Value::null();
    return "<unprintable>";
  }
  return std::string(vm::as_str(s)->view());
}

// `path` made absolute against the working directory, with "." and ".."
// components folded (os.path.abspath).
std::string absolute_path(const std::string& path) {
  std::string full = path;
  if (path.empty() || path[0] != '/') {
    char buf[4096];
    if (getcwd(buf, sizeof buf)) full = std::string(buf) + "/" + path;
  }
  std::vector<std::string> parts;
  std::stringstream ss(full);
  std::string part;
  while (std::getline(ss, part, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  std::string out;
  for (const std::string& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

}  // namespace

// Shared with embed/interactive.cpp (declared in embed/api_internal.hpp).
namespace detail {

// Turns the VM's pending exception into an Error and clears it.
Error take_error(vm::VM& vm) {
  vm::Value exc = vm.take_pending();
  vm::RootScope roots(vm);
  roots.add(exc);
  Error err;
  err.exception = Access::make(core_of(vm), exc);
  vm::Type* t = vm.type_of(exc);
  err.type = std::string(t->name->view());
  err.message = text_of(vm, exc);  // str(exc): a user __str__ counts
  if (exc.is_obj() && exc.as_obj()->kind == vm::ObjKind::Exception) {
    auto* e = static_cast<vm::Exception*>(exc.as_obj());
    for (vm::Traceback* tb = e->traceback; tb; tb = tb->next) {
      TracebackEntry entry;
      entry.filename = std::string(tb->code->filename->view());
      entry.line = tb->line;
      entry.function = std::string(tb->code->name->view());
      auto it = vm.sources.find(entry.filename);
      if (it != vm.sources.end()) {
        std::string_view l = text::source_line(it->second, tb->line).value_or("");
        size_t a = l.find_first_not_of(" \t");
        size_t b = l.find_last_not_of(" \t\r\n");
        entry.source_line = a == std::string::npos ? "" : l.substr(a, b - a + 1);
      }
      err.traceback.push_back(entry);
    }
  }
  if (vm.isinstance(exc, vm.types.SystemExit)) {
    err.is_system_exit = true;
    vm::Value code = vm::system_exit_code(vm, exc);
    if (code.is_none()) {
      err.exit_code = 0;
    } else if (code.is_int()) {
      err.exit_code = static_cast<int>(code.as_int());
    } else if (code.is_bool()) {
      err.exit_code = code.as_bool();
    } else {
      err.exit_code = 1;
      err.formatted = text_of(vm, code) + "\n";
    }
    return err;
  }
  err.formatted = vm::format_exception(vm, exc);
  if (vm.pending_is(vm.types.BaseException)) vm.pending = vm::Value::null();
  return err;
}

Error memory_error(vm::VM& vm) {
  try {
    vm.raise_memory_error();
    return take_error(vm);
  } catch (const std::bad_alloc&) {
    vm.pending = vm::Value::null();
    return Error("MemoryError", "");
  }
}

// The offending line and its carets as CPython shows them under a
// SyntaxError's "File" line (its print_exception_file_and_line, reading
// the exception it would have made of `info`).
std::string syntax_error_line(const parse::SyntaxErrorInfo& info) {
  // The line as CPython shows it: up to a NUL byte.
  std::string l = info.source_line.substr(0, info.source_line.find('\0'));
  if (info.col >= 0 && l.find_first_not_of(" \t\f") == std::string::npos) return "";
  if (info.text_newline) l += "\n";
  int64_t end_line = info.end_line ? info.end_line : info.line;
  int64_t end_offset = info.end_line && info.type == "SyntaxError" ? info.end_col : -1;
  auto size = static_cast<int64_t>(l.size());
  if (info.type == "SyntaxError" && end_line > info.line) end_offset = size;
  if (end_offset > size + 1) end_offset = size + 1;
  return vm::syntax_error_text(l, info.col, end_offset);
}

Error syntax_error(const parse::SyntaxErrorInfo& info, std::string_view filename) {
  Error err;
  err.type = info.type;
  err.message = info.message;
  err.line = info.line;
  err.column = info.col;
  std::string out = "  File \"" + std::string(filename) + "\", line " + std::to_string(info.line) + "\n";
  // CPython's text None (see SyntaxErrorInfo::no_text): no line, no caret.
  if (!info.no_text) out += syntax_error_line(info);
  err.formatted = out + info.type + ": " + info.message + "\n";
  return err;
}

}  // namespace detail

using namespace detail;
using detail::Access;

// ---------------------------------------------------------------- VM

namespace {

// Finds the Core of a vm::VM (see detail::core_of).
struct CoreLink : vm::Extension {
  explicit CoreLink(detail::Core* c) : core(c) {}
  void trace(vm::Heap&) override {}
  detail::Core* core;
};
constexpr std::string_view kCoreLink = "coil.core";

}  // namespace

detail::Core& detail::core_of(vm::VM& vm) {
  return *static_cast<CoreLink&>(*vm.extensions.find(kCoreLink)->second).core;
}

detail::Core* detail::find_core(vm::VM& vm) {
  auto it = vm.extensions.find(kCoreLink);
  return it == vm.extensions.end() ? nullptr : static_cast<CoreLink&>(*it->second).core;
}

VM::VM(Config config) : core_(std::make_shared<detail::Core>()) {
  core_->vm = embed::open_vm(to_options(config));
  core_->owner = this;
  core_->vm->extensions.emplace(std::string(kCoreLink), std::make_unique<CoreLink>(core_.get()));
}

// The handlers atexit.register() collected, last registered first, as
// CPython's finalization runs them (after the program, an uncaught
// exception's report or sys.exit()). atexit reports a handler's error itself.
// A destructor must not throw: with no memory left they are skipped.
static void run_exit_functions(vm::VM& vm) {
  try {
    vm::Value mod = vm::dict_get_str(vm.modules, vm.intern("atexit"));
    if (mod.is_null()) return;
    vm::Value run = vm.getattr_opt(mod, vm.intern("_run_exitfuncs"));
    if (!run.is_null() && !run.is_exception()) run = vm.call(run, nullptr, 0);
    if (run.is_exception()) vm.take_pending();
  } catch (const std::bad_alloc&) {
    if (vm.pending.is_obj()) vm.take_pending();
  }
}

VM::~VM() {
  run_exit_functions(*core_->vm);
  // Give suspended generators their cleanup, as CPython does at exit (while
  // handles still work: cleanup code may call into the host).
  core_->vm->finalize_generators();
  // Handles that outlive the VM (and those freed while the heap is torn
  // down) see core_->vm empty from here on.
  std::unique_ptr<vm::VM> dying = std::move(core_->vm);
  core_->free_slots.clear();
  dying.reset();
  // What the host bound may hold handles (which hold the Core): let go.
  core_->classes.clear();
  core_->module_source = nullptr;
  core_->host_loop = Value();
}

void VM::interrupt() {
  core_->vm->interrupt_requested = 1;
  core_->vm->mailbox.wake();  // an event loop blocked in its I/O wait
}
void VM::clear_interrupt() { core_->vm->interrupt_requested = 0; }

void VM::set_deadline(std::optional<std::chrono::steady_clock::time_point> deadline) {
  vm::VM& v = *core_->vm;
  v.deadline = deadline;
  v.update_limits();
  // A run in progress (a native function calling this) gets it at once.
  if (v.native_depth > 0 && v.limits_on) {
    if (deadline && (!v.run_deadline || *deadline < *v.run_deadline)) v.run_deadline = deadline;
    // End the slice: the next safe point reads the clock.
    v.steps_used += static_cast<uint64_t>(v.slice - v.steps_left);
    v.slice = v.steps_left = 0;
  }
}

void VM::set_limits(uint64_t max_instructions, double max_seconds) {
  vm::VM& v = *core_->vm;
  v.max_instructions = max_instructions;
  v.max_seconds = max_seconds;
  v.update_limits();
}

vm::Module* detail::main_module(vm::VM& vm, std::string_view filename, bool is_file) {
  vm::Str* name = vm.names.__main__;
  vm::Value existing = vm::dict_get_str(vm.modules, name);
  if (!existing.is_null()) return static_cast<vm::Module*>(existing.as_obj());
  vm::Module* m = vm.new_module(name);
  vm::RootScope roots(vm);
  roots.add(m);
  // CPython's __main__ globals, in its order; coil has no loader or spec
  // objects (None stands for both).
  vm::dict_set_str(vm, m->dict, vm.names.__package__, vm::Value::none());
  vm::dict_set_str(vm, m->dict, vm.names.__loader__, vm::Value::none());
  vm::dict_set_str(vm, m->dict, vm.names.__spec__, vm::Value::none());
  vm::dict_set_str(vm, m->dict, vm.names.__annotations__, vm::Value::object(vm.new_dict()));
  vm::dict_set_str(vm, m->dict, vm.names.__builtins__, vm::Value::object(vm.builtins_module));
  if (is_file) {
    vm::dict_set_str(vm, m->dict, vm.names.__file__, vm.str_value(filename));
    vm::dict_set_str(vm, m->dict, vm.intern("__cached__"), vm::Value::none());
  }
  vm::dict_set_str(vm, vm.modules, name, vm::Value::object(m));
  return m;
}

RunResult VM::run_source(std::string_view source, std::string_view filename, bool is_file) {
  vm::VM& vm = *core_->vm;
  try {
    // A compile error shows its line unless the code has a pseudo-file name
    // ("<string>" for -c, "<stdin>"), which CPython's compiler cannot read
    // the line back from; a host's run_string(src, "ret.py") names its source.
    std::optional<std::string_view> file_text;
    if (is_file || !filename.starts_with('<')) file_text = source;
    compiler::CompileResult cr = compiler::compile_source(vm, source, filename, parse::Mode::File, file_text);
    if (!cr.code && is_file && cr.error.message == "source code string cannot contain null bytes") {
      // A file's NUL byte: CPython names the source, not a string, and shows
      // the line up to the NUL without a caret.
      cr.error.message = "source code cannot contain null bytes";
      cr.error.col = -1;
    }
    if (cr.exception_pending) return take_error(vm);  // a SyntaxWarning's handler raised
    if (!cr.code) return syntax_error(cr.error, filename);
    vm::RootScope roots(vm);
    roots.add(cr.code);
    if (is_file) vm.sources[std::string(filename)] = std::string(source);
    vm::Module* m = detail::main_module(vm, filename, is_file);
    vm::Value r = vm.run_module_code(cr.code, m->dict);
    if (r.is_exception()) return take_error(vm);
    return Unit{};
  } catch (const std::bad_alloc&) {
    return memory_error(vm);
  }
}

RunResult VM::run_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::error_code ec;
  bool is_dir = std::filesystem::is_directory(path, ec);
  if (!in || is_dir) {
    // A directory opens as an empty stream; report it as open() would.
    Error err;
    err.type = is_dir ? "IsADirectoryError" : "FileNotFoundError";
    err.message = (is_dir ? "[Errno 21] Is a directory: '" : "[Errno 2] No such file or directory: '") +
                  path + "'";
    err.formatted = err.type + ": " + err.message + "\n";
    return err;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  // Like CPython 3.9+, tracebacks and __file__ show the absolute path.
  std::string abs = absolute_path(path);
  std::string dir = abs.substr(0, abs.rfind('/'));
  if (dir.empty()) dir = "/";
  core_->vm->options.module_path.insert(core_->vm->options.module_path.begin(), dir);
  return run_source(ss.str(), abs, true);
}

RunResult VM::run_string(std::string_view source, std::string_view filename) {
  return run_source(source, filename, false);
}

namespace {

// A library module's source: compiled into coil, else from the host's hook.
// 1 found, 0 not, -1 the hook failed (exception pending).
int library_module_source(vm::VM& vm, const std::string& name, std::string& text, std::string& filename,
                          bool& is_package) {
  std::string_view frozen;
  if (vm::find_frozen_module(name, frozen, is_package)) {
    text = std::string(frozen);
    filename = "<frozen " + name + ">";
    return 1;
  }
  embed::HostModule hosted;
  int r = embed::host_module_source(vm, name, hosted);
  if (r <= 0) return r;
  text = std::move(hosted.source);
  filename = hosted.filename.empty() ? "<" + name + ">" : hosted.filename;
  is_package = hosted.is_package;
  return 1;
}

Error module_not_found(std::string message) {
  Error err;
  err.type = "ModuleNotFoundError";
  err.message = std::move(message);
  err.formatted = err.type + ": " + err.message + "\n";
  return err;
}

// sys.argv[0] (and the argv a later `import sys` starts from) set to `arg0`.
void set_argv0(vm::VM& vm, const std::string& arg0) {
  if (vm.options.argv.empty()) vm.options.argv.push_back(arg0);
  vm.options.argv[0] = arg0;
  vm::Value sys = vm::dict_get_str(vm.modules, vm.intern("sys"));
  if (sys.is_null()) return;
  vm::Value argv = vm::dict_get_str(static_cast<vm::Module*>(sys.as_obj())->dict, vm.intern("argv"));
  if (argv.is_obj() && argv.as_obj()->kind == vm::ObjKind::List) {
    auto* l = static_cast<vm::List*>(argv.as_obj());
    vm::Value s = vm.str_value(arg0);
    if (l->items.empty()) {
      l->items.push_back(s);
    } else {
      l->items[0] = s;
    }
  }
}

}  // namespace

RunResult VM::run_module(std::string_view name) {
  vm::VM& vm = *core_->vm;
  try {
    std::string mod(name), text, filename;
    bool is_package = false;
    // The parent packages first, as runpy imports them.
    std::size_t dot = mod.rfind('.');
    if (dot != std::string::npos && vm.import_module(vm.intern(mod.substr(0, dot))).is_exception()) {
      if (!vm.pending_is(vm.types.ImportError)) return take_error(vm);
      vm.take_pending();
      return module_not_found("No module named " + mod);
    }
    int r = library_module_source(vm, mod, text, filename, is_package);
    if (r < 0) return take_error(vm);
    if (r == 0) return module_not_found("No module named " + mod);
    std::string package = dot == std::string::npos ? "" : mod.substr(0, dot);
    if (is_package) {
      if (vm.import_module(vm.intern(mod)).is_exception()) return take_error(vm);
      std::string main = mod + ".__main__";
      bool sub_package = false;
      r = library_module_source(vm, main, text, filename, sub_package);
      if (r < 0) return take_error(vm);
      if (r == 0 || sub_package) {
        return module_not_found("No module named " + main + "; '" + mod +
                                "' is a package and cannot be directly executed");
      }
      package = mod;
      mod = main;
    }
    std::string path = mod;
    for (char& c : path) c = c == '.' ? '/' : c;
    set_argv0(vm, path + ".py");
    compiler::CompileResult cr = compiler::compile_source(vm, text, filename, parse::Mode::File, std::nullopt);
    if (!cr.code) return syntax_error(cr.error, filename);
    vm::RootScope roots(vm);
    roots.add(cr.code);
    vm::Module* m = detail::main_module(vm, filename, false);
    vm::dict_set_str(vm, m->dict, vm.names.__package__, vm.str_value(package));
    if (vm.run_module_code(cr.code, m->dict).is_exception()) return take_error(vm);
    return Unit{};
  } catch (const std::bad_alloc&) {
    return memory_error(vm);
  }
}

Result<Value> VM::eval(std::string_view expression) {
  vm::VM& vm = *core_->vm;
  try {
    compiler::CompileResult cr =
        compiler::compile_source(vm, expression, "<string>", parse::Mode::Eval, std::nullopt);
    if (cr.exception_pending) return take_error(vm);
    if (!cr.code) return syntax_error(cr.error, "<string>");
    vm::RootScope roots(vm);
    roots.add(cr.code);
    vm::Module* m = detail::main_module(vm, "<string>", false);
    vm::Value r = vm.run_module_code(cr.code, m->dict);
    if (r.is_exception()) return take_error(vm);
    return Access::make(*core_, r);
  } catch (const std::bad_alloc&) {
    return memory_error(vm);
  }
}

Result<std::string> VM::disassemble(std::string_view source, std::string_view filename) {
  vm::VM& vm = *core_->vm;
  try {
    compiler::CompileResult cr = compiler::compile_source(vm, source, filename, parse::Mode::File, source);
    if (cr.exception_pending) return take_error(vm);  // a SyntaxWarning's handler raised
    if (!cr.code) return syntax_error(cr.error, filename);
    vm::RootScope roots(vm);
    roots.add(cr.code);
    return vm::disassemble(vm, cr.code);
  } catch (const std::bad_alloc&) {
    return memory_error(vm);
  }
}

// ---------------------------------------------------------------- globals, values

// The interpreter value of `v` for use in `core`'s VM; throws for a handle
// of another VM or a dead one (a programming error of the host).
static vm::Value own_value(const Core& core, const Value& v) {
  if (!v.alive()) {
    if (v.is_none()) return vm::Value::none();
    throw Value::dead_error();
  }
  if (Access::core_ptr(v) != &core) throw Error("ValueError", "the value belongs to another VM");
  return Access::get(v);
}

Result<Value> VM::get_global(std::string_view name) {
  vm::VM& vm = *core_->vm;
  vm::Module* m = detail::main_module(vm, "<string>", false);
  vm::Value v = vm::dict_get_str(m->dict, vm.intern(name));
  if (v.is_null()) return Error("NameError", "name '" + std::string(name) + "' is not defined");
  return Access::make(*core_, v);
}

void VM::set_global_value(std::string_view name, Value value) {
  vm::VM& vm = *core_->vm;
  vm::Module* m = detail::main_module(vm, "<string>", false);
  vm::dict_set_str(vm, m->dict, vm.intern(name), own_value(*core_, value));
}

Value VM::main_module() {
  vm::VM& vm = *core_->vm;
  return Access::make(*core_, vm::Value::object(detail::main_module(vm, "<string>", false)));
}

Result<Value> VM::import_module(std::string_view name) {
  vm::VM& vm = *core_->vm;
  try {
    vm::Value m = vm.import_module(vm.intern(name));
    if (m.is_exception()) return take_error(vm);
    return Access::make(*core_, m);
  } catch (const std::bad_alloc&) {
    return memory_error(vm);
  }
}

Value VM::none() { return Access::make(*core_, vm::Value::none()); }
Value VM::bool_value(bool b) { return Access::make(*core_, vm::Value::boolean(b)); }
Value VM::int_value(int64_t i) { return Access::make(*core_, core_->vm->make_int(i)); }

Value VM::uint_value(uint64_t u) {
  vm::VM& vm = *core_->vm;
  if (u <= static_cast<uint64_t>(INT64_MAX)) return int_value(static_cast<int64_t>(u));
  mpz_t z;
  mpz_init(z);
  mpz_set_ui(z, static_cast<unsigned long>(u >> 32));
  mpz_mul_2exp(z, z, 32);
  mpz_add_ui(z, z, static_cast<unsigned long>(u & 0xFFFFFFFFu));
  vm::Value v = vm.make_bigint(z);
  mpz_clear(z);
  return Access::make(*core_, v);
}

Value VM::float_value(double d) { return Access::make(*core_, vm::Value::from_double(d)); }

// Whether `s` is well-formed UTF-8 (no surrogates, no overlongs), as a str
// must hold it.
static bool well_formed_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t need = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (need == 0 || i + need > s.size()) return false;
    auto c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 >= 0x90)) {
      return false;
    }
    for (size_t k = 1; k < need; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += need;
  }
  return true;
}

Value VM::str_value(std::string_view text) {
  vm::VM& vm = *core_->vm;
  if (well_formed_utf8(text)) return Access::make(*core_, vm::str_from_utf8(vm, text));
  vm::Value s = vm::codec_decode(vm, text, "utf-8", "surrogateescape");
  return Access::make(*core_, s);
}

Value VM::bytes_value(std::string_view data) {
  return Access::make(*core_, vm::Value::object(vm::bytes_new(*core_->vm, data)));
}

Value VM::list(const std::vector<Value>& items) {
  vm::VM& vm = *core_->vm;
  vm::List* l = vm.new_list(items.size());
  for (const Value& v : items) l->items.push_back(own_value(*core_, v));
  return Access::make(*core_, vm::Value::object(l));
}

Value VM::tuple(const std::vector<Value>& items) {
  vm::VM& vm = *core_->vm;
  if (items.empty()) return Access::make(*core_, vm::Value::object(vm.empty_tuple));
  vm::Tuple* t = vm.new_tuple(static_cast<uint32_t>(items.size()));
  for (size_t i = 0; i < items.size(); ++i) t->items[i] = vm::Value::none();
  for (size_t i = 0; i < items.size(); ++i) t->items[i] = own_value(*core_, items[i]);
  return Access::make(*core_, vm::Value::object(t));
}

Value VM::dict(const std::vector<std::pair<Value, Value>>& items) {
  vm::VM& vm = *core_->vm;
  vm::Dict* d = vm.new_dict();
  Value result = Access::make(*core_, vm::Value::object(d));
  for (const auto& [k, v] : items) {
    if (vm::dict_set(vm, d, own_value(*core_, k), own_value(*core_, v)) < 0) throw take_error(vm);
  }
  return result;
}

void VM::collect_garbage() { core_->vm->collect_garbage(); }

}  // namespace coil
