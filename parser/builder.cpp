// AST construction for the grammar's actions, and the checks CPython 3.11
// performs while parsing. Messages and positions follow CPython; the
// comments name the CPython rule or function where the behaviour is subtle.
#include "parser/builder.hpp"

#include <charconv>
#include <cstdlib>
#include <string>

namespace coil::parse::build {

using namespace coil::ast;

namespace {

template <class T>
T* new_expr(ParseState* ps, ExprKind kind, Span span) {
  T* e = ps->arena.make<T>();
  e->kind = kind;
  e->span = span;
  return e;
}

template <class T>
T* new_stmt(ParseState* ps, StmtKind kind, Span span) {
  T* s = ps->arena.make<T>();
  s->kind = kind;
  s->span = span;
  return s;
}

Name copy_name(ParseState* ps, std::string_view text) {
  std::string_view copy = ps->arena.copy(text);
  return Name{copy.data(), static_cast<uint32_t>(copy.size())};
}

bool is_parenthesized(ParseState* ps, const Expr* e) { return ps->parenthesized.count(e) != 0; }

// An operand's extent as its parent sees it: CPython keeps a parenthesized
// expression's own span without the parentheses, but the enclosing node
// spans them (`not (x)` ends at the ")").
Span outer(ParseState* ps, const Expr* e) {
  auto it = ps->parenthesized.find(e);
  return it == ps->parenthesized.end() ? e->span : it->second;
}

// The span from the start of `first` to the end of the last statement.
Span through_body(Span first, const StmtList* body) {
  if (!body || body->empty()) return first;
  return join(first, (*body)[body->size - 1]->span);
}


enum class Targets { Store, Del };

// CPython's _PyPegen_get_invalid_target: the first part of `e` that cannot
// be assigned to (or deleted), or null.
Expr* invalid_target(Expr* e, Targets kind) {
  switch (e->kind) {
    case ExprKind::List:
      for (Expr* x : static_cast<ListExpr*>(e)->elts) {
        if (Expr* bad = invalid_target(x, kind)) return bad;
      }
      return nullptr;
    case ExprKind::Tuple:
      for (Expr* x : static_cast<Tuple*>(e)->elts) {
        if (Expr* bad = invalid_target(x, kind)) return bad;
      }
      return nullptr;
    case ExprKind::Starred:
      if (kind == Targets::Del) return e;
      return invalid_target(static_cast<Starred*>(e)->value, kind);
    case ExprKind::NameExpr:
    case ExprKind::Subscript:
    case ExprKind::Attribute: return nullptr;
    default: return e;
  }
}

void set_ctx(Expr* e, Ctx ctx) {
  switch (e->kind) {
    case ExprKind::NameExpr: static_cast<NameExpr*>(e)->ctx = ctx; break;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; break;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; break;
    case ExprKind::Starred:
      static_cast<Starred*>(e)->ctx = ctx;
      set_ctx(static_cast<Starred*>(e)->value, ctx);
      break;
    case ExprKind::List:
      static_cast<ListExpr*>(e)->ctx = ctx;
      for (Expr* x : static_cast<ListExpr*>(e)->elts) set_ctx(x, ctx);
      break;
    case ExprKind::Tuple:
      static_cast<Tuple*>(e)->ctx = ctx;
      for (Expr* x : static_cast<Tuple*>(e)->elts) set_ctx(x, ctx);
      break;
    default: break;
  }
}

// The starred-target rules CPython's compiler enforces: a starred target
// must sit in a list or tuple, and each may hold at most one.
bool check_starred(ParseState* ps, Expr* e, bool top) {
  if (e->kind == ExprKind::Starred) {
    if (top) {
      error_late(ps, e->span, "starred assignment target must be in a list or tuple", 1);
      return false;
    }
    return check_starred(ps, static_cast<Starred*>(e)->value, false);
  }
  const List<Expr*>* elts = e->kind == ExprKind::List    ? &static_cast<ListExpr*>(e)->elts
                            : e->kind == ExprKind::Tuple ? &static_cast<Tuple*>(e)->elts
                                                         : nullptr;
  if (!elts) return true;
  int stars = 0;
  for (Expr* x : *elts) stars += x->kind == ExprKind::Starred;
  if (stars > 1) {
    error_late(ps, e->span, "multiple starred expressions in assignment", 1);
    return false;
  }
  for (Expr* x : *elts) {
    if (!check_starred(ps, x, false)) return false;
  }
  return true;
}

// Validates an assignment (or for/with/comprehension) target and sets Store.
bool store_target(ParseState* ps, Expr* e) {
  if (Expr* bad = invalid_target(e, Targets::Store)) {
    error_at(ps, bad->span, std::string("cannot assign to ") + expr_name(bad));
    return false;
  }
  set_ctx(e, Ctx::Store);
  return check_starred(ps, e, true);
}


// Whether the source of `e` starts with a bitwise_or expression.
bool starts_with_bitwise_or(ParseState* ps, const Expr* e) {
  for (;;) {
    if (is_parenthesized(ps, e)) return true;
    switch (e->kind) {
      case ExprKind::Tuple:
        if (static_cast<const Tuple*>(e)->elts.empty()) return true;
        e = static_cast<const Tuple*>(e)->elts[0];
        continue;
      case ExprKind::Compare: e = static_cast<const Compare*>(e)->left; continue;
      case ExprKind::BoolOp: e = static_cast<const BoolOp*>(e)->values[0]; continue;
      case ExprKind::IfExp: e = static_cast<const IfExp*>(e)->body; continue;
      default: return is_bitwise_or(ps, e);
    }
  }
}


// A value in load context: a lone starred expression is not allowed there
// (CPython's compiler: "can't use starred expression here").
Expr* load_value(ParseState* ps, Expr* e) {
  if (e && e->kind == ExprKind::Starred) error_late(ps, e->span, "can't use starred expression here", 1);
  return e;
}

Expr* tuple_of(ParseState* ps, ExprSeq* s, Span span) {
  auto* t = new_expr<Tuple>(ps, ExprKind::Tuple, span);
  if (s) t->elts = s->items;
  t->ctx = Ctx::Load;
  return t;
}

// Checks parameter order and builds ast::Arguments, with CPython's messages.
Arguments* arguments(ParseState* ps, Params* params) {
  auto* a = ps->arena.make<Arguments>();
  if (!params) return a;
  bool slash = false, star = false, dstar = false, seen_default = false;
  const Param* bare_star = nullptr;
  for (Param* p : *params) {
    const char* problem = nullptr;
    switch (p->kind) {
      case Param::Plain:
        if (dstar) {
          problem = "arguments cannot follow var-keyword argument";
        } else if (star) {
          a->kwonlyargs.push(ps->arena, p->arg);
          a->kw_defaults.push(ps->arena, p->default_value);
          bare_star = nullptr;
        } else if (p->default_value) {
          seen_default = true;
          a->defaults.push(ps->arena, p->default_value);
          a->args.push(ps->arena, p->arg);
        } else if (seen_default) {
          problem = "non-default argument follows default argument";
        } else {
          a->args.push(ps->arena, p->arg);
        }
        break;
      case Param::Slash:
        if (slash) {
          problem = "/ may appear only once";
        } else if (star || dstar) {
          problem = "/ must be ahead of *";
        } else if (a->args.empty()) {
          problem = "invalid syntax";  // CPython 3.11: `def f(/)`
        } else {
          a->posonlyargs = a->args;
          a->args = {};
          slash = true;
        }
        break;
      case Param::Star:
        if (dstar) {
          problem = "arguments cannot follow var-keyword argument";
        } else if (star) {
          problem = "* argument may appear only once";
        } else {
          star = true;
          if (p->arg) {
            a->vararg = p->arg;
          } else {
            bare_star = p;
          }
        }
        break;
      case Param::DoubleStar:
        if (dstar) {
          problem = "arguments cannot follow var-keyword argument";
        } else {
          dstar = true;
          a->kwarg = p->arg;
        }
        break;
    }
    if (problem) {
      error_at(ps, p->mark, problem);
      return a;
    }
  }
  if (bare_star) {
    error_at(ps, bare_star->mark, "named arguments must follow bare *");
    return a;
  }
  // Duplicates: CPython's symbol table reports the second occurrence.
  std::vector<const Arg*> all;
  for (const Arg* x : a->posonlyargs) all.push_back(x);
  for (const Arg* x : a->args) all.push_back(x);
  if (a->vararg) all.push_back(a->vararg);
  for (const Arg* x : a->kwonlyargs) all.push_back(x);
  if (a->kwarg) all.push_back(a->kwarg);
  for (size_t i = 0; i < all.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (all[i]->arg.view() == all[j]->arg.view()) {
        error_late(ps, all[i]->span,
                   "duplicate argument '" + std::string(all[i]->arg.view()) + "' in function definition", 0);
        return a;
      }
    }
  }
  return a;
}

// Splits call arguments into args and keywords, checking CPython's order
// rules. `generator_ok`: a lone generator argument is allowed (calls, not
// class bases).
void split_args(ParseState* ps, CallArgs* call_args, const Token& rpar, bool generator_ok, List<Expr*>* args,
                List<Keyword*>* keywords) {
  if (!call_args) return;
  bool seen_keyword = false, seen_dstar = false;
  for (CallArg* a : call_args->items) {
    switch (a->kind) {
      case CallArg::Generator:
        if (!generator_ok) {
          error_at(ps, a->mark, "invalid syntax");
          return;
        }
        if (call_args->items.size > 1 || call_args->trailing_comma) {
          error_at(ps, a->span, "Generator expression must be parenthesized");
          return;
        }
        [[fallthrough]];
      case CallArg::Positional:
        if (seen_keyword || seen_dstar) {
          // CPython raises these at the last token read: the ")".
          error_at(ps, span_of(rpar),
                   seen_dstar ? "positional argument follows keyword argument unpacking"
                              : "positional argument follows keyword argument");
          return;
        }
        args->push(ps->arena, a->value);
        break;
      case CallArg::Star:
        if (seen_dstar) {
          error_at(ps, a->mark, "iterable argument unpacking follows keyword argument unpacking");
          return;
        }
        args->push(ps->arena, a->value);
        break;
      case CallArg::Keyword:
      case CallArg::DoubleStar: {
        if (a->kind == CallArg::Keyword) {
          for (const Keyword* k : *keywords) {
            // A compile-stage error: the tree stays whole for ast.parse.
            if (!k->arg.empty() && k->arg.view() == a->name.view()) {
              error_late(ps, a->span, "keyword argument repeated: " + std::string(a->name.view()), 1);
            }
          }
          seen_keyword = true;
        } else {
          seen_dstar = true;
        }
        auto* k = ps->arena.make<Keyword>();
        k->arg = a->name;
        k->value = a->value;
        k->span = a->span;
        keywords->push(ps->arena, k);
        break;
      }
    }
  }
}

}  // namespace

