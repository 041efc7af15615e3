// The `ast` module's conversions (CPython's Python/Python-ast.c): the
// parser's tree to the node objects of `_ast` (stdlib/lib/_ast.py), for
// compile(..., PyCF_ONLY_AST) and so ast.parse, and node objects back to a
// tree the compiler takes, for compile(tree, ...). Both are generated from
// parser/ast.def, field by field.
#include <gmp.h>

#include <cmath>
#include <string>
#include <unordered_map>

#include "compiler/compiler.hpp"
#include "embed/embed.hpp"
#include "parser/ast.hpp"
#include "parser/parser.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::embed {

using vm::Str;
using vm::Value;
using namespace coil::ast;

namespace {

const char* op_name(BoolOpKind op) { return op == BoolOpKind::And ? "And" : "Or"; }
const char* op_name(BinOpKind op) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                      "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
  return names[static_cast<int>(op)];
}
const char* op_name(UnaryOpKind op) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(op)];
}
const char* op_name(CmpOpKind op) {
  static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(op)];
}
const char* op_name(Ctx ctx) { return ctx == Ctx::Load ? "Load" : ctx == Ctx::Store ? "Store" : "Del"; }

const char* class_name(const Expr* e) { return kind_name(e->kind); }
const char* class_name(const Pattern* p) { return kind_name(p->kind); }
const char* class_name(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::FunctionDef:
      return static_cast<const FunctionDef*>(s)->is_async ? "AsyncFunctionDef" : "FunctionDef";
    case StmtKind::For: return static_cast<const For*>(s)->is_async ? "AsyncFor" : "For";
    case StmtKind::With: return static_cast<const With*>(s)->is_async ? "AsyncWith" : "With";
    default: return kind_name(s->kind);
  }
}

// An int literal's text (0x/0o/0b prefix, no underscores) as an int.
Value int_from_literal(vm::VM& vm, std::string_view text) {
  std::string digits;
  int base = 10;
  size_t start = 0;
  if (text.size() > 2 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    if (base != 10) start = 2;
  }
  for (char c : text.substr(start)) {
    if (c != '_') digits += c;
  }
  mpz_t z;
  if (mpz_init_set_str(z, digits.c_str(), base) != 0) mpz_set_ui(z, 0);
  Value v = vm.make_bigint(z);
  mpz_clear(z);
  return v;
}

// ------------------------------------------------------ tree to objects

// Builds the node objects; every value made is rooted until the tree is
// returned (calling a class runs code, which may collect).
class ToObjects {
 public:
  ToObjects(vm::VM& vm, vm::Dict* ns) : vm_(vm), roots_(vm), ns_(ns) {}

  Value module(const Module* m, parse::Mode mode) {
    if (mode == parse::Mode::Eval) {
      Node n(*this, "Expression");
      const Stmt* s = m->body.size ? m->body[0] : nullptr;
      n.field("body", s && s->kind == StmtKind::ExprStmt ? value(static_cast<const ExprStmt*>(s)->value)
                                                         : Value::none());
      return n.make();
    }
    Node n(*this, mode == parse::Mode::Interactive ? "Interactive" : "Module");
    n.field("body", value(m->body));
    if (mode != parse::Mode::Interactive) n.field("type_ignores", root(Value::object(vm_.new_list())));
    return n.make();
  }

  Value value(const Expr* e);
  Value value(const Stmt* s);
  Value value(const Pattern* p);
  Value value(Name n) { return n.empty() ? Value::none() : root(vm_.str_value(n.view())); }
  Value value(int i) { return vm_.make_int(i); }
  Value value(bool b) { return vm_.make_int(b ? 1 : 0); }  // ASDL `int` flags
  Value value(ConstKind k) {  // MatchSingleton's constant
    return k == ConstKind::None ? Value::none() : Value::boolean(k == ConstKind::True);
  }
  template <class Op>
  auto value(Op op) -> decltype(op_name(op), Value()) {
    return singleton(op_name(op));
  }
  template <class T>
  Value value(const List<T>& l) {
    vm::List* list = vm_.new_list(static_cast<size_t>(l.size));
    root(Value::object(list));
    for (const T& x : l) {
      Value v;
      if constexpr (std::is_pointer_v<T>) {
        v = x ? value(x) : Value::none();
      } else {
        v = value(x);
      }
      if (v.is_exception()) return v;
      list->push(v);
    }
    return Value::object(list);
  }

#define FIELD(Type, member) n.field(#member, value(x->member));
#define HIDDEN(Type, member) n.hidden(x->member);
#define AST_RECORD(Struct, PyName, ...) \
  Value value(const Struct* x) {        \
    if (!x) return Value::none();       \
    Node n(*this, PyName);              \
    __VA_ARGS__                         \
    return n.make();                    \
  }
#include "parser/ast.def"
#undef FIELD
#undef HIDDEN

