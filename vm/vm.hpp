// VM: one interpreter instance. Everything mutable lives here (no globals),
// so any number of VMs can coexist in a process, one thread each.
//
// Conventions for C++ code running inside the VM:
// - A function returning Value signals a Python exception by setting the
//   pending exception (vm.raise...) and returning Value::exception().
// - A function returning int returns -1 on exception (0/1 otherwise).
// - Objects held in C++ locals across a call back into the VM (call(),
//   resume()) must be rooted with RootScope; see heap.hpp.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/frame.hpp"
#include "vm/heap.hpp"
#include "vm/object.hpp"
#include "vm/shape.hpp"
#include "vm/weakref.hpp"

namespace coil::vm {

// Interned names the VM and the library look up often.
#define COIL_NAMES(X)                                                               \
  X(__init__) X(__new__) X(__name__) X(__qualname__) X(__module__) X(__main__)      \
  X(__builtins__) X(__doc__) X(__dict__) X(__class__) X(__iter__) X(__next__)      \
  X(__len__) X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__)          \
  X(__call__) X(__repr__) X(__str__) X(__format__) X(__hash__) X(__eq__) X(__ne__) \
  X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__enter__) X(__exit__)     \
  X(__aenter__) X(__aexit__) X(__await__) X(__aiter__) X(__anext__)                \
  X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) X(__get__)      \
  X(__set__) X(__delete__) X(__file__) X(__all__) X(__index__) X(__int__)          \
  X(__float__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__round__)         \
  X(__reversed__) X(__init_subclass__) X(__set_name__) X(__class_getitem__)         \
  X(__missing__) X(__cause__) X(__context__) X(__traceback__) X(__loader__)        \
  X(__package__) X(__spec__) X(__path__) X(__annotations__) X(__slots__)           \
  X(__build_class__) X(__classcell__) X(__prepare__) X(__mro_entries__)            \
  X(send) X(throw_) X(close) X(value) X(args) X(code) X(append) X(keys) X(items)   \
  X(write) X(flush) X(sep) X(end) X(file) X(key) X(reverse) X(default_) X(start)   \
  X(strict) X(stdout_) X(stderr_) X(msg) X(filename) X(lineno) X(offset) X(text)   \
  X(errno_) X(strerror) X(name) X(obj) X(metaclass)

struct Names {
#define X(n) Str* n = nullptr;
  COIL_NAMES(X)
#undef X
};

// The built-in types, created per VM.
#define COIL_BUILTIN_TYPES(X)                                                       \
  X(object) X(type) X(int_, "int") X(bool_, "bool") X(float_, "float") X(complex) X(str)       \
  X(bytes) X(bytearray) X(memoryview) X(tuple) X(list) X(dict) X(set) X(frozenset) X(range) X(slice)          \
  X(function) X(builtin_function, "builtin_function_or_method") X(method)         \
  X(code) X(cell) X(module) X(generator) X(coroutine) X(async_generator)           \
  X(none_type, "NoneType") X(not_implemented_type, "NotImplementedType")           \
  X(ellipsis_type, "ellipsis") X(traceback) X(frame) X(property) X(staticmethod) \
  X(classmethod) X(super) X(iterator) X(wrapper_descriptor)                        \
  X(method_wrapper, "method-wrapper") X(method_descriptor) X(classmethod_descriptor)    \
  X(mappingproxy) X(tuplegetter, "_tuplegetter") X(member_descriptor) X(getset_descriptor)