// ------------------------------------------------------------------ basics

// CPython's _PyPegen_get_expr_name: how messages name an expression.
const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::NameExpr: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (static_cast<const Constant*>(e)->const_kind) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// An expression in a bitwise_or position of CPython's grammar (what
// invalid_named_expression can match): not a comparison, not/and/or, lambda,
// conditional, starred, bare tuple or yield, unless parenthesized.
bool is_bitwise_or(ParseState* ps, const Expr* e) {
  if (is_parenthesized(ps, e)) return true;
  switch (e->kind) {
    case ExprKind::Compare:
    case ExprKind::BoolOp:
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::Starred:
    case ExprKind::Tuple:
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
    case ExprKind::NamedExpr: return false;
    case ExprKind::UnaryOp: return static_cast<const UnaryOp*>(e)->op != UnaryOpKind::Not;
    default: return true;
  }
}

bool is_keyword_constant(const Expr* e) {
  if (e->kind != ExprKind::Constant) return false;
  ConstKind k = static_cast<const Constant*>(e)->const_kind;
  return k == ConstKind::None || k == ConstKind::True || k == ConstKind::False;
}


Span span_of(const Token& t) { return Span{t.line, t.col, t.end_line, t.end_col}; }
Span join(Span a, Span b) { return Span{a.line, a.col, b.end_line, b.end_col}; }

StmtList* stmts(ParseState* ps) { return ps->arena.make<StmtList>(); }

StmtList* append(ParseState* ps, StmtList* list, Stmt* s) {
  list->push(ps->arena, s);
  return list;
}

StmtList* append_all(ParseState* ps, StmtList* list, StmtList* more) {
  for (Stmt* s : *more) list->push(ps->arena, s);
  return list;
}

ExprList* exprs(ParseState* ps) { return ps->arena.make<ExprList>(); }

ExprList* append(ParseState* ps, ExprList* list, Expr* e) {
  list->push(ps->arena, e);
  return list;
}

ExprSeq* seq(ParseState* ps, ExprSeq* s, Expr* e) {
  if (!s) {
    s = ps->arena.make<ExprSeq>();
    s->span = outer(ps, e);
  } else {
    s->span = join(s->span, outer(ps, e));
  }
  s->items.push(ps->arena, e);
  return s;
}

ExprSeq* trailing_comma(ParseState*, ExprSeq* s, const Token& comma) {
  s->trailing_comma = true;
  s->span = join(s->span, span_of(comma));
  return s;
}

Expr* seq_value(ParseState* ps, ExprSeq* s) {
  if (s->items.size == 1 && !s->trailing_comma) return s->items[0];
  return tuple_of(ps, s, s->span);
}

List<Token>* tokens(ParseState* ps, List<Token>* list, const Token& t) {
  if (!list) list = ps->arena.make<List<Token>>();
  list->push(ps->arena, t);
  return list;
}

// ------------------------------------------------------------------- modes

