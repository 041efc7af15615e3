// coil: an embeddable interpreter for a Python-like language.
//
// This is the only header an embedder (and the coil command) includes.
//
//   coil::Config config;
//   config.write_out = [](std::string_view s) { std::cout << s; };
//   coil::VM vm(config);
//   coil::RunResult r = vm.run_string("def add(a, b):\n    return a + b\n");
//   if (!r) std::cerr << r.error().formatted;
//   coil::Result<coil::Value> sum = vm.get_global("add").value()(2, 3);
//   int n = sum.value().as<int>();  // value() throws coil::Error on error
//
// Errors come back as values (Result<T> holds a T or a coil::Error). Only
// the accessors the host chooses throw: Result::value() on an error, and
// Value::as<T>() on a value of the wrong type; both throw coil::Error.
//
// A VM is single-threaded: use one VM per thread. Any number of VMs may
// exist in one process; they share nothing.
#pragma once

#include <chrono>
#include <cstdint>
#include <exception>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace coil {

inline constexpr const char* kVersion = "0.1.0";

class VM;
class Value;
class Error;
class Module;
template <class T>
class Result;

namespace detail {
// The state a VM shares with its values (opaque; see embed/api_internal.hpp).
struct Core;
// Grants the implementation access to the private parts below.
struct Access;
}  // namespace detail

// The result of running code that produces no value.
struct Unit {};
using RunResult = Result<Unit>;

// A keyword argument for Value::call: f(1, coil::kw("sep", "-")).
template <class T>
struct Keyword {
  std::string_view name;
  T value;
};
template <class T>
Keyword<std::decay_t<T>> kw(std::string_view name, T&& value) {
  return {name, std::forward<T>(value)};
}

// How a C++ type becomes a script value and back. Specialise it for your
// own types: `static Value to(VM&, const T&)` and `static T from(const Value&)`
// (throwing coil::Error, e.g. a TypeError, when the value does not fit).
template <class T, class Enable = void>
struct Convert;

// ---------------------------------------------------------------- Value

// A handle to a script value, owned by the host: the value stays alive (across
// garbage collections) while a handle to it exists. A default Value is None
// and belongs to no VM. A handle may outlive its VM: it is then dead
// (alive() is false), reading it throws, and destroying it is safe.
class Value {
 public:
  Value() = default;
  ~Value();
  Value(const Value& other);
  Value& operator=(const Value& other);
  Value(Value&& other) noexcept;
  Value& operator=(Value&& other) noexcept;

  // True when the handle holds a value of a VM that still exists.
  bool alive() const;
  // The VM the value belongs to; null when empty or dead.
  VM* vm() const;

  // ---- type tests (false for a dead handle)
  bool is_none() const;
  bool is_bool() const;
  bool is_int() const;  // any int (not bool), however large
  bool is_float() const;
  bool is_str() const;
  bool is_bytes() const;
  bool is_list() const;
  bool is_tuple() const;
  bool is_dict() const;
  bool is_callable() const;
  // type(value).__name__ ("int", "list", "MyClass").
  std::string type_name() const;
  // `a is b`.
  bool is(const Value& other) const;

  // ---- checked conversions to C++ (see Convert): as<T>() throws coil::Error
  // (TypeError for the wrong type, OverflowError for an int that does not
  // fit T); to<T>() returns it instead.
  template <class T>
  T as() const;
  template <class T>
  Result<T> to() const;
  // Shorthands for as<bool>(), as<int64_t>(), as<double>(), as<std::string>().
  bool as_bool() const;
  int64_t as_int() const;
  double as_float() const;
  std::string as_str() const;

  // repr(value) and str(value); an error while computing them gives
  // "<unprintable T object>" (they never throw).
  std::string repr() const;
  std::string str() const;

  // ---- the object protocols
  Result<Value> attr(std::string_view name) const;
  bool has_attr(std::string_view name) const;
  template <class T>
  Result<Unit> set_attr(std::string_view name, T&& value) const;
  template <class K>
  Result<Value> item(K&& key) const;
  template <class K, class V>
  Result<Unit> set_item(K&& key, V&& value) const;
  // len(value).
  Result<int64_t> size() const;
  // list(value): the items of any iterable.
  Result<std::vector<Value>> elements() const;
  // bool(value), ==, isinstance(value, cls).
  Result<bool> truthy() const;
  Result<bool> equals(const Value& other) const;
  Result<bool> is_instance(const Value& cls) const;

