// The `ast` module's conversions (CPython's Python/Python-ast.c): the
// parser's tree to the node objects of `_ast` (stdlib/lib/_ast.py), for
// compile(..., PyCF_ONLY_AST) and so ast.parse, and node objects back to a
// tree the compiler takes, for compile(tree, ...). Both are generated from
// parser/ast.def, field by field.
#include <gmp.h>

#include <climits>
#include <cstdio>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>

#include "compiler/compiler.hpp"
#include "embed/embed.hpp"
#include "parser/ast.hpp"
#include "parser/ast_walk.hpp"
#include "parser/parser.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"

namespace coil::embed {

using vm::Str;
using vm::Value;
using namespace coil::ast;

namespace {

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

  // Load(), Add() ...: one instance of each, kept in _ast._singletons, as
  // CPython shares them.
  Value singleton(const char* name) {
    auto it = singletons_.find(name);
    if (it != singletons_.end()) return it->second;
    if (failed_) return Value::exception();
    Value shared = vm::dict_get_str(ns_, vm_.intern("_singletons"));
    vm::Dict* cache = shared.is_obj() && shared.as_obj()->kind == vm::ObjKind::Dict
                          ? static_cast<vm::Dict*>(shared.as_obj())
                          : nullptr;
    Value v = cache ? vm::dict_get_str(cache, vm_.intern(name)) : Value::null();
    if (v.is_null()) {
      Value c = cls(name);
      if (c.is_exception()) return c;
      v = vm_.call0(c);
      if (v.is_exception()) {
        failed_ = true;
        return v;
      }
      root(v);
      if (cache) vm::dict_set_str(vm_, cache, vm_.intern(name), v);
    }
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
  Node n(*this, node_name(e));
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
  Node n(*this, node_name(s));
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
  Node n(*this, node_name(p));
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

namespace {

// ------------------------------------------------------ objects to tree

// Constants of a type no Constant may hold, by node, with the type's name.
using BadConstants = std::unordered_map<const Expr*, std::string>;

// Reads node objects into an arena tree as CPython's obj2ast_* functions
// do, with their errors: a missing field is a TypeError ("required field
// ... missing from ..."), a required one set to None a ValueError, a node of
// the wrong kind "expected some sort of expr, but got ...". Optional fields
// (`?`) are those the class sets to None.
class FromObjects {
 public:
  FromObjects(vm::VM& vm, vm::Dict* ns, Arena& arena) : vm_(vm), ns_(ns), arena_(arena), roots_(vm) {}

  const BadConstants& bad_constants() const { return bad_constants_; }

  // The module of `mode` (exec: Module, eval: Expression, single: Interactive).
  Module* module(Value obj, vm::SourceMode mode) {
    const char* want = mode == vm::SourceMode::Eval          ? "Expression"
                       : mode == vm::SourceMode::Interactive ? "Interactive"
                                                             : "Module";
    if (!is_instance(obj, want)) {
      vm_.raise_fmt(vm_.types.TypeError, "expected %s node, got %s", want, vm::type_name(vm_, obj));
      return nullptr;
    }
    auto* m = arena_.make<Module>();
    Owner owner(*this, want);
    if (mode == vm::SourceMode::Eval) {
      auto* s = arena_.make<ExprStmt>();
      s->kind = StmtKind::ExprStmt;
      if (!field(obj, "body", s->value) || !finish()) return nullptr;
      s->span = s->value->span;
      m->body.push(arena_, s);
      return m;
    }
    if (!field(obj, "body", m->body)) return nullptr;
    if (mode == vm::SourceMode::File) {
      // type_ignores: a list of TypeIgnore, which mean nothing to coil.
      Value v;
      if (!read(obj, "type_ignores", v)) return nullptr;
      if (!v.is_obj() || v.as_obj()->kind != vm::ObjKind::List) {
        not_a_list("type_ignores", v);
        return nullptr;
      }
      auto* list = static_cast<vm::List*>(v.as_obj());
      for (size_t i = 0; i < list->items.size(); ++i) {
        if (!is_instance(list->items[i], "TypeIgnore")) {
          expected("type_ignore", list->items[i]);
          return nullptr;
        }
      }
    }
    return m;
  }

 private:
  // The class name errors name ("missing from Expr"), while reading a node.
  class Owner {
   public:
    Owner(FromObjects& f, const char* name) : f_(f), saved_(f.owner_), saved_required_(f.required_) {
      f.owner_ = name;
      f.required_ = nullptr;
    }
    ~Owner() {
      f_.owner_ = saved_;
      f_.required_ = saved_required_;
    }
    Owner(const Owner&) = delete;
    Owner& operator=(const Owner&) = delete;

   private:
    FromObjects& f_;
    const char* saved_;
    const char* saved_required_;
  };

  Value cls(std::string_view name) { return vm::dict_get_str(ns_, vm_.intern(name)); }

  bool is_instance(Value obj, std::string_view name) {
    Value c = cls(name);
    return c.is_obj() && c.as_obj()->kind == vm::ObjKind::Type &&
           vm_.isinstance(obj, static_cast<vm::Type*>(c.as_obj()));
  }

  // The `_ast` class `obj` is an instance of (the first of its MRO).
  std::string_view concrete(Value obj) {
    for (vm::Type* t : vm_.type_of(obj)->mro) {
      Value c = vm::dict_get_str(ns_, t->name);
      if (c.is_obj() && c.as_obj() == t) return t->name->view();
    }
    return {};
  }

  bool expected(const char* group, Value obj) {
    Value r = vm_.repr(obj);
    if (r.is_exception()) return false;
    vm_.raise_fmt(vm_.types.TypeError, "expected some sort of %s, but got %s", group,
                  std::string(vm::as_str(r)->view()).c_str());
    return false;
  }

  bool not_a_list(const char* name, Value v) {
    vm_.raise_fmt(vm_.types.TypeError, "%s field \"%s\" must be a list, not a %s", owner_, name,
                  vm::type_name(vm_, v));
    return false;
  }

  // getattr(obj, name); a missing attribute is CPython's TypeError, unless
  // the field is optional (then it reads as None).
  bool read(Value obj, const char* name, Value& out, const char* owner = nullptr) {
    out = vm_.getattr_opt(obj, vm_.intern(name));
    if (out.is_exception()) return false;
    if (out.is_null() && !owner && optional(name)) out = Value::none();
    if (out.is_null()) {
      vm_.raise_fmt(vm_.types.TypeError, "required field \"%s\" missing from %s", name, owner ? owner : owner_);
      return false;
    }
    roots_.add(out);
    return true;
  }

  // Optional fields are None on the class of the node being read
  // (stdlib/lib/_ast.py), whatever the object is.
  bool optional(const char* name) {
    Value c = cls(owner_);
    if (!c.is_obj() || c.as_obj()->kind != vm::ObjKind::Type) return false;
    return vm_.lookup_type(static_cast<vm::Type*>(c.as_obj()), vm_.intern(name)).is_none();
  }

  template <class T>
  static bool empty(const T& v) {
    if constexpr (std::is_pointer_v<T>) {
      return v == nullptr;
    } else if constexpr (std::is_same_v<T, Name>) {
      return v.empty();
    } else {
      return false;
    }
  }

  template <class T>
  bool field(Value obj, const char* name, T& out) {
    Value v;
    if (!read(obj, name, v)) return false;
    if (v.is_none() && optional(name)) {
      out = T{};
      return true;
    }
    field_ = name;
    if (!conv(v, out)) return false;
    if (empty(out) && !required_) required_ = name;
    return true;
  }

  // A required field that was None fails once the node is read, as CPython's
  // node constructors check them.
  bool finish() {
    if (!required_) return true;
    vm_.raise_fmt(vm_.types.ValueError, "field '%s' is required for %s", required_, owner_);
    return false;
  }

  // lineno, col_offset, end_lineno, end_col_offset; `group` names the
  // abstract class in errors ("missing from stmt"). Missing ends are the
  // starts, as in CPython.
  bool span(Value obj, const char* group, Span& out) {
    Value v;
    if (!read(obj, "lineno", v, group) || !conv_int(v, out.line)) return false;
    if (!read(obj, "col_offset", v, group) || !conv_int(v, out.col)) return false;
    if (std::string_view(group) == "pattern") {  // its ends are required (`int`, not `int?`)
      if (!read(obj, "end_lineno", v, group) || !conv_int(v, out.end_line)) return false;
      return read(obj, "end_col_offset", v, group) && conv_int(v, out.end_col);
    }
    v = vm_.getattr_opt(obj, vm_.intern("end_lineno"));
    if (v.is_exception()) return false;
    out.end_line = out.line;
    if (!v.is_null() && !v.is_none() && !conv_int(v, out.end_line)) return false;
    v = vm_.getattr_opt(obj, vm_.intern("end_col_offset"));
    if (v.is_exception()) return false;
    out.end_col = out.col;
    if (!v.is_null() && !v.is_none() && !conv_int(v, out.end_col)) return false;
    return true;
  }

  bool conv_int(Value v, int& out) {
    if (!vm_.isinstance(v, vm_.types.int_)) {
      Value r = vm_.repr(v);
      if (r.is_exception()) return false;
      vm_.raise_fmt(vm_.types.ValueError, "invalid integer value: %s", std::string(vm::as_str(r)->view()).c_str());
      return false;
    }
    int64_t i = 0;
    bool fits = vm_.index_value(v, i);
    if (!fits) vm_.take_pending();
    if (!fits || i < INT32_MIN || i > INT32_MAX) {
      vm_.raise(vm_.types.OverflowError, "Python int too large to convert to C int");
      return false;
    }
    out = static_cast<int>(i);
    return true;
  }

  bool conv(Value v, int& out) { return conv_int(v, out); }
  bool conv(Value v, bool& out) {
    int i = 0;
    if (!conv_int(v, i)) return false;
    out = i != 0;
    return true;
  }
  bool conv(Value v, Name& out) {
    if (v.is_none()) {
      out = Name{};
      return true;
    }
    if (!vm::is_str(v)) {
      vm_.raise(vm_.types.TypeError, "AST identifier must be of type str");
      return false;
    }
    std::string_view s = arena_.copy(vm::as_str(v)->view());
    out.data = s.data();
    out.size = static_cast<uint32_t>(s.size());
    return true;
  }
  // MatchSingleton's value.
  bool conv(Value v, ConstKind& out) {
    if (v.is_none()) {
      out = ConstKind::None;
    } else if (v.is_bool()) {
      out = v.as_bool() ? ConstKind::True : ConstKind::False;
    } else {
      vm_.raise(vm_.types.ValueError, "MatchSingleton can only contain True, False and None");
      return false;
    }
    return true;
  }

  // An operator or context: one of `names` (in the enum's order), by class.
  template <class E, size_t N>
  bool conv_enum(Value v, const char* group, const char* const (&names)[N], E& out) {
    if (is_instance(v, group)) {
      std::string_view name = concrete(v);
      for (size_t i = 0; i < N; ++i) {
        if (name == names[i]) {
          out = static_cast<E>(i);
          return true;
        }
      }
    }
    return expected(group, v);
  }
  bool conv(Value v, BoolOpKind& out) {
    static const char* const names[] = {"And", "Or"};
    return conv_enum(v, "boolop", names, out);
  }
  bool conv(Value v, BinOpKind& out) {
    static const char* const names[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                        "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
    return conv_enum(v, "operator", names, out);
  }
  bool conv(Value v, UnaryOpKind& out) {
    static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
    return conv_enum(v, "unaryop", names, out);
  }
  bool conv(Value v, CmpOpKind& out) {
    static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return conv_enum(v, "cmpop", names, out);
  }
  bool conv(Value v, Ctx& out) {
    static const char* const names[] = {"Load", "Store", "Del"};
    return conv_enum(v, "expr_context", names, out);
  }

  template <class T>
  bool conv(Value v, List<T>& out) {
    if (!v.is_obj() || v.as_obj()->kind != vm::ObjKind::List) return not_a_list(field_, v);
    const char* name = field_;
    auto* list = static_cast<vm::List*>(v.as_obj());
    for (size_t i = 0; i < list->items.size(); ++i) {
      Value item = list->items[i];
      roots_.add(item);
      T x{};
      if (!conv(item, x)) return false;
      if constexpr (std::is_same_v<T, ExceptHandler*>) {
        if (!x) {
          vm_.raise(vm_.types.ValueError, "None disallowed in handler list");
          return false;
        }
      } else if constexpr (std::is_same_v<T, Name>) {
        if (x.empty()) return conv_identifier_error();
      }
      if (list->items.size() <= i) break;  // a conversion's code shrank the list
      out.push(arena_, x);
      field_ = name;
    }
    return true;
  }
  bool conv_identifier_error() {
    vm_.raise(vm_.types.TypeError, "AST identifier must be of type str");
    return false;
  }

  bool conv(Value v, Expr*& out);
  bool conv(Value v, Stmt*& out);
  bool conv(Value v, Pattern*& out);
  bool constant(Value v, const Span& sp, Expr*& out);
  bool constant_value(Value v, Constant* c, Expr*& out);

#define FIELD(Type, member) \
  if (!field(v, #member, x->member)) return false;
#define HIDDEN(Type, member)
#define AST_RECORD(Struct, PyName, ...)     \
  bool conv(Value v, Struct*& out) {        \
    out = nullptr;                          \
    if (v.is_none() && is_sum(PyName)) return true; \
    vm::NativeRecursion guard(vm_, " while traversing '" PyName "' node"); \
    if (guard.failed()) return false;       \
    if (!record_check(v, PyName)) return false; \
    Owner owner(*this, PyName);             \
    auto* x = arena_.make<Struct>();        \
    if (!span_first(v, x)) return false;    \
    __VA_ARGS__                             \
    if (!type_comment(v, x) || !record_span(v, x) || !finish()) return false; \
    out = x;                                \
    return true;                            \
  }
#include "parser/ast.def"
#undef FIELD
#undef HIDDEN

  // ExceptHandler is the one record of a sum type (excepthandler): None is
  // no handler and other objects are refused; the others are product types,
  // whose fields are read from whatever object is there (None too).
  static bool is_sum(const char* name) { return std::string_view(name) == "ExceptHandler"; }
  bool record_check(Value v, const char* name) {
    if (std::string_view(name) != "ExceptHandler") return true;
    return is_instance(v, "ExceptHandler") || expected("excepthandler", v);
  }
  template <class T>
  bool record_span(Value, T*) { return true; }
  bool record_span(Value v, Arg* x) { return span(v, "arg", x->span); }
  bool record_span(Value v, Keyword* x) { return span(v, "keyword", x->span); }
  bool record_span(Value v, Alias* x) { return span(v, "alias", x->span); }
  bool record_span(Value, ExceptHandler*) { return true; }
  // The nodes of sum types (ExceptHandler here, expr/stmt/pattern) read
  // their attributes before their fields, product types after.
  template <class T>
  bool span_first(Value, T*) { return true; }
  bool span_first(Value v, ExceptHandler* x) { return span(v, "excepthandler", x->span); }
  // A type_comment, which coil ignores, must be a str or None.
  template <class T>
  bool type_comment(Value, T*) { return true; }
  bool type_comment(Value v, Arg*) { return check_string(v, "type_comment"); }
  bool type_comment(Value v, FunctionDef*) { return check_string(v, "type_comment"); }
  bool type_comment(Value v, Assign*) { return check_string(v, "type_comment"); }
  bool type_comment(Value v, For*) { return check_string(v, "type_comment"); }
  bool type_comment(Value v, With*) { return check_string(v, "type_comment"); }
  bool check_string(Value v, const char* name) {
    Value s = vm_.getattr_opt(v, vm_.intern(name));
    if (s.is_exception()) return false;
    if (s.is_null() || s.is_none() || vm_.type_of(s) == vm_.types.str || vm_.type_of(s) == vm_.types.bytes) {
      return true;
    }
    vm_.raise(vm_.types.TypeError, "AST string must be of type str");
    return false;
  }
  bool record_span(Value, MatchCase* x) {
    if (x->pattern) x->span = x->pattern->span;
    return true;
  }

  // AsyncFunctionDef, AsyncFor, AsyncWith; TryStar's handlers.
  template <class T>
  static void set_async(T*, bool) {}
  static void set_async(FunctionDef* x, bool a) { x->is_async = a; }
  static void set_async(For* x, bool a) { x->is_async = a; }
  static void set_async(With* x, bool a) { x->is_async = a; }
  template <class T>
  static void mark_star(T*) {}
  static void mark_star(TryStar* x) {
    for (ExceptHandler* h : x->handlers) h->star = true;
  }

  vm::VM& vm_;
  vm::Dict* ns_;
  Arena& arena_;
  const char* owner_ = "";
  const char* required_ = nullptr;  // the first required field found None
  const char* field_ = "";
  BadConstants bad_constants_;
  // Values read stay rooted: a field's getter may make them.
  vm::RootScope roots_;
};

#define FIELD(Type, member) \
  if (!field(v, #member, x->member)) return false;
#define HIDDEN(Type, member)

bool FromObjects::conv(Value v, Expr*& out) {
  out = nullptr;
  if (v.is_none()) return true;
  vm::NativeRecursion guard(vm_, " while traversing 'expr' node");
  if (guard.failed()) return false;
  Span sp;
  if (!span(v, "expr", sp)) return false;
  if (!is_instance(v, "expr")) return expected("expr", v);
  std::string_view name = concrete(v);
  if (name == "Constant") return constant(v, sp, out);
#define AST_EXPR(Kind, Struct, PyName, ...)             \
  if (name == PyName) {                                 \
    Owner owner(*this, PyName);                         \
    auto* x = arena_.make<Struct>();                    \
    x->kind = ExprKind::Kind;                           \
    __VA_ARGS__                                         \
    x->span = sp;                                       \
    if (!finish()) return false;                        \
    out = x;                                            \
    return true;                                        \
  }
#include "parser/ast.def"
  return expected("expr", v);
}

bool FromObjects::conv(Value v, Stmt*& out) {
  out = nullptr;
  if (v.is_none()) return true;
  vm::NativeRecursion guard(vm_, " while traversing 'stmt' node");
  if (guard.failed()) return false;
  Span sp;
  if (!span(v, "stmt", sp)) return false;
  if (!is_instance(v, "stmt")) return expected("stmt", v);
  std::string_view name = concrete(v);
  bool is_async = name.starts_with("Async");
  if (is_async) name.remove_prefix(5);
  bool star = name == "TryStar";
#define AST_STMT(Kind, Struct, PyName, ...)             \
  if (name == PyName) {                                 \
    Owner owner(*this, concrete(v).data());             \
    auto* x = arena_.make<Struct>();                    \
    x->kind = StmtKind::Kind;                           \
    __VA_ARGS__                                         \
    x->span = sp;                                       \
    if (!finish()) return false;                        \
    if (!type_comment(v, x) || !finish()) return false; \
    set_async(x, is_async);                             \
    if (star) mark_star(x);                             \
    out = x;                                            \
    return true;                                        \
  }
#include "parser/ast.def"
  return expected("stmt", v);
}

bool FromObjects::conv(Value v, Pattern*& out) {
  out = nullptr;
  if (v.is_none()) return true;
  vm::NativeRecursion guard(vm_, " while traversing 'pattern' node");
  if (guard.failed()) return false;
  Span sp;
  if (!span(v, "pattern", sp)) return false;
  if (!is_instance(v, "pattern")) return expected("pattern", v);
  std::string_view name = concrete(v);
#define AST_PATTERN(Kind, Struct, PyName, ...)          \
  if (name == PyName) {                                 \
    Owner owner(*this, PyName);                         \
    auto* x = arena_.make<Struct>();                    \
    x->kind = PatternKind::Kind;                        \
    __VA_ARGS__                                         \
    x->span = sp;                                       \
    if (!finish()) return false;                        \
    out = x;                                            \
    return true;                                        \
  }
#include "parser/ast.def"
  return expected("pattern", v);
}

#undef FIELD
#undef HIDDEN

bool FromObjects::constant(Value v, const Span& sp, Expr*& out) {
  Owner owner(*this, "Constant");
  Value value;
  if (!read(v, "value", value)) return false;
  auto* c = arena_.make<Constant>();
  c->kind = ExprKind::Constant;
  c->span = sp;
  if (!check_string(v, "kind")) return false;
  Value kind = vm_.getattr_opt(v, vm_.intern("kind"));
  if (kind.is_exception()) return false;
  c->kind_u = vm::is_str(kind) && vm::as_str(kind)->view() == "u";
  return constant_value(value, c, out);
}

// A Constant's value as coil's tree keeps it; a tuple (as CPython's
// optimizer makes) becomes a Tuple display of constants, a complex with a
// real part the sum of its parts.
bool FromObjects::constant_value(Value v, Constant* c, Expr*& out) {
  out = c;
  vm::Type* t = vm_.type_of(v);
  auto text = [&](std::string_view s) {
    std::string_view copy = arena_.copy(s);
    c->text.data = copy.data();
    c->text.size = static_cast<uint32_t>(copy.size());
  };
  if (v.is_none()) {
    c->const_kind = ConstKind::None;
  } else if (v.is_bool()) {
    c->const_kind = v.as_bool() ? ConstKind::True : ConstKind::False;
  } else if (v.raw() == vm_.ellipsis.raw()) {
    c->const_kind = ConstKind::Ellipsis;
  } else if (t == vm_.types.int_) {
    Value s = vm_.str(v);
    if (s.is_exception()) return false;
    c->const_kind = ConstKind::Int;
    text(vm::as_str(s)->view());
  } else if (v.is_double()) {
    c->const_kind = ConstKind::Float;
    c->number = v.as_double();
  } else if (t == vm_.types.complex) {
    auto* z = static_cast<vm::Complex*>(v.as_obj());
    c->const_kind = ConstKind::Imaginary;
    c->number = z->imag;
    if (z->real != 0.0 || std::signbit(z->real)) {
      auto* real = arena_.make<Constant>();
      real->kind = ExprKind::Constant;
      real->span = c->span;
      real->const_kind = ConstKind::Float;
      real->number = z->real;
      auto* sum = arena_.make<BinOp>();
      sum->kind = ExprKind::BinOp;
      sum->span = c->span;
      sum->left = real;
      sum->op = BinOpKind::Add;
      sum->right = c;
      out = sum;
    }
  } else if (t == vm_.types.str) {
    c->const_kind = ConstKind::Str;
    text(vm::as_str(v)->view());
  } else if (t == vm_.types.bytes) {
    c->const_kind = ConstKind::Bytes;
    text(static_cast<vm::Bytes*>(v.as_obj())->view());
  } else if (t == vm_.types.tuple) {
    auto* tuple = arena_.make<Tuple>();
    tuple->kind = ExprKind::Tuple;
    tuple->span = c->span;
    tuple->ctx = Ctx::Load;
    auto* items = static_cast<vm::Tuple*>(v.as_obj());
    for (uint32_t i = 0; i < items->size; ++i) {
      vm::NativeRecursion guard(vm_, " during compilation");
      if (guard.failed()) return false;
      auto* item = arena_.make<Constant>();
      item->kind = ExprKind::Constant;
      item->span = c->span;
      Expr* e = nullptr;
      if (!constant_value(items->items[i], item, e)) return false;
      tuple->elts.push(arena_, e);
    }
    out = tuple;
  } else if (t == vm_.types.frozenset) {
    vm_.raise(vm_.types.NotImplementedError, "compile(): a frozenset Constant is not supported by coil");
    return false;
  } else {
    // Reported by the validation, in its order (CPython's validate_constant).
    bad_constants_.emplace(out, vm::type_name(vm_, v));
    c->const_kind = ConstKind::None;
  }
  return true;
}

// ------------------------------------------------------------ validation

// The kind of list ("expression", "statement", "pattern") of a node's that
// holds None where only a Dict's keys and kw_defaults may: the nodes read
// from objects keep None items, for the validation to report in its order.
template <class T>
const char* null_in(const T&, std::string_view) {
  return nullptr;
}
inline const char* null_in(const List<Expr*>& l, std::string_view field) {
  if (field == "keys" || field == "kw_defaults") return nullptr;
  for (const Expr* x : l) {
    if (!x) return "expression";
  }
  return nullptr;
}
inline const char* null_in(const List<Stmt*>& l, std::string_view) {
  for (const Stmt* x : l) {
    if (!x) return "statement";
  }
  return nullptr;
}
inline const char* null_in(const List<Pattern*>& l, std::string_view) {
  for (const Pattern* x : l) {
    if (!x) return "pattern";
  }
  return nullptr;
}
#define FIELD(Type, member) \
  if (const char* k = null_in(x->member, #member)) return k;
#define HIDDEN(Type, member)
// A record's lists are checked where the record is validated.
const char* null_item(const Expr* e) {
  switch (e->kind) {
#define AST_EXPR(Kind, Struct, PyName, ...)                   \
  case ExprKind::Kind: {                                      \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(e); \
    __VA_ARGS__                                               \
    break;                                                    \
  }
#include "parser/ast.def"
  }
  return nullptr;
}
const char* null_item(const Stmt* s) {
  switch (s->kind) {
#define AST_STMT(Kind, Struct, PyName, ...)                   \
  case StmtKind::Kind: {                                      \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(s); \
    __VA_ARGS__                                               \
    break;                                                    \
  }
#include "parser/ast.def"
  }
  return nullptr;
}
const char* null_item(const Pattern* p) {
  switch (p->kind) {
#define AST_PATTERN(Kind, Struct, PyName, ...)                \
  case PatternKind::Kind: {                                   \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(p); \
    __VA_ARGS__                                               \
    break;                                                    \
  }
#include "parser/ast.def"
  }
  return nullptr;
}
#undef FIELD
#undef HIDDEN

// CPython's PyAST_Validate (Python/ast.c), for trees made by hand: each
// expression's context, the lists that may not be empty, the lists that
// must have the same length. The compiler relies on what it checks.
template <class T>
const T* cast(const Expr* e) {
  return static_cast<const T*>(e);
}
template <class T>
const T* cast(const Stmt* s) {
  return static_cast<const T*>(s);
}

class Validator {
 public:
  Validator(vm::VM& vm, const BadConstants& bad) : vm_(vm), bad_constants_(bad) {}

  bool module(const Module* m) {
    if (null_in(m->body, "body")) fail(vm_.types.ValueError, "None disallowed in statement list");
    for (const Stmt* s : m->body) stmt(s);
    return ok_;
  }
  const Arg* duplicate() const { return duplicate_; }
  const Keyword* repeated() const { return repeated_; }

  // compile(..., 'eval'): the expression only.
  bool expression(const Expr* e) {
    expr(e, Ctx::Load);
    return ok_;
  }

 private:
  static const char* ctx_name(Ctx c) { return c == Ctx::Load ? "Load" : c == Ctx::Store ? "Store" : "Del"; }

  void fail(vm::Type* type, const char* fmt, const char* a = "", const char* b = "") {
    if (!ok_) return;
    ok_ = false;
    vm_.raise_fmt(type, fmt, a, b);
  }

  template <class T>
  void nonempty(const List<T>& l, const char* what, const char* owner) {
    if (l.empty()) fail(vm_.types.ValueError, "empty %s on %s", what, owner);
  }

  void stmts(const List<Stmt*>& l) {
    for (const Stmt* s : l) stmt(s);
  }
  void exprs(const List<Expr*>& l, Ctx ctx = Ctx::Load) {
    for (const Expr* e : l) {
      if (e) expr(e, ctx);
    }
  }

  // CPython's validate_arguments, in its order.
  void arguments(const Arguments* a) {
    if (!a) return;
    auto args = [&](const List<Arg*>& l) {
      for (const Arg* x : l) {
        if (!positions(x->span)) return;
        expr(x->annotation, Ctx::Load);
      }
    };
    args(a->posonlyargs);
    args(a->args);
    if (a->vararg) expr(a->vararg->annotation, Ctx::Load);
    args(a->kwonlyargs);
    if (a->kwarg) expr(a->kwarg->annotation, Ctx::Load);
    if (a->defaults.size > a->posonlyargs.size + a->args.size) {
      fail(vm_.types.ValueError, "more positional defaults than args on arguments");
    }
    if (a->kw_defaults.size != a->kwonlyargs.size) {
      fail(vm_.types.ValueError, "length of kwonlyargs is not the same as kw_defaults on arguments");
    }
    checked_exprs(a->defaults);
    exprs(a->kw_defaults);
    if (!duplicate_) duplicate_ = duplicate_argument(a);
  }

  // The second of two parameters with one name (CPython's symbol table
  // reports it, after the validation).
  static const Arg* duplicate_argument(const Arguments* a) {
    std::vector<const Arg*> all;
    for (const Arg* x : a->posonlyargs) all.push_back(x);
    for (const Arg* x : a->args) all.push_back(x);
    if (a->vararg) all.push_back(a->vararg);
    for (const Arg* x : a->kwonlyargs) all.push_back(x);
    if (a->kwarg) all.push_back(a->kwarg);
    for (size_t i = 0; i < all.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (all[i]->arg.view() == all[j]->arg.view()) return all[i];
      }
    }
    return nullptr;
  }

  // Expressions of a record's list, which may not hold None.
  void checked_exprs(const List<Expr*>& l) {
    if (null_in(l, "")) return fail(vm_.types.ValueError, "None disallowed in expression list");
    exprs(l);
  }
  void checked_stmts(const List<Stmt*>& l) {
    if (null_in(l, "")) return fail(vm_.types.ValueError, "None disallowed in statement list");
    stmts(l);
  }

  void visit(const Expr* e) { expr(e, Ctx::Load); }
  void visit(const Stmt* s) { stmt(s); }
  void visit(const Pattern* p) { pattern(p); }


  void comprehensions(const List<Comprehension*>& gens) {
    if (gens.empty()) fail(vm_.types.ValueError, "comprehension with no generators");
    for (const Comprehension* g : gens) {
      expr(g->target, Ctx::Store);
      expr(g->iter, Ctx::Load);
      checked_exprs(g->ifs);
    }
  }

  // CPython's VALIDATE_POSITIONS.
  bool positions(const Span& s) {
    char buf[160];
    if (s.line > s.end_line) {
      std::snprintf(buf, sizeof buf, "AST node line range (%d, %d) is not valid", s.line, s.end_line);
    } else if ((s.line < 0 && s.end_line != s.line) || (s.col < 0 && s.col != s.end_col)) {
      std::snprintf(buf, sizeof buf, "AST node column range (%d, %d) for line range (%d, %d) is not valid", s.col,
                    s.end_col, s.line, s.end_line);
    } else if (s.line == s.end_line && s.col > s.end_col) {
      std::snprintf(buf, sizeof buf, "line %d, column %d-%d is not a valid range", s.line, s.col, s.end_col);
    } else {
      return true;
    }
    fail(vm_.types.ValueError, "%s", buf);
    return false;
  }

  void expr(const Expr* e, Ctx ctx) {
    if (!ok_ || !e) return;
    vm::NativeRecursion guard(vm_, " during compilation");
    if (guard.failed()) {
      ok_ = false;
      return;
    }
    if (!positions(e->span)) return;
    if (const char* k = null_item(e)) return fail(vm_.types.ValueError, "None disallowed in %s list", k);
    bool has_ctx = true;
    Ctx actual = Ctx::Load;
    switch (e->kind) {
      case ExprKind::Attribute: actual = cast<Attribute>(e)->ctx; break;
      case ExprKind::Subscript: actual = cast<Subscript>(e)->ctx; break;
      case ExprKind::Starred: actual = cast<Starred>(e)->ctx; break;
      case ExprKind::NameExpr: actual = cast<NameExpr>(e)->ctx; break;
      case ExprKind::List: actual = cast<ListExpr>(e)->ctx; break;
      case ExprKind::Tuple: actual = cast<Tuple>(e)->ctx; break;
      default: has_ctx = false;
    }
    if (has_ctx && actual != ctx) {
      return fail(vm_.types.ValueError, "expression must have %s context but has %s instead", ctx_name(ctx),
                  ctx_name(actual));
    }
    if (!has_ctx && ctx != Ctx::Load) {
      return fail(vm_.types.ValueError, "expression which can't be assigned to in %s context", ctx_name(ctx));
    }
    switch (e->kind) {
      case ExprKind::NameExpr: {
        std::string_view id = cast<NameExpr>(e)->id.view();
        if (id == "None" || id == "True" || id == "False") {
          fail(vm_.types.ValueError, "identifier field can't represent '%s' constant", std::string(id).c_str());
        }
        return;
      }
      case ExprKind::Constant: {
        auto it = bad_constants_.find(e);
        if (it != bad_constants_.end()) {
          fail(vm_.types.TypeError, "got an invalid type in Constant: %s", it->second.c_str());
        }
        return;
      }
      case ExprKind::List: return exprs(cast<ListExpr>(e)->elts, ctx);
      case ExprKind::Tuple: return exprs(cast<Tuple>(e)->elts, ctx);
      case ExprKind::Starred: return expr(cast<Starred>(e)->value, ctx);
      case ExprKind::BoolOp:
        if (cast<BoolOp>(e)->values.size < 2) return fail(vm_.types.ValueError, "BoolOp with less than 2 values");
        break;
      case ExprKind::Dict: {
        auto* d = cast<Dict>(e);
        if (d->keys.size != d->values.size) {
          return fail(vm_.types.ValueError, "Dict doesn't have the same number of keys as values");
        }
        break;
      }
      case ExprKind::Compare: {
        auto* c = cast<Compare>(e);
        if (c->comparators.empty()) return fail(vm_.types.ValueError, "Compare with no comparators");
        if (c->comparators.size != c->ops.size) {
          return fail(vm_.types.ValueError, "Compare has a different number of comparators and operands");
        }
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = cast<NamedExpr>(e);
        if (n->target->kind != ExprKind::NameExpr) return fail(vm_.types.TypeError, "NamedExpr target must be a Name");
        expr(n->target, Ctx::Store);
        return expr(n->value, Ctx::Load);
      }
      case ExprKind::Call: keywords(cast<Call>(e)->keywords); break;
      case ExprKind::Lambda: arguments(cast<Lambda>(e)->args); return expr(cast<Lambda>(e)->body, Ctx::Load);
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp: {
        auto* c = cast<ListComp>(e);
        comprehensions(c->generators);
        return expr(c->elt, Ctx::Load);
      }
      case ExprKind::DictComp: {
        auto* c = cast<DictComp>(e);
        comprehensions(c->generators);
        expr(c->key, Ctx::Load);
        return expr(c->value, Ctx::Load);
      }
      case ExprKind::JoinedStr:
        // coil's compiler takes only what its parser makes (CPython: any expression).
        ast::for_each_child(e, [&](auto* c) { visit(c); });
        for (const Expr* part : cast<JoinedStr>(e)->values) {
          bool str = part->kind == ExprKind::Constant && cast<Constant>(part)->const_kind == ConstKind::Str;
          if (!str && part->kind != ExprKind::FormattedValue) {
            return fail(vm_.types.NotImplementedError,
                        "compile(): JoinedStr values other than str Constants and FormattedValues are not "
                        "supported by coil");
          }
        }
        return;
      case ExprKind::FormattedValue: {
        auto* f = cast<FormattedValue>(e);
        if (f->conversion != -1 && f->conversion != 's' && f->conversion != 'r' && f->conversion != 'a') {
          // CPython's compiler: a SystemError.
          return fail(vm_.types.SystemError, "Unrecognized conversion character %s",
                      std::to_string(f->conversion).c_str());
        }
        ast::for_each_child(e, [&](auto* c) { visit(c); });
        if (f->format_spec && f->format_spec->kind != ExprKind::JoinedStr) {
          return fail(vm_.types.NotImplementedError,
                      "compile(): a FormattedValue format_spec other than a JoinedStr is not supported by coil");
        }
        return;
      }
      default: break;
    }
    ast::for_each_child(e, [&](auto* c) { visit(c); });
  }

  // The second of two keyword arguments with one name (CPython's compiler
  // reports it).
  void keywords(const List<Keyword*>& ks) {
    for (int i = 0; i < ks.size && !repeated_; ++i) {
      for (int j = 0; j < i; ++j) {
        if (!ks[i]->arg.empty() && ks[i]->arg.view() == ks[j]->arg.view()) {
          repeated_ = ks[i];
          break;
        }
      }
    }
  }

  void handlers(const List<ExceptHandler*>& hs) {
    for (const ExceptHandler* h : hs) {
      if (!positions(h->span)) return;
      if (h->star && !h->type) {
        return fail(vm_.types.NotImplementedError, "compile(): an except* clause without a type is not supported by coil");
      }
      expr(h->type, Ctx::Load);
      nonempty(h->body, "body", "ExceptHandler");
      checked_stmts(h->body);
    }
  }

  void stmt(const Stmt* s) {
    if (!ok_ || !s) return;
    vm::NativeRecursion guard(vm_, " during compilation");
    if (guard.failed()) {
      ok_ = false;
      return;
    }
    if (!positions(s->span)) return;
    if (const char* k = null_item(s)) return fail(vm_.types.ValueError, "None disallowed in %s list", k);
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* f = cast<FunctionDef>(s);
        nonempty(f->body, "body", f->is_async ? "AsyncFunctionDef" : "FunctionDef");
        arguments(f->args);
        exprs(f->decorator_list);
        expr(f->returns, Ctx::Load);
        return stmts(f->body);
      }
      case StmtKind::ClassDef:
        nonempty(cast<ClassDef>(s)->body, "body", "ClassDef");
        keywords(cast<ClassDef>(s)->keywords);
        break;
      case StmtKind::Delete: {
        auto* d = cast<Delete>(s);
        nonempty(d->targets, "targets", "Delete");
        return exprs(d->targets, Ctx::Del);
      }
      case StmtKind::Assign: {
        auto* a = cast<Assign>(s);
        nonempty(a->targets, "targets", "Assign");
        exprs(a->targets, Ctx::Store);
        return expr(a->value, Ctx::Load);
      }
      case StmtKind::AugAssign: {
        auto* a = cast<AugAssign>(s);
        expr(a->target, Ctx::Store);
        return expr(a->value, Ctx::Load);
      }
      case StmtKind::AnnAssign: {
        auto* a = cast<AnnAssign>(s);
        if (a->simple && a->target->kind != ExprKind::NameExpr) {
          return fail(vm_.types.TypeError, "AnnAssign with simple non-Name target");
        }
        expr(a->target, Ctx::Store);
        expr(a->annotation, Ctx::Load);
        return expr(a->value, Ctx::Load);
      }
      case StmtKind::For: {
        auto* f = cast<For>(s);
        expr(f->target, Ctx::Store);
        expr(f->iter, Ctx::Load);
        nonempty(f->body, "body", f->is_async ? "AsyncFor" : "For");
        stmts(f->body);
        return stmts(f->orelse);
      }
      case StmtKind::While: nonempty(cast<While>(s)->body, "body", "While"); break;
      case StmtKind::If: nonempty(cast<If>(s)->body, "body", "If"); break;
      case StmtKind::With: {
        auto* w = cast<With>(s);
        nonempty(w->items, "items", w->is_async ? "AsyncWith" : "With");
        for (const WithItem* item : w->items) {
          expr(item->context_expr, Ctx::Load);
          expr(item->optional_vars, Ctx::Store);
        }
        nonempty(w->body, "body", w->is_async ? "AsyncWith" : "With");
        return stmts(w->body);
      }
      case StmtKind::Match: {
        auto* m = cast<Match>(s);
        expr(m->subject, Ctx::Load);
        nonempty(m->cases, "cases", "Match");
        for (const MatchCase* c : m->cases) {
          pattern(c->pattern);
          expr(c->guard, Ctx::Load);
          checked_stmts(c->body);
        }
        return;
      }
      case StmtKind::Raise: {
        auto* r = cast<Raise>(s);
        if (r->cause && !r->exc) return fail(vm_.types.ValueError, "Raise with cause but no exception");
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = cast<Try>(s);
        const char* owner = s->kind == StmtKind::Try ? "Try" : "TryStar";
        nonempty(t->body, "body", owner);
        if (t->handlers.empty() && t->finalbody.empty()) {
          return fail(vm_.types.ValueError, "%s has neither except handlers nor finalbody", owner);
        }
        if (t->handlers.empty() && !t->orelse.empty()) {
          return fail(vm_.types.ValueError, "%s has orelse but no except handlers", owner);
        }
        stmts(t->body);
        handlers(t->handlers);
        stmts(t->orelse);
        return stmts(t->finalbody);
      }
      case StmtKind::Import: nonempty(cast<Import>(s)->names, "names", "Import"); break;
      case StmtKind::ImportFrom: {
        auto* i = cast<ImportFrom>(s);
        if (i->level < 0) return fail(vm_.types.ValueError, "Negative ImportFrom level");
        nonempty(i->names, "names", "ImportFrom");
        break;
      }
      case StmtKind::Global: nonempty(cast<Global>(s)->names, "names", "Global"); break;
      case StmtKind::Nonlocal: nonempty(cast<Nonlocal>(s)->names, "names", "Nonlocal"); break;
      default: break;
    }
    ast::for_each_child(s, [&](auto* c) { visit(c); });
  }

  void pattern(const Pattern* p) {
    if (!ok_ || !p) return;
    vm::NativeRecursion guard(vm_, " during compilation");
    if (guard.failed()) {
      ok_ = false;
      return;
    }
    if (!positions(p->span)) return;
    if (const char* k = null_item(p)) return fail(vm_.types.ValueError, "None disallowed in %s list", k);
    switch (p->kind) {
      case PatternKind::MatchMapping: {
        auto* m = static_cast<const MatchMapping*>(p);
        if (m->keys.size != m->patterns.size) {
          return fail(vm_.types.ValueError, "MatchMapping doesn't have the same number of keys as patterns");
        }
        break;
      }
      case PatternKind::MatchClass: {
        auto* m = static_cast<const MatchClass*>(p);
        if (m->kwd_attrs.size != m->kwd_patterns.size) {
          return fail(vm_.types.ValueError,
                      "MatchClass doesn't have the same number of keyword attributes as patterns");
        }
        break;
      }
      case PatternKind::MatchAs: {
        auto* m = static_cast<const MatchAs*>(p);
        if (m->pattern && m->name.empty()) {
          return fail(vm_.types.ValueError, "MatchAs must specify a target name if a pattern is given");
        }
        break;
      }
      default: break;
    }
    ast::for_each_child(p, [&](auto* c) { visit(c); });
  }

  vm::VM& vm_;
  const BadConstants& bad_constants_;
  bool ok_ = true;
  const Arg* duplicate_ = nullptr;
  const Keyword* repeated_ = nullptr;
};

}  // namespace

// compile(tree, filename, mode): node objects back to a tree, checked as
// CPython checks them, then compiled.
vm::Code* ast_to_code(vm::VM& vm, Value tree, std::string_view filename, vm::SourceMode mode,
                      uint32_t future_flags) {
  try {
    vm::Dict* ns = ast_namespace(vm);
    if (!ns) return nullptr;
    ast::Arena arena;
    FromObjects conv(vm, ns, arena);
    Module* m = conv.module(tree, mode);
    if (!m) return nullptr;
    Validator check(vm, conv.bad_constants());
    bool ok = mode == vm::SourceMode::Eval ? check.expression(static_cast<ExprStmt*>(m->body[0])->value)
                                           : check.module(m);
    if (!ok) return nullptr;
    // The symbol table's and the compiler's errors the parser reports for
    // source text.
    auto late_error = [&](std::string message, const Span& at) {
      parse::SyntaxErrorInfo err;
      err.message = std::move(message);
      err.line = at.line;
      err.col = at.col + 1;
      err.end_line = at.end_line;
      err.end_col = at.end_col + 1;
      err.no_text = true;
      raise_syntax_error(vm, err, filename);
      return nullptr;
    };
    if (const Arg* dup = check.duplicate()) {
      return late_error("duplicate argument '" + std::string(dup->arg.view()) + "' in function definition",
                        dup->span);
    }
    if (const Keyword* k = check.repeated()) {
      return late_error("keyword argument repeated: " + std::string(k->arg.view()), k->span);
    }
    compiler::CompileResult cr = compiler::compile(vm, m, parse_mode(mode), filename, "", std::nullopt,
                                                   (future_flags & vm::kFutureAnnotations) != 0);
    if (!cr.code && !cr.exception_pending) raise_syntax_error(vm, cr.error, filename);
    return cr.code;
  } catch (const std::bad_alloc&) {
    vm.raise_memory_error();
    return nullptr;
  }
}

}  // namespace coil::embed
