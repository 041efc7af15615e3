// `ast::unparse`: an expression back to source text, exactly as CPython 3.11's
// Python/ast_unparse.c writes it. `from __future__ import annotations` stores
// annotations as these strings, so they must match CPython's character for
// character (spacing, parentheses by operator priority, constant reprs).
#include <string>

#include "parser/ast.hpp"
#include "parser/ast_repr.hpp"

namespace coil::ast {

namespace {

// Operator priorities, lowest first (CPython's PR_* levels).
enum Priority {
  kTuple,
  kTest,    // if-else, lambda
  kOr,
  kAnd,
  kNot,
  kCmp,
  kExpr,
  kBor = kExpr,
  kBxor,
  kBand,
  kShift,
  kArith,
  kTerm,
  kFactor,  // unary + - ~
  kPower,
  kAwait,
  kAtom,
};

class Unparser {
 public:
  std::string out;

  void expr(const Expr* e, int level) {
    switch (e->kind) {
      case ExprKind::BoolOp: return bool_op(static_cast<const BoolOp*>(e), level);
      case ExprKind::BinOp: return bin_op(static_cast<const BinOp*>(e), level);
      case ExprKind::UnaryOp: return unary_op(static_cast<const UnaryOp*>(e), level);
      case ExprKind::Lambda: return lambda(static_cast<const Lambda*>(e), level);
      case ExprKind::IfExp: return if_exp(static_cast<const IfExp*>(e), level);
      case ExprKind::Dict: return dict(static_cast<const Dict*>(e));
      case ExprKind::Set: return sequence("{", static_cast<const Set*>(e)->elts, "}");
      case ExprKind::GeneratorExp: {
        auto* g = static_cast<const GeneratorExp*>(e);
        return comprehension("(", g->elt, nullptr, g->generators, ")");
      }
      case ExprKind::ListComp: {
        auto* c = static_cast<const ListComp*>(e);
        return comprehension("[", c->elt, nullptr, c->generators, "]");
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<const SetComp*>(e);
        return comprehension("{", c->elt, nullptr, c->generators, "}");
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<const DictComp*>(e);
        return comprehension("{", c->key, c->value, c->generators, "}");
      }
      case ExprKind::Yield: {
        const Expr* v = static_cast<const Yield*>(e)->value;
        if (!v) {
          out += "(yield)";
          return;
        }
        out += "(yield ";
        expr(v, kTest);
        out += ")";
        return;
      }
      case ExprKind::YieldFrom:
        out += "(yield from ";
        expr(static_cast<const YieldFrom*>(e)->value, kTest);
        out += ")";
        return;
      case ExprKind::Await:
        open_if(level > kAwait);
        out += "await ";
        expr(static_cast<const Await*>(e)->value, kAtom);
        close_if(level > kAwait);
        return;
      case ExprKind::Compare: return compare(static_cast<const Compare*>(e), level);
      case ExprKind::Call: return call(static_cast<const Call*>(e));
      case ExprKind::Constant: return constant(static_cast<const Constant*>(e));
      case ExprKind::JoinedStr: return joined_str(static_cast<const JoinedStr*>(e), false);
      case ExprKind::FormattedValue:
        return formatted_value(static_cast<const FormattedValue*>(e));
      case ExprKind::Attribute: return attribute(static_cast<const Attribute*>(e));
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        expr(s->value, kAtom);
        out += "[";
        expr(s->slice, kTuple);
        out += "]";
        return;
      }
      case ExprKind::Starred:
        out += "*";
        expr(static_cast<const Starred*>(e)->value, kExpr);
        return;
      case ExprKind::Slice: return slice(static_cast<const Slice*>(e));
      case ExprKind::NameExpr: out += static_cast<const NameExpr*>(e)->id.view(); return;
      case ExprKind::List: return sequence("[", static_cast<const ListExpr*>(e)->elts, "]");
      case ExprKind::Tuple: return tuple(static_cast<const Tuple*>(e), level);
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        open_if(level > kTuple);
        expr(n->target, kAtom);
        out += ":=";
        expr(n->value, kAtom);
        close_if(level > kTuple);
        return;
      }
    }
  }

 private:
  void open_if(bool cond) {
    if (cond) out += "(";
  }
  void close_if(bool cond) {
    if (cond) out += ")";
  }

  void bool_op(const BoolOp* e, int level) {
    int pr = e->op == BoolOpKind::And ? kAnd : kOr;
    const char* op = e->op == BoolOpKind::And ? " and " : " or ";
    open_if(level > pr);
    for (int i = 0; i < e->values.size; ++i) {
      if (i > 0) out += op;
      expr(e->values[i], pr + 1);
    }
    close_if(level > pr);
  }