  // ---- calls: any C++ argument convertible by Convert, and coil::kw(name,
  // value) for keyword arguments.
  template <class... A>
  Result<Value> operator()(A&&... args) const;
  template <class... A>
  Result<Value> call(A&&... args) const;
  template <class... A>
  Result<Value> call_method(std::string_view name, A&&... args) const;
  Result<Value> call_args(const std::vector<Value>& args,
                          const std::vector<std::pair<std::string, Value>>& kwargs = {}) const;

  // ---- primitives the conversions are built on (throw coil::Error)
  int64_t int64_in(int64_t min, int64_t max, const char* c_type) const;
  uint64_t uint64_in(uint64_t max, const char* c_type) const;
  double float_value() const;
  // A str's text (surrogate-escaped bytes come back as the bytes they
  // stood for) or a bytes object's data.
  std::string text() const;
  // The items of a list or tuple (TypeError for anything else).
  std::vector<Value> sequence_items(const char* c_type) const;
  // The items of a dict (TypeError for anything else).
  std::vector<std::pair<Value, Value>> dict_items(const char* c_type) const;
  // A TypeError "expected C_TYPE, got TYPENAME" for a failed conversion.
  [[noreturn]] void type_mismatch(const char* expected) const;
  // The non-template halves of set_attr, item and set_item.
  Result<Unit> set_attr_value(std::string_view name, const Value& value) const;
  Result<Value> item_value(const Value& key) const;
  Result<Unit> set_item_value(const Value& key, const Value& value) const;
  // The error of an operation on a handle whose VM is gone (or an empty one).
  static Error dead_error();

 private:
  friend struct detail::Access;
  Value(std::shared_ptr<detail::Core> core, uint64_t bits);
  uint64_t bits() const;
  void release();
  std::shared_ptr<detail::Core> core_;
  uint32_t slot_ = 0;
};

// ---------------------------------------------------------------- errors

// One frame of a traceback, outermost first.
struct TracebackEntry {
  std::string filename;
  int line = 0;
  std::string function;
  std::string source_line;  // stripped; empty when the source is unknown
};

// A Python exception that reached the host (in a Result, or thrown by the
// throwing accessors).
class Error : public std::exception {
 public:
  Error() = default;
  Error(std::string type_name, std::string message_text)
      : type(std::move(type_name)), message(std::move(message_text)) {}

  std::string type;     // "ZeroDivisionError", "SyntaxError", ...
  std::string message;  // str(exception)
  std::vector<TracebackEntry> traceback;
  // The full text CPython would print for it (traceback, chained causes).
  std::string formatted;
  // The exception object itself (None when the error did not come from a
  // script exception, e.g. a failed conversion or a syntax error).
  Value exception;
  // SystemExit: the exit status it asks for (sys.exit(n), or 1 with a message).
  bool is_system_exit = false;
  int exit_code = 0;
  // SyntaxError position (0 when not a syntax error).
  int line = 0;
  int column = 0;

  // "Type: message".
  const char* what() const noexcept override {
    what_ = message.empty() ? type : type + ": " + message;
    return what_.c_str();
  }

 private:
  mutable std::string what_;
};

// Either a T or an Error. value() on an error throws that Error.
template <class T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : data_(std::move(error)) {}  // NOLINT: implicit by design
  explicit operator bool() const { return data_.index() == 0; }
  bool ok() const { return data_.index() == 0; }
  const T& value() const& {
    if (!ok()) throw std::get<1>(data_);
    return std::get<0>(data_);
  }
  T& value() & {
    if (!ok()) throw std::get<1>(data_);
    return std::get<0>(data_);
  }
  T value() && {
    if (!ok()) throw std::get<1>(data_);
    return std::move(std::get<0>(data_));
  }
  T value_or(T fallback) const { return ok() ? std::get<0>(data_) : std::move(fallback); }
  const Error& error() const { return std::get<1>(data_); }

 private:
  std::variant<T, Error> data_;
};

