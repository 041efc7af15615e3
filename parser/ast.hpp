// The abstract syntax tree: what the parser builds and the compiler reads.
//
// Node kinds mirror CPython's `ast` module (same names, same fields), so
// `ast::dump` output can be checked against `python3 -c "import ast; ..."`.
// Every node lives in an Arena and is trivially destructible: the Lemon parser
// keeps raw pointers on its stack, and freeing the arena frees the whole tree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace coil::ast {

// Bump allocator that owns every node and string of one parse.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t size, size_t align = alignof(std::max_align_t));

  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
  }

  // Copies bytes into the arena; the copy is NUL-terminated.
  std::string_view copy(std::string_view s);

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cur_ = nullptr;
  size_t left_ = 0;
};

// A growable array that lives in an Arena (trivially copyable, so it can sit
// on Lemon's stack). Appending may move the items to a larger arena block.
template <class T>
struct List {
  T* items = nullptr;
  int size = 0;
  int capacity = 0;

  void push(Arena& arena, T value) {
    if (size == capacity) {
      int cap = capacity ? capacity * 2 : 4;
      T* grown = static_cast<T*>(arena.allocate(sizeof(T) * cap, alignof(T)));
      if (size) std::memcpy(static_cast<void*>(grown), items, sizeof(T) * size);
      items = grown;
      capacity = cap;
    }
    items[size++] = value;
  }
  T& operator[](int i) const { return items[i]; }
  T* begin() const { return items; }
  T* end() const { return items + size; }
  bool empty() const { return size == 0; }
};

// Source position: 1-based lines, 0-based byte columns (as CPython's ast).
struct Span {
  int line = 0;
  int col = 0;
  int end_line = 0;
  int end_col = 0;
};

// An identifier or other string stored in the arena (UTF-8, NUL-terminated).
struct Name {
  const char* data = nullptr;
  uint32_t size = 0;
  std::string_view view() const { return {data, size}; }
  bool empty() const { return data == nullptr; }
};

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
  DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue,
  JoinedStr, Constant, Attribute, Subscript, Starred, NameExpr, List, Tuple, Slice,
};

// Load, Store or Del: how a Name/Attribute/Subscript/Starred/List/Tuple is used.
enum class Ctx : uint8_t { Load, Store, Del };

struct Expr {
  ExprKind kind;
  Span span;
};

enum class BoolOpKind : uint8_t { And, Or };
enum class BinOpKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct BoolOp : Expr {
  BoolOpKind op;
  List<Expr*> values;  // two or more
};
struct NamedExpr : Expr {
  Expr* target;  // always a NameExpr
  Expr* value;
};
struct BinOp : Expr {
  Expr* left;
  BinOpKind op;
  Expr* right;
};
struct UnaryOp : Expr {
  UnaryOpKind op;
  Expr* operand;
};

struct Arg {
  Name name;
  Expr* annotation;  // may be null; never evaluated by coil
  Span span;
};

struct Arguments {
  List<Arg*> posonlyargs;
  List<Arg*> args;
  Arg* vararg;  // may be null
  List<Arg*> kwonlyargs;
  List<Expr*> kw_defaults;  // one per kwonlyarg; null where there is no default
  Arg* kwarg;               // may be null
  List<Expr*> defaults;     // for the last len(defaults) of posonlyargs+args
};

struct Lambda : Expr {
  Arguments* args;
  Expr* body;
};
struct IfExp : Expr {
  Expr* test;
  Expr* body;
  Expr* orelse;
};
struct Dict : Expr {
  List<Expr*> keys;  // null key means `**values[i]`
  List<Expr*> values;
};
struct Set : Expr {
  List<Expr*> elts;
};

struct Comprehension {
  Expr* target;
  Expr* iter;
  List<Expr*> ifs;
  bool is_async;
};

struct ListComp : Expr {
  Expr* elt;
  List<Comprehension*> generators;
};
struct SetComp : Expr {
  Expr* elt;
  List<Comprehension*> generators;
};
struct DictComp : Expr {
  Expr* key;
  Expr* value;
  List<Comprehension*> generators;
};
struct GeneratorExp : Expr {
  Expr* elt;
  List<Comprehension*> generators;
};
struct Await : Expr {
  Expr* value;
};
struct Yield : Expr {
  Expr* value;  // may be null
};
struct YieldFrom : Expr {
  Expr* value;
};
struct Compare : Expr {
  Expr* left;
  List<CmpOpKind> ops;
  List<Expr*> comparators;
};

struct Keyword {
  Name arg;  // empty for `**value`
  Expr* value;
  Span span;
};

struct Call : Expr {
  Expr* func;
  List<Expr*> args;  // may contain Starred
  List<Keyword*> keywords;
};

