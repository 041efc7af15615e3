// Modules written in coil itself (stdlib/lib/*.py: itertools, functools,
// collections, heapq, operator, contextlib, ...).  The build turns each file
// into a raw string literal in $(GEN)/frozen_modules.inc, so the sources are
// part of the binary and imports never touch the file system.
#include <string_view>

#include "stdlib/stdlib.hpp"

namespace coil::vm {

namespace {

struct FrozenModule {
  std::string_view name;
  std::string_view source;
};

// Immutable: shared by every VM in the process.
constexpr FrozenModule kFrozenModules[] = {
#include "frozen_modules.inc"
};

}  // namespace

std::string_view find_frozen_module(std::string_view name) {
  for (const FrozenModule& m : kFrozenModules) {
    if (m.name == name) return m.source;
  }
  return {};
}

}  // namespace coil::vm