// ---------------------------------------------------------------- VM

struct Config {
  // Where print() and sys.stdout go; default: the process's stdout.
  std::function<void(std::string_view)> write_out;
  // Where sys.stderr goes; default: the process's stderr.
  std::function<void(std::string_view)> write_err;
  // sys.stdout.flush() and print(flush=True): pushes out what write_out
  // buffered. Default: flushes the process's stdout when write_out is the
  // default too; nothing when the host gave its own write_out only.
  std::function<void()> flush_out;
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
  // When false, scripts cannot open sockets or resolve names: socket,
  // asyncio's network calls and urllib raise PermissionError.
  bool allow_network = true;
  // Collect garbage at every safe point (for testing the VM).
  bool gc_stress = false;
  // Run on a simulated clock: sleeping (time.sleep, asyncio) advances the
  // clock instantly; time.time(), time.monotonic() and loop.time() follow it.
  bool virtual_time = false;
  // Seed for the random module; -1 seeds it from the system.
  int64_t random_seed = -1;

  // Limits (README "Limits and safety"); 0 means none.
  // Memory the VM's objects may use, by its own accounting (each object and
  // what it owns: a list's items, a dict's table, a big int's digits), per
  // VM. Going over it raises MemoryError where the script allocates.
  size_t max_heap_bytes = 0;
  // Instructions each run from the host (run_string, run_file, a call into
  // the script, eval, ...) may execute, counted at loop back-edges (the
  // loop body's length per iteration) and calls; long builtins (sort, join,
  // repetition, materialising, big-int power, regex matching) charge their
  // work. Running out raises LimitExceeded, a BaseException subclass that
  // `except Exception` does not catch, raised again at every loop iteration
  // or call if the script catches it, so it ends the run.
  uint64_t max_instructions = 0;
  // Wall-clock seconds each run from the host may take (LimitExceeded).
  double max_seconds = 0;
};

// A module's source, as the host's module hook supplies it (VM::set_module_source).
struct ModuleSource {
  std::string source;
  std::string filename;  // for tracebacks; default "<NAME>"
  bool is_package = false;  // its submodules are looked up through the hook too
};

// What VM::run_ready() did, and when the loop next has something to do.
struct LoopStatus {
  size_t ran = 0;  // callbacks and task steps run
  // Callbacks still ready (run_ready stopped at its pass limit: a task that
  // never waits for anything, e.g. `while True: await asyncio.sleep(0)`).
  size_t ready = 0;
  // Seconds from now until the earliest timer (0 when one is due); empty
  // when no timer is scheduled.
  std::optional<double> next_timer;
  // Nothing ready and no timer: only a host future or a post() can wake it.
  bool idle() const { return ready == 0 && !next_timer; }
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
  // Runs a library module as __main__, as `python -m json.tool` does: `name`
  // (dotted) is one of the modules compiled into coil or one the module hook
  // (set_module_source) supplies; its parent packages are imported first, a
  // package runs its `__main__` submodule, and sys.argv[0] becomes the
  // module's path in the library ("json/tool.py"). An unknown name is a
  // ModuleNotFoundError ("No module named spam"); files on the module path
  // are for run_file.
  RunResult run_module(std::string_view name);
  // Evaluates one expression in __main__'s namespace.
  Result<Value> eval(std::string_view expression);

  // ---- globals of __main__, and modules
  // NameError when there is no such global.
  Result<Value> get_global(std::string_view name);
  template <class T>
  void set_global(std::string_view name, T&& value) {
    set_global_value(name, this->value(std::forward<T>(value)));
  }
  // The __main__ module.
  Value main_module();
  // `import name` (dotted names allowed); the module itself.
  Result<Value> import_module(std::string_view name);

  // ---- making values
  Value none();
  // Any C++ value Convert knows: bool, integers, double, strings, vectors,
  // maps, optionals, tuples, Value itself.
  template <class T>
  Value value(T&& x) {
    return Convert<std::decay_t<T>>::to(*this, std::forward<T>(x));
  }
  Value bool_value(bool b);
  Value int_value(int64_t i);
  Value uint_value(uint64_t u);
  Value float_value(double d);
  // A str. Bytes that are not UTF-8 are kept as lone surrogates
  // (surrogateescape), so text() gives them back unchanged.
  Value str_value(std::string_view text);
  Value bytes_value(std::string_view data);
  Value list(const std::vector<Value>& items = {});
  Value tuple(const std::vector<Value>& items = {});
  Value dict(const std::vector<std::pair<Value, Value>>& items = {});
  template <class... A>
  Value tuple_of(A&&... items) {
    return tuple({value(std::forward<A>(items))...});
  }