  bool failed() const { return failed_; }

 private:
  // One node: its fields and attributes in order, then the class called
  // with them as keywords. A failure anywhere makes every later value an
  // exception, which make() returns.
  class Node {
   public:
    Node(ToObjects& t, const char* cls) : t_(t), cls_(cls) {}
    void field(const char* name, Value v) {
      if (v.is_exception()) t_.failed_ = true;
      names_.push_back(name);
      values_.push_back(v);
    }
    void span(const Span& s) {
      field("lineno", t_.vm_.make_int(s.line));
      field("col_offset", t_.vm_.make_int(s.col));
      field("end_lineno", t_.vm_.make_int(s.end_line));
      field("end_col_offset", t_.vm_.make_int(s.end_col));
    }
    // A record's own span: its attributes, except match_case, which has none.
    void hidden(const Span& s) {
      if (std::string_view(cls_) != "match_case") span(s);
    }
    template <class T>
    void hidden(const T&) {}
    Value make() { return t_.make(cls_, names_, values_); }

   private:
    ToObjects& t_;
    const char* cls_;
    std::vector<const char*> names_;
    std::vector<Value> values_;
  };

  Value root(Value v) { return roots_.add(v); }

  Value cls(const char* name) {
    auto it = classes_.find(name);
    if (it != classes_.end()) return it->second;
    Value c = vm::dict_get_str(ns_, vm_.intern(name));
    if (c.is_null()) {
      failed_ = true;
      return vm_.raise_fmt(vm_.types.SystemError, "_ast has no class %s", name);
    }
    classes_.emplace(name, c);
    return c;
  }

  // Load(), Add() ...: one instance of each per conversion, as CPython
  // shares them.
  Value singleton(const char* name) {
    auto it = singletons_.find(name);
    if (it != singletons_.end()) return it->second;
    if (failed_) return Value::exception();
    Value c = cls(name);
    if (c.is_exception()) return c;
    Value v = vm_.call0(c);
    if (v.is_exception()) {
      failed_ = true;
      return v;
    }
    root(v);
    singletons_.emplace(name, v);
    return v;
  }

  // The class's _fields, in order (fields coil does not keep, such as
  // type_comment, are None as CPython leaves them).
  const std::vector<Str*>* fields_of(const char* name, Value c) {
    auto it = fields_.find(name);
    if (it != fields_.end()) return &it->second;
    Value f = vm_.getattr(c, vm_.intern("_fields"));
    std::vector<Value> items;
    if (f.is_exception() || !vm_.unpack_iterable(f, items)) return nullptr;
    std::vector<Str*> names;
    for (Value v : items) {
      if (!vm::is_str(v)) return nullptr;
      names.push_back(vm::as_str(v));
    }
    return &fields_.emplace(name, std::move(names)).first->second;
  }

  Value make(const char* name, const std::vector<const char*>& names, const std::vector<Value>& values) {
    if (failed_) return Value::exception();
    Value c = cls(name);
    if (c.is_exception()) return c;
    const std::vector<Str*>* fields = fields_of(name, c);
    if (!fields) {
      failed_ = true;
      return vm_.raise_fmt(vm_.types.SystemError, "bad _fields in _ast.%s", name);
    }
    // Fields in _fields order, then the attributes.
    std::vector<Value> args;
    std::vector<Str*> keys;
    std::vector<bool> used(names.size());
    for (Str* f : *fields) {
      Value v = Value::none();
      for (size_t i = 0; i < names.size(); ++i) {
        if (!used[i] && f->view() == names[i]) {
          v = values[i];
          used[i] = true;
          break;
        }
      }
      keys.push_back(f);
      args.push_back(v);
    }
    for (size_t i = 0; i < names.size(); ++i) {
      if (used[i]) continue;
      keys.push_back(vm_.intern(names[i]));
      args.push_back(values[i]);
    }
    vm::Tuple* kw = vm_.new_tuple(static_cast<uint32_t>(keys.size()));
    root(Value::object(kw));
    for (size_t i = 0; i < keys.size(); ++i) kw->items[i] = Value::object(keys[i]);
    Value v = vm_.call(c, args.data(), 0, keys.empty() ? nullptr : kw);
    if (v.is_exception()) {
      failed_ = true;
      return v;
    }
    return root(v);
  }