// The built-in exception classes: (field, name, base field).
#define COIL_EXCEPTION_TYPES(X)                                                     \
  X(BaseException, BaseException, object)                                          \
  X(SystemExit, SystemExit, BaseException)                                         \
  X(KeyboardInterrupt, KeyboardInterrupt, BaseException)                           \
  X(GeneratorExit, GeneratorExit, BaseException)                                   \
  X(Exception, Exception, BaseException)                                           \
  X(StopIteration, StopIteration, Exception)                                       \
  X(StopAsyncIteration, StopAsyncIteration, Exception)                             \
  X(ArithmeticError, ArithmeticError, Exception)                                   \
  X(FloatingPointError, FloatingPointError, ArithmeticError)                       \
  X(OverflowError, OverflowError, ArithmeticError)                                 \
  X(ZeroDivisionError, ZeroDivisionError, ArithmeticError)                         \
  X(AssertionError, AssertionError, Exception)                                     \
  X(AttributeError, AttributeError, Exception)                                     \
  X(BufferError, BufferError, Exception)                                           \
  X(EOFError, EOFError, Exception)                                                 \
  X(ImportError, ImportError, Exception)                                           \
  X(ModuleNotFoundError, ModuleNotFoundError, ImportError)                         \
  X(LookupError, LookupError, Exception)                                           \
  X(IndexError, IndexError, LookupError)                                           \
  X(KeyError, KeyError, LookupError)                                               \
  X(MemoryError, MemoryError, Exception)                                           \
  X(NameError, NameError, Exception)                                               \
  X(UnboundLocalError, UnboundLocalError, NameError)                               \
  X(OSError, OSError, Exception)                                                   \
  X(BlockingIOError, BlockingIOError, OSError)                                     \
  X(ChildProcessError, ChildProcessError, OSError)                                 \
  X(ConnectionError, ConnectionError, OSError)                                     \
  X(BrokenPipeError, BrokenPipeError, ConnectionError)                             \
  X(ConnectionAbortedError, ConnectionAbortedError, ConnectionError)               \
  X(ConnectionRefusedError, ConnectionRefusedError, ConnectionError)               \
  X(ConnectionResetError, ConnectionResetError, ConnectionError)                   \
  X(FileExistsError, FileExistsError, OSError)                                     \
  X(FileNotFoundError, FileNotFoundError, OSError)                                 \
  X(InterruptedError, InterruptedError, OSError)                                   \
  X(IsADirectoryError, IsADirectoryError, OSError)                                 \
  X(NotADirectoryError, NotADirectoryError, OSError)                               \
  X(PermissionError, PermissionError, OSError)                                     \
  X(ProcessLookupError, ProcessLookupError, OSError)                               \
  X(TimeoutError, TimeoutError, OSError)                                           \
  X(ReferenceError, ReferenceError, Exception)                                     \
  X(RuntimeError, RuntimeError, Exception)                                         \
  X(NotImplementedError, NotImplementedError, RuntimeError)                        \
  X(RecursionError, RecursionError, RuntimeError)                                  \
  X(SyntaxError, SyntaxError, Exception)                                           \
  X(IndentationError, IndentationError, SyntaxError)                               \
  X(TabError, TabError, IndentationError)                                          \
  X(SystemError, SystemError, Exception)                                           \
  X(TypeError, TypeError, Exception)                                               \
  X(ValueError, ValueError, Exception)                                             \
  X(UnicodeError, UnicodeError, ValueError)                                        \
  X(UnicodeDecodeError, UnicodeDecodeError, UnicodeError)                          \
  X(UnicodeEncodeError, UnicodeEncodeError, UnicodeError)                          \
  X(UnicodeTranslateError, UnicodeTranslateError, UnicodeError)                    \
  X(Warning, Warning, Exception)                                                   \
  X(DeprecationWarning, DeprecationWarning, Warning)                               \
  X(PendingDeprecationWarning, PendingDeprecationWarning, Warning)                 \
  X(RuntimeWarning, RuntimeWarning, Warning)                                       \
  X(SyntaxWarning, SyntaxWarning, Warning)                                         \
  X(UserWarning, UserWarning, Warning)                                             \
  X(FutureWarning, FutureWarning, Warning)                                         \
  X(ImportWarning, ImportWarning, Warning)                                         \
  X(UnicodeWarning, UnicodeWarning, Warning)                                       \
  X(BytesWarning, BytesWarning, Warning)                                           \
  X(ResourceWarning, ResourceWarning, Warning)

