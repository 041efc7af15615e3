#include "cli/report.hpp"

#include <cstdio>
#include <string>

namespace coil::cli {

namespace {

// The hook the program installed, or an empty Value when sys.excepthook is
// still the built-in one (or the error has no exception object, as a syntax
// error found before anything ran). `missing` when sys has none.
coil::Value replaced_hook(coil::VM& vm, const coil::Error& err, bool& missing) {
  missing = false;
  if (!err.exception.alive() || err.exception.is_none()) return {};
  coil::Result<coil::Value> sys = vm.import_module("sys");
  if (!sys) return {};
  coil::Result<coil::Value> hook = sys.value().attr("excepthook");
  if (!hook) {
    missing = true;
    return {};
  }
  coil::Result<coil::Value> builtin = sys.value().attr("__excepthook__");
  if (builtin && hook.value().is(builtin.value())) return {};
  return hook.value();
}

}  // namespace

void print_uncaught(coil::VM& vm, const coil::Error& err) {
  std::fflush(stdout);
  bool missing = false;
  coil::Value hook = replaced_hook(vm, err, missing);
  if (missing) std::fputs("sys.excepthook is missing\n", stderr);
  if (!hook.alive()) {
    std::fputs(err.formatted.c_str(), stderr);
    return;
  }
  const coil::Value& exc = err.exception;
  coil::Result<coil::Value> type = exc.attr("__class__");
  coil::Result<coil::Value> tb = exc.attr("__traceback__");
  coil::Result<coil::Value> r = !type ? type : !tb ? tb : hook(type.value(), exc, tb.value());
  std::fflush(stdout);
  if (r) return;
  std::string text = "Error in sys.excepthook:\n" + r.error().formatted + "\nOriginal exception was:\n" + err.formatted;
  std::fputs(text.c_str(), stderr);
}

}  // namespace coil::cli
