// The AST's arena and `ast::dump`, which prints exactly what CPython 3.11's
// `ast.dump(tree)` prints: the parser's tests compare the two.
//
// ast.dump omits a field when its value is None and the field is optional
// (`expr?` in CPython's ASDL), shows lists even when empty, and shows
// constants with Python's repr. The writers below follow the ASDL field order.
#include <gmp.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "lexer/scanner.hpp"
#include "parser/ast.hpp"
#include "parser/ast_repr.hpp"

namespace coil::ast {

// ------------------------------------------------------------------ Arena

namespace {
constexpr size_t kBlockSize = 64 * 1024;
}

void* Arena::allocate(size_t size, size_t align) {
  size_t pad = cur_ ? (align - reinterpret_cast<uintptr_t>(cur_) % align) % align : 0;
  if (!cur_ || pad + size > left_) {
    size_t block = size + align > kBlockSize ? size + align : kBlockSize;
    blocks_.push_back(std::make_unique<char[]>(block));
    cur_ = blocks_.back().get();
    left_ = block;
    pad = (align - reinterpret_cast<uintptr_t>(cur_) % align) % align;
  }
  void* p = cur_ + pad;
  cur_ += pad + size;
  left_ -= pad + size;
  return p;
}

std::string_view Arena::copy(std::string_view s) {
  char* p = static_cast<char*>(allocate(s.size() + 1, 1));
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return {p, s.size()};
}

// ------------------------------------------------------------- Python reprs

// repr() of a str given as UTF-8 (surrogates as 3-byte sequences).
std::string repr_str(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string text(s);  // NUL-terminated for is_printable
  std::string out(1, quote);
  char buf[16];
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c == '\\' || c == static_cast<unsigned char>(quote)) {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c == '\t') {
        out += "\\t";
      } else if (c < 0x20 || c == 0x7F) {
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (i + n > text.size()) n = static_cast<int>(text.size() - i);
    unsigned cp = n == 2   ? ((c & 0x1Fu) << 6) | (text[i + 1] & 0x3Fu)
                  : n == 3 ? ((c & 0x0Fu) << 12) | ((text[i + 1] & 0x3Fu) << 6) | (text[i + 2] & 0x3Fu)
                           : ((c & 0x07u) << 18) | ((text[i + 1] & 0x3Fu) << 12) |
                                 ((text[i + 2] & 0x3Fu) << 6) | (text[i + 3] & 0x3Fu);
    bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (!surrogate && lex::is_printable(text.c_str() + i, text.c_str() + text.size())) {
      out.append(text, i, n);
    } else if (cp < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
    i += n;
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  char buf[8];
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '\\' || c == static_cast<unsigned char>(quote)) {
      out += '\\';
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

// Python's repr(float), or the imaginary part of repr(complex) when
// `add_dot_zero` is false ("1j", not "1.0j").
std::string repr_float(double v, bool add_dot_zero) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (std::isnan(v)) return "nan";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);  // shortest round-trip: "-d.ddde+XX"
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  size_t e = sci.find('e');
  int exp = std::atoi(sci.c_str() + e + 1);
  std::string digits = sci.substr(0, e);
  if (digits.size() > 1) digits.erase(1, 1);  // drop the "."
  std::string out;
  if (exp >= -4 && exp < 16) {  // Python's repr switches to exponents outside [-4, 16)
    if (exp < 0) {
      out = "0." + std::string(-exp - 1, '0') + digits;
    } else if (static_cast<int>(digits.size()) <= exp + 1) {
      out = digits + std::string(exp + 1 - digits.size(), '0');
      if (add_dot_zero) out += ".0";
    } else {
      out = digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char ebuf[16];
    std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += ebuf;
  }
  return sign + out;
}

// An int literal as written (prefix, no underscores) in decimal.
std::string int_to_decimal(std::string_view text) {
  int base = 10;
  std::string digits(text);
  if (digits.size() > 2 && digits[0] == '0') {
    char p = static_cast<char>(digits[1] | 0x20);
    base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    if (base != 10) digits.erase(0, 2);
  }
  size_t nonzero = digits.find_first_not_of('0');
  if (nonzero == std::string::npos) return "0";
  digits.erase(0, nonzero);
  mpz_t z;
  if (mpz_init_set_str(z, digits.c_str(), base) != 0) {
    mpz_clear(z);
    return digits;  // not a valid literal; show it unchanged
  }
  std::string out(mpz_sizeinbase(z, 10) + 2, '\0');
  mpz_get_str(out.data(), 10, z);
  out.resize(std::strlen(out.c_str()));
  mpz_clear(z);
  return out;
}

namespace {

const char* binop_name(BinOpKind op) {
  static const char* const names[] = {"Add", "Sub",    "Mult",   "MatMult", "Div",    "Mod",     "Pow",
                                      "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return names[static_cast<int>(op)];
}
const char* unaryop_name(UnaryOpKind op) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(op)];
}
const char* cmpop_name(CmpOpKind op) {
  static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(op)];
}
const char* ctx_name(Ctx ctx) {
  return ctx == Ctx::Load ? "Load()" : ctx == Ctx::Store ? "Store()" : "Del()";
}

// ------------------------------------------------------------------ Dumper

class Dumper {
 public:
  std::string out;