struct Types {
#define X_TYPE(field, ...) Type* field = nullptr;
  COIL_BUILTIN_TYPES(X_TYPE)
#undef X_TYPE
#define X_EXC(field, name, base) Type* field = nullptr;
  COIL_EXCEPTION_TYPES(X_EXC)
#undef X_EXC
  // coil's own: an instruction budget or time limit ran out (vm/limits.cpp).
  // Derives from BaseException, so `except Exception` does not catch it.
  // Not a builtins name (CPython has none).
  Type* LimitExceeded = nullptr;
};

// Host-facing settings (filled from coil::Config by the API layer).
struct VMOptions {
  std::function<void(std::string_view)> write_out;
  std::function<void(std::string_view)> write_err;
  std::function<void()> flush_out;  // may be empty
  // Reads one line of standard input into `line` without its newline; false
  // at end of input. Unset: std::getline on std::cin (input(), sys.stdin).
  std::function<bool(std::string&)> read_line;
  std::vector<std::string> argv;
  std::vector<std::string> module_path;
  bool allow_file_access = true;
  // Sockets and name resolution (socket, asyncio's network calls); off:
  // PermissionError.
  bool allow_network = true;
  bool gc_stress = false;
  // Simulated clock: sleeping (time.sleep, the asyncio loop's waits) advances
  // it instantly instead of waiting (see clock_now_ns in stdlib/time_module.cpp).
  bool virtual_time = false;
  // Seed for the random module (--random-seed N); -1: seed from the system.
  int64_t random_seed = -1;
  // Limits (see coil::Config): 0 for none.
  size_t max_heap_bytes = 0;
  uint64_t max_instructions = 0;
  double max_seconds = 0;
};

// State a library module keeps per VM (e.g. asyncio's current loop). The VM
// marks it at every collection and lets it report at shutdown.
struct Extension {
  virtual ~Extension() = default;
  virtual void trace(Heap& heap) = 0;
  // Runs once when the VM shuts down, before suspended generators are closed.
  virtual void shutdown(VM& vm) { (void)vm; }
};

// Work other threads hand to a VM (coil::VM::post). The VM's own thread
// runs it: the event loop between iterations (waking from its wait when
// something arrives), or the host through run_ready().
struct Mailbox {
  std::mutex mutex;
  std::condition_variable arrived;
  std::vector<std::function<void()>> items;  // guarded by mutex
  // Futures a host will complete (coil::Future): while any is pending, a
  // loop with nothing else to do waits for mail instead of giving up.
  std::atomic<int> host_waits{0};
  // An eventfd the event loop's I/O wait watches (-1 while there is none):
  // wake() cuts that wait short when mail arrives or Ctrl-C is pressed.
  // Async-signal-safe (one write()).
  std::atomic<int> wake_fd{-1};
  void wake();
  // Takes and runs what was posted; true when anything ran.
  bool run() {
    std::vector<std::function<void()>> batch;
    {
      std::lock_guard<std::mutex> lock(mutex);
      batch.swap(items);
    }
    for (auto& fn : batch) fn();
    return !batch.empty();
  }
  bool empty() {
    std::lock_guard<std::mutex> lock(mutex);
    return items.empty();
  }
};