  void bin_op(const BinOp* e, int level) {
    static const char* const ops[] = {" + ", " - ",  " * ", " @ ", " / ", " % ", " ** ",
                                      " << ", " >> ", " | ", " ^ ", " & ", " // "};
    static const int prs[] = {kArith, kArith, kTerm, kTerm, kTerm, kTerm, kPower,
                              kShift, kShift, kBor,  kBxor, kBand, kTerm};
    int i = static_cast<int>(e->op);
    int pr = prs[i];
    bool right_assoc = e->op == BinOpKind::Pow;
    open_if(level > pr);
    expr(e->left, pr + (right_assoc ? 1 : 0));
    out += ops[i];
    expr(e->right, pr + (right_assoc ? 0 : 1));
    close_if(level > pr);
  }

  void unary_op(const UnaryOp* e, int level) {
    static const char* const ops[] = {"~", "not ", "+", "-"};
    int pr = e->op == UnaryOpKind::Not ? kNot : kFactor;
    open_if(level > pr);
    out += ops[static_cast<int>(e->op)];
    expr(e->operand, pr);
    close_if(level > pr);
  }

  void arg(const Arg* a) {
    out += a->arg.view();
    if (a->annotation) {
      out += ": ";
      expr(a->annotation, kTest);
    }
  }

  void arguments(const Arguments* a) {
    bool first = true;
    auto comma = [&] {
      if (!first) out += ", ";
      first = false;
    };
    int positional = a->posonlyargs.size + a->args.size;
    for (int i = 0; i < positional; ++i) {
      comma();
      arg(i < a->posonlyargs.size ? a->posonlyargs[i] : a->args[i - a->posonlyargs.size]);
      int d = i - positional + a->defaults.size;
      if (d >= 0) {
        out += "=";
        expr(a->defaults[d], kTest);
      }
      if (a->posonlyargs.size && i + 1 == a->posonlyargs.size) out += ", /";
    }
    if (a->vararg || a->kwonlyargs.size) {
      comma();
      out += "*";
      if (a->vararg) arg(a->vararg);
    }
    for (int i = 0; i < a->kwonlyargs.size; ++i) {
      comma();
      arg(a->kwonlyargs[i]);
      int d = i - a->kwonlyargs.size + a->kw_defaults.size;
      if (d >= 0 && a->kw_defaults[d]) {
        out += "=";
        expr(a->kw_defaults[d], kTest);
      }
    }
    if (a->kwarg) {
      comma();
      out += "**";
      arg(a->kwarg);
    }
  }

  void lambda(const Lambda* e, int level) {
    open_if(level > kTest);
    out += e->args->args.size + e->args->posonlyargs.size ? "lambda " : "lambda";
    arguments(e->args);
    out += ": ";
    expr(e->body, kTest);
    close_if(level > kTest);
  }

  void if_exp(const IfExp* e, int level) {
    open_if(level > kTest);
    expr(e->body, kTest + 1);
    out += " if ";
    expr(e->test, kTest + 1);
    out += " else ";
    expr(e->orelse, kTest);
    close_if(level > kTest);
  }

  void dict(const Dict* e) {
    out += "{";
    for (int i = 0; i < e->values.size; ++i) {
      if (i > 0) out += ", ";
      if (e->keys[i]) {
        expr(e->keys[i], kTest);
        out += ": ";
        expr(e->values[i], kTest);
      } else {
        out += "**";
        expr(e->values[i], kExpr);
      }
    }
    out += "}";
  }

  void sequence(const char* open, const List<Expr*>& elts, const char* close) {
    out += open;
    for (int i = 0; i < elts.size; ++i) {
      if (i > 0) out += ", ";
      expr(elts[i], kTest);
    }
    out += close;
  }

  void tuple(const Tuple* e, int level) {
    if (e->elts.empty()) {
      out += "()";
      return;
    }
    open_if(level > kTuple);
    for (int i = 0; i < e->elts.size; ++i) {
      if (i > 0) out += ", ";
      expr(e->elts[i], kTest);
    }
    if (e->elts.size == 1) out += ",";
    close_if(level > kTuple);
  }

  void comprehension(const char* open, const Expr* elt, const Expr* value,
                     const List<Comprehension*>& generators, const char* close) {
    out += open;
    expr(elt, kTest);
    if (value) {
      out += ": ";
      expr(value, kTest);
    }
    for (const Comprehension* g : generators) {
      out += g->is_async ? " async for " : " for ";
      expr(g->target, kTuple);
      out += " in ";
      expr(g->iter, kTest + 1);
      for (const Expr* cond : g->ifs) {
        out += " if ";
        expr(cond, kTest + 1);
      }
    }
    out += close;
  }