  // Collects garbage now (values held by handles survive).
  void collect_garbage();

  // ---- native modules and module source (binding: coil/bind.hpp)
  // The native module `name` (dotted names allowed): made on first use and
  // kept in sys.modules, so `import name` finds it.
  Module module(std::string_view name);
  // A hook supplying the source of modules by their full dotted name (a host
  // shipping scripts inside its own assets): consulted by `import` after the
  // modules compiled into coil and before sys.path, even when file access is
  // off. Returning nothing means "not mine". Replaces any earlier hook.
  void set_module_source(std::function<std::optional<ModuleSource>(std::string_view name)> hook);

  // ---- the event loop, driven by the host (coil::Future: coil/async.hpp)
  // Schedules a coroutine (or any awaitable) as a task on the VM's event
  // loop, as asyncio.ensure_future does; it runs as the host calls
  // run_ready(). Returns the Task (await its result with task.result()).
  Result<Value> spawn(const Value& awaitable);
  // Runs, without blocking: work posted from other threads, the timers that
  // are due and the callbacks that are ready, then those they made ready, up
  // to `max_passes` loop iterations. Call it once per frame. An error is a
  // KeyboardInterrupt or SystemExit raised in a callback; a task's own
  // exception stays in the task.
  Result<LoopStatus> run_ready(int max_passes = 100);
  // The clock of the loop (loop.time(), time.monotonic()): real, or with
  // Config::virtual_time a clock that moves only when the host advances it
  // (or when a blocking asyncio.run()/time.sleep() skips ahead).
  double clock();
  // Moves the virtual clock forward by `seconds` (game time): sleeps and
  // timers that become due run at the next run_ready(). ValueError for a
  // negative step, RuntimeError on the real clock.
  RunResult advance_clock(double seconds);
  // Thread-safe: hands `fn` to the VM's thread, where the next run_ready()
  // or loop iteration runs it (a loop blocked waiting wakes up). The VM must
  // outlive the call. Exceptions `fn` throws are reported on stderr.
  void post(std::function<void(VM&)> fn);

  // ---- tools behind the coil command
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
  // A deadline for every run from now on (LimitExceeded when it passes, as
  // for Config::max_seconds); std::nullopt removes it. Call it from the
  // VM's thread, between runs or from a native function.
  void set_deadline(std::optional<std::chrono::steady_clock::time_point> deadline);
  // Changes Config::max_instructions and max_seconds for later runs.
  void set_limits(uint64_t max_instructions, double max_seconds);

 private:
  friend struct detail::Access;
  RunResult run_source(std::string_view source, std::string_view filename, bool is_file);
  void set_global_value(std::string_view name, Value value);
  std::shared_ptr<detail::Core> core_;
};

// ---------------------------------------------------------------- conversions

template <>
struct Convert<Value> {
  static Value to(VM&, Value v) { return v; }
  static Value from(const Value& v) { return v; }
};

template <>
struct Convert<bool> {
  static Value to(VM& vm, bool b) { return vm.bool_value(b); }
  static bool from(const Value& v) {
    if (!v.is_bool()) v.type_mismatch("bool");
    return v.as_bool();
  }
};

namespace detail {
template <class T>
constexpr const char* c_int_name() {
  if constexpr (std::is_same_v<T, char> || std::is_same_v<T, signed char>) return "char";
  if constexpr (std::is_same_v<T, unsigned char>) return "unsigned char";
  if constexpr (std::is_same_v<T, short>) return "short";
  if constexpr (std::is_same_v<T, unsigned short>) return "unsigned short";
  if constexpr (std::is_same_v<T, int>) return "int";
  if constexpr (std::is_same_v<T, unsigned>) return "unsigned int";
  if constexpr (std::is_same_v<T, long>) return "long";
  if constexpr (std::is_same_v<T, unsigned long>) return "unsigned long";
  if constexpr (std::is_same_v<T, long long>) return "long long";
  if constexpr (std::is_same_v<T, unsigned long long>) return "unsigned long long";
  return "integer";
}
}  // namespace detail

