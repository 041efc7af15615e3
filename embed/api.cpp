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
#include "compiler/compiler.hpp"
#include "vm/disasm.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/vm.hpp"

namespace coil {

namespace {

vm::VMOptions to_options(Config& c) {
  vm::VMOptions o;
  o.write_out = c.write_out ? c.write_out : [](std::string_view s) {
    std::fwrite(s.data(), 1, s.size(), stdout);
  };
  o.write_err = c.write_err ? c.write_err : [](std::string_view s) {
    std::fflush(stdout);
    std::fwrite(s.data(), 1, s.size(), stderr);
  };
  o.argv = c.argv;
  o.module_path = c.module_path;
  o.allow_file_access = c.allow_file_access;
  o.gc_stress = c.gc_stress;
  o.virtual_time = c.virtual_time;
  o.random_seed = c.random_seed;
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

std::string source_line(const std::string& source, int line) {
  std::istringstream in(source);
  std::string l;
  for (int i = 1; std::getline(in, l); ++i) {
    if (i == line) return l;
  }
  return "";
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
        std::string l = source_line(it->second, tb->line);
        size_t a = l.find_first_not_of(" \t");
        size_t b = l.find_last_not_of(" \t\r\n");
        entry.source_line = a == std::string::npos ? "" : l.substr(a, b - a + 1);
      }
      err.traceback.push_back(entry);
    }
  }
  if (vm.isinstance(exc, vm.types.SystemExit)) {
    err.is_system_exit = true;
    vm::Value code = vm::stop_iteration_value(vm, exc);
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

Error syntax_error(const parse::SyntaxErrorInfo& info, std::string_view filename) {
  Error err;
  err.type = info.type;
  err.message = info.message;
  err.line = info.line;
  err.column = info.col;
  std::string out = "  File \"" + std::string(filename) + "\", line " + std::to_string(info.line) + "\n";
  std::string l = info.source_line;
  size_t first = l.find_first_not_of(" \t\f");
  if (first != std::string::npos) {
    size_t last = l.find_last_not_of(" \t\f\r\n");
    std::string stripped = l.substr(first, last - first + 1);
    out += "    " + stripped + "\n";
    // Caret under the offending character (offset counts characters).
    int chars_before = 0;
    for (size_t i = 0; i < first; ++i) ++chars_before;
    int caret = info.col - 1 - chars_before;
    if (caret < 0) caret = 0;
    int width = 1;
    if (info.end_line == info.line && info.end_col > info.col) width = info.end_col - info.col;
    int max_width = static_cast<int>(stripped.size()) - caret;
    if (width > max_width) width = max_width > 0 ? max_width : 1;
    out += "    " + std::string(static_cast<size_t>(caret), ' ') + std::string(width, '^') + "\n";
  }
  out += info.type + ": " + info.message + "\n";
  err.formatted = out;
  return err;
}

}  // namespace detail

using namespace detail;

// ---------------------------------------------------------------- Value

Value::Value(vm::VM* owner, uint64_t bits) : vm_(owner), bits_(bits) {
  if (!vm_) return;
  auto& h = vm_->handles;
  vm::Value v = std::bit_cast<vm::Value>(bits_);
  for (size_t i = 0; i < h.size(); ++i) {
    if (h[i].is_null()) {
      h[i] = v;
      slot_ = i;
      return;
    }
  }
  h.push_back(v);
  slot_ = h.size() - 1;
}

Value::~Value() {
  if (vm_) vm_->handles[slot_] = vm::Value::null();
}

Value::Value(const Value& other) : Value(other.vm_, other.bits_) {}

Value& Value::operator=(const Value& other) {
  if (this != &other) {
    Value copy(other);
    *this = std::move(copy);
  }
  return *this;
}

Value::Value(Value&& other) noexcept : vm_(other.vm_), bits_(other.bits_), slot_(other.slot_) {
  other.vm_ = nullptr;
}

Value& Value::operator=(Value&& other) noexcept {
  if (this != &other) {
    if (vm_) vm_->handles[slot_] = vm::Value::null();
    vm_ = other.vm_;
    bits_ = other.bits_;
    slot_ = other.slot_;
    other.vm_ = nullptr;
  }
  return *this;
}

// The value a handle holds; None for an empty (default or moved-from) handle.
static vm::Value value_of(const vm::VM* owner, uint64_t bits) {
  return owner ? std::bit_cast<vm::Value>(bits) : vm::Value::none();
}

// The BigInt behind an int value too large for a small int, or null.
static const vm::BigInt* big_of(vm::Value v) {
  if (!v.is_obj() || v.as_obj()->kind != vm::ObjKind::BigInt) return nullptr;
  return static_cast<const vm::BigInt*>(v.as_obj());
}

bool Value::is_none() const { return value_of(vm_, bits_).is_none(); }
bool Value::is_bool() const { return value_of(vm_, bits_).is_bool(); }
bool Value::is_int() const {
  vm::Value v = value_of(vm_, bits_);
  const vm::BigInt* b = big_of(v);
  int64_t unused;
  return v.is_int() || (b && b->to_int64(unused));
}
bool Value::is_float() const { return value_of(vm_, bits_).is_double(); }
bool Value::is_str() const { return vm::is_str(value_of(vm_, bits_)); }
bool Value::as_bool() const { return value_of(vm_, bits_).as_bool(); }
int64_t Value::as_int() const {
  vm::Value v = value_of(vm_, bits_);
  const vm::BigInt* b = big_of(v);
  int64_t out = 0;
  if (b) return b->to_int64(out) ? out : 0;
  if (v.is_bool()) return v.as_bool();
  return v.is_int() ? v.as_int() : 0;
}
double Value::as_float() const { return value_of(vm_, bits_).as_double(); }
std::string Value::as_str() const {
  vm::Value v = value_of(vm_, bits_);
  return vm::is_str(v) ? std::string(vm::as_str(v)->view()) : std::string();
}
std::string Value::repr() const {
  if (!vm_) return "None";
  vm::Value r = vm_->repr(value_of(vm_, bits_));
  if (r.is_exception()) {
    vm_->pending = vm::Value::null();
    return "<repr failed>";
  }
  return std::string(vm::as_str(r)->view());
}
std::string Value::type_name() const {
  if (!vm_) return "NoneType";
  return std::string(vm_->type_of(value_of(vm_, bits_))->name->view());
}

// ---------------------------------------------------------------- VM

VM::VM(Config config) : impl_(embed::open_vm(to_options(config))) {}

VM::~VM() {
  // Give suspended generators their cleanup, as CPython does at exit.
  impl_->finalize_generators();
}

void VM::interrupt() { impl_->interrupt_requested = 1; }
void VM::clear_interrupt() { impl_->interrupt_requested = 0; }

vm::Module* detail::main_module(vm::VM& vm, std::string_view filename, bool is_file) {
  vm::Str* name = vm.names.__main__;
  vm::Value existing = vm::dict_get_str(vm.modules, name);
  if (!existing.is_null()) return static_cast<vm::Module*>(existing.as_obj());
  vm::Module* m = vm.new_module(name);
  vm::dict_set_str(vm, m->dict, vm.names.__builtins__, vm::Value::object(vm.builtins_module));
  if (is_file) vm::dict_set_str(vm, m->dict, vm.names.__file__, vm.str_value(filename));
  vm::dict_set_str(vm, vm.modules, name, vm::Value::object(m));
  return m;
}

RunResult VM::run_source(std::string_view source, std::string_view filename, bool is_file) {
  vm::VM& vm = *impl_;
  compiler::CompileResult cr = compiler::compile_source(vm, source, filename, parse::Mode::File);
  if (!cr.code) return syntax_error(cr.error, filename);
  vm::RootScope roots(vm);
  roots.add(cr.code);
  if (is_file) vm.sources[std::string(filename)] = std::string(source);
  vm::Module* m = main_module(vm, filename, is_file);
  vm::Value r = vm.run_module_code(cr.code, m->dict);
  if (r.is_exception()) return take_error(vm);
  return Unit{};
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
  impl_->options.module_path.insert(impl_->options.module_path.begin(), dir);
  return run_source(ss.str(), abs, true);
}

RunResult VM::run_string(std::string_view source, std::string_view filename) {
  return run_source(source, filename, false);
}

Result<Value> VM::eval(std::string_view expression) {
  vm::VM& vm = *impl_;
  compiler::CompileResult cr = compiler::compile_source(vm, expression, "<string>", parse::Mode::Eval);
  if (!cr.code) return syntax_error(cr.error, "<string>");
  vm::RootScope roots(vm);
  roots.add(cr.code);
  vm::Module* m = main_module(vm, "<string>", false);
  vm::Value r = vm.run_module_code(cr.code, m->dict);
  if (r.is_exception()) return take_error(vm);
  return Value(&vm, r.raw());
}

Result<std::string> VM::disassemble(std::string_view source, std::string_view filename) {
  vm::VM& vm = *impl_;
  compiler::CompileResult cr = compiler::compile_source(vm, source, filename, parse::Mode::File);
  if (!cr.code) return syntax_error(cr.error, filename);
  vm::RootScope roots(vm);
  roots.add(cr.code);
  return vm::disassemble(vm, cr.code);
}

}  // namespace coil