// How source text becomes code. The front end (lexer, parser, compiler) sits
// above the VM core, which reaches it only through this table; the embedding
// layer fills it (embed/front_end.cpp), as Lua's core reaches its parser only
// from ldo.c. A VM without it runs code objects but cannot compile.
enum class SourceMode : uint8_t { File, Eval, Interactive };
// compile()'s flag CO_FUTURE_ANNOTATIONS (doctest passes it for a module that
// has `from __future__ import annotations`): compile as if the source began
// with that import.
constexpr uint32_t kFutureAnnotations = 0x1000000;
struct FrontEnd {
  // Compiles `source`; on a syntax error raises SyntaxError and returns null.
  // `future_flags`: kFutureAnnotations or 0.
  Code* (*compile)(VM& vm, std::string_view source, std::string_view filename,
                   SourceMode mode, uint32_t future_flags) = nullptr;
  // Within a one-line expression, the operator of a binary operation or the
  // brackets of a subscript as character offsets [left, right), for the
  // secondary traceback markers (CPython 3.11's extract_anchors_from_line);
  // false when there are none.
  bool (*caret_anchors)(std::string_view segment, int64_t& left, int64_t& right) = nullptr;
  // compile(source, ..., PyCF_ONLY_AST): the tree as `_ast` node objects,
  // or exception() (the SyntaxError compiling it raises).
  Value (*parse_ast)(VM& vm, std::string_view source, std::string_view filename, SourceMode mode,
                     uint32_t future_flags) = nullptr;
  // compile(tree, ...) of `_ast` node objects; null with TypeError,
  // ValueError or SyntaxError pending.
  Code* (*compile_ast)(VM& vm, Value tree, std::string_view filename, SourceMode mode,
                       uint32_t future_flags) = nullptr;
  // compile()'s PyCF_ALLOW_INCOMPLETE_INPUT: whether `source` ends before
  // its last statement does (CPython's "incomplete input"); with
  // `dont_imply_dedent` (PyCF_DONT_IMPLY_DEDENT) a block at the end of
  // 'single' input needs the newline after its last line.
  bool (*incomplete_input)(std::string_view source, SourceMode mode, bool dont_imply_dedent) = nullptr;
};

// Finds and runs a module that is neither in sys.modules nor a registered
// native module (embed/module_loader.cpp: modules compiled into the binary,
// files and package folders). `name` is the full dotted name; `search_path`
// is the package's __path__ for a submodule, null() for a top-level module
// (then sys.path). Returns the module (already in sys.modules), exception(),
// or null() when there is no such module.
using ModuleLoader = Value (*)(VM& vm, Str* name, Value search_path);

// Result of resuming a generator from C++.
enum class ResumeKind { Yielded, Returned, Raised };

// Binary operators, in the order of ast::BinOpKind.
enum class BinaryOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And, FloorDiv,
};
inline constexpr int kBinaryOpCount = 13;
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

class VM {
 public:
  explicit VM(VMOptions options);
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  VMOptions options;
  Heap heap;
  // Shapes of instances (vm/shape.hpp).
  ShapeTable shapes;
  Types types;
  Names names;
  // Interned __op__, __rop__ and __iop__ names by BinaryOp, for classes'
  // operator slots (filled on first use by vm/objects/type.cpp).
  Str* binary_dunders[3][kBinaryOpCount] = {};

  Dict* builtins = nullptr;
  Dict* modules = nullptr;  // sys.modules
  Module* sys_module = nullptr;
  Module* builtins_module = nullptr;
  Value not_implemented;
  Value ellipsis;
  Tuple* empty_tuple = nullptr;
  // '' and the one-character ASCII strs, shared (interned, so always alive;
  // set up by init_str_type).
  Str* empty_str = nullptr;
  Str* ascii_chars[128] = {};

  // ---- execution state
  FrameStack frame_stack;
  // The innermost running frame, or null when no coil code runs.
  Frame* frame = nullptr;
  // Frames on the chain (for RecursionError).
  int depth = 0;
  int recursion_limit = 1000;
  // sys.set_int_max_str_digits: the longest decimal text an int converts
  // to or from (0: no limit); CPython's default.
  int max_str_digits = 4300;
  // Generator and coroutine frames on the chain. They do not count against
  // recursion_limit, so `yield from` chains may be deep (10,000 and more);
  // this bound only stops runaway delegation from exhausting memory.
  int generator_depth = 0;
  static constexpr int kMaxGeneratorDepth = 200000;
  // `await fn(args)` of a coroutine function whose code has
  // Code::kAwaitHook: the library's awaitable to use instead of the
  // coroutine (asyncio.sleep inside a task: stdlib/asyncio/sleep.cpp), or
  // null() to make the coroutine as usual. vm.frame is the awaiting frame.
  Value (*await_call_hook)(VM& vm, Function* fn, Value* args, int nargs) = nullptr;
  // Nested run() invocations (C++ recursion through native code).
  int native_depth = 0;
  static constexpr int kMaxNativeDepth = 160;
  // True when native recursion (repr/== of nested containers, isinstance
  // with nested tuples, ...) comes near the end of the calling thread's C++
  // stack, whatever the recursion limit is set to: then RecursionError.
  bool native_stack_exhausted();
  // The exception being raised, or null().
  Value pending = Value::null();
  // Set asynchronously (signal handler, another thread) to raise KeyboardInterrupt;
  // lock-free, so a signal handler may store to it.
  std::atomic<int> interrupt_requested{0};

