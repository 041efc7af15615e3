// libFuzzer target: parsing and compiling (compiler/compiler.hpp) arbitrary
// bytes to code objects, as a file and as an interactive input, on one VM
// kept for the whole run (its code objects become garbage; the collector
// runs as usual). compile_source must give a code object or a syntax error
// for every input. Built by `make fuzz`.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "compiler/compiler.hpp"
#include "embed/embed.hpp"
#include "vm/vm.hpp"

namespace {

coil::vm::VM& shared_vm() {
  static std::unique_ptr<coil::vm::VM> vm = [] {
    coil::vm::VMOptions options;
    options.write_out = [](std::string_view) {};
    options.write_err = [](std::string_view) {};
    options.read_line = [](std::string&) { return false; };
    options.allow_file_access = false;
    options.allow_network = false;
    return coil::embed::open_vm(std::move(options));
  }();
  return *vm;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  coil::vm::VM& vm = shared_vm();
  for (coil::parse::Mode mode : {coil::parse::Mode::File, coil::parse::Mode::Interactive}) {
    (void)coil::compiler::compile_source(vm, text, "<fuzz>", mode, text);
    (void)vm.take_pending();  // a MemoryError or RecursionError while compiling
  }
  return 0;
}