void module(ParseState* ps, StmtList* body) {
  ps->module = ps->arena.make<Module>();
  ps->module->body = *body;
}

void eval_module(ParseState* ps, Expr* e) {
  ps->module = ps->arena.make<Module>();
  auto* s = new_stmt<ExprStmt>(ps, StmtKind::ExprStmt, outer(ps, e));
  s->value = e;
  ps->module->body.push(ps->arena, s);
}

Expr* fstring_body(ParseState* ps, Expr* e) {
  if (e->kind == ExprKind::Starred && !is_parenthesized(ps, e)) {
    error_at(ps, e->span, "cannot use starred expression here");
  }
  return e;
}

// ------------------------------------------------------------------- atoms

Expr* name(ParseState* ps, const Token& t) {
  auto* e = new_expr<NameExpr>(ps, ExprKind::NameExpr, span_of(t));
  e->id = copy_name(ps, t.view());
  e->ctx = Ctx::Load;
  return e;
}

Expr* number(ParseState* ps, const Token& t) {
  std::string text;
  for (char c : t.view()) {
    if (c != '_') text += c;
  }
  auto* e = new_expr<Constant>(ps, ExprKind::Constant, span_of(t));
  bool radix = text.size() > 1 && text[0] == '0' && std::string("xXoObB").find(text[1]) != std::string::npos;
  bool imaginary = !radix && (text.back() == 'j' || text.back() == 'J');
  if (imaginary) text.pop_back();
  bool is_float = !radix && text.find_first_of(".eE") != std::string::npos;
  if (!imaginary && !is_float) {
    e->const_kind = ConstKind::Int;
    e->text = copy_name(ps, text);
    return e;
  }
  e->const_kind = imaginary ? ConstKind::Imaginary : ConstKind::Float;
  double value = 0;
  auto res = std::from_chars(text.data(), text.data() + text.size(), value);
  if (res.ec != std::errc()) value = std::strtod(text.c_str(), nullptr);  // overflow → inf, as Python
  e->number = value;
  e->text = copy_name(ps, text);
  return e;
}

Expr* constant(ParseState* ps, const Token& t, ConstKind kind) {
  auto* e = new_expr<Constant>(ps, ExprKind::Constant, span_of(t));
  e->const_kind = kind;
  return e;
}

Expr* tuple(ParseState* ps, const Token& lpar, ExprSeq* items, const Token& rpar) {
  Expr* t = tuple_of(ps, items, join(span_of(lpar), span_of(rpar)));
  ps->parenthesized[t] = t->span;
  return t;
}

Expr* paren_seq(ParseState* ps, ExprSeq* items) { return seq_value(ps, items); }

// `( ... )`: a single value keeps its own span; a tuple or generator built
// from the contents gets the parentheses' span, as in CPython.
Expr* paren(ParseState* ps, const Token& lpar, Expr* e, const Token& rpar) {
  if (!is_parenthesized(ps, e)) {
    if (e->kind == ExprKind::Starred) {
      error_at(ps, e->span, "cannot use starred expression here");
    } else if (e->kind == ExprKind::Tuple || e->kind == ExprKind::GeneratorExp) {
      e->span = join(span_of(lpar), span_of(rpar));
    }
  }
  ps->parenthesized[e] = join(span_of(lpar), span_of(rpar));  // the outermost parentheses win
  return e;
}

Expr* parenthesized(ParseState* ps, Expr* e) {
  if (!is_parenthesized(ps, e)) ps->parenthesized[e] = e->span;
  return e;
}

Expr* list(ParseState* ps, const Token& l, ExprSeq* items, const Token& r) {
  auto* e = new_expr<ListExpr>(ps, ExprKind::List, join(span_of(l), span_of(r)));
  if (items) e->elts = items->items;
  e->ctx = Ctx::Load;
  return e;
}

Expr* set(ParseState* ps, const Token& l, ExprSeq* items, const Token& r) {
  auto* e = new_expr<Set>(ps, ExprKind::Set, join(span_of(l), span_of(r)));
  e->elts = items->items;
  return e;
}

DictItems* dict_item(ParseState* ps, Expr* key, Expr* value) {
  auto* d = ps->arena.make<DictItems>();
  d->keys.push(ps->arena, key);
  d->values.push(ps->arena, value);
  return d;
}

DictItems* dict_items(ParseState* ps, DictItems* items, DictItems* item) {
  items->keys.push(ps->arena, item->keys[0]);
  items->values.push(ps->arena, item->values[0]);
  return items;
}

Expr* dict(ParseState* ps, const Token& l, DictItems* items, const Token& r) {
  auto* e = new_expr<Dict>(ps, ExprKind::Dict, join(span_of(l), span_of(r)));
  if (items) {
    e->keys = items->keys;
    e->values = items->values;
  }
  return e;
}

Expr* comprehension(ParseState* ps, ExprKind kind, const Token* l, Expr* elt, List<Comprehension*>* generators,
                    const Token* r) {
  if (elt->kind == ExprKind::Starred && !is_parenthesized(ps, elt)) {
    error_at(ps, elt->span, "iterable unpacking cannot be used in comprehension");
  }
  Span span = l ? join(span_of(*l), span_of(*r)) : outer(ps, elt);
  if (!l) {
    const Comprehension* last = (*generators)[generators->size - 1];
    span = join(outer(ps, elt), outer(ps, last->ifs.empty() ? last->iter : last->ifs[last->ifs.size - 1]));
  }
  // ListComp, SetComp and GeneratorExp share their layout.
  auto* e = new_expr<ListComp>(ps, kind, span);
  e->elt = elt;
  e->generators = *generators;
  return e;
}

Expr* dict_comp(ParseState* ps, const Token& l, Expr* key, Expr* value, List<Comprehension*>* generators,
                const Token& r) {
  auto* e = new_expr<DictComp>(ps, ExprKind::DictComp, join(span_of(l), span_of(r)));
  e->key = key;
  e->value = value;
  e->generators = *generators;
  return e;
}

Expr* dict_unpack_comp(ParseState* ps, const Token& l, const Token& star) {
  error_at(ps, span_of(star), "dict unpacking cannot be used in dict comprehension");
  return dict(ps, l, nullptr, star);
}

List<Comprehension*>* comp_fors(ParseState* ps, List<Comprehension*>* list, Comprehension* c) {
  if (!list) list = ps->arena.make<List<Comprehension*>>();
  list->push(ps->arena, c);
  return list;
}

Comprehension* comp_for(ParseState* ps, const Token&, bool is_async, ExprSeq* target, Expr* iter) {
  auto* c = ps->arena.make<Comprehension>();
  c->target = seq_value(ps, target);
  store_target(ps, c->target);
  c->iter = iter;
  c->is_async = is_async;
  return c;
}

Comprehension* comp_if(ParseState* ps, Comprehension* c, Expr* cond) {
  c->ifs.push(ps->arena, cond);
  return c;
}

// --------------------------------------------------------------- operators