// One `{value!conversion:format_spec}` field of an f-string.
struct FormattedValue : Expr {
  Expr* value;
  int conversion;     // -1 none, 's', 'r' or 'a'
  Expr* format_spec;  // a JoinedStr or null
};
// An f-string (or a concatenation involving one): Constant str parts and
// FormattedValue parts, adjacent constants already merged.
struct JoinedStr : Expr {
  List<Expr*> values;
};

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };
struct Constant : Expr {
  ConstKind const_kind;
  // Int: the literal's digits as written, underscores removed, with its 0x/0o/0b
  // prefix (the compiler converts it, promoting to a big int when needed).
  // Str/Bytes: the decoded value (UTF-8 for Str; raw bytes for Bytes). A Str
  // may hold lone surrogates ('\ud800'), encoded as 3-byte sequences.
  Name text;
  double number;  // Float and Imaginary
  bool kind_u = false;  // Str from a literal with a "u" prefix (ast.dump: kind='u')
};

struct Attribute : Expr {
  Expr* value;
  Name attr;
  Ctx ctx;
};
struct Subscript : Expr {
  Expr* value;
  Expr* slice;  // an expression, a Slice, or a Tuple possibly containing Slices
  Ctx ctx;
};
struct Starred : Expr {
  Expr* value;
  Ctx ctx;
};
// `ast.Name` (renamed: `Name` is the identifier type above).
struct NameExpr : Expr {
  Name id;
  Ctx ctx;
};
struct ListExpr : Expr {
  List<Expr*> elts;
  Ctx ctx;
};
struct Tuple : Expr {
  List<Expr*> elts;
  Ctx ctx;
};
struct Slice : Expr {
  Expr* lower;  // each may be null
  Expr* upper;
  Expr* step;
};

// ----------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If,
  With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass, Break,
  Continue,
};

struct Stmt {
  StmtKind kind;
  Span span;
};

// `def` and `async def` (is_async); decorators in source order.
struct FunctionDef : Stmt {
  Name name;
  Arguments* args;
  List<Stmt*> body;
  List<Expr*> decorator_list;
  Expr* returns;  // annotation, may be null; never evaluated by coil
  bool is_async;
};
struct ClassDef : Stmt {
  Name name;
  List<Expr*> bases;  // may contain Starred
  List<Keyword*> keywords;
  List<Stmt*> body;
  List<Expr*> decorator_list;
};
struct Return : Stmt {
  Expr* value;  // may be null
};
struct Delete : Stmt {
  List<Expr*> targets;
};
// `a = b = value`: targets in source order, already converted to Store context.
struct Assign : Stmt {
  List<Expr*> targets;
  Expr* value;
};
struct AugAssign : Stmt {
  Expr* target;
  BinOpKind op;
  Expr* value;
};
struct AnnAssign : Stmt {
  Expr* target;
  Expr* annotation;
  Expr* value;  // may be null
  bool simple;  // target is a plain name, not in parentheses
};
// `for` and `async for` (is_async).
struct For : Stmt {
  Expr* target;
  Expr* iter;
  List<Stmt*> body;
  List<Stmt*> orelse;
  bool is_async;
};
struct While : Stmt {
  Expr* test;
  List<Stmt*> body;
  List<Stmt*> orelse;
};
// `elif` chains are nested Ifs in orelse, as in CPython.
struct If : Stmt {
  Expr* test;
  List<Stmt*> body;
  List<Stmt*> orelse;
};
struct WithItem {
  Expr* context_expr;
  Expr* optional_vars;  // may be null
};
struct With : Stmt {
  List<WithItem*> items;
  List<Stmt*> body;
  bool is_async;
};
struct Raise : Stmt {
  Expr* exc;    // may be null
  Expr* cause;  // may be null
};
struct ExceptHandler {
  Expr* type;  // may be null (bare except)
  Name name;   // empty when there is no `as`
  List<Stmt*> body;
  Span span;
};
struct Try : Stmt {
  List<Stmt*> body;
  List<ExceptHandler*> handlers;
  List<Stmt*> orelse;
  List<Stmt*> finalbody;
};
struct Assert : Stmt {
  Expr* test;
  Expr* msg;  // may be null
};
struct Alias {
  Name name;    // dotted name for `import a.b`, or `*`
  Name asname;  // may be empty
  Span span;
};
struct Import : Stmt {
  List<Alias*> names;
};
struct ImportFrom : Stmt {
  Name module;  // may be empty for `from . import x`
  List<Alias*> names;
  int level;  // number of leading dots
};
struct Global : Stmt {
  List<Name> names;
};
struct Nonlocal : Stmt {
  List<Name> names;
};
// `ast.Expr`: an expression statement.
struct ExprStmt : Stmt {
  Expr* value;
};
struct Pass : Stmt {};
struct Break : Stmt {};
struct Continue : Stmt {};

// The result of parsing a file, a `-c` string, or one interactive input.
struct Module {
  List<Stmt*> body;
};

// Downcasts with a kind check in debug builds.
template <class T>
T* as(Expr* e) { return static_cast<T*>(e); }
template <class T>
T* as(Stmt* s) { return static_cast<T*>(s); }

// `ast.dump(tree)` of CPython 3.11 (default arguments: no attributes, no indent),
// so that parser tests can compare with python3.
std::string dump(const Module* module);
std::string dump(const Expr* expr);

// The expression as source text, as CPython 3.11's unparser writes it (the
// strings `from __future__ import annotations` stores for annotations).
std::string unparse(const Expr* expr);

}  // namespace coil::ast
