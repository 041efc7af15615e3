// Heap objects: the common header and the layout of every built-in kind.
//
// Every heap object starts with Obj. `kind` says which C++ layout follows (the
// GC traces and frees by kind); `type` is the Python-visible class, which for
// instances of user classes may differ from the kind's built-in type.
// Objects are allocated only through Heap (vm/heap.hpp) and may hold C++ members
// (vectors); the GC runs their destructors when it frees them.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vm/value.hpp"

namespace coil::vm {

#define COIL_OBJ_KINDS(X)                                                          \
  X(Type) X(Str) X(BigInt) X(Tuple) X(List) X(Dict) X(Set) X(Function)             \
  X(NativeFunction) X(BoundMethod) X(Code) X(Cell) X(Module) X(Exception)          \
  X(Traceback) X(Generator) X(Range) X(Slice) X(Instance) X(Iterator) X(Property)  \
  X(StaticMethod) X(ClassMethod) X(Super) X(Bytes) X(Foreign) X(DictView) X(Float)  \
  X(ByteArray) X(Complex) X(MemoryView)

enum class ObjKind : uint8_t {
#define X(name) name,
  COIL_OBJ_KINDS(X)
#undef X
  // A free cell of the heap's pools (never a live object).
  Free = 255,
};

struct Type;
struct Shape;
struct Str;
struct Dict;
struct Tuple;
class VM;

struct Obj {
  // In `flags`, a bit every kind leaves free: a weak reference points at
  // this object (vm/weakref.hpp); dropping it is watched like dropping an
  // instance owed __del__ (VM::runs_code_when_dropped).
  static constexpr uint16_t kWeaklyReferenced = 0x8000;
  // The Python class of this object. (In a free pool cell, the heap keeps
  // its free-list link here.)
  Type* type;
  ObjKind kind;
  // Set during marking; cleared by the sweep.
  bool marked;
  // Kind-specific small flags (e.g. Str: interned, ascii), below kWeaklyReferenced.
  uint16_t flags;
  // Kind-specific 32-bit field (e.g. Tuple: size).
  uint32_t aux;
};

// ---------------------------------------------------------------- str, bytes

// Immutable text, stored as UTF-8 inline after the header.
struct Str : Obj {
  static constexpr uint16_t kInterned = 1;
  static constexpr uint16_t kAscii = 2;
  // Cached hash; -1 until computed.
  int64_t hash;
  // Length in code points (what len() returns).
  uint32_t length;
  // Length in bytes of data (not counting the terminating NUL).
  uint32_t size;
  char data[];