Expr* bin_op(ParseState* ps, Expr* left, BinOpKind op, Expr* right) {
  auto* e = new_expr<BinOp>(ps, ExprKind::BinOp, join(outer(ps, left), outer(ps, right)));
  e->left = left;
  e->op = op;
  e->right = right;
  return e;
}

Expr* unary(ParseState* ps, const Token& op, UnaryOpKind kind, Expr* operand) {
  auto* e = new_expr<UnaryOp>(ps, ExprKind::UnaryOp, join(span_of(op), outer(ps, operand)));
  e->op = kind;
  e->operand = operand;
  return e;
}

Expr* bool_op(ParseState* ps, BoolOpKind op, Expr* left, Expr* right) {
  auto* e = new_expr<BoolOp>(ps, ExprKind::BoolOp, join(outer(ps, left), outer(ps, right)));
  e->op = op;
  e->values.push(ps->arena, left);
  e->values.push(ps->arena, right);
  return e;
}

Expr* bool_op_append(ParseState* ps, Expr* op, Expr* right) {
  auto* e = static_cast<BoolOp*>(op);
  e->values.push(ps->arena, right);
  e->span = join(e->span, outer(ps, right));
  return e;
}

Expr* disjunction(ParseState* ps, Expr* e) {
  ps->last_disjunction = e;
  return e;
}

Expr* compare(ParseState* ps, Expr* left, int op, Expr* right) {
  auto* e = new_expr<Compare>(ps, ExprKind::Compare, join(outer(ps, left), outer(ps, right)));
  e->left = left;
  e->ops.push(ps->arena, static_cast<CmpOpKind>(op));
  e->comparators.push(ps->arena, right);
  return e;
}

Expr* compare_append(ParseState* ps, Expr* chain, int op, Expr* right) {
  auto* e = static_cast<Compare*>(chain);
  e->ops.push(ps->arena, static_cast<CmpOpKind>(op));
  e->comparators.push(ps->arena, right);
  e->span = join(e->span, outer(ps, right));
  return e;
}

Expr* await(ParseState* ps, const Token& kw, Expr* value) {
  auto* e = new_expr<Await>(ps, ExprKind::Await, join(span_of(kw), outer(ps, value)));
  e->value = value;
  return e;
}

IfExp* if_head(ParseState* ps, Expr* body, Expr* test) {
  auto* e = new_expr<IfExp>(ps, ExprKind::IfExp, join(outer(ps, body), outer(ps, test)));
  e->body = body;
  e->test = test;
  e->orelse = test;  // replaced by if_exp(); never left dangling
  ps->last_if_head = e;
  return e;
}

Expr* if_exp(ParseState* ps, IfExp* head, Expr* orelse) {
  if (ps->last_if_head == head) ps->last_if_head = nullptr;
  head->orelse = orelse;
  head->span = join(head->span, outer(ps, orelse));
  return head;
}

Expr* lambda(ParseState* ps, const Token& kw, Params* params, Expr* body) {
  auto* e = new_expr<Lambda>(ps, ExprKind::Lambda, join(span_of(kw), outer(ps, body)));
  e->args = arguments(ps, params);
  e->body = body;
  return e;
}

// CPython's named_expression: the target must be a plain name.
Expr* named_expr(ParseState* ps, Expr* target, Expr* value) {
  if (target->kind != ExprKind::NameExpr || is_parenthesized(ps, target)) {
    error_at(ps, target->span, std::string("cannot use assignment expressions with ") + expr_name(target));
  }
  set_ctx(target, Ctx::Store);
  auto* e = new_expr<NamedExpr>(ps, ExprKind::NamedExpr, join(outer(ps, target), outer(ps, value)));
  e->target = target;
  e->value = value;
  return e;
}

Expr* starred(ParseState* ps, const Token& star, Expr* value) {
  auto* e = new_expr<Starred>(ps, ExprKind::Starred, join(span_of(star), outer(ps, value)));
  e->value = value;
  e->ctx = Ctx::Load;
  return e;
}

Expr* yield(ParseState* ps, const Token& kw, Expr* value) {
  auto* e = new_expr<Yield>(ps, ExprKind::Yield, value ? join(span_of(kw), outer(ps, value)) : span_of(kw));
  e->value = load_value(ps, value);
  return e;
}

Expr* yield_from(ParseState* ps, const Token& kw, Expr* value) {
  auto* e = new_expr<YieldFrom>(ps, ExprKind::YieldFrom, join(span_of(kw), outer(ps, value)));
  e->value = value;
  return e;
}

// ---------------------------------------------------------------- trailers

Expr* attribute(ParseState* ps, Expr* value, const Token& name) {
  auto* e = new_expr<Attribute>(ps, ExprKind::Attribute, join(outer(ps, value), span_of(name)));
  e->value = value;
  e->attr = copy_name(ps, name.view());
  e->ctx = Ctx::Load;
  return e;
}

// `a[x]`, `a[x, y]`, `a[*x]` (a one-element tuple, as in 3.11), `a[x,]`.
Expr* subscript(ParseState* ps, Expr* value, ExprSeq* items, const Token& rsqb) {
  auto* e = new_expr<Subscript>(ps, ExprKind::Subscript, join(outer(ps, value), span_of(rsqb)));
  e->value = value;
  bool single = items->items.size == 1 && !items->trailing_comma && items->items[0]->kind != ExprKind::Starred;
  e->slice = single ? items->items[0] : tuple_of(ps, items, items->span);
  e->ctx = Ctx::Load;
  return e;
}

Expr* slice(ParseState* ps, Expr* lower, const Token& colon, Expr* upper, const Token* colon2, Expr* step) {
  Span start = lower ? outer(ps, lower) : span_of(colon);
  Span end = step ? outer(ps, step) : colon2 ? span_of(*colon2) : upper ? outer(ps, upper) : span_of(colon);
  auto* e = new_expr<Slice>(ps, ExprKind::Slice, join(start, end));
  e->lower = lower;
  e->upper = upper;
  e->step = step;
  return e;
}

Expr* call(ParseState* ps, Expr* func, const Token& lpar, CallArgs* args, const Token& rpar) {
  auto* e = new_expr<Call>(ps, ExprKind::Call, join(outer(ps, func), span_of(rpar)));
  e->func = func;
  split_args(ps, args, rpar, true, &e->args, &e->keywords);
  // A lone generator argument spans the call's parentheses, as in CPython.
  if (args && args->items.size == 1 && args->items[0]->kind == CallArg::Generator) {
    args->items[0]->value->span = join(span_of(lpar), span_of(rpar));
  }
  return e;
}

CallArgs* args(ParseState* ps, CallArgs* list, CallArg* arg) {
  if (!list) list = ps->arena.make<CallArgs>();
  list->items.push(ps->arena, arg);
  return list;
}

CallArgs* args_trailing_comma(ParseState*, CallArgs* list) {
  list->trailing_comma = true;
  return list;
}

