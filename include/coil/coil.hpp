// coil: an embeddable interpreter for a Python-like language.
//
// This is the only header an embedder (and the coil command) includes.
//
//   coil::Config config;
//   config.write_out = [](std::string_view s) { std::cout << s; };
//   coil::VM vm(config);
//   coil::Result r = vm.run_string("print(1 + 2)");
//   if (!r) std::cerr << r.error().formatted;
//
// A VM is single-threaded: use one VM per thread. Any number of VMs may
// exist in one process; they share nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace coil {

namespace vm {
class VM;
}

inline constexpr const char* kVersion = "0.1.0";

// One frame of a traceback, outermost first.
struct TracebackEntry {
  std::string filename;
  int line = 0;
  std::string function;
  std::string source_line;  // stripped; empty when the source is unknown
};

// A Python exception that escaped to the host.
struct Error {
  std::string type;     // "ZeroDivisionError", "SyntaxError", ...
  std::string message;  // str(exception)
  std::vector<TracebackEntry> traceback;
  // The full text CPython would print for it (traceback, chained causes).
  std::string formatted;
  // SystemExit: the exit status it asks for (sys.exit(n), or 1 with a message).
  bool is_system_exit = false;
  int exit_code = 0;
  // SyntaxError position (0 when not a syntax error).
  int line = 0;
  int column = 0;
};

// A value owned by the host: kept alive while the handle exists.
class Value {
 public:
  Value() = default;
  ~Value();
  Value(const Value& other);
  Value& operator=(const Value& other);
  Value(Value&& other) noexcept;
  Value& operator=(Value&& other) noexcept;

  bool is_none() const;
  bool is_bool() const;
  bool is_int() const;  // fits in int64
  bool is_float() const;
  bool is_str() const;
  bool as_bool() const;
  int64_t as_int() const;
  double as_float() const;
  std::string as_str() const;  // the str's text; empty for non-str
  std::string repr() const;    // repr(value)
  std::string type_name() const;

 private:
  friend class VM;
  Value(vm::VM* owner, uint64_t bits);
  vm::VM* vm_ = nullptr;
  uint64_t bits_ = 0;
  size_t slot_ = 0;
};

// Either a T or an Error.
template <class T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : data_(std::move(error)) {}  // NOLINT: implicit by design
  explicit operator bool() const { return data_.index() == 0; }
  const T& value() const { return std::get<0>(data_); }
  T& value() { return std::get<0>(data_); }
  const Error& error() const { return std::get<1>(data_); }

 private:
  std::variant<T, Error> data_;
};

// The result of running code that produces no value.
struct Unit {};
using RunResult = Result<Unit>;

struct Config {
  // Where print() and sys.stdout go; default: the process's stdout.
  std::function<void(std::string_view)> write_out;
  // Where sys.stderr goes; default: the process's stderr.
  std::function<void(std::string_view)> write_err;
  // Reads one line for input() and sys.stdin (without the newline); false at
  // end of input. Default: the process's stdin.
  std::function<bool(std::string&)> read_line;
  // sys.argv.
  std::vector<std::string> argv;
  // Directories searched by `import` (the script's own folder is added by
  // run_file).
  std::vector<std::string> module_path;
  // When false, scripts cannot read files: import finds only built-in
  // modules, and open() is refused.
  bool allow_file_access = true;
  // Collect garbage at every safe point (for testing the VM).
  bool gc_stress = false;
  // Run on a simulated clock: sleeping (time.sleep, asyncio) advances the
  // clock instantly; time.time(), time.monotonic() and loop.time() follow it.
  bool virtual_time = false;
  // Seed for the random module; -1 seeds it from the system.
  int64_t random_seed = -1;
};

class VM {
 public:
  explicit VM(Config config = {});
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // Runs a script file as __main__.
  RunResult run_file(const std::string& path);
  // Runs source text as __main__ (filename is used in tracebacks).
  RunResult run_string(std::string_view source, std::string_view filename = "<string>");
  // Evaluates one expression in __main__'s namespace.
  Result<Value> eval(std::string_view expression);
  // Compiles source and returns the bytecode listing (for `coil -X dis`).
  Result<std::string> disassemble(std::string_view source, std::string_view filename);
  // The token stream (`coil -X tokens`, like `python3 -m tokenize`) and the
  // syntax tree (`coil -X ast`, like `python3 -m ast`) of source text.
  Result<std::string> dump_tokens(std::string_view source, std::string_view filename);
  Result<std::string> dump_ast(std::string_view source, std::string_view filename);

  // ---- Interactive use (a REPL: see cli/repl.cpp)
  // Whether `source`, the lines of one interactive input typed so far (each
  // ending in "\n"), can run: false while more lines are needed (an open
  // bracket or triple-quoted string, a final "\", a compound statement not
  // yet ended by a blank line). Input with an error counts as complete.
  bool input_complete(std::string_view source);
  // Runs one complete interactive input in __main__ as CPython's REPL does:
  // expression statements print their repr (not None) through write_out and
  // bind it to builtins._; errors come back with "<stdin>" tracebacks.
  RunResult run_interactive(std::string_view source, std::string_view filename = "<stdin>");
  // Tab completions of `text` (the word before the cursor), as CPython's
  // rlcompleter gives them: keywords, globals and builtins, or for
  // "name.attr.pre" the attributes of that object. Callables end in "(".
  std::vector<std::string> completions(std::string_view text);
  // Raises KeyboardInterrupt in the running code at its next safe point.
  // Safe to call from a signal handler or another thread.
  void interrupt();
  // Clears a pending interrupt request.
  void clear_interrupt();

  vm::VM& internal() { return *impl_; }

 private:
  RunResult run_source(std::string_view source, std::string_view filename, bool is_file);
  std::unique_ptr<vm::VM> impl_;
};

}  // namespace coil
