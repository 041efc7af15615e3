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

// ------------------------------------------------------------------ nodes
//
// Every node kind and its fields are listed once, in parser/ast.def; the
// kind enums, the structs, the names, ast::dump and child iteration are
// generated from that table.

// Load, Store or Del: how a Name/Attribute/Subscript/Starred/List/Tuple is used.
enum class Ctx : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class BinOpKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };

enum class ExprKind : uint8_t {
#define AST_EXPR(Kind, Struct, PyName, ...) Kind,
#include "parser/ast.def"
};
enum class StmtKind : uint8_t {
#define AST_STMT(Kind, Struct, PyName, ...) Kind,
#include "parser/ast.def"
};
enum class PatternKind : uint8_t {
#define AST_PATTERN(Kind, Struct, PyName, ...) Kind,
#include "parser/ast.def"
};

// The bases: a kind to switch on and the source span.
struct Expr {
  ExprKind kind;
  Span span;
};
struct Stmt {
  StmtKind kind;
  Span span;
};
struct Pattern {
  PatternKind kind;
  Span span;
};

#define AST_EXPR(Kind, Struct, PyName, ...) struct Struct;
#define AST_STMT(Kind, Struct, PyName, ...) struct Struct;
#define AST_PATTERN(Kind, Struct, PyName, ...) struct Struct;
#define AST_RECORD(Struct, PyName, ...) struct Struct;
#include "parser/ast.def"

#define FIELD(Type, member) Type member;
#define HIDDEN(Type, member) Type member;
#define AST_EXPR(Kind, Struct, PyName, ...) \
  struct Struct : Expr {                      \
    __VA_ARGS__                               \
  };
#define AST_STMT(Kind, Struct, PyName, ...) \
  struct Struct : Stmt {                      \
    __VA_ARGS__                               \
  };
#define AST_PATTERN(Kind, Struct, PyName, ...) \
  struct Struct : Pattern {                      \
    __VA_ARGS__                                  \
  };
#define AST_RECORD(Struct, PyName, ...) \
  struct Struct {                         \
    __VA_ARGS__                           \
  };
#include "parser/ast.def"
#undef FIELD
#undef HIDDEN

// CPython's class names (ast.Name for NameExpr, ast.Expr for ExprStmt).
const char* kind_name(ExprKind kind);
const char* kind_name(StmtKind kind);
const char* kind_name(PatternKind kind);
// The class ast.dump shows for a node: `async` statements have their own.
const char* node_name(const Expr* e);
const char* node_name(const Pattern* p);
const char* node_name(const Stmt* s);
// The operator and context classes (ast.Add, ast.Load, ...).
const char* op_name(BoolOpKind op);
const char* op_name(BinOpKind op);
const char* op_name(UnaryOpKind op);
const char* op_name(CmpOpKind op);
const char* op_name(Ctx ctx);

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