CallArg* arg_positional(ParseState* ps, Expr* value) {
  auto* a = ps->arena.make<CallArg>();
  a->kind = CallArg::Positional;
  a->value = value;
  a->span = a->mark = outer(ps, value);
  return a;
}

CallArg* arg_generator(ParseState* ps, Expr* elt, List<Comprehension*>* generators) {
  Expr* gen = comprehension(ps, ExprKind::GeneratorExp, nullptr, elt, generators, nullptr);
  CallArg* a = arg_positional(ps, gen);
  a->kind = CallArg::Generator;
  // CPython points "invalid syntax" in class bases at the "for" keyword;
  // it starts right after the element.
  a->mark = Span{elt->span.end_line, elt->span.end_col + 1, elt->span.end_line, elt->span.end_col + 4};
  return a;
}

// `key=value`: CPython's invalid_kwarg decides the message by what `key` is.
CallArg* arg_keyword(ParseState* ps, Expr* key, const Token& equal, Expr* value) {
  auto* a = ps->arena.make<CallArg>();
  a->kind = CallArg::Keyword;
  a->value = value;
  a->span = join(outer(ps, key), outer(ps, value));
  a->mark = key->span;
  if (key->kind == ExprKind::NameExpr && !is_parenthesized(ps, key)) {
    a->name = static_cast<NameExpr*>(key)->id;
  } else if (is_keyword_constant(key) && !is_parenthesized(ps, key)) {
    error_at(ps, join(key->span, span_of(equal)), std::string("cannot assign to ") + expr_name(key));
  } else {
    error_at(ps, join(key->span, span_of(equal)), "expression cannot contain assignment, perhaps you meant \"==\"?");
  }
  return a;
}

CallArg* arg_star(ParseState* ps, const Token& star, Expr* value, CallArg::Kind kind) {
  auto* a = ps->arena.make<CallArg>();
  a->kind = kind;
  a->span = join(span_of(star), outer(ps, value));
  a->mark = span_of(star);
  if (kind == CallArg::Star) {
    auto* s = new_expr<Starred>(ps, ExprKind::Starred, a->span);
    s->value = value;
    s->ctx = Ctx::Load;
    a->value = s;
  } else {
    a->value = value;
  }
  return a;
}

// -------------------------------------------------------------- parameters

Params* params(ParseState* ps, Params* list, Param* p) {
  if (!list) list = ps->arena.make<Params>();
  if (p) list->push(ps->arena, p);
  return list;
}

Param* param(ParseState* ps, Param::Kind kind, Arg* arg, Expr* default_value, const Token* mark) {
  auto* p = ps->arena.make<Param>();
  p->kind = kind;
  p->arg = arg;
  p->default_value = default_value;
  p->mark = mark ? span_of(*mark) : arg->span;
  return p;
}

Param* star_default(ParseState* ps, const Token& equal, bool double_star) {
  error_at(ps, span_of(equal), double_star ? "var-keyword argument cannot have default value"
                                           : "var-positional argument cannot have default value");
  return param(ps, Param::Slash, nullptr, nullptr, &equal);
}

Param* lambda_bare_star(ParseState* ps) {
  // Reduced with the following token (":" or ",") as lookahead.
  return param(ps, Param::Star, nullptr, nullptr, &ps->lookahead);
}

Arg* arg(ParseState* ps, const Token& name, Expr* annotation) {
  auto* a = ps->arena.make<Arg>();
  a->arg = copy_name(ps, name.view());
  a->annotation = annotation;
  a->span = annotation ? join(span_of(name), outer(ps, annotation)) : span_of(name);
  return a;
}

// ------------------------------------------------------- simple statements

Stmt* expr_stmt(ParseState* ps, Expr* e) {
  auto* s = new_stmt<ExprStmt>(ps, StmtKind::ExprStmt, outer(ps, e));
  s->value = load_value(ps, e);
  return s;
}

Stmt* assign(ParseState* ps, ExprList* targets, Expr* value) {
  auto* s = new_stmt<Assign>(ps, StmtKind::Assign, join(outer(ps, (*targets)[0]), outer(ps, value)));
  s->targets = *targets;
  s->value = load_value(ps, value);
  for (Expr* t : *targets) {
    if ((t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom) && !is_parenthesized(ps, t)) {
      error_at(ps, t->span, "assignment to yield expression not possible");
      return s;
    }
    Expr* bad = invalid_target(t, Targets::Store);
    if (!bad) continue;
    std::string message = std::string("cannot assign to ") + expr_name(bad);
    // CPython's invalid_named_expression adds a hint when the whole single
    // target is an expression that could have been meant as a comparison.
    if (targets->size == 1 && bad == t && is_bitwise_or(ps, t) && t->kind != ExprKind::List &&
        t->kind != ExprKind::Tuple && t->kind != ExprKind::GeneratorExp && !is_keyword_constant(t) &&
        starts_with_bitwise_or(ps, value)) {
      message += " here. Maybe you meant '==' instead of '='?";
    }
    error_at(ps, bad->span, message);
    return s;
  }
  for (Expr* t : *targets) {
    set_ctx(t, Ctx::Store);
    if (!check_starred(ps, t, true)) break;
  }
  return s;
}

Stmt* aug_assign(ParseState* ps, Expr* target, int op, Expr* value) {
  auto* s = new_stmt<AugAssign>(ps, StmtKind::AugAssign, join(outer(ps, target), outer(ps, value)));
  s->target = target;
  s->op = static_cast<BinOpKind>(op);
  s->value = load_value(ps, value);
  if (target->kind != ExprKind::NameExpr && target->kind != ExprKind::Attribute &&
      target->kind != ExprKind::Subscript) {
    error_at(ps, target->span,
             std::string("'") + expr_name(target) + "' is an illegal expression for augmented assignment");
  }
  set_ctx(target, Ctx::Store);
  return s;
}

Stmt* ann_assign(ParseState* ps, Expr* target, const Token& colon, Expr* annotation, Expr* value) {
  auto* s = new_stmt<AnnAssign>(ps, StmtKind::AnnAssign, join(outer(ps, target), outer(ps, value ? value : annotation)));
  s->target = target;
  s->annotation = annotation;
  s->value = value ? load_value(ps, value) : nullptr;
  bool parens = is_parenthesized(ps, target);
  s->simple = target->kind == ExprKind::NameExpr && !parens;
  switch (target->kind) {
    case ExprKind::NameExpr:
    case ExprKind::Attribute:
    case ExprKind::Subscript: set_ctx(target, Ctx::Store); break;
    case ExprKind::Tuple:
      // `a, b: int` points at `a`; `(a, b): int` at the whole tuple.
      error_at(ps, parens ? target->span : static_cast<Tuple*>(target)->elts[0]->span,
               "only single target (not tuple) can be annotated");
      break;
    case ExprKind::List: error_at(ps, target->span, "only single target (not list) can be annotated"); break;
    case ExprKind::Starred:  // no annotated rule starts with "*"
      if (!parens) {
        error_at(ps, span_of(colon), "invalid syntax");
        break;
      }
      [[fallthrough]];
    default: error_at(ps, target->span, "illegal target for annotation"); break;
  }
  return s;
}