// Every integer type: an int (or bool) in T's range, else OverflowError.
template <class T>
struct Convert<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
  static Value to(VM& vm, T i) {
    if constexpr (std::is_signed_v<T>) {
      return vm.int_value(static_cast<int64_t>(i));
    } else {
      return vm.uint_value(static_cast<uint64_t>(i));
    }
  }
  static T from(const Value& v) {
    if constexpr (std::is_signed_v<T>) {
      return static_cast<T>(v.int64_in(std::numeric_limits<T>::min(), std::numeric_limits<T>::max(),
                                        detail::c_int_name<T>()));
    } else {
      return static_cast<T>(v.uint64_in(std::numeric_limits<T>::max(), detail::c_int_name<T>()));
    }
  }
};

// float and double: a float, or an int (as float() converts it).
template <class T>
struct Convert<T, std::enable_if_t<std::is_floating_point_v<T>>> {
  static Value to(VM& vm, T d) { return vm.float_value(static_cast<double>(d)); }
  static T from(const Value& v) { return static_cast<T>(v.float_value()); }
};

template <>
struct Convert<std::string> {
  static Value to(VM& vm, const std::string& s) { return vm.str_value(s); }
  static std::string from(const Value& v) { return v.text(); }
};
template <>
struct Convert<std::string_view> {
  static Value to(VM& vm, std::string_view s) { return vm.str_value(s); }
};
template <>
struct Convert<const char*> {
  static Value to(VM& vm, const char* s) { return vm.str_value(s ? s : ""); }
};
template <>
struct Convert<char*> {
  static Value to(VM& vm, const char* s) { return vm.str_value(s ? s : ""); }
};

template <>
struct Convert<std::nullptr_t> {
  static Value to(VM& vm, std::nullptr_t) { return vm.none(); }
};
template <>
struct Convert<std::nullopt_t> {
  static Value to(VM& vm, std::nullopt_t) { return vm.none(); }
};

// None <-> an empty optional.
template <class T>
struct Convert<std::optional<T>> {
  static Value to(VM& vm, const std::optional<T>& o) { return o ? vm.value(*o) : vm.none(); }
  static std::optional<T> from(const Value& v) {
    if (v.is_none()) return std::nullopt;
    return Convert<T>::from(v);
  }
};

// A list (or tuple) of T <-> std::vector<T>.
template <class T, class A>
struct Convert<std::vector<T, A>> {
  static Value to(VM& vm, const std::vector<T, A>& items) {
    std::vector<Value> values;
    values.reserve(items.size());
    for (const auto& x : items) values.push_back(vm.value(x));
    return vm.list(values);
  }
  static std::vector<T, A> from(const Value& v) {
    std::vector<T, A> out;
    for (const Value& x : v.sequence_items("list")) out.push_back(Convert<T>::from(x));
    return out;
  }
};

namespace detail {
template <class Map>
struct MapConvert {
  static Value to(VM& vm, const Map& m) {
    std::vector<std::pair<Value, Value>> items;
    items.reserve(m.size());
    for (const auto& [k, v] : m) items.emplace_back(vm.value(k), vm.value(v));
    return vm.dict(items);
  }
  static Map from(const Value& v) {
    Map out;
    for (const auto& [k, x] : v.dict_items("dict")) {
      out.emplace(Convert<typename Map::key_type>::from(k), Convert<typename Map::mapped_type>::from(x));
    }
    return out;
  }
};
}  // namespace detail

template <class K, class V, class C, class A>
struct Convert<std::map<K, V, C, A>> : detail::MapConvert<std::map<K, V, C, A>> {};
template <class K, class V, class H, class E, class A>
struct Convert<std::unordered_map<K, V, H, E, A>> : detail::MapConvert<std::unordered_map<K, V, H, E, A>> {};