  void module(const Module* m) {
    out += "Module(body=";
    stmts(m->body);
    out += ", type_ignores=[])";
  }

  void expr(const Expr* e);
  void stmt(const Stmt* s);

 private:
  // Writes "Node(" and tracks the ", " between fields.
  class Node {
   public:
    Node(Dumper& d, const char* name) : d_(d) {
      d_.out += name;
      d_.out += '(';
    }
    ~Node() { d_.out += ')'; }
    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;
    // Starts field `name`; returns the dumper to write its value.
    Dumper& field(const char* name) {
      if (!first_) d_.out += ", ";
      first_ = false;
      d_.out += name;
      d_.out += '=';
      return d_;
    }
    void expr(const char* name, const Expr* e) { field(name).expr(e); }
    void opt_expr(const char* name, const Expr* e) {
      if (e) field(name).expr(e);
    }
    void exprs(const char* name, const List<Expr*>& l) { field(name).exprs(l); }
    void stmts(const char* name, const List<Stmt*>& l) { field(name).stmts(l); }
    void str(const char* name, Name n) { field(name).out += repr_str(n.view()); }
    void opt_str(const char* name, Name n) {
      if (!n.empty()) str(name, n);
    }
    void raw(const char* name, const std::string& text) { field(name).out += text; }

   private:
    Dumper& d_;
    bool first_ = true;
  };