  std::string_view view() const { return {data, size}; }
  bool is_ascii() const { return flags & kAscii; }
};

struct Bytes : Obj {
  int64_t hash;
  uint32_t size;
  char data[];
  std::string_view view() const { return {data, size}; }
};

// bytearray: a mutable byte string (vm/objects/bytearray.cpp).
struct ByteArray : Obj {
  std::string data;
  std::string_view view() const { return data; }
};

// memoryview (vm/objects/memoryview.cpp): a window of items of one native
// struct format on the bytes of `obj` (a bytes or bytearray). Item i of a
// 1-D view is at offset + i * strides[0].
struct MemoryView : Obj {
  static constexpr int kMaxDim = 8;
  static constexpr uint16_t kReadonly = 1;
  static constexpr uint16_t kReleased = 2;
  static constexpr uint16_t kAtFormat = 4;  // format spelled '@X'
  Value obj;
  int64_t offset;
  int64_t shape[kMaxDim];
  int64_t strides[kMaxDim];
  uint8_t ndim;
  char format;
  uint8_t itemsize;
};

// ------------------------------------------------------------------ numbers

// An int outside the small-int range of Value. Normalised when its type is
// int: such a BigInt never holds a value that fits a small int. An instance
// of an int subclass (class Flag(int)) is a BigInt of any value whose type
// is the subclass. While the value fits int64 it
// is kept inline (kInline64: no GMP allocation), beyond that as a GMP integer.
struct BigInt : Obj {
  static constexpr uint16_t kInline64 = 1;
  union {
    int64_t i64;
    mpz_t z;
  };
  bool inline64() const { return flags & kInline64; }
  // The value as int64 when it fits (always for inline ones).
  bool to_int64(int64_t& out) const {
    if (inline64()) {
      out = i64;
      return true;
    }
    if (!mpz_fits_slong_p(z)) return false;
    out = mpz_get_si(z);
    return true;
  }
  int sign() const { return inline64() ? (i64 > 0) - (i64 < 0) : mpz_sgn(z); }
  // Sets an initialised mpz to the value.
  void get(mpz_t out) const {
    if (inline64()) {
      mpz_set_si(out, i64);
    } else {
      mpz_set(out, z);
    }
  }
};

// An instance of a float subclass (class Celsius(float)): plain floats are
// unboxed doubles, so only subclass instances, which need a class pointer
// (and may carry attributes in the heap's attached dict), live here.
struct Float : Obj {
  double value;
};

// A complex number (vm/objects/complex.cpp).
struct Complex : Obj {
  double real;
  double imag;
};

// ------------------------------------------------------------- containers

struct Tuple : Obj {
  int64_t hash;  // cached; -1 until computed
  uint32_t size;
  Value items[];
};

struct List : Obj {
  std::vector<Value> items;
  // Appends, starting at a capacity of 4 rather than 1, 2, 4 (fewer
  // reallocations for the many short lists programs build).
  void push(Value v) {
    if (items.size() == items.capacity() && items.size() < 4) items.reserve(4);
    items.push_back(v);
  }
};

// Insertion-ordered hash table shared by dict and set (set ignores values).
// Entries are kept in insertion order with holes left by deletions; `index`
// maps hash slots to entry positions (-1 empty, -2 deleted).
struct HashTable {
  struct Entry {
    Value key;  // null() marks a deleted entry
    Value value;
    int64_t hash;
  };
  std::vector<Entry> entries;
  std::vector<int32_t> index;  // size is a power of two, or 0 when empty
  uint32_t used = 0;           // live entries
  // Index slots not kEmpty: live entries plus deletion marks. Lookups of
  // absent keys stop only at an empty slot, so this bounds the load.
  uint32_t fill = 0;
  // Bumped by every insertion or deletion, so iterators can detect change
  // and LOAD_GLOBAL's cache can prove a name still absent from globals.
  uint64_t version = 0;
  // Bit (hash & 63) is set for the hash of every key ever inserted (kept on
  // deletion): a clear bit proves a key absent without probing.
  uint64_t bloom = 0;
};

struct Dict : Obj {
  HashTable table;
};

// Open-addressing table of set and frozenset, probing exactly as CPython's
// setobject.c does, so that iteration order (e.g. of small ints) matches.
// A slot's key is null() when never used and dummy() after a deletion.
struct SetTable {
  struct Slot {
    Value key = Value::null();
    int64_t hash = 0;
  };
  std::vector<Slot> slots;  // size is a power of two (8 minimum), or 0 when empty
  size_t fill = 0;          // active + dummy slots
  size_t used = 0;          // active slots
  uint32_t version = 0;     // bumped by every change, for iterators
  size_t finger = 0;        // where set.pop() resumes its search, as CPython's so->finger
};

// set and frozenset (flags & kFrozen).
struct Set : Obj {
  static constexpr uint16_t kFrozen = 1;
  SetTable table;
  int64_t hash;  // frozenset only; -1 until computed
  bool frozen() const { return flags & kFrozen; }
};

struct Range : Obj {
  int64_t start, stop, step, length;
};

struct Slice : Obj {
  Value start, stop, step;
};

// ---------------------------------------------------------------- functions

// One entry of a code object's exception table: an exception raised by an
// instruction in [start, end) jumps to `handler` with the value stack cut to
// `depth` (plus the instruction offset pushed first when `push_lasti`).
// `closes_iterator`: the handler only finalises the generator a `for` loop
// owns (the item at depth - 1; see POP_ITER) and re-raises.
struct ExceptionTableEntry {
  uint32_t start, end, handler;
  uint16_t depth;
  bool push_lasti;
  bool closes_iterator;
};

// Inline cache of one LOAD_ATTR/STORE_ATTR instruction on instances of a
// class (vm/attr_cache.cpp). Valid while `version` equals the VM's
// type_version, so the cached class attribute needs no tracing.
struct AttrCache {
  Type* type = nullptr;
  uint64_t version = 0;
  Value class_attr;  // what the class's MRO holds under the name, or null()
  // The class seen before (same fields), swapped back in when instances of
  // two classes alternate (a base class's method on subclass instances).
  Type* type2 = nullptr;
  uint64_t version2 = 0;
  Value class_attr2;
  uint8_t kind2 = 0;
  // The last instance shape seen and the name's index in it (Shape::kNotFound
  // when absent); for STORE_ATTR adding the name, next_shape is the shape
  // after it and index the new slot. Shapes live as long as the VM.
  Shape* shape = nullptr;
  Shape* next_shape = nullptr;
  uint32_t index = 0;
  uint32_t hint = 0;  // index of the name's entry in the last instance dict
  uint8_t kind = 0;   // AttrCacheKind
  // LOAD_ATTR's inline hit, kept by the slow paths (attr_cache.cpp): the
  // shape whose instances of `type` hold the name at `index` with nothing on
  // the class taking precedence, or no_load_hit(); one compare instead of five.
  static Shape* no_load_hit() { return reinterpret_cast<Shape*>(uintptr_t{8}); }  // never a shape's address
  Shape* load_shape = no_load_hit();
  // LOAD_METHOD's inline hit, kept the same way: the cached shape when the
  // class attribute is a function that instances of that shape do not shadow.
  Shape* method_shape = no_load_hit();
};

// LOAD_GLOBAL's cache of one name of a code object (see vm/interp.cpp).
// Found in globals: `index` is the entry holding the name (the code's own
// name object as key), checked by identity on each use, so no invalidation
// is needed. Found in builtins: `index` is the builtins entry, valid while
// `globals` (kept alive by the code, so never a reused address) and the
// builtins dict still have the versions seen.
struct GlobalCache {
  Dict* globals = nullptr;  // non-null only for a builtins hit
  uint64_t globals_version = 0;
  uint64_t builtins_version = 0;
  int64_t index = -1;       // -1: nothing cached
};

struct Code : Obj {
  static constexpr uint32_t kVarargs = 1;
  static constexpr uint32_t kVarkw = 2;
  static constexpr uint32_t kGenerator = 4;
  static constexpr uint32_t kCoroutine = 8;
  static constexpr uint32_t kAsyncGenerator = 16;
  static constexpr uint32_t kNested = 32;
  static constexpr uint32_t kIterableCoroutine = 64;  // @types.coroutine
  static constexpr uint32_t kModule = 128;             // module-level code: slot 0 holds exec()'s separate locals
  static constexpr uint32_t kClassBody = 256;          // class body: slot 0 holds the namespace dict
  // Set by the compiler when a call with exactly argcount positional
  // arguments needs no binding: no *args, **kwargs or keyword-only
  // parameters, and not a generator or coroutine.
  static constexpr uint32_t kSimpleCall = 512;
  // The code has cells or free variables (its frame makes or copies cells).
  static constexpr uint32_t kHasCells = 1024;
  // The last local is hidden (".locals"): the dict locals(), exec() and
  // eval() share in one call of the function (vm/objects/frame.cpp).
  static constexpr uint32_t kLocalsSlot = 2048;
  // Set at run time by a library on a coroutine function whose direct
  // `await f(...)` it can serve without a frame (asyncio.sleep):
  // VM::await_call_hook is asked first (not a compiler flag, not in co_flags).
  static constexpr uint32_t kAwaitHook = 4096;
  // Compiled under `from __future__ import annotations` (CPython's
  // CO_FUTURE_ANNOTATIONS): compile(), exec() and eval() of a string called
  // from this code inherit it.
  static constexpr uint32_t kFutureAnnotations = 8192;