  // Instruction budget and time limit (vm/limits.cpp). The dispatch loop
  // charges steps_left at its safe points only (a loop's back-edge costs the
  // loop body's length in instructions, a call one) and takes the slow path,
  // check_limits, when it goes negative. Without limits it starts so high
  // that the slow path never runs.
  static constexpr int64_t kUnlimitedSteps = int64_t{1} << 62;
  int64_t steps_left = kUnlimitedSteps;
#ifdef COIL_OPSTATS
  // Diagnostic builds (make OPSTATS=1): how often each opcode ran after each
  // other one (opstats[prev * 256 + op]); printed to stderr by ~VM, for
  // choosing superinstructions.
  std::vector<uint64_t> opstats = std::vector<uint64_t>(256 * 256);
  uint32_t opstats_prev = 0;
#endif
  // Limits of each run from the host (VMOptions), and an absolute deadline
  // (coil::VM::set_deadline); `limits_on` when any is set.
  uint64_t max_instructions = 0;
  double max_seconds = 0;
  std::optional<std::chrono::steady_clock::time_point> deadline;
  bool limits_on = false;
  // The run in progress: steps charged before the current slice, the
  // slice's size, its deadline, and whether a limit has run out (then every
  // safe point raises LimitExceeded again until the run ends).
  uint64_t steps_used = 0;
  int64_t slice = kUnlimitedSteps;
  std::optional<std::chrono::steady_clock::time_point> run_deadline;
  bool limit_hit = false;
  // Recomputes limits_on after a limit changed.
  void update_limits();
  // Starts a run from the host (the outermost run_frame): a fresh budget.
  void start_run_limits();
  // The slow path: false with LimitExceeded pending when a limit ran out.
  bool check_limits();
  // For native code doing long work in one call (sort, join, repetition,
  // materialising, big-int power, regex matching): charges `work` steps
  // and takes a pending interrupt. False with KeyboardInterrupt or
  // LimitExceeded pending.
  bool charge(uint64_t work) {
    steps_left -= static_cast<int64_t>(work > uint64_t{1} << 40 ? uint64_t{1} << 40 : work);
    if (__builtin_expect(steps_left < 0 || interrupt_requested.load(std::memory_order_relaxed), false)) {
      return poll_limits();
    }
    return true;
  }
  bool poll_limits();
  // Values native code keeps alive across calls back into the VM.
  std::vector<Value> temp_roots;
  // The `data` of the NativeFunction being entered, or the class whose
  // native constructor runs: what a host-bound function (embed/native.cpp)
  // reads first to find its C++ callable. Not a root (the caller holds it).
  Value native_data = Value::null();
  // Values held by the embedding API's coil::Value handles (null() = free slot).
  std::vector<Value> handles;
  // The lowest address native recursion may use on stack_thread_'s stack
  // (found with pthread_getattr_np when a new thread first asks).
  const char* stack_limit_ = nullptr;
  unsigned long stack_thread_ = 0;
  // Containers whose repr is being computed: the recursion guard that prints
  // `[...]` / `{...}` (vm/objects/list.cpp, dict_methods.cpp, set.cpp).
  std::vector<Obj*> repr_stack;
  // The iterator, dict-view and lazy-builtin types (enumerate, zip, ...),
  // indexed by ContainerType (vm/objects/objects.hpp).
  std::vector<Type*> container_types;
  // Source text of files run, for traceback lines (CPython's linecache).
  std::unordered_map<std::string, std::string> sources;