  template <class T, class F>
  void list(const List<T>& l, F each) {
    out += '[';
    for (int i = 0; i < l.size; ++i) {
      if (i) out += ", ";
      each(l[i]);
    }
    out += ']';
  }
  void exprs(const List<Expr*>& l) {
    list(l, [&](const Expr* e) { e ? expr(e) : void(out += "None"); });
  }
  void stmts(const List<Stmt*>& l) {
    list(l, [&](const Stmt* s) { stmt(s); });
  }
  void constant(const Constant* c);
  void arguments(const Arguments* a);
  void arg(const Arg* a);
  void keywords(const List<Keyword*>& l);
  void comprehensions(const List<Comprehension*>& l);
  void function(const FunctionDef* f);
  void with_items(const List<WithItem*>& l);
  void handler(const ExceptHandler* h);
  void aliases(const List<Alias*>& l);
};

void Dumper::constant(const Constant* c) {
  Node n(*this, "Constant");
  std::string value;
  switch (c->const_kind) {
    case ConstKind::None: value = "None"; break;
    case ConstKind::True: value = "True"; break;
    case ConstKind::False: value = "False"; break;
    case ConstKind::Ellipsis: value = "Ellipsis"; break;
    case ConstKind::Int: value = int_to_decimal(c->text.view()); break;
    case ConstKind::Float: value = repr_float(c->number, true); break;
    case ConstKind::Imaginary: value = repr_float(c->number, false) + "j"; break;
    case ConstKind::Str: value = repr_str(c->text.view()); break;
    case ConstKind::Bytes: value = repr_bytes(c->text.view()); break;
  }
  n.raw("value", value);
  if (c->kind_u) n.raw("kind", "'u'");
}

void Dumper::arg(const Arg* a) {
  Node n(*this, "arg");
  n.str("arg", a->name);
  n.opt_expr("annotation", a->annotation);
}

void Dumper::arguments(const Arguments* a) {
  Node n(*this, "arguments");
  auto args = [&](const char* name, const List<Arg*>& l) {
    n.field(name).list(l, [&](const Arg* x) { arg(x); });
  };
  args("posonlyargs", a->posonlyargs);
  args("args", a->args);
  if (a->vararg) arg((n.field("vararg"), a->vararg));
  args("kwonlyargs", a->kwonlyargs);
  n.exprs("kw_defaults", a->kw_defaults);
  if (a->kwarg) arg((n.field("kwarg"), a->kwarg));
  n.exprs("defaults", a->defaults);
}

void Dumper::keywords(const List<Keyword*>& l) {
  list(l, [&](const Keyword* k) {
    Node n(*this, "keyword");
    n.opt_str("arg", k->arg);
    n.expr("value", k->value);
  });
}

void Dumper::comprehensions(const List<Comprehension*>& l) {
  list(l, [&](const Comprehension* c) {
    Node n(*this, "comprehension");
    n.expr("target", c->target);
    n.expr("iter", c->iter);
    n.exprs("ifs", c->ifs);
    n.raw("is_async", c->is_async ? "1" : "0");
  });
}

void Dumper::expr(const Expr* e) {
  switch (e->kind) {
    case ExprKind::BoolOp: {
      auto x = static_cast<const BoolOp*>(e);
      Node n(*this, "BoolOp");
      n.raw("op", x->op == BoolOpKind::And ? "And()" : "Or()");
      n.exprs("values", x->values);
      break;
    }
    case ExprKind::NamedExpr: {
      auto x = static_cast<const NamedExpr*>(e);
      Node n(*this, "NamedExpr");
      n.expr("target", x->target);
      n.expr("value", x->value);
      break;
    }
    case ExprKind::BinOp: {
      auto x = static_cast<const BinOp*>(e);
      Node n(*this, "BinOp");
      n.expr("left", x->left);
      n.raw("op", std::string(binop_name(x->op)) + "()");
      n.expr("right", x->right);
      break;
    }
    case ExprKind::UnaryOp: {
      auto x = static_cast<const UnaryOp*>(e);
      Node n(*this, "UnaryOp");
      n.raw("op", std::string(unaryop_name(x->op)) + "()");
      n.expr("operand", x->operand);
      break;
    }
    case ExprKind::Lambda: {
      auto x = static_cast<const Lambda*>(e);
      Node n(*this, "Lambda");
      arguments((n.field("args"), x->args));
      n.expr("body", x->body);
      break;
    }
    case ExprKind::IfExp: {
      auto x = static_cast<const IfExp*>(e);
      Node n(*this, "IfExp");
      n.expr("test", x->test);
      n.expr("body", x->body);
      n.expr("orelse", x->orelse);
      break;
    }
    case ExprKind::Dict: {
      auto x = static_cast<const Dict*>(e);
      Node n(*this, "Dict");
      n.exprs("keys", x->keys);
      n.exprs("values", x->values);
      break;
    }
    case ExprKind::Set: {
      Node n(*this, "Set");
      n.exprs("elts", static_cast<const Set*>(e)->elts);
      break;
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp: {
      // The three share a layout: elt, generators.
      auto x = static_cast<const ListComp*>(e);
      Node n(*this, e->kind == ExprKind::ListComp  ? "ListComp"
                    : e->kind == ExprKind::SetComp ? "SetComp"
                                                   : "GeneratorExp");
      n.expr("elt", x->elt);
      comprehensions((n.field("generators"), x->generators));
      break;
    }
    case ExprKind::DictComp: {
      auto x = static_cast<const DictComp*>(e);
      Node n(*this, "DictComp");
      n.expr("key", x->key);
      n.expr("value", x->value);
      comprehensions((n.field("generators"), x->generators));
      break;
    }
    case ExprKind::Await: {
      Node n(*this, "Await");
      n.expr("value", static_cast<const Await*>(e)->value);
      break;
    }
    case ExprKind::Yield: {
      Node n(*this, "Yield");
      n.opt_expr("value", static_cast<const Yield*>(e)->value);
      break;
    }
    case ExprKind::YieldFrom: {
      Node n(*this, "YieldFrom");
      n.expr("value", static_cast<const YieldFrom*>(e)->value);
      break;
    }
    case ExprKind::Compare: {
      auto x = static_cast<const Compare*>(e);
      Node n(*this, "Compare");
      n.expr("left", x->left);
      n.field("ops").list(x->ops, [&](CmpOpKind op) { out += std::string(cmpop_name(op)) + "()"; });
      n.exprs("comparators", x->comparators);
      break;
    }
    case ExprKind::Call: {
      auto x = static_cast<const Call*>(e);
      Node n(*this, "Call");
      n.expr("func", x->func);
      n.exprs("args", x->args);
      keywords((n.field("keywords"), x->keywords));
      break;
    }
    case ExprKind::FormattedValue: {
      auto x = static_cast<const FormattedValue*>(e);
      Node n(*this, "FormattedValue");
      n.expr("value", x->value);
      n.raw("conversion", std::to_string(x->conversion));
      n.opt_expr("format_spec", x->format_spec);
      break;
    }
    case ExprKind::JoinedStr: {
      Node n(*this, "JoinedStr");
      n.exprs("values", static_cast<const JoinedStr*>(e)->values);
      break;
    }
    case ExprKind::Constant: constant(static_cast<const Constant*>(e)); break;
    case ExprKind::Attribute: {
      auto x = static_cast<const Attribute*>(e);
      Node n(*this, "Attribute");
      n.expr("value", x->value);
      n.str("attr", x->attr);
      n.raw("ctx", ctx_name(x->ctx));
      break;
    }
    case ExprKind::Subscript: {
      auto x = static_cast<const Subscript*>(e);
      Node n(*this, "Subscript");
      n.expr("value", x->value);
      n.expr("slice", x->slice);
      n.raw("ctx", ctx_name(x->ctx));
      break;
    }
    case ExprKind::Starred: {
      auto x = static_cast<const Starred*>(e);
      Node n(*this, "Starred");
      n.expr("value", x->value);
      n.raw("ctx", ctx_name(x->ctx));
      break;
    }
    case ExprKind::NameExpr: {
      auto x = static_cast<const NameExpr*>(e);
      Node n(*this, "Name");
      n.str("id", x->id);
      n.raw("ctx", ctx_name(x->ctx));
      break;
    }
    case ExprKind::List: {
      auto x = static_cast<const ListExpr*>(e);
      Node n(*this, "List");
      n.exprs("elts", x->elts);
      n.raw("ctx", ctx_name(x->ctx));
      break;
    }
    case ExprKind::Tuple: {
      auto x = static_cast<const Tuple*>(e);
      Node n(*this, "Tuple");
      n.exprs("elts", x->elts);
      n.raw("ctx", ctx_name(x->ctx));
      break;
    }
    case ExprKind::Slice: {
      auto x = static_cast<const Slice*>(e);
      Node n(*this, "Slice");
      n.opt_expr("lower", x->lower);
      n.opt_expr("upper", x->upper);
      n.opt_expr("step", x->step);
      break;
    }
  }
}

void Dumper::function(const FunctionDef* f) {
  Node n(*this, f->is_async ? "AsyncFunctionDef" : "FunctionDef");
  n.str("name", f->name);
  arguments((n.field("args"), f->args));
  n.stmts("body", f->body);
  n.exprs("decorator_list", f->decorator_list);
  n.opt_expr("returns", f->returns);
}

void Dumper::with_items(const List<WithItem*>& l) {
  list(l, [&](const WithItem* w) {
    Node n(*this, "withitem");
    n.expr("context_expr", w->context_expr);
    n.opt_expr("optional_vars", w->optional_vars);
  });
}

void Dumper::handler(const ExceptHandler* h) {
  Node n(*this, "ExceptHandler");
  n.opt_expr("type", h->type);
  n.opt_str("name", h->name);
  n.stmts("body", h->body);
}

void Dumper::aliases(const List<Alias*>& l) {
  list(l, [&](const Alias* a) {
    Node n(*this, "alias");
    n.str("name", a->name);
    n.opt_str("asname", a->asname);
  });
}

void Dumper::stmt(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::FunctionDef: function(static_cast<const FunctionDef*>(s)); break;
    case StmtKind::ClassDef: {
      auto x = static_cast<const ClassDef*>(s);
      Node n(*this, "ClassDef");
      n.str("name", x->name);
      n.exprs("bases", x->bases);
      keywords((n.field("keywords"), x->keywords));
      n.stmts("body", x->body);
      n.exprs("decorator_list", x->decorator_list);
      break;
    }
    case StmtKind::Return: {
      Node n(*this, "Return");
      n.opt_expr("value", static_cast<const Return*>(s)->value);
      break;
    }
    case StmtKind::Delete: {
      Node n(*this, "Delete");
      n.exprs("targets", static_cast<const Delete*>(s)->targets);
      break;
    }
    case StmtKind::Assign: {
      auto x = static_cast<const Assign*>(s);
      Node n(*this, "Assign");
      n.exprs("targets", x->targets);
      n.expr("value", x->value);
      break;
    }
    case StmtKind::AugAssign: {
      auto x = static_cast<const AugAssign*>(s);
      Node n(*this, "AugAssign");
      n.expr("target", x->target);
      n.raw("op", std::string(binop_name(x->op)) + "()");
      n.expr("value", x->value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto x = static_cast<const AnnAssign*>(s);
      Node n(*this, "AnnAssign");
      n.expr("target", x->target);
      n.expr("annotation", x->annotation);
      n.opt_expr("value", x->value);
      n.raw("simple", x->simple ? "1" : "0");
      break;
    }
    case StmtKind::For: {
      auto x = static_cast<const For*>(s);
      Node n(*this, x->is_async ? "AsyncFor" : "For");
      n.expr("target", x->target);
      n.expr("iter", x->iter);
      n.stmts("body", x->body);
      n.stmts("orelse", x->orelse);
      break;
    }
    case StmtKind::While: {
      auto x = static_cast<const While*>(s);
      Node n(*this, "While");
      n.expr("test", x->test);
      n.stmts("body", x->body);
      n.stmts("orelse", x->orelse);
      break;
    }
    case StmtKind::If: {
      auto x = static_cast<const If*>(s);
      Node n(*this, "If");
      n.expr("test", x->test);
      n.stmts("body", x->body);
      n.stmts("orelse", x->orelse);
      break;
    }
    case StmtKind::With: {
      auto x = static_cast<const With*>(s);
      Node n(*this, x->is_async ? "AsyncWith" : "With");
      with_items((n.field("items"), x->items));
      n.stmts("body", x->body);
      break;
    }
    case StmtKind::Raise: {
      auto x = static_cast<const Raise*>(s);
      Node n(*this, "Raise");
      n.opt_expr("exc", x->exc);
      n.opt_expr("cause", x->cause);
      break;
    }
    case StmtKind::Try: {
      auto x = static_cast<const Try*>(s);
      Node n(*this, "Try");
      n.stmts("body", x->body);
      n.field("handlers").list(x->handlers, [&](const ExceptHandler* h) { handler(h); });
      n.stmts("orelse", x->orelse);
      n.stmts("finalbody", x->finalbody);
      break;
    }
    case StmtKind::Assert: {
      auto x = static_cast<const Assert*>(s);
      Node n(*this, "Assert");
      n.expr("test", x->test);
      n.opt_expr("msg", x->msg);
      break;
    }
    case StmtKind::Import: {
      Node n(*this, "Import");
      aliases((n.field("names"), static_cast<const Import*>(s)->names));
      break;
    }
    case StmtKind::ImportFrom: {
      auto x = static_cast<const ImportFrom*>(s);
      Node n(*this, "ImportFrom");
      n.opt_str("module", x->module);
      aliases((n.field("names"), x->names));
      n.raw("level", std::to_string(x->level));
      break;
    }
    case StmtKind::Global:
    case StmtKind::Nonlocal: {
      const List<Name>& names = s->kind == StmtKind::Global ? static_cast<const Global*>(s)->names
                                                            : static_cast<const Nonlocal*>(s)->names;
      Node n(*this, s->kind == StmtKind::Global ? "Global" : "Nonlocal");
      n.field("names").list(names, [&](Name name) { out += repr_str(name.view()); });
      break;
    }
    case StmtKind::ExprStmt: {
      Node n(*this, "Expr");
      n.expr("value", static_cast<const ExprStmt*>(s)->value);
      break;
    }
    case StmtKind::Pass: out += "Pass()"; break;
    case StmtKind::Break: out += "Break()"; break;
    case StmtKind::Continue: out += "Continue()"; break;
  }
}

}  // namespace

std::string dump(const Module* module) {
  Dumper d;
  d.module(module);
  return d.out;
}

std::string dump(const Expr* expr) {
  Dumper d;
  d.expr(expr);
  return d.out;
}

}  // namespace coil::ast