Stmt* del(ParseState* ps, const Token& kw, ExprSeq* targets) {
  auto* s = new_stmt<Delete>(ps, StmtKind::Delete, join(span_of(kw), targets->span));
  s->targets = targets->items;
  for (Expr* t : targets->items) {
    if (Expr* bad = invalid_target(t, Targets::Del)) {
      error_at(ps, bad->span, std::string("cannot delete ") + expr_name(bad));
      return s;
    }
    set_ctx(t, Ctx::Del);
  }
  return s;
}

Stmt* simple(ParseState* ps, StmtKind kind, const Token& kw) {
  switch (kind) {
    case StmtKind::Break: return new_stmt<Break>(ps, kind, span_of(kw));
    case StmtKind::Continue: return new_stmt<Continue>(ps, kind, span_of(kw));
    default: return new_stmt<Pass>(ps, StmtKind::Pass, span_of(kw));
  }
}

Stmt* return_stmt(ParseState* ps, const Token& kw, Expr* value) {
  auto* s = new_stmt<Return>(ps, StmtKind::Return, value ? join(span_of(kw), outer(ps, value)) : span_of(kw));
  s->value = load_value(ps, value);
  return s;
}

Stmt* raise(ParseState* ps, const Token& kw, Expr* exc, Expr* cause) {
  Span span = cause ? join(span_of(kw), outer(ps, cause)) : exc ? join(span_of(kw), outer(ps, exc)) : span_of(kw);
  auto* s = new_stmt<Raise>(ps, StmtKind::Raise, span);
  s->exc = exc;
  s->cause = cause;
  return s;
}

NameList* name_list(ParseState* ps, NameList* list, const Token& name) {
  if (!list) {
    list = ps->arena.make<NameList>();
    list->span = span_of(name);
  }
  list->names.push(ps->arena, copy_name(ps, name.view()));
  list->span = join(list->span, span_of(name));
  return list;
}

Stmt* global(ParseState* ps, const Token& kw, NameList* names, bool nonlocal) {
  Span span = join(span_of(kw), names->span);
  if (nonlocal) {
    auto* s = new_stmt<Nonlocal>(ps, StmtKind::Nonlocal, span);
    s->names = names->names;
    return s;
  }
  auto* s = new_stmt<Global>(ps, StmtKind::Global, span);
  s->names = names->names;
  return s;
}

Stmt* assert_stmt(ParseState* ps, const Token& kw, Expr* test, Expr* msg) {
  auto* s = new_stmt<Assert>(ps, StmtKind::Assert, join(span_of(kw), outer(ps, msg ? msg : test)));
  s->test = test;
  s->msg = msg;
  return s;
}

Dotted* dotted(ParseState* ps, Dotted* prefix, const Token& name) {
  auto* d = ps->arena.make<Dotted>();
  if (!prefix) {
    d->name = copy_name(ps, name.view());
    d->span = span_of(name);
  } else {
    d->name = copy_name(ps, std::string(prefix->name.view()) + "." + std::string(name.view()));
    d->span = join(prefix->span, span_of(name));
  }
  return d;
}

Alias* alias(ParseState* ps, Dotted* name, const Token* asname) {
  auto* a = ps->arena.make<Alias>();
  a->name = name->name;
  a->span = name->span;
  if (asname) {
    a->asname = copy_name(ps, asname->view());
    a->span = join(a->span, span_of(*asname));
  }
  return a;
}

ImportTargets* aliases(ParseState* ps, ImportTargets* list, Alias* a) {
  if (!list) {
    list = ps->arena.make<ImportTargets>();
    list->span = a->span;
  }
  list->names.push(ps->arena, a);
  list->span = join(list->span, a->span);
  return list;
}

ImportTargets* import_star(ParseState* ps, const Token& star) {
  auto* a = ps->arena.make<Alias>();
  a->name = copy_name(ps, "*");
  a->span = span_of(star);
  return aliases(ps, nullptr, a);
}

ImportTargets* import_trailing_comma(ParseState* ps, ImportTargets* list, const Token& comma) {
  (void)comma;
  error_at_lookahead(ps, "trailing comma not allowed without surrounding parentheses");
  return list;
}

ImportTargets* import_parens(ParseState*, ImportTargets* list, const Token& rpar) {
  list->span = join(list->span, span_of(rpar));
  return list;
}

FromModule* from_module(ParseState* ps, int level, Dotted* name) {
  auto* m = ps->arena.make<FromModule>();
  m->level = level;
  if (name) m->module = name->name;
  return m;
}

Stmt* import(ParseState* ps, const Token& kw, ImportTargets* names) {
  auto* s = new_stmt<Import>(ps, StmtKind::Import, join(span_of(kw), names->span));
  s->names = names->names;
  return s;
}

Stmt* import_from(ParseState* ps, const Token& kw, FromModule* module, ImportTargets* names) {
  auto* s = new_stmt<ImportFrom>(ps, StmtKind::ImportFrom, join(span_of(kw), names->span));
  s->module = module->module;
  s->names = names->names;
  s->level = module->level;
  return s;
}

// ----------------------------------------------------- compound statements

Stmt* if_stmt(ParseState* ps, const Token& kw, Expr* test, StmtList* body, StmtList* orelse) {
  auto* s = new_stmt<If>(ps, StmtKind::If, through_body(span_of(kw), orelse ? orelse : body));
  s->test = test;
  s->body = *body;
  if (orelse) s->orelse = *orelse;
  return s;
}

Stmt* while_stmt(ParseState* ps, const Token& kw, Expr* test, StmtList* body, StmtList* orelse) {
  auto* s = new_stmt<While>(ps, StmtKind::While, through_body(span_of(kw), orelse ? orelse : body));
  s->test = test;
  s->body = *body;
  if (orelse) s->orelse = *orelse;
  return s;
}

Stmt* for_stmt(ParseState* ps, const Token& kw, ExprSeq* target, Expr* iter, StmtList* body, StmtList* orelse) {
  auto* s = new_stmt<For>(ps, StmtKind::For, through_body(span_of(kw), orelse ? orelse : body));
  s->target = seq_value(ps, target);
  store_target(ps, s->target);
  s->iter = load_value(ps, iter);
  s->body = *body;
  if (orelse) s->orelse = *orelse;
  return s;
}

TryTail* handlers(ParseState* ps, TryTail* tail, ExceptHandler* h) {
  if (!tail) tail = ps->arena.make<TryTail>();
  tail->handlers.push(ps->arena, h);
  tail->end = through_body(h->span, &h->body);
  return tail;
}

ExceptHandler* handler(ParseState* ps, const Token& kw, Expr* type, const Token* name, StmtList* body) {
  auto* h = ps->arena.make<ExceptHandler>();
  h->type = type;
  if (name) h->name = copy_name(ps, name->view());
  h->body = *body;
  h->span = through_body(span_of(kw), body);
  return h;
}

