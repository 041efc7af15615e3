// The standard library: the built-in functions, the built-in modules written
// in C++ (their init functions and the helpers they share) and the modules
// written in coil and compiled into the binary.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "vm/vm.hpp"

namespace coil::vm {

// ---- start-up

// Opens the library in a new VM: binds the built-in functions and registers
// the native modules (stdlib/library.cpp), as Lua's luaL_openlibs. The VM
// core opens nothing itself.
void open_library(VM& vm);

// Fills the builtins namespace with the built-in functions (print, len, ...).
// Types, exception classes and constants are bound by VM::init_builtins.
void init_builtins_module(VM& vm, Dict* builtins);

Module* init_sys_module(VM& vm);   // stdlib/sys_module.cpp
Module* init_math_module(VM& vm);  // stdlib/math_module.cpp
Module* init_cmath_module(VM& vm);  // stdlib/cmath_module.cpp
Module* init_time_module(VM& vm);  // stdlib/time_module.cpp
Module* init_random_module(VM& vm);  // stdlib/random_module.cpp
Module* init_datetime_module(VM& vm);  // stdlib/datetime_module.cpp
Module* init_unicodedata_module(VM& vm);  // stdlib/unicodedata_module.cpp (ICU)
Module* init_zlib_module(VM& vm);      // stdlib/zlib_module.cpp
Module* init_io_module(VM& vm);        // stdlib/io_module.cpp
// Binds open() in the builtins namespace (stdlib/io_module.cpp).
void init_open_builtin(VM& vm, Dict* builtins);
// Raises the OSError subclass CPython uses for errno `err` ("[Errno 2] No
// such file or directory: 'x'"); `filename` may be null() (none).
Value raise_os_error(VM& vm, int err, Value filename);
// Raises io.UnsupportedOperation(what) (stdlib/io_module.cpp).
Value raise_unsupported_operation(VM& vm, const char* what);
Module* init_types_module(VM& vm);    // _types: stdlib/types_module.cpp
Module* init_collections_module(VM& vm);  // _collections: stdlib/types_module.cpp
Module* init_asyncio_module(VM& vm);  // _asyncio: stdlib/asyncio/module.cpp
Module* init_dis_module(VM& vm);      // stdlib/dis_module.cpp
Module* init_gc_module(VM& vm);       // stdlib/gc_module.cpp
Module* init_weakref_module(VM& vm);  // _weakref: stdlib/weakref_module.cpp
Module* init_imp_module(VM& vm);      // stdlib/imp_module.cpp
Module* init_traceback_module(VM& vm);  // _traceback: stdlib/traceback_module.cpp
Module* init_codecs_module(VM& vm);     // _codecs: stdlib/codecs_module.cpp
Module* init_os_module(VM& vm);         // _os: stdlib/os_module.cpp
Module* init_json_module(VM& vm);       // _json: stdlib/json_module.cpp
Module* init_re_module(VM& vm);         // _re: stdlib/re_module.cpp
Module* init_itertools_module(VM& vm);  // stdlib/itertools_module.cpp
Module* init_socket_module(VM& vm);     // _socket: stdlib/socket_module.cpp
Module* init_functools_module(VM& vm);  // _functools: stdlib/functools_module.cpp
Module* init_struct_module(VM& vm);     // stdlib/struct_module.cpp
Module* init_binascii_module(VM& vm);   // stdlib/binascii_module.cpp
Module* init_hashlib_module(VM& vm);    // _hashlib: stdlib/hashlib_module.cpp
Module* init_greenlet_module(VM& vm);   // _greenlet: stdlib/greenlet_module.cpp
Module* init_contextvars_module(VM& vm);  // _contextvars: stdlib/contextvars_module.cpp

// ---- contextvars (stdlib/contextvars_module.cpp), for asyncio

// A copy of the current context for a task or callback to run in later;
// null() while no ContextVar was ever made in this VM (every context is
// then empty, so there is nothing to capture).
Value context_capture(VM& vm);
bool is_context(VM& vm, Value v);
// Make `ctx` (a Context, or null(): stay in the current one) current until
// context_leave(ctx); false with RuntimeError pending when ctx is already entered.
bool context_enter_slow(VM& vm, Value ctx);
void context_leave_slow(VM& vm, Value ctx);
inline bool context_enter(VM& vm, Value ctx) { return ctx.is_null() || context_enter_slow(vm, ctx); }
inline void context_leave(VM& vm, Value ctx) {
  if (!ctx.is_null()) context_leave_slow(vm, ctx);
}

// Whether module `name` (full dotted name) is one of the modules written in
// coil and compiled into the binary (stdlib/lib/**.py); then `source` is its
// text and `is_package` tells a package's __init__.py
// (stdlib/frozen_modules.cpp).
bool find_frozen_module(std::string_view name, std::string_view& source, bool& is_package);

// ---- numeric conversions shared by the modules (stdlib/builtins.cpp)

// A real number as a double, like CPython's PyFloat_AsDouble: float, int
// (OverflowError when too big), __float__ or __index__; otherwise
// "TypeError: must be real number, not X". False with the error pending.
bool real_to_double(VM& vm, Value v, double& out);
// An int-like value (int, bool, __index__) as an int Value (bool becomes
// int); exception() with "'X' object cannot be interpreted as an integer".
Value index_to_int(VM& vm, Value v);
// Sets `out` (already initialised) to an int Value (small, bool or BigInt).
void int_to_mpz(Value v, mpz_t out);

// ---- sys (stdlib/sys_module.cpp)

// 0, 1 or 2 when `v` is one of the VM's own stdin/stdout/stderr objects,
// -1 for anything else (a user object standing in for a stream).
int std_stream_fd(Value v);
// An attribute of the sys module (e.g. "stdout"), or null() when sys was
// never imported or the attribute is missing.
Value sys_attribute(VM& vm, std::string_view name);
// Reads one line of standard input through VMOptions::read_line (or
// std::getline): false at end of input. `newline` tells whether the line
// ended with a newline (which is not stored in `line`).
bool stdin_read_line(VM& vm, std::string& line, bool& newline);

// Struct sequences: tuple subtypes with named fields (sys.version_info,
// sys.float_info, time.struct_time). The repr is `module.name(f=v, ...)`.
Type* new_struct_seq_type(VM& vm, std::string_view module, std::string_view name,
                          std::initializer_list<const char*> fields);
Value new_struct_seq(VM& vm, Type* type, std::initializer_list<Value> items);

// ---- time (stdlib/time_module.cpp)

enum class ClockKind { Realtime, Monotonic, PerfCounter, ProcessTime };
// Every clock read of the time module goes through these two, so a virtual
// clock can replace the real one in a single place.
int64_t clock_now_ns(VM& vm, ClockKind kind);
double clock_now(VM& vm, ClockKind kind);

// ---- random (stdlib/random_module.cpp)

// Seeds the VM's hidden random.Random instance (the module-level functions)
// as random.seed(seed) would; imports the random module if needed.
void seed_random(VM& vm, int64_t seed);

}  // namespace coil::vm
