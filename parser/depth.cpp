// The nesting depth of a parsed tree, measured without recursion.
//
// Left-recursive rules let the parser build arbitrarily deep trees on a flat
// stack (`1+1+...+1`, `a.b.c...`), but everything downstream (the compiler,
// ast::dump) walks trees recursively. CPython refuses such trees with
// "RecursionError: maximum recursion depth exceeded during compilation"
// (at about 3000 levels); the parser driver does the same with this check.
#include <vector>

#include "parser/parse_state.hpp"

namespace coil::parse {

namespace {

using namespace coil::ast;

// A node to visit: exactly one of the pointers is set.
struct Item {
  const Expr* expr;
  const Stmt* stmt;
  int depth;
};

class DepthWalker {
 public:
  explicit DepthWalker(int limit) : limit_(limit) {}

  bool exceeds(const Module* m) {
    for (const Stmt* s : m->body) push(s, 1);
    while (!work_.empty()) {
      Item item = work_.back();
      work_.pop_back();
      if (item.depth > limit_) return true;
      if (item.expr) {
        expr_children(item.expr, item.depth + 1);
      } else {
        stmt_children(item.stmt, item.depth + 1);
      }
    }
    return false;
  }

 private:
  void push(const Expr* e, int depth) {
    if (e) work_.push_back({e, nullptr, depth});
  }
  void push(const Stmt* s, int depth) { work_.push_back({nullptr, s, depth}); }
  void push(const List<Expr*>& l, int depth) {
    for (const Expr* e : l) push(e, depth);
  }
  void push(const List<Stmt*>& l, int depth) {
    for (const Stmt* s : l) push(s, depth);
  }
  void push(const Arguments* a, int depth) {
    for (const List<Arg*>* args : {&a->posonlyargs, &a->args, &a->kwonlyargs}) {
      for (const Arg* x : *args) push(x->annotation, depth);
    }
    if (a->vararg) push(a->vararg->annotation, depth);
    if (a->kwarg) push(a->kwarg->annotation, depth);
    push(a->defaults, depth);
    push(a->kw_defaults, depth);
  }
  void push(const List<Comprehension*>& gens, int depth) {
    for (const Comprehension* c : gens) {
      push(c->target, depth);
      push(c->iter, depth);
      push(c->ifs, depth);
    }
  }
  void push(const List<Keyword*>& keywords, int depth) {
    for (const Keyword* k : keywords) push(k->value, depth);
  }

  void expr_children(const Expr* e, int d);
  void stmt_children(const Stmt* s, int d);