  // ---- allocation
  template <class T>
  T* alloc(ObjKind kind, Type* type, size_t extra = 0) {
    void* mem = heap.allocate_raw(sizeof(T) + extra);
    T* o = new (mem) T;
    heap.link(o, kind, type, sizeof(T) + extra);
    return o;
  }
  Str* new_str(std::string_view s);
  Str* intern(std::string_view s);
  Value str_value(std::string_view s) { return Value::object(new_str(s)); }
  Tuple* new_tuple(uint32_t n);
  Tuple* tuple_of(std::initializer_list<Value> items);
  List* new_list(size_t reserve = 0);
  Dict* new_dict();
  Set* new_set(bool frozen = false);
  Value make_int(int64_t i);  // boxes to BigInt when beyond the small range
  Value make_bigint(const mpz_t z);  // normalises to a small int when it fits
  Cell* new_cell(Value v);
  Module* new_module(Str* name);
  NativeFunction* new_native(std::string_view name, NativeFn fn, bool method = false);
  NativeFunction* new_native(Str* interned_name, NativeFn fn, bool method = false);
  Type* new_type(std::string_view name, Type* base, ObjKind instance_kind, NativeFn ctor);

  // ---- errors
  Value raise(Type* type, std::string_view message);
  Value raise_fmt(Type* type, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
  // Raises an exception instance or class (instantiated with no arguments).
  Value raise_value(Value exc);
  Value new_exception(Type* type, std::string_view message);
  // Raises MemoryError after an allocation failed (std::bad_alloc caught):
  // a new instance when one can still be made, else spare_memory_error.
  // Never throws.
  Value raise_memory_error();
  // A MemoryError made when the VM starts, for when memory is too short to
  // make one (its traceback and context are reset each time it is raised).
  Value spare_memory_error;
  Value new_exception_args(Type* type, Tuple* args);
  bool pending_is(Type* type) const;
  Value take_pending() {
    Value e = pending;
    pending = Value::null();
    return e;
  }
  // The exception being handled by the innermost except block, or null().
  Value handled_exception() const;
  // Adds a traceback entry for `frame` at its current line.
  void add_traceback(Value exc, Frame* f);
  // When an exception leaves frame `f`: copies f's locals and cells into
  // `tb` if it is f's entry (tb_frame's f_locals once the frame has gone).
  void save_traceback_locals(Traceback* tb, Frame* f);

  // ---- execution
  // Runs module-level code in `globals`; returns its value or exception().
  Value run_module_code(Code* code, Dict* globals);
  // The same with the separate `locals` exec() and eval() may give (a dict
  // or any mapping): names bound go there and are looked up there first
  // (null: globals).
  Value run_module_code(Code* code, Dict* globals, Obj* locals);
  // Calls any callable. `args` holds nargs positional values then the
  // keyword values named by kwnames.
  Value call(Value callable, Value* args, int nargs, Tuple* kwnames = nullptr);
  Value call0(Value f) { return call(f, nullptr, 0); }
  Value call1(Value f, Value a) { return call(f, &a, 1); }
  Value call2(Value f, Value a, Value b) {
    Value args[2] = {a, b};
    return call(f, args, 2);
  }
  Value call_method(Value self, Str* name, Value* args, int nargs);
  // The single entry for resuming a generator/coroutine from C++: sends
  // `value`, or throws `exc` when it is not null(). `result` receives the
  // yielded value, the return value, or exception() (then pending is set).
  ResumeKind resume(Generator* gen, Value value, Value exc, Value& result);

  // ---- the object protocols (vm/protocols.cpp)
  Type* type_of(Value v) const;
  bool isinstance(Value v, Type* t) const;
  // callable(v).
  bool is_callable(Value v);
  bool is_subtype(Type* a, Type* b) const;
  Value repr(Value v);
  Value str(Value v);
  Value ascii(Value v);
  Value format(Value v, Value spec);
  int truthy(Value v);
  int eq(Value a, Value b);  // 1, 0 or -1
  Value compare(Value a, Value b, CompareOp op);
  int contains(Value container, Value item);
  bool hash(Value v, int64_t& out);
  Value binary_op(Value a, Value b, BinaryOp op, bool inplace = false);
  Value unary_negative(Value v);
  Value unary_positive(Value v);
  Value unary_invert(Value v);
  Value getattr(Value obj, Str* name);
  // Like getattr, but AttributeError gives null() with no exception pending.
  Value getattr_opt(Value obj, Str* name);
  int setattr(Value obj, Str* name, Value value);
  int delattr(Value obj, Str* name);
  // Looks `name` up along the MRO of `type` without binding; null() if absent.
  Value lookup_type(Type* type, Str* name) const;
  // Bumped whenever any type's namespace may have changed (invalidates the
  // attribute cache of lookup_type).
  uint64_t type_version = 1;
  Value getitem(Value container, Value key);
  int setitem(Value container, Value key, Value value);
  int delitem(Value container, Value key);
  Value iter(Value iterable);
  // Next item: sets `out` and returns 1, returns 0 at exhaustion (no
  // exception), or -1 on error.
  int next(Value iterator, Value& out);
  Value len(Value v);
  bool length(Value v, int64_t& out);
  // Converts an int-like (int, bool, __index__) to int64; false on error.
  bool index_value(Value v, int64_t& out, bool clamp = false);
  // Iterates any iterable into a vector (rooting it); false on error.
  bool unpack_iterable(Value iterable, std::vector<Value>& out);

  // ---- modules
  FrontEnd front_end;
  ModuleLoader module_loader = nullptr;
  // Compiles through the front end; null with SyntaxError (or SystemError
  // when there is no front end) pending.
  Code* compile(std::string_view source, std::string_view filename, SourceMode mode,
                uint32_t future_flags = 0);
  // Imports a module by its full dotted name, each package first (as
  // importlib's _gcd_import), and returns the module itself.
  Value import_module(Str* name);
  // The import statement: `level` leading dots resolved against the
  // importing module's `globals`; with an empty fromlist `import a.b` gives
  // the top-level package a, else the module (its fromlist's submodules
  // imported, as importlib's _handle_fromlist).
  Value import_name(Str* name, Value fromlist, int level, Dict* globals);
  void register_builtin_module(std::string_view name, Module* (*init)(VM&));
  void set_global(Dict* d, std::string_view name, Value v);

  // ---- output (the host's writers)
  void write_out(std::string_view s);
  void write_err(std::string_view s);
  // sys.stdout.flush(): the host's flush_out, if it has one.
  void flush_out();

  // ---- running compiled code
  // Interpreter loop: runs until `entry` returns, yields or raises.
  Value run(Frame* entry);
  void collect_garbage();
  // One collection (collect_garbage makes one or two): true when it
  // resurrected objects to finalize them.
  bool collect_once();
  // Closes every suspended generator that still has cleanup to run (finally
  // blocks, with exits), reachable or not: called when the VM shuts down.
  void finalize_generators();
  // Closes `g` now, as if its last reference had just gone (a `for` loop
  // left early dropping the generator it owns): its cleanup runs; an error
  // in it is reported as "Exception ignored in", as CPython's finalizer does.
  void finalize_dropped_generator(Generator* g);
  // Suspended generators found unreachable by the last collection, kept
  // alive until they are closed at the next safe point.
  std::vector<Value> finalize_queue;
  // Every generator object not yet freed (weak: pruned by each collection),
  // so finalization does not have to scan the whole heap.
  std::vector<Generator*> live_generators;
  // Every class not yet freed (weak, pruned by each collection like
  // live_generators), so a dead class leaves its bases' subclass lists.
  std::vector<Type*> live_types;
  // Instances whose class defines __del__ that it has not been called on
  // yet, oldest first (weak, pruned by each collection): an unreachable one
  // is resurrected until its __del__ has run, once (PEP 442).
  std::vector<Obj*> finalizable;
  // Resurrected instances waiting for their __del__ (roots).
  std::vector<Value> del_queue;
  // Weak references and their referents (weak), and the callbacks of refs
  // whose referent a collection freed, waiting to run: (ref, callback)
  // pairs (roots).
  WeakRefTable weakrefs;
  std::vector<Value> weakref_callbacks;
  // True while the queued finalizers run (see run_finalizers in vm.cpp).
  bool finalizing = false;
  // CPython runs __del__ and a dropped generator's `finally` the moment the
  // last reference goes. coil approximates that timing: where a reference
  // to such a value is dropped (`del name`, rebinding a name, a returning
  // frame's own locals), it collects at once (collect_dropped). Each such
  // collection costs a mark of the live heap, so they draw on a budget
  // (1 GiB of live heap marked in all); once spent, the collector's own
  // schedule finalizes them, later. Rebinding and returning frames are
  // watched only while instances with a __del__ or weakly referenced
  // objects exist (watch_drops).
  bool watch_drops = false;
  int64_t drop_collect_budget = int64_t{1} << 30;
  // An instance whose class defines __del__, a suspended generator with
  // cleanup to run, or a weakly referenced object: dropping the last
  // reference runs code (or clears weak references, which a program sees).
  bool runs_code_when_dropped(Value v);
  void collect_dropped();
  // sys.set_asyncgen_hooks: `firstiter` is called with each async generator
  // at its first iteration, which also takes the `finalizer` to be called
  // with it if it is dropped unfinished (Generator::finalizer); None when
  // unset. An event loop installs its own while it runs, as CPython's does.
  Value asyncgen_firstiter = Value::none();
  Value asyncgen_finalizer = Value::none();
  // Records `cls` as a subclass of each of its bases.
  void register_subclass(Type* cls);

  // Library state, by library name (see Extension).
  std::map<std::string, std::unique_ptr<Extension>, std::less<>> extensions;
  // Virtual time: nanoseconds the simulated clock has advanced (see
  // clock_now_ns in stdlib/time_module.cpp).
  int64_t virtual_elapsed_ns = 0;
  // What other threads posted to this VM.
  Mailbox mailbox;

  // Builtin modules not yet imported: name -> init.
  std::map<std::string, Module* (*)(VM&), std::less<>> builtin_module_inits;

 private:
  void mark_roots(Heap& heap);
  void init_types();
  void init_builtins();
  std::unordered_map<std::string_view, Str*> interned_;
  struct MethodCacheEntry {
    Type* type = nullptr;
    Str* name = nullptr;
    uint64_t version = 0;
    Value value;
  };
  static constexpr size_t kMethodCacheSize = 1024;
  mutable MethodCacheEntry method_cache_[kMethodCacheSize];
};

// Keeps values alive across calls back into the VM; pops them on scope exit.
class RootScope {
 public:
  explicit RootScope(VM& vm) : vm_(vm), mark_(vm.temp_roots.size()) {}
  ~RootScope() { vm_.temp_roots.resize(mark_); }
  Value add(Value v) {
    vm_.temp_roots.push_back(v);
    return v;
  }
  template <class T>
  T* add(T* o) {
    vm_.temp_roots.push_back(Value::object(o));
    return o;
  }

 private:
  VM& vm_;
  size_t mark_;
};

// Native recursion (repr of nested containers, comparing them, isinstance
// with nested tuples) counts against the recursion limit like Python frames
// do, as in CPython 3.11, and stops near the end of the C++ stack whatever
// the limit: RecursionError instead of a crash.
class NativeRecursion {
 public:
  NativeRecursion(VM& vm, const char* where) : vm_(vm) {
    if (vm.depth >= vm.recursion_limit || vm.native_stack_exhausted()) {
      vm.raise_fmt(vm.types.RecursionError, "maximum recursion depth exceeded%s", where);
      failed_ = true;
    } else {
      ++vm.depth;
    }
  }
  ~NativeRecursion() {
    if (!failed_) --vm_.depth;
  }
  bool failed() const { return failed_; }

 private:
  VM& vm_;
  bool failed_ = false;
};

// The name of v's type, for messages ("'int' object is not callable").
inline const char* type_name(VM& vm, Value v) { return vm.type_of(v)->name->data; }

}  // namespace coil::vm
