// Modules written in coil itself (stdlib/lib/**.py: functools,
// collections, heapq, operator, contextlib, asyncio, ...).  The build turns
// each file into a raw string literal in $(GEN)/frozen_modules.inc, so the
// sources are part of the binary and imports never touch the file system.
#include <string_view>

#include "stdlib/stdlib.hpp"

namespace coil::vm {

namespace {

struct FrozenModule {
  std::string_view name;
  bool is_package;
  std::string_view source;
};

// Immutable: shared by every VM in the process. `const`, not `constexpr`:
// measuring megabytes of source at compile time exceeds g++'s constexpr
// operation limit.
const FrozenModule kFrozenModules[] = {
#include "frozen_modules.inc"
};

}  // namespace

bool find_frozen_module(std::string_view name, std::string_view& source, bool& is_package) {
  for (const FrozenModule& m : kFrozenModules) {
    if (m.name == name) {
      source = m.source;
      is_package = m.is_package;
      return true;
    }
  }
  return false;
}

}  // namespace coil::vm