  int limit_;
  std::vector<Item> work_;
};

void DepthWalker::expr_children(const Expr* e, int d) {
  switch (e->kind) {
    case ExprKind::BoolOp: push(static_cast<const BoolOp*>(e)->values, d); break;
    case ExprKind::NamedExpr:
      push(static_cast<const NamedExpr*>(e)->target, d);
      push(static_cast<const NamedExpr*>(e)->value, d);
      break;
    case ExprKind::BinOp:
      push(static_cast<const BinOp*>(e)->left, d);
      push(static_cast<const BinOp*>(e)->right, d);
      break;
    case ExprKind::UnaryOp: push(static_cast<const UnaryOp*>(e)->operand, d); break;
    case ExprKind::Lambda:
      push(static_cast<const Lambda*>(e)->args, d);
      push(static_cast<const Lambda*>(e)->body, d);
      break;
    case ExprKind::IfExp: {
      auto x = static_cast<const IfExp*>(e);
      push(x->test, d);
      push(x->body, d);
      push(x->orelse, d);
      break;
    }
    case ExprKind::Dict:
      push(static_cast<const Dict*>(e)->keys, d);
      push(static_cast<const Dict*>(e)->values, d);
      break;
    case ExprKind::Set: push(static_cast<const Set*>(e)->elts, d); break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
      push(static_cast<const ListComp*>(e)->elt, d);
      push(static_cast<const ListComp*>(e)->generators, d);
      break;
    case ExprKind::DictComp:
      push(static_cast<const DictComp*>(e)->key, d);
      push(static_cast<const DictComp*>(e)->value, d);
      push(static_cast<const DictComp*>(e)->generators, d);
      break;
    case ExprKind::Await: push(static_cast<const Await*>(e)->value, d); break;
    case ExprKind::Yield: push(static_cast<const Yield*>(e)->value, d); break;
    case ExprKind::YieldFrom: push(static_cast<const YieldFrom*>(e)->value, d); break;
    case ExprKind::Compare:
      push(static_cast<const Compare*>(e)->left, d);
      push(static_cast<const Compare*>(e)->comparators, d);
      break;
    case ExprKind::Call:
      push(static_cast<const Call*>(e)->func, d);
      push(static_cast<const Call*>(e)->args, d);
      push(static_cast<const Call*>(e)->keywords, d);
      break;
    case ExprKind::FormattedValue:
      push(static_cast<const FormattedValue*>(e)->value, d);
      push(static_cast<const FormattedValue*>(e)->format_spec, d);
      break;
    case ExprKind::JoinedStr: push(static_cast<const JoinedStr*>(e)->values, d); break;
    case ExprKind::Constant:
    case ExprKind::NameExpr: break;
    case ExprKind::Attribute: push(static_cast<const Attribute*>(e)->value, d); break;
    case ExprKind::Subscript:
      push(static_cast<const Subscript*>(e)->value, d);
      push(static_cast<const Subscript*>(e)->slice, d);
      break;
    case ExprKind::Starred: push(static_cast<const Starred*>(e)->value, d); break;
    case ExprKind::List: push(static_cast<const ListExpr*>(e)->elts, d); break;
    case ExprKind::Tuple: push(static_cast<const Tuple*>(e)->elts, d); break;
    case ExprKind::Slice: {
      auto x = static_cast<const Slice*>(e);
      push(x->lower, d);
      push(x->upper, d);
      push(x->step, d);
      break;
    }
  }
}

void DepthWalker::stmt_children(const Stmt* s, int d) {
  switch (s->kind) {
    case StmtKind::FunctionDef: {
      auto x = static_cast<const FunctionDef*>(s);
      push(x->args, d);
      push(x->returns, d);
      push(x->decorator_list, d);
      push(x->body, d);
      break;
    }
    case StmtKind::ClassDef: {
      auto x = static_cast<const ClassDef*>(s);
      push(x->bases, d);
      push(x->keywords, d);
      push(x->decorator_list, d);
      push(x->body, d);
      break;
    }
    case StmtKind::Return: push(static_cast<const Return*>(s)->value, d); break;
    case StmtKind::Delete: push(static_cast<const Delete*>(s)->targets, d); break;
    case StmtKind::Assign:
      push(static_cast<const Assign*>(s)->targets, d);
      push(static_cast<const Assign*>(s)->value, d);
      break;
    case StmtKind::AugAssign:
      push(static_cast<const AugAssign*>(s)->target, d);
      push(static_cast<const AugAssign*>(s)->value, d);
      break;
    case StmtKind::AnnAssign: {
      auto x = static_cast<const AnnAssign*>(s);
      push(x->target, d);
      push(x->annotation, d);
      push(x->value, d);
      break;
    }
    case StmtKind::For: {
      auto x = static_cast<const For*>(s);
      push(x->target, d);
      push(x->iter, d);
      push(x->body, d);
      push(x->orelse, d);
      break;
    }
    case StmtKind::While: {
      auto x = static_cast<const While*>(s);
      push(x->test, d);
      push(x->body, d);
      push(x->orelse, d);
      break;
    }
    case StmtKind::If: {
      auto x = static_cast<const If*>(s);
      push(x->test, d);
      push(x->body, d);
      push(x->orelse, d);
      break;
    }
    case StmtKind::With: {
      auto x = static_cast<const With*>(s);
      for (const WithItem* w : x->items) {
        push(w->context_expr, d);
        push(w->optional_vars, d);
      }
      push(x->body, d);
      break;
    }
    case StmtKind::Raise:
      push(static_cast<const Raise*>(s)->exc, d);
      push(static_cast<const Raise*>(s)->cause, d);
      break;
    case StmtKind::Try: {
      auto x = static_cast<const Try*>(s);
      push(x->body, d);
      for (const ExceptHandler* h : x->handlers) {
        push(h->type, d);
        push(h->body, d);
      }
      push(x->orelse, d);
      push(x->finalbody, d);
      break;
    }
    case StmtKind::Assert:
      push(static_cast<const Assert*>(s)->test, d);
      push(static_cast<const Assert*>(s)->msg, d);
      break;
    case StmtKind::ExprStmt: push(static_cast<const ExprStmt*>(s)->value, d); break;
    case StmtKind::Import:
    case StmtKind::ImportFrom:
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue: break;
  }
}

}  // namespace

bool too_deep(const ast::Module* module, int limit) { return DepthWalker(limit).exceeds(module); }

}  // namespace coil::parse