  Value constant(const Constant* c) {
    Node n(*this, "Constant");
    Value v;
    switch (c->const_kind) {
      case ConstKind::None: v = Value::none(); break;
      case ConstKind::True: v = Value::boolean(true); break;
      case ConstKind::False: v = Value::boolean(false); break;
      case ConstKind::Ellipsis: v = vm_.ellipsis; break;
      case ConstKind::Int: v = int_from_literal(vm_, c->text.view()); break;
      case ConstKind::Float: v = Value::from_double(c->number); break;
      case ConstKind::Imaginary: v = vm::new_complex(vm_, 0.0, c->number); break;
      case ConstKind::Str: v = vm_.str_value(c->text.view()); break;
      case ConstKind::Bytes: v = Value::object(vm::bytes_new(vm_, c->text.view())); break;
    }
    n.field("value", root(v));
    n.field("kind", c->kind_u ? root(vm_.str_value("u")) : Value::none());
    n.span(c->span);
    return n.make();
  }

  vm::VM& vm_;
  vm::RootScope roots_;
  vm::Dict* ns_;
  std::unordered_map<std::string_view, Value> classes_;
  std::unordered_map<std::string_view, Value> singletons_;
  std::unordered_map<std::string_view, std::vector<Str*>> fields_;
  bool failed_ = false;
};

#define FIELD(Type, member) n.field(#member, value(x->member));
#define HIDDEN(Type, member)

Value ToObjects::value(const Expr* e) {
  if (failed_) return Value::exception();
  if (!e) return Value::none();
  if (e->kind == ExprKind::Constant) return constant(static_cast<const Constant*>(e));
  Node n(*this, class_name(e));
  switch (e->kind) {
#define AST_EXPR(Kind, Struct, PyName, ...)                   \
  case ExprKind::Kind: {                                      \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(e); \
    __VA_ARGS__                                               \
    break;                                                    \
  }
#include "parser/ast.def"
  }
  n.span(e->span);
  return n.make();
}

Value ToObjects::value(const Stmt* s) {
  if (failed_) return Value::exception();
  if (!s) return Value::none();
  Node n(*this, class_name(s));
  switch (s->kind) {
#define AST_STMT(Kind, Struct, PyName, ...)                   \
  case StmtKind::Kind: {                                      \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(s); \
    __VA_ARGS__                                               \
    break;                                                    \
  }
#include "parser/ast.def"
  }
  n.span(s->span);
  return n.make();
}

Value ToObjects::value(const Pattern* p) {
  if (failed_) return Value::exception();
  if (!p) return Value::none();
  Node n(*this, class_name(p));
  switch (p->kind) {
#define AST_PATTERN(Kind, Struct, PyName, ...)                \
  case PatternKind::Kind: {                                   \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(p); \
    __VA_ARGS__                                               \
    break;                                                    \
  }
#include "parser/ast.def"
  }
  n.span(p->span);
  return n.make();
}

#undef FIELD
#undef HIDDEN

parse::Mode parse_mode(vm::SourceMode mode) {
  switch (mode) {
    case vm::SourceMode::Eval: return parse::Mode::Eval;
    case vm::SourceMode::Interactive: return parse::Mode::Interactive;
    case vm::SourceMode::File: break;
  }
  return parse::Mode::File;
}

// The namespace of the `_ast` module (imported on first use), or null with
// the import's error pending.
vm::Dict* ast_namespace(vm::VM& vm) {
  Value m = vm.import_module(vm.intern("_ast"));
  if (m.is_exception()) return nullptr;
  return static_cast<vm::Module*>(m.as_obj())->dict;
}

}  // namespace

// compile(source, filename, mode, PyCF_ONLY_AST): the tree as node objects.
// A source that does not parse raises what compiling it raises.
Value source_to_ast(vm::VM& vm, std::string_view source, std::string_view filename, vm::SourceMode mode,
                    uint32_t future_flags) {
  try {
    ast::Arena arena;
    parse::Mode pm = parse_mode(mode);
    parse::ParseResult parsed = parse::parse(arena, source, pm);
    parse::SyntaxErrorInfo single_error;
    bool bad = !parsed.module || (!parsed.ok && !parsed.error.compile_stage) ||
               (pm == parse::Mode::Interactive && parse::single_statement_error(source, parsed, single_error));
    if (bad) {
      // The compiler's path reports the error as compile() does.
      if (!vm.compile(source, filename, mode, future_flags)) return Value::exception();
      return vm.raise(vm.types.SystemError, "compile() parsed what ast could not");
    }
    vm::Dict* ns = ast_namespace(vm);
    if (!ns) return Value::exception();
    ToObjects conv(vm, ns);
    return conv.module(parsed.module, pm);
  } catch (const std::bad_alloc&) {
    return vm.raise_memory_error();
  }
}

vm::Code* ast_to_code(vm::VM& vm, Value, std::string_view, vm::SourceMode, uint32_t) {
  vm.raise(vm.types.NotImplementedError, "compile() of an AST is not supported by coil");
  return nullptr;
}

}  // namespace coil::embed