  std::vector<uint32_t> code;  // instructions: opcode in the low 8 bits, argument above
  std::vector<int32_t> lines;  // source line of each instruction
  // The rest of each instruction's source span (CPython's co_positions), for
  // the carets under traceback lines: UTF-8 byte columns of its first and
  // last lines; col < 0 when unknown.
  struct Position {
    int32_t col, end_line, end_col;
  };
  std::vector<Position> positions;
  std::vector<Value> consts;
  std::vector<Str*> names;     // attribute and global names
  std::vector<Str*> varnames;  // locals; parameters first
  std::vector<Str*> cellvars;  // locals captured by inner functions
  std::vector<Str*> freevars;  // captured from enclosing functions
  // For each cellvar that is also a parameter: its varnames index, else -1.
  std::vector<int32_t> cell_param;
  std::vector<ExceptionTableEntry> exception_table;
  // The handler of an exception raised at instruction `offset`, or null.
  // Entries are ordered innermost first; an instruction of a handler's own
  // code lies in the range of the handler enclosing it.
  const ExceptionTableEntry* handler_at(uint32_t offset) const {
    for (const auto& e : exception_table) {
      if (offset >= e.start && offset < e.end) return &e;
    }
    return nullptr;
  }
  // Attribute caches by instruction index; empty until an attribute
  // instruction first runs.
  std::vector<AttrCache> attr_cache;
  // LOAD_GLOBAL caches by name index; empty until one first runs.
  std::vector<GlobalCache> global_cache;
  Str* name;
  Str* qualname;
  Str* filename;
  int firstlineno;
  int argcount;          // positional parameters, including positional-only
  int posonlyargcount;
  int kwonlyargcount;
  int max_stack;
  uint32_t code_flags;
  // The dispatch loop's plain-call path (set_plain_call, after code_flags):
  // argcount when a call with exactly that many positional arguments needs
  // no binding (kSimpleCall), else -1 (one compare at CALL); then the
  // frame's locals and its size in bytes (without cells).
  int32_t plain_argc = -1;
  int32_t plain_nlocals = 0;
  uint32_t plain_frame_bytes = 0;
  void set_plain_call();

