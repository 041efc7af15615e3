// The embedding layer's wiring: the one place that joins the front end
// (lexer, parser, compiler), the VM core and the standard library, as Lua's
// linit.c and ldo.c do. coil::VM (embed/api.cpp) is built on it.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "parser/parser.hpp"
#include "vm/vm.hpp"

namespace coil::embed {

// A VM with the front end and the module loader installed and the standard
// library opened: what every coil::VM runs on.
std::unique_ptr<vm::VM> open_vm(vm::VMOptions options);

// Gives `vm` its front end: compile() and the traceback caret anchors
// (embed/front_end.cpp).
void install_front_end(vm::VM& vm);
// The `ast` module's conversions (embed/ast_objects.cpp), installed in the
// front end: source to `_ast` node objects, and node objects to code.
vm::Value source_to_ast(vm::VM& vm, std::string_view source, std::string_view filename,
                        vm::SourceMode mode, uint32_t future_flags);
vm::Code* ast_to_code(vm::VM& vm, vm::Value tree, std::string_view filename, vm::SourceMode mode,
                      uint32_t future_flags);
// Gives `vm` its module loader: modules compiled into the binary, then .py
// files on sys.path (embed/module_loader.cpp).
void install_module_loader(vm::VM& vm);

// A module's source from the host's hook (coil::VM::set_module_source;
// embed/native.cpp): 1 found, 0 none, -1 the hook failed (ImportError pending).
struct HostModule {
  std::string source;
  std::string filename;
  bool is_package = false;
};
int host_module_source(vm::VM& vm, std::string_view name, HostModule& out);

// Raises the SyntaxError (or IndentationError/TabError) for a compile error,
// with CPython's filename/lineno/offset/text/msg attributes.
vm::Value raise_syntax_error(vm::VM& vm, const parse::SyntaxErrorInfo& err,
                             std::string_view filename);

}  // namespace coil::embed