// A tuple of exactly sizeof...(T) items <-> std::tuple / std::pair.
template <class... T>
struct Convert<std::tuple<T...>> {
  static Value to(VM& vm, const std::tuple<T...>& t) {
    return std::apply([&vm](const auto&... x) { return vm.tuple({vm.value(x)...}); }, t);
  }
  static std::tuple<T...> from(const Value& v) {
    std::vector<Value> items = v.sequence_items("tuple");
    if (items.size() != sizeof...(T)) {
      throw Error("ValueError", "expected a sequence of " + std::to_string(sizeof...(T)) +
                                    " items, got " + std::to_string(items.size()));
    }
    return unpack(items, std::index_sequence_for<T...>{});
  }

 private:
  template <size_t... I>
  static std::tuple<T...> unpack(const std::vector<Value>& items, std::index_sequence<I...>) {
    return std::tuple<T...>(Convert<T>::from(items[I])...);
  }
};
template <class A, class B>
struct Convert<std::pair<A, B>> {
  static Value to(VM& vm, const std::pair<A, B>& p) { return vm.tuple({vm.value(p.first), vm.value(p.second)}); }
  static std::pair<A, B> from(const Value& v) {
    auto t = Convert<std::tuple<A, B>>::from(v);
    return {std::get<0>(t), std::get<1>(t)};
  }
};

// A script callable as a std::function: calling it converts the arguments,
// calls, and converts the result (throwing coil::Error on any failure).
template <class R, class... A>
struct Convert<std::function<R(A...)>> {
  static std::function<R(A...)> from(const Value& v) {
    if (!v.is_callable()) v.type_mismatch("callable");
    return [v](A... args) -> R {
      Value r = v(std::forward<A>(args)...).value();
      if constexpr (!std::is_void_v<R>) return r.as<R>();
    };
  }
};

// ---------------------------------------------------------------- Value templates

template <class T>
T Value::as() const {
  return Convert<std::decay_t<T>>::from(*this);
}

template <class T>
Result<T> Value::to() const {
  try {
    return Convert<std::decay_t<T>>::from(*this);
  } catch (const Error& e) {
    return e;
  }
}

template <class T>
Result<Unit> Value::set_attr(std::string_view name, T&& value) const {
  VM* owner = vm();
  if (!owner) return dead_error();
  return set_attr_value(name, owner->value(std::forward<T>(value)));
}

template <class K>
Result<Value> Value::item(K&& key) const {
  VM* owner = vm();
  if (!owner) return dead_error();
  return item_value(owner->value(std::forward<K>(key)));
}

template <class K, class V>
Result<Unit> Value::set_item(K&& key, V&& value) const {
  VM* owner = vm();
  if (!owner) return dead_error();
  return set_item_value(owner->value(std::forward<K>(key)), owner->value(std::forward<V>(value)));
}

namespace detail {
struct CallArgs {
  std::vector<Value> positional;
  std::vector<std::pair<std::string, Value>> keywords;
};
template <class T, class = void>
struct is_keyword : std::false_type {};
template <class T>
struct is_keyword<Keyword<T>> : std::true_type {};
template <class T>
void add_arg(VM& vm, CallArgs& out, T&& x) {
  if constexpr (is_keyword<std::decay_t<T>>::value) {
    out.keywords.emplace_back(std::string(x.name), vm.value(x.value));
  } else {
    out.positional.push_back(vm.value(std::forward<T>(x)));
  }
}
}  // namespace detail

template <class... A>
Result<Value> Value::operator()(A&&... args) const {
  VM* owner = vm();
  if (!owner) return dead_error();
  detail::CallArgs all;
  all.positional.reserve(sizeof...(A));
  (detail::add_arg(*owner, all, std::forward<A>(args)), ...);
  return call_args(all.positional, all.keywords);
}

template <class... A>
Result<Value> Value::call(A&&... args) const {
  return (*this)(std::forward<A>(args)...);
}

template <class... A>
Result<Value> Value::call_method(std::string_view name, A&&... args) const {
  Result<Value> method = attr(name);
  if (!method) return method.error();
  return method.value()(std::forward<A>(args)...);
}

}  // namespace coil

// Binding C++ functions, classes and modules for scripts, and futures the
// host completes.
#include "coil/bind.hpp"   // IWYU pragma: export
#include "coil/async.hpp"  // IWYU pragma: export
