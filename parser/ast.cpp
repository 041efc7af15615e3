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

const char* kind_name(ExprKind kind) {
  static const char* const names[] = {
#define AST_EXPR(Kind, Struct, PyName, ...) PyName,
#include "parser/ast.def"
  };
  return names[static_cast<int>(kind)];
}
const char* kind_name(StmtKind kind) {
  static const char* const names[] = {
#define AST_STMT(Kind, Struct, PyName, ...) PyName,
#include "parser/ast.def"
  };
  return names[static_cast<int>(kind)];
}
const char* kind_name(PatternKind kind) {
  static const char* const names[] = {
#define AST_PATTERN(Kind, Struct, PyName, ...) PyName,
#include "parser/ast.def"
  };
  return names[static_cast<int>(kind)];
}

const char* op_name(BoolOpKind op) { return op == BoolOpKind::And ? "And" : "Or"; }
const char* op_name(BinOpKind op) {
  static const char* const names[] = {"Add", "Sub",    "Mult",   "MatMult", "Div",    "Mod",     "Pow",
                                      "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
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

const char* node_name(const Expr* e) { return kind_name(e->kind); }
const char* node_name(const Pattern* p) { return kind_name(p->kind); }
const char* node_name(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::FunctionDef:
      return static_cast<const FunctionDef*>(s)->is_async ? "AsyncFunctionDef" : "FunctionDef";
    case StmtKind::For: return static_cast<const For*>(s)->is_async ? "AsyncFor" : "For";
    case StmtKind::With: return static_cast<const With*>(s)->is_async ? "AsyncWith" : "With";
    default: return kind_name(s->kind);
  }
}

namespace {

// ------------------------------------------------------------------ Dumper

// Writes nodes in ast.dump's format; the per-node code is generated from
// parser/ast.def, one `value(...)` overload per field type.
class Dumper {
 public:
  std::string out;

  void module(const Module* m) {
    out += "Module(body=";
    value(m->body);
    out += ", type_ignores=[])";
  }

  void value(const Expr* e);
  void value(const Stmt* s);
  void value(const Pattern* p);
  void value(Name n) { out += repr_str(n.view()); }
  void value(int i) { out += std::to_string(i); }
  void value(bool b) { out += b ? "1" : "0"; }  // ASDL `int` flags
  void value(ConstKind k) {                      // MatchSingleton's constant
    out += k == ConstKind::True ? "True" : k == ConstKind::False ? "False" : "None";
  }
  template <class Op>
  auto value(Op op) -> decltype(op_name(op), void()) {
    out += op_name(op);
    out += "()";
  }
  template <class T>
  void value(const List<T>& l) {
    out += '[';
    for (int i = 0; i < l.size; ++i) {
      if (i) out += ", ";
      item(l[i]);
    }
    out += ']';
  }
#define FIELD(Type, member) n.field(#member, x->member);
#define HIDDEN(Type, member)
#define AST_RECORD(Struct, PyName, ...) \
  void value(const Struct* x) {         \
    Node n(*this, PyName);              \
    __VA_ARGS__                         \
  }
#include "parser/ast.def"
#undef FIELD
#undef HIDDEN

 private:
  // Writes "Node(" and ")" and the ", " between fields.
  class Node {
   public:
    Node(Dumper& d, const char* name) : d_(d) {
      d_.out += name;
      d_.out += '(';
    }
    ~Node() { d_.out += ')'; }
    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;
    // A field of the node; an absent optional one (null, empty name) is omitted.
    template <class T>
    void field(const char* name, const T& v) {
      if (absent(v)) return;
      if (!first_) d_.out += ", ";
      first_ = false;
      d_.out += name;
      d_.out += '=';
      d_.value(v);
    }

   private:
    template <class T>
    static bool absent(const T& v) {
      if constexpr (std::is_pointer_v<T>) {
        return v == nullptr;
      } else if constexpr (std::is_same_v<T, Name>) {
        return v.empty();
      } else {
        return false;
      }
    }
    Dumper& d_;
    bool first_ = true;
  };

  // A list item: null in a list (a Dict's `**` key, a missing kw_default) is None.
  template <class T>
  void item(const T& v) {
    if constexpr (std::is_pointer_v<T>) {
      if (!v) {
        out += "None";
        return;
      }
    }
    value(v);
  }

  void constant(const Constant* c);
};

void Dumper::constant(const Constant* c) {
  out += "Constant(value=";
  switch (c->const_kind) {
    case ConstKind::None: out += "None"; break;
    case ConstKind::True: out += "True"; break;
    case ConstKind::False: out += "False"; break;
    case ConstKind::Ellipsis: out += "Ellipsis"; break;
    case ConstKind::Int: out += int_to_decimal(c->text.view()); break;
    case ConstKind::Float: out += repr_float(c->number, true); break;
    case ConstKind::Imaginary: out += repr_float(c->number, false) + "j"; break;
    case ConstKind::Str: out += repr_str(c->text.view()); break;
    case ConstKind::Bytes: out += repr_bytes(c->text.view()); break;
  }
  if (c->kind_u) out += ", kind='u'";
  out += ')';
}

#define FIELD(Type, member) n.field(#member, x->member);
#define HIDDEN(Type, member)

void Dumper::value(const Expr* e) {
  if (e->kind == ExprKind::Constant) return constant(static_cast<const Constant*>(e));
  Node n(*this, node_name(e));
  switch (e->kind) {
#define AST_EXPR(Kind, Struct, PyName, ...)                     \
  case ExprKind::Kind: {                                        \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(e);   \
    __VA_ARGS__                                                 \
    break;                                                      \
  }
#include "parser/ast.def"
  }
}

void Dumper::value(const Stmt* s) {
  Node n(*this, node_name(s));
  switch (s->kind) {
#define AST_STMT(Kind, Struct, PyName, ...)                     \
  case StmtKind::Kind: {                                        \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(s);   \
    __VA_ARGS__                                                 \
    break;                                                      \
  }
#include "parser/ast.def"
  }
}

void Dumper::value(const Pattern* p) {
  Node n(*this, node_name(p));
  switch (p->kind) {
#define AST_PATTERN(Kind, Struct, PyName, ...)                  \
  case PatternKind::Kind: {                                     \
    [[maybe_unused]] auto* x = static_cast<const Struct*>(p);   \
    __VA_ARGS__                                                 \
    break;                                                      \
  }
#include "parser/ast.def"
  }
}

#undef FIELD
#undef HIDDEN

}  // namespace

std::string dump(const Module* module) {
  Dumper d;
  d.module(module);
  return d.out;
}

std::string dump(const Expr* expr) {
  Dumper d;
  d.value(expr);
  return d.out;
}

}  // namespace coil::ast
