// Child iteration generated from parser/ast.def: for_each_child(node, f)
// calls `f` on each direct child Expr*, Stmt* and Pattern* of a node, in
// field order. A record's children (an argument's annotation and defaults,
// a keyword's value, a handler's body...) count as the node's own; null
// optional children are skipped.
#pragma once

#include "parser/ast.hpp"

namespace coil::ast {

// (In namespace ast itself, so that argument-dependent lookup finds the
// record overloads from the list template.)
// One field: nodes are passed to `f`, lists item by item, records field by
// field; everything else (names, operators, flags) has no children.
template <class T, class F>
void walk_field(const T&, F&) {}
template <class F>
void walk_field(Expr* e, F& f) {
  if (e) f(static_cast<const Expr*>(e));
}
template <class F>
void walk_field(Stmt* s, F& f) {
  if (s) f(static_cast<const Stmt*>(s));
}
template <class F>
void walk_field(Pattern* p, F& f) {
  if (p) f(static_cast<const Pattern*>(p));
}
template <class T, class F>
void walk_field(const List<T*>& l, F& f) {
  for (T* x : l) walk_field(x, f);
}

#define FIELD(Type, member) walk_field(x->member, f);
#define HIDDEN(Type, member)
#define AST_RECORD(Struct, PyName, ...)  \
  template <class F>                     \
  void walk_field(Struct* x, F& f) {          \
    if (x) { __VA_ARGS__ }               \
  }
#include "parser/ast.def"

template <class F>
void for_each_child(const Expr* e, F&& f) {
  switch (e->kind) {
#define AST_EXPR(Kind, Struct, PyName, ...)        \
  case ExprKind::Kind: {                           \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(e); \
    __VA_ARGS__                                    \
    break;                                         \
  }
#include "parser/ast.def"
  }
}

template <class F>
void for_each_child(const Stmt* s, F&& f) {
  switch (s->kind) {
#define AST_STMT(Kind, Struct, PyName, ...)        \
  case StmtKind::Kind: {                           \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(s); \
    __VA_ARGS__                                    \
    break;                                         \
  }
#include "parser/ast.def"
  }
}

template <class F>
void for_each_child(const Pattern* p, F&& f) {
  switch (p->kind) {
#define AST_PATTERN(Kind, Struct, PyName, ...)     \
  case PatternKind::Kind: {                        \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(p); \
    __VA_ARGS__                                    \
    break;                                         \
  }
#include "parser/ast.def"
  }
}

#undef FIELD
#undef HIDDEN

}  // namespace coil::ast