ExceptHandler* star_handler(ParseState* ps, const Token& kw, const Token& star, Expr* type, const Token* name,
                            StmtList* body) {
  if (!type) error_at(ps, span_of(star), "expected one or more exception types");
  ExceptHandler* h = handler(ps, kw, type, name, body);
  h->star = true;
  return h;
}

TryTail* try_tail(ParseState* ps, TryTail* handlers, StmtList* orelse, StmtList* finalbody) {
  TryTail* tail = handlers ? handlers : ps->arena.make<TryTail>();
  if (orelse) {
    tail->orelse = *orelse;
    tail->end = through_body(tail->end, orelse);
  }
  if (finalbody) {
    tail->finalbody = *finalbody;
    tail->end = through_body(tail->end, finalbody);
  }
  return tail;
}

Stmt* try_stmt(ParseState* ps, const Token& kw, StmtList* body, TryTail* tail) {
  int stars = 0;
  for (ExceptHandler* h : tail->handlers) stars += h->star;
  if (stars && stars != tail->handlers.size) {
    for (ExceptHandler* h : tail->handlers) {
      if (h->star != tail->handlers[0]->star) {
        error_at(ps, h->span.line == kw.line ? h->span : Span{h->span.line, h->span.col, h->span.line, h->span.col + 6},
                 "cannot have both 'except' and 'except*' on the same 'try'");
        break;
      }
    }
  }
  if (stars) {
    // TryStar has Try's layout.
    auto* s = new_stmt<TryStar>(ps, StmtKind::TryStar, join(span_of(kw), tail->end));
    s->body = *body;
    s->handlers = tail->handlers;
    s->orelse = tail->orelse;
    s->finalbody = tail->finalbody;
    return s;
  }
  auto* s = new_stmt<Try>(ps, StmtKind::Try, join(span_of(kw), tail->end));
  s->body = *body;
  s->handlers = tail->handlers;
  s->orelse = tail->orelse;
  s->finalbody = tail->finalbody;
  return s;
}

List<WithItem*>* with_items(ParseState* ps, List<WithItem*>* list, WithItem* item) {
  if (!list) list = ps->arena.make<List<WithItem*>>();
  list->push(ps->arena, item);
  return list;
}

WithItem* with_item(ParseState* ps, Expr* context, Expr* target) {
  auto* w = ps->arena.make<WithItem>();
  w->context_expr = context;
  w->optional_vars = target;
  if (target) store_target(ps, target);
  return w;
}

Stmt* with_stmt(ParseState* ps, const Token& kw, List<WithItem*>* items, StmtList* body) {
  auto* s = new_stmt<With>(ps, StmtKind::With, through_body(span_of(kw), body));
  s->items = *items;
  s->body = *body;
  return s;
}

Stmt* funcdef(ParseState* ps, const Token& kw, const Token& name, Params* params, Expr* returns,
              StmtList* body) {
  auto* s = new_stmt<FunctionDef>(ps, StmtKind::FunctionDef, through_body(span_of(kw), body));
  s->name = copy_name(ps, name.view());
  s->args = arguments(ps, params);
  s->body = *body;
  s->returns = returns;
  return s;
}

Stmt* classdef(ParseState* ps, const Token& kw, const Token& name, CallArgs* args, const Token* rpar,
              StmtList* body) {
  auto* s = new_stmt<ClassDef>(ps, StmtKind::ClassDef, through_body(span_of(kw), body));
  s->name = copy_name(ps, name.view());
  if (args) split_args(ps, args, *rpar, false, &s->bases, &s->keywords);
  s->body = *body;
  return s;
}

Stmt* make_async(ParseState*, const Token& kw, Stmt* s) {
  switch (s->kind) {
    case StmtKind::FunctionDef: static_cast<FunctionDef*>(s)->is_async = true; break;
    case StmtKind::For: static_cast<For*>(s)->is_async = true; break;
    case StmtKind::With: static_cast<With*>(s)->is_async = true; break;
    default: break;
  }
  s->span = join(span_of(kw), s->span);
  return s;
}

Stmt* decorate(ParseState*, ExprList* decorators, Stmt* s) {
  if (s->kind == StmtKind::FunctionDef) {
    static_cast<FunctionDef*>(s)->decorator_list = *decorators;
  } else if (s->kind == StmtKind::ClassDef) {
    static_cast<ClassDef*>(s)->decorator_list = *decorators;
  }
  return s;
}

// ------------------------------------------------------------------ match

namespace {

template <class T>
T* new_pattern(ParseState* ps, PatternKind kind, Span span) {
  T* p = ps->arena.make<T>();
  p->kind = kind;
  p->span = span;
  return p;
}

// CPython's invalid_as_pattern / pattern_capture_target: a capture name may
// not be "_".
Name capture_name(ParseState* ps, const Token& name) {
  if (name.view() == "_") error_at(ps, span_of(name), "cannot use '_' as a target");
  return copy_name(ps, name.view());
}

}  // namespace

Stmt* match_stmt(ParseState* ps, const Token& kw, ExprSeq* subject, List<MatchCase*>* cases) {
  MatchCase* last = (*cases)[cases->size - 1];
  auto* s = new_stmt<Match>(ps, StmtKind::Match, join(span_of(kw), last->span));
  if (subject->items.size == 1 && !subject->trailing_comma && subject->items[0]->kind == ExprKind::Starred) {
    error_at(ps, subject->items[0]->span, "invalid syntax");
  }
  s->subject = seq_value(ps, subject);
  s->cases = *cases;
  return s;
}

List<MatchCase*>* match_cases(ParseState* ps, List<MatchCase*>* list, MatchCase* c) {
  if (!list) list = ps->arena.make<List<MatchCase*>>();
  list->push(ps->arena, c);
  return list;
}

MatchCase* match_case(ParseState* ps, const Token& kw, PatSeq* patterns, Expr* guard, StmtList* body) {
  auto* c = ps->arena.make<MatchCase>();
  if (patterns->items.size == 1 && !patterns->trailing_comma) {
    c->pattern = patterns->items[0];
    if (c->pattern->kind == PatternKind::MatchStar) error_at(ps, c->pattern->span, "invalid syntax");
  } else {
    auto* seq = new_pattern<MatchSequence>(ps, PatternKind::MatchSequence, patterns->span);
    seq->patterns = patterns->items;
    c->pattern = seq;
  }
  c->guard = guard;
  c->body = *body;
  c->span = through_body(span_of(kw), body);
  return c;
}

PatSeq* pat_seq(ParseState* ps, PatSeq* s, Pattern* p) {
  if (!s) {
    s = ps->arena.make<PatSeq>();
    s->span = p->span;
  } else {
    s->span = join(s->span, p->span);
  }
  s->items.push(ps->arena, p);
  return s;
}

