// Helpers of the embedding API (embed/api.cpp) shared with its other files
// (embed/value.cpp, embed/interactive.cpp). Not part of the public header.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <typeindex>
#include <unordered_map>
#include <vector>

#include "coil/coil.hpp"
#include "parser/parser.hpp"
#include "vm/vm.hpp"

namespace coil::detail {

// A C++ class bound with coil::Class (embed/native.cpp).
struct ClassRecord {
  vm::Type* type = nullptr;
  Value handle;  // keeps the class alive as long as the VM
  struct Constructor {
    Signature sig;
    Invoker fn;
  };
  std::shared_ptr<Constructor> constructor;  // null: "cannot create 'X' instances"
  std::function<std::string(void*)> repr;    // null: <module.X object at 0x...>
  // The script object of each host-owned C++ object handed to scripts, so
  // the same pointer is the same object (`is`, attributes, dict keys), as in
  // pybind11. Not a root: an entry goes when its object is collected.
  std::unordered_map<void*, vm::Obj*> borrowed;
};

// What a coil::VM shares with every coil::Value of it. The VM owns the
// interpreter through `vm`; its destructor empties `vm`, so a handle that
// outlives the VM sees it gone (and touches nothing) whatever the order of
// destruction in the host.
struct Core : std::enable_shared_from_this<Core> {
  std::unique_ptr<vm::VM> vm;
  // The public VM object (never moves: coil::VM is neither copied nor moved).
  coil::VM* owner = nullptr;
  // Free slots of vm->handles, reused before the vector grows.
  std::vector<uint32_t> free_slots;
  // The host's module hook (VM::set_module_source), and its bound classes.
  std::function<std::optional<ModuleSource>(std::string_view)> module_source;
  std::unordered_map<std::type_index, std::unique_ptr<ClassRecord>> classes;
  // The event loop run_ready() drives (embed/host_loop.cpp), once made.
  Value host_loop;
  // Argument vectors of finished native calls, reused so a call does not
  // allocate one (a stack: native calls nest through re-entry).
  std::vector<std::vector<Value>> spare_arguments;
};

// The private parts of coil::VM and coil::Value, for the implementation.
struct Access {
  // A new handle to `v` (a handle slot is taken).
  static Value make(Core& core, vm::Value v);
  // The value a handle holds; None for an empty handle. Precondition: alive.
  static vm::Value get(const Value& v);
  static const Core* core_ptr(const Value& v) { return v.core_.get(); }
  static Core& core(coil::VM& vm) { return *vm.core_; }
  static vm::VM& vm(coil::VM& vm) { return *vm.core_->vm; }
};

// The Core of the coil::VM that owns `vm`.
Core& core_of(vm::VM& vm);
// The same, or null for a VM no coil::VM owns.
Core* find_core(vm::VM& vm);
// Turns the VM's pending exception into an Error and clears it.
Error take_error(vm::VM& vm);
// The Error for an allocation that failed outside the interpreter loop
// (std::bad_alloc caught at an API entry point): a MemoryError.
Error memory_error(vm::VM& vm);
// A compile error as CPython prints it (`File "...", line N`, source, caret).
Error syntax_error(const parse::SyntaxErrorInfo& info, std::string_view filename);
// The __main__ module, created on first use.
vm::Module* main_module(vm::VM& vm, std::string_view filename, bool is_file);
// Raises `err` (a host-side coil::Error) as a script exception of the
// builtin type it names (RuntimeError when there is no such builtin).
vm::Value raise_error(vm::VM& vm, const Error& err);

}  // namespace coil::detail
