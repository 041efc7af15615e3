// libFuzzer target: the whole interpreter. Each input is a program run on a
// fresh coil::VM with small limits (an instruction budget, a heap limit, a
// wall-time limit as a backstop), virtual time, no files, no network and
// no stdin; its output is discarded. Whatever the program does, the run
// must end with a result or a Python exception: a crash, a hang, a leak or
// a sanitizer report is a bug. Built by `make fuzz`.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "coil/coil.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  coil::Config config;
  config.write_out = [](std::string_view) {};
  config.write_err = [](std::string_view) {};
  config.read_line = [](std::string&) { return false; };
  config.allow_file_access = false;
  config.allow_network = false;
  config.virtual_time = true;
  config.random_seed = 1;
  config.max_instructions = 200000;
  config.max_heap_bytes = 64u << 20;
  config.max_seconds = 5;
  coil::VM vm(config);
  (void)vm.run_string(std::string_view(reinterpret_cast<const char*>(data), size), "<fuzz>");
  return 0;
}