  int nlocals() const { return static_cast<int>(varnames.size()); }
  // The locals a program sees (co_varnames, locals()): all but the hidden one.
  int named_locals() const { return nlocals() - ((code_flags & kLocalsSlot) ? 1 : 0); }
  int ncells() const { return static_cast<int>(cellvars.size()); }
  int nfree() const { return static_cast<int>(freevars.size()); }
  // Slots a frame needs: locals, cells, free cells, then the value stack.
  int frame_slots() const { return nlocals() + ncells() + nfree() + max_stack; }
};

struct Cell : Obj {
  Value value;  // null() when empty
};

struct Function : Obj {
  Code* code;
  Dict* globals;
  Tuple* defaults;   // may be null
  Dict* kwdefaults;  // may be null
  Tuple* closure;    // cells for code->freevars; may be null
  Str* name;
  Str* qualname;
  Value module;  // __module__
  Value doc;
  Dict* attrs;  // __dict__, created on first use
  Value annotations;  // __annotations__; null() until set or first read
};

// Signature of every function written in C++. Positional arguments are
// args[0..nargs), keyword argument values follow them, named by kwnames
// (null when there are none). On error: set the VM's pending exception and
// return Value::exception().
using NativeFn = Value (*)(VM& vm, Value* args, int nargs, Tuple* kwnames);

struct NativeFunction : Obj {
  // kMethod: when found on a type, binds the receiver as args[0].
  static constexpr uint16_t kMethod = 1;
  // generator.send(v) and next(generator): the interpreter resumes a plain
  // generator inline instead of calling these (no C++ recursion).
  static constexpr uint16_t kResumesSend = 2;
  static constexpr uint16_t kResumesNext = 4;
  NativeFn fn;
  Str* name;
  Str* qualname;
  // Bound receiver, or null(): prepended to the arguments when not null.
  Value self;
  // Extra state for closures written in C++ (e.g. a partial's target).
  Value data;
};

// A native method as found on its type (not yet bound to a receiver): called
// with the receiver as its first argument, it acts as the bound method would.
inline bool is_unbound_native_method(Value v) {
  return v.is_obj() && v.as_obj()->kind == ObjKind::NativeFunction &&
         (v.as_obj()->flags & NativeFunction::kMethod) &&
         static_cast<NativeFunction*>(v.as_obj())->self.is_null();
}

struct BoundMethod : Obj {
  Value self;
  Value func;
};

struct StaticMethod : Obj {
  Value func;
};
struct ClassMethod : Obj {
  Value func;
};
struct Property : Obj {
  Value fget, fset, fdel, doc;
};
struct Super : Obj {
  Type* start;  // lookup begins after this type in the MRO
  Value self;
};

// ------------------------------------------------------------ types, modules

enum class BinaryOp : uint8_t;
enum class CompareOp : uint8_t;

// The C++ behaviour of a type: what the protocols in vm/protocols.cpp call.
// A null slot means the type does not support the operation. Built-in types
// fill them with their implementations; a class statement fills them with
// functions that look up the matching dunder method. Subclasses copy their
// base's slots first.
struct TypeSlots {
  Value (*repr)(VM& vm, Value self) = nullptr;
  Value (*str)(VM& vm, Value self) = nullptr;
  // Returns false with an exception pending when unhashable.
  bool (*hash)(VM& vm, Value self, int64_t& out) = nullptr;
  // Rich comparison; NotImplemented when the operand types are not handled.
  Value (*compare)(VM& vm, Value a, Value b, CompareOp op) = nullptr;
  // Binary arithmetic, called for the left operand's type and then the
  // right's; NotImplemented when not handled. `inplace` for +=, etc.
  Value (*binary)(VM& vm, Value a, Value b, BinaryOp op, bool inplace) = nullptr;
  Value (*negative)(VM& vm, Value self) = nullptr;
  Value (*positive)(VM& vm, Value self) = nullptr;
  Value (*invert)(VM& vm, Value self) = nullptr;
  // 1 true, 0 false, -1 error. Null: true unless len() is 0.
  int (*truthy)(VM& vm, Value self) = nullptr;
  bool (*length)(VM& vm, Value self, int64_t& out) = nullptr;
  Value (*getitem)(VM& vm, Value self, Value key) = nullptr;
  // `value` is null() for deletion.
  int (*setitem)(VM& vm, Value self, Value key, Value value) = nullptr;
  int (*contains)(VM& vm, Value self, Value item) = nullptr;
  Value (*iter)(VM& vm, Value self) = nullptr;
  // 1 with *out set, 0 when exhausted (no exception), -1 on error.
  int (*next)(VM& vm, Value self, Value& out) = nullptr;
  // Objects awaited without an iterator object (asyncio's Future, so that a
  // coroutine suspended on one holds nothing more): `await x` keeps x itself
  // as the awaiting frame's delegate, and SEND steps it with this (the value
  // sent is ignored, as CPython's FutureIter.send ignores it): 1 with the
  // value to yield in *out, 0 when done with the await's result in *out, -1
  // on error. Whatever else reaches the delegate (throw(), close(),
  // cr_await) gets x.__await__()'s iterator instead
  // (generator_visible_delegate), so what it sees is unchanged.
  int (*await_next)(VM& vm, Value self, Value& out) = nullptr;
  Value (*call)(VM& vm, Value self, Value* args, int nargs, Tuple* kwnames) = nullptr;
  // Attribute access; null means the generic lookup (type MRO + instance dict).
  Value (*getattr)(VM& vm, Value self, Str* name) = nullptr;
  // `value` is null() for deletion.
  int (*setattr)(VM& vm, Value self, Str* name, Value value) = nullptr;
  Value (*format)(VM& vm, Value self, Str* spec) = nullptr;
  // The operators `binary` implements, a bit per BinaryOp (1 << op), as
  // CPython's number and sequence slots would: they decide which special
  // methods the type's slot wrappers are (vm/objects/slot_wrapper.cpp).
  // number_ops: __add__ and __radd__; sequence_ops: Add is concatenation
  // (__add__ only), Mul repetition by an index (__mul__, __rmul__);
  // inplace_ops: __iadd__ and the other augmented assignments.
  uint16_t number_ops = 0;
  uint16_t sequence_ops = 0;
  uint16_t inplace_ops = 0;
};

struct Type : Obj {
  static constexpr uint16_t kBaseType = 1;   // may be subclassed
  static constexpr uint16_t kHeapType = 2;   // created by a class statement
  static constexpr uint16_t kException = 4;  // BaseException or a subclass
  // A class (or a base written in coil) defines __getattribute__.
  static constexpr uint16_t kCustomGetattribute = 8;
  // Every class written in coil in the MRO defines __slots__ (without
  // '__dict__'): instances take only the attributes named there.
  static constexpr uint16_t kSlotted = 16;
  // A class written in coil in the MRO defines __del__: instances are
  // listed in VM::finalizable when made.
  static constexpr uint16_t kHasFinalizer = 32;
  // Instances have a dict / a weak reference list (CPython's tp_dictoffset,
  // tp_weaklistoffset): set on the built-in types that have them and on
  // classes that add them; see add_instance_getsets.
  static constexpr uint16_t kInstanceDict = 64;
  static constexpr uint16_t kInstanceWeakref = 128;