PatSeq* pat_trailing_comma(ParseState*, PatSeq* s, const Token& comma) {
  s->trailing_comma = true;
  s->span = join(s->span, span_of(comma));
  return s;
}

Pattern* star_pattern(ParseState* ps, const Token& star, const Token& name) {
  auto* p = new_pattern<MatchStar>(ps, PatternKind::MatchStar, join(span_of(star), span_of(name)));
  if (name.view() != "_") p->name = copy_name(ps, name.view());
  return p;
}

Pattern* or_pattern(ParseState* ps, PatSeq* alternatives) {
  if (alternatives->items.size == 1) return alternatives->items[0];
  auto* p = new_pattern<MatchOr>(ps, PatternKind::MatchOr, alternatives->span);
  p->patterns = alternatives->items;
  return p;
}

Pattern* as_pattern(ParseState* ps, Pattern* inner, const Token& name) {
  auto* p = new_pattern<MatchAs>(ps, PatternKind::MatchAs, join(inner->span, span_of(name)));
  p->pattern = inner;
  p->name = capture_name(ps, name);
  return p;
}

Pattern* literal_pattern(ParseState* ps, Expr* value) {
  if (value->kind == ExprKind::Constant) {
    ConstKind k = static_cast<Constant*>(value)->const_kind;
    if (k == ConstKind::None || k == ConstKind::True || k == ConstKind::False) {
      auto* p = new_pattern<MatchSingleton>(ps, PatternKind::MatchSingleton, value->span);
      p->value = k;
      return p;
    }
  }
  auto* p = new_pattern<MatchValue>(ps, PatternKind::MatchValue, value->span);
  p->value = value;
  return p;
}

Pattern* name_pattern(ParseState* ps, Expr* name) {
  if (name->kind == ExprKind::Attribute) {
    auto* p = new_pattern<MatchValue>(ps, PatternKind::MatchValue, name->span);
    p->value = name;
    return p;
  }
  auto* p = new_pattern<MatchAs>(ps, PatternKind::MatchAs, name->span);
  Name id = static_cast<NameExpr*>(name)->id;
  if (id.view() != "_") p->name = id;
  return p;
}

Pattern* class_pattern(ParseState* ps, Expr* cls, ClassArgs* args, const Token& rpar) {
  auto* p = new_pattern<MatchClass>(ps, PatternKind::MatchClass, join(cls->span, span_of(rpar)));
  p->cls = cls;
  if (args) {
    if (args->positional_after_keyword) {
      error_at(ps, args->positional_span, "positional patterns follow keyword patterns");
    }
    p->patterns = args->patterns;
    p->kwd_attrs = args->kwd_attrs;
    p->kwd_patterns = args->kwd_patterns;
  }
  return p;
}

Pattern* seq_pattern(ParseState* ps, const Token& open, PatSeq* items, const Token& close, bool parens) {
  Span span = join(span_of(open), span_of(close));
  if (parens && items && items->items.size == 1 && !items->trailing_comma) {
    Pattern* group = items->items[0];  // `(pattern)` is the pattern itself
    if (group->kind == PatternKind::MatchStar) error_at(ps, group->span, "invalid syntax");
    return group;
  }
  auto* p = new_pattern<MatchSequence>(ps, PatternKind::MatchSequence, span);
  if (items) p->patterns = items->items;
  return p;
}

Pattern* mapping_pattern(ParseState* ps, const Token& open, MapItems* items, const Token& close) {
  auto* p = new_pattern<MatchMapping>(ps, PatternKind::MatchMapping, join(span_of(open), span_of(close)));
  if (items) {
    if (items->item_after_rest) error_at(ps, items->bad_span, "invalid syntax");
    p->keys = items->keys;
    p->patterns = items->patterns;
    p->rest = items->rest;
  }
  return p;
}

// `1 + 2j`, `-1 - 2j`: the left part real, the right one imaginary.
Expr* complex_literal(ParseState* ps, Expr* real, BinOpKind op, const Token& imag) {
  Expr* right = number(ps, imag);
  Expr* left_number = real->kind == ExprKind::UnaryOp ? static_cast<UnaryOp*>(real)->operand : real;
  if (static_cast<Constant*>(left_number)->const_kind == ConstKind::Imaginary) {
    error_at(ps, real->span, "real number required in complex literal");
  } else if (static_cast<Constant*>(right)->const_kind != ConstKind::Imaginary) {
    error_at(ps, right->span, "imaginary number required in complex literal");
  }
  return bin_op(ps, real, op, right);
}

ClassArgs* class_arg(ParseState* ps, const Token* keyword, Pattern* p) {
  auto* a = ps->arena.make<ClassArgs>();
  a->first_keyword.line = 0;
  if (keyword) {
    a->kwd_attrs.push(ps->arena, copy_name(ps, keyword->view()));
    a->kwd_patterns.push(ps->arena, p);
    a->first_keyword = join(span_of(*keyword), p->span);
  } else {
    a->patterns.push(ps->arena, p);
  }
  return a;
}

ClassArgs* class_args(ParseState* ps, ClassArgs* list, ClassArgs* arg) {
  if (arg->patterns.size) {
    if (list->first_keyword.line > 0 && !list->positional_after_keyword) {
      list->positional_after_keyword = true;
      list->positional_span = arg->patterns[0]->span;
    }
    list->patterns.push(ps->arena, arg->patterns[0]);
  } else {
    if (list->first_keyword.line <= 0) list->first_keyword = arg->first_keyword;
    list->kwd_attrs.push(ps->arena, arg->kwd_attrs[0]);
    list->kwd_patterns.push(ps->arena, arg->kwd_patterns[0]);
  }
  return list;
}

MapItems* map_item(ParseState* ps, Expr* key, Pattern* p) {
  auto* m = ps->arena.make<MapItems>();
  if (key->kind == ExprKind::NameExpr) error_at(ps, key->span, "invalid syntax");  // keys are literals or a.b
  m->keys.push(ps->arena, key);
  m->patterns.push(ps->arena, p);
  m->bad_span = key->span;
  return m;
}

MapItems* map_rest(ParseState* ps, const Token& star, const Token& name) {
  auto* m = ps->arena.make<MapItems>();
  if (name.view() == "_") error_at(ps, span_of(name), "invalid syntax");
  m->rest = copy_name(ps, name.view());
  m->rest_span = join(span_of(star), span_of(name));
  m->bad_span = m->rest_span;
  return m;
}

MapItems* map_items(ParseState* ps, MapItems* list, MapItems* item) {
  if (!list->rest.empty()) {
    if (!list->item_after_rest) list->bad_span = item->bad_span;
    list->item_after_rest = true;
  }
  if (!item->rest.empty()) {
    list->rest = item->rest;
    list->rest_span = item->rest_span;
  } else {
    list->keys.push(ps->arena, item->keys[0]);
    list->patterns.push(ps->arena, item->patterns[0]);
  }
  return list;
}

}  // namespace coil::parse::build