  void compare(const Compare* e, int level) {
    static const char* const ops[] = {" == ", " != ", " < ",  " <= ",     " > ",
                                      " >= ", " is ", " is not ", " in ", " not in "};
    open_if(level > kCmp);
    expr(e->left, kCmp + 1);
    for (int i = 0; i < e->comparators.size; ++i) {
      out += ops[static_cast<int>(e->ops[i])];
      expr(e->comparators[i], kCmp + 1);
    }
    close_if(level > kCmp);
  }

  void call(const Call* e) {
    expr(e->func, kAtom);
    // f(x for x in y): the generator expression's parentheses are the call's.
    if (e->args.size == 1 && e->keywords.empty() &&
        e->args[0]->kind == ExprKind::GeneratorExp) {
      expr(e->args[0], kTest);
      return;
    }
    out += "(";
    bool first = true;
    for (const Expr* a : e->args) {
      if (!first) out += ", ";
      first = false;
      expr(a, kTest);
    }
    for (const Keyword* k : e->keywords) {
      if (!first) out += ", ";
      first = false;
      if (k->arg.empty()) {
        out += "**";
      } else {
        out += k->arg.view();
        out += "=";
      }
      expr(k->value, kTest);
    }
    out += ")";
  }

  // repr() of a float or imaginary constant, with infinity written as
  // 1e309 (a literal that evaluates back to it).
  static std::string float_repr(double v, bool imaginary) {
    std::string r = repr_float(v, !imaginary);
    if (r == "inf" || r == "-inf") r.replace(r.size() - 3, 3, "1e309");
    return imaginary ? r + "j" : r;
  }

  void constant(const Constant* c) {
    switch (c->const_kind) {
      case ConstKind::None: out += "None"; return;
      case ConstKind::True: out += "True"; return;
      case ConstKind::False: out += "False"; return;
      case ConstKind::Ellipsis: out += "..."; return;
      case ConstKind::Int: out += int_to_decimal(c->text.view()); return;
      case ConstKind::Float: out += float_repr(c->number, false); return;
      case ConstKind::Imaginary: out += float_repr(c->number, true); return;
      case ConstKind::Str: out += repr_str(c->text.view()); return;
      case ConstKind::Bytes: out += repr_bytes(c->text.view()); return;
    }
  }

  void attribute(const Attribute* e) {
    expr(e->value, kAtom);
    // `1 .real`: an int needs a space before the dot to stay an int.
    bool int_value = e->value->kind == ExprKind::Constant &&
                     static_cast<const Constant*>(e->value)->const_kind == ConstKind::Int;
    out += int_value ? " ." : ".";
    out += e->attr.view();
  }

  void slice(const Slice* e) {
    if (e->lower) expr(e->lower, kTest);
    out += ":";
    if (e->upper) expr(e->upper, kTest);
    if (e->step) {
      out += ":";
      expr(e->step, kTest);
    }
  }

  // --- f-strings: the body is built apart, then written as one repr()'d
  // string (so the quotes are chosen for the whole body).

  static std::string escape_braces(std::string_view s) {
    std::string r;
    for (char ch : s) {
      r += ch;
      if (ch == '{' || ch == '}') r += ch;
    }
    return r;
  }

  void fstring_element(const Expr* e, bool is_format_spec) {
    switch (e->kind) {
      case ExprKind::Constant:
        out += escape_braces(static_cast<const Constant*>(e)->text.view());
        return;
      case ExprKind::JoinedStr:
        return joined_str(static_cast<const JoinedStr*>(e), is_format_spec);
      case ExprKind::FormattedValue:
        return formatted_value(static_cast<const FormattedValue*>(e));
      default:
        expr(e, kTest);
    }
  }

  void joined_str(const JoinedStr* e, bool is_format_spec) {
    Unparser body;
    for (const Expr* v : e->values) body.fstring_element(v, is_format_spec);
    if (is_format_spec) {
      out += body.out;
    } else {
      out += "f";
      out += repr_str(body.out);
    }
  }

  void formatted_value(const FormattedValue* e) {
    // Above kTest, so a lambda's ':' is parenthesized.
    Unparser value;
    value.expr(e->value, kTest + 1);
    out += value.out.starts_with("{") ? "{ " : "{";
    out += value.out;
    if (e->conversion > 0) {
      out += '!';
      out += static_cast<char>(e->conversion);
    }
    if (e->format_spec) {
      out += ":";
      fstring_element(e->format_spec, true);
    }
    out += "}";
  }
};

}  // namespace

std::string unparse(const Expr* e) {
  Unparser u;
  u.expr(e, kTest);
  return u.out;
}

}  // namespace coil::ast