  Str* name;
  Str* qualname;
  Value module;  // __module__ as a str, or None
  Type* base;    // first base; null only for object
  std::vector<Type*> bases;
  std::vector<Type*> mro;  // this type first, object last
  Dict* dict;
  // Layout of instances this type creates (a user class inherits its base's).
  ObjKind instance_kind;
  // Creates an instance: `T(args)` for built-in types. User classes leave it
  // null and get the generic object construction (__new__/__init__).
  NativeFn constructor;
  TypeSlots slots;
  // Attribute slots new instances get inline: the most any instance of this
  // class has needed so far (see new_instance).
  uint32_t instance_capacity = 0;
  // Slot values each instance carries ahead of its attributes (Instance's
  // slot_count): those of its own __slots__ and of its bases'.
  uint32_t slot_count = 0;
  // The classes that list this one among their bases, oldest first
  // (__subclasses__). Weak: not traced; each collection removes the dead
  // ones (VM::live_types).
  std::vector<Type*> subclasses;
};

struct Module : Obj {
  Str* name;
  Dict* dict;
};

// An instance of a class with no built-in base. Its attributes are
// values[0..shape->count()), named by its shape (vm/shape.hpp) in the order
// they were added; `values` points at inline_values (aux slots, sized when
// the instance was made) or, once more were needed, at a malloc'd array of
// aux slots. When something needs a real dict (`__dict__`, `del obj.x`, the
// shape limits), `dict` takes every attribute for good and shape becomes
// null. Instances made by native code may leave shape null with no values.
//
// The values of its class's __slots__ come first in inline_values, one per
// member descriptor (index = the descriptor's), null() while unset; their
// number is kept in `flags` (below kWeaklyReferenced) and never changes.
struct Instance : Obj {
  static constexpr uint16_t kSlotCountMask = 0x7FFF;
  Dict* dict = nullptr;
  Shape* shape = nullptr;
  Value* values = nullptr;
  Value inline_values[];

  uint32_t slot_count() const { return flags & kSlotCountMask; }
  Value* slots() { return inline_values; }
  // Where the attribute values start while they are inline.
  Value* inline_attrs() { return inline_values + slot_count(); }
};

// ------------------------------------------------------------ exceptions

// One frame of a traceback, innermost last when walking `next`.
struct Frame;

struct Traceback : Obj {
  Traceback* next;
  Code* code;
  int line;
  int lasti;  // index of the instruction that raised (or called), -1 unknown
  // What tb_frame is made of, on first use (vm/objects/frame.cpp), so that
  // raising makes no frame object: the frame's globals; the frame itself,
  // only compared with the running frames, never followed (it may be gone);
  // the entry of the caller's frame when the exception went on to it (f_back);
  // the frame object once made, else null; and, once the exception left the
  // frame, a copy of its nsaved locals and cells (-1: none), here when they
  // fit (no allocation for most frames), else in a tuple.
  static constexpr int kInlineSlots = 6;
  Dict* globals;
  const Frame* frame;
  Traceback* caller;
  Value frame_object;
  int nsaved;
  Tuple* saved_tuple;
  Value saved_inline[kInlineSlots];

  Value* saved() { return saved_tuple ? saved_tuple->items : saved_inline; }
};

// Every exception instance, built-in or user-defined.
struct Exception : Obj {
  Tuple* args;
  Traceback* traceback;  // may be null
  Value cause;           // __cause__ (None or an exception)
  Value context;         // __context__
  bool suppress_context;
  Dict* dict;  // extra attributes, created on first use
};

// ------------------------------------------------------------ iterators

// The built-in iterators (over lists, tuples, strs, dicts, ranges, and the
// lazy builtins enumerate/zip/map/filter/reversed) share one layout; `flags`
// holds the IterKind.
enum class IterKind : uint16_t {
  Seq,          // a: list/tuple/str, i: index
  Range,        // i: next value, n: remaining count, j: step
  // a: dict/set (None once exhausted), i: entry/slot index, n: size when
  // created (-1 after a size-change error), j: items left
  DictKeys, DictValues, DictItems, SetItems,
  Reversed,     // a: sequence, i: next index (counting down)
  Enumerate,    // a: iterator, i: count
  Zip,          // a: tuple of iterators
  Map,          // a: function, b: tuple of iterators
  Filter,       // a: function (or None), b: iterator
  Callable,     // iter(callable, sentinel): a: callable, b: sentinel
  SeqIter,      // iteration through __getitem__: a: object, i: index
  // reversed(dict) and reversed(view): a: dict, i: next entry index (counting
  // down), n: size when created, j: items left.
  DictRevKeys, DictRevValues, DictRevItems,
  // A range whose values leave the small-int range (fields as Range); kept
  // apart so the interpreter's inlined Range iteration never sees them.
  LongRange,
};

// dict.keys(), .values(), .items(): a live view of a dict; `flags` holds
// IterKind::DictKeys, DictValues or DictItems.
struct DictView : Obj {
  Dict* dict;
  IterKind view_kind() const { return static_cast<IterKind>(flags); }
};

struct Iterator : Obj {
  Value a;
  Value b;
  int64_t i;
  int64_t n;
  int64_t j;
  IterKind iter_kind() const { return static_cast<IterKind>(flags); }
};

// ------------------------------------------------------------ generators

enum class GenState : uint8_t { Created, Suspended, Running, Done };

// Native objects defined by library code (asyncio futures, files, ...).
struct ForeignClass {
  const char* name;
  void (*trace)(Obj* self, std::vector<Obj*>& gray);
  void (*destroy)(Obj* self);
  // Optional, for callables the interpreter can call without a nested run()
  // (functools' lru_cache wrapper, so cached recursion goes as deep as plain
  // recursion). Returns 1 with the call's result in `out`, -1 on error, or 0
  // when the call is one of `out` (a plain function, not a generator) with
  // the same arguments: the interpreter runs it as an ordinary frame and
  // passes its return value to finish_call(self, token, result), whose
  // result is the call's.
  int (*call_inline)(VM& vm, Value self, Value* args, int nargs, Tuple* kwnames, Value& out,
                     Value& token) = nullptr;
  Value (*finish_call)(VM& vm, Value self, Value token, Value result) = nullptr;
  // Optional, for native data descriptors found on a class (a namedtuple's
  // field, a slot): obj.name reads descr_get(self, obj); setting or deleting
  // (value null()) calls descr_set, 0 or -1 with an exception pending.
  Value (*descr_get)(VM& vm, Value self, Value obj) = nullptr;
  int (*descr_set)(VM& vm, Value self, Value obj, Value value) = nullptr;
};
struct Foreign : Obj {
  const ForeignClass* cls;
};

// Marks `v` gray from a ForeignClass::trace function (a str still being
// built by `+=` counts as the str it becomes).
inline void mark_gray(std::vector<Obj*>& gray, Value v) {
  v = v.unbuilt();
  if (v.is_obj() && !v.as_obj()->marked) {
    v.as_obj()->marked = true;
    gray.push_back(v.as_obj());
  }
}

}  // namespace coil::vm
