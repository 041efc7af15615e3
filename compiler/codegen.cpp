// Code generation: walks the AST with the scope analysis and emits a Code
// object per module, function, lambda, class body and comprehension.
//
// Exception handling uses a table (as CPython 3.11): every instruction is
// covered by the innermost handler active when it was emitted. `break`,
// `continue` and `return` leave try/with/loop blocks by emitting each
// block's cleanup inline (the "fblock" stack, as CPython's compiler does).
#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/compiler.hpp"
#include "compiler/future.hpp"
#include "compiler/scope.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"
#include "vm/objects/dict.hpp"
#include "vm/objects/objects.hpp"
#include "vm/objects/str.hpp"
#include "vm/opcodes.hpp"

namespace coil::compiler {

using namespace coil::ast;
using vm::Op;
using vm::Value;

namespace {


enum class FBlockKind { WhileLoop, ForLoop, AsyncForLoop, TryExcept, FinallyTry, FinallyEnd,
                        With, AsyncWith, HandlerCleanup, PopValue, ExceptStarHandler };

struct FBlock {
  FBlockKind kind;
  int continue_label = -1;
  int break_label = -1;
  const ast::List<Stmt*>* finalbody = nullptr;
  // Size of the handler stack when the block was entered: its cleanup code
  // runs outside the handlers the block pushed.
  size_t handler_depth = 0;
  ast::Name name;  // HandlerCleanup: the `as` name to clear
  bool owns_iterator = false;  // ForLoop over a call: left early, POP_ITER
};

struct Handler {
  int label;
  int depth;
  bool closes_iterator = false;  // see vm::ExceptionTableEntry
};

// Everything being built for one code object.
struct Unit {
  Scope* scope = nullptr;
  std::vector<uint32_t> code;
  std::vector<int32_t> lines;
  std::vector<int> instr_handler;  // per instruction: handler index or -1
  std::vector<Value> consts;
  std::map<std::pair<int, uint64_t>, int> const_index;  // (kind, bits) -> index
  std::vector<vm::Str*> names;
  std::unordered_map<std::string, int> name_index;
  std::vector<int> label_pos;    // instruction index, -1 until placed
  std::vector<int> label_depth;  // stack depth on arrival, -1 unknown
  std::vector<Handler> handlers;
  std::vector<int> handler_stack;  // indexes into handlers
  std::vector<FBlock> fblocks;
  int depth = 0;
  int max_depth = 0;
  bool unreachable = false;
  // Source span given to the instructions being emitted (col < 0: unknown).
  Span loc{1, -1, 1, -1};
  std::vector<vm::Code::Position> positions;
  int firstlineno = 1;
  std::string name;
  std::string qualname;
};

class CodeGen {
 public:
  CodeGen(vm::VM& vm, SymbolTable& st, std::string_view filename, parse::Mode mode,
          std::optional<std::string_view> file_text)
      : vm_(vm), st_(st), filename_(vm.intern(filename)), mode_(mode), file_text_(file_text) {}

  vm::Code* compile_module(const Module* m) {
    Scope* s = st_.module_scope();
    enter_unit(s, "<module>", "<module>", 1);
    if (mode_ == parse::Mode::Eval) {
      auto* es = static_cast<ExprStmt*>(m->body[0]);
      expr(es->value);
      emit(Op::RETURN_VALUE);
    } else {
      if (Constant* doc = docstring_of(m->body)) {
        set_loc(doc->span);
        constant(doc);
        name_op("__doc__", Access::Store);
      }
      setup_annotations(s);
      body(m->body);
      if (!failed_) {
        emit_const(Value::none());
        emit(Op::RETURN_VALUE);
      }
    }
    return failed_ ? nullptr : leave_unit(vm::Code::kModule);
  }

  bool failed() const { return failed_; }
  const std::string& error_message() const { return error_; }
  const Span& error_span() const { return error_span_; }
  // CPython's compile-time SyntaxWarnings, in the order found; compile()
  // issues them once the code is made (emit_warnings).
  struct Warning {
    std::string message;
    Span span;  // of the node warned about
  };
  const std::vector<Warning>& warnings() const { return warnings_; }

 private:
  vm::VM& vm_;
  SymbolTable& st_;
  vm::Str* filename_;
  parse::Mode mode_;
  std::optional<std::string_view> file_text_;  // see compile()
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  bool failed_ = false;
  std::string error_;
  Span error_span_;
  std::vector<Warning> warnings_;

  // ------------------------------------------------------------ errors

  void fail(const std::string& msg, const Span& span) {
    if (failed_) return;
    failed_ = true;
    error_ = msg;
    error_span_ = span;
  }

  // ------------------------------------------------------------ warnings

  // A compile-time SyntaxWarning about the node at `span` (see warnings()).
  void warn(const std::string& msg, const Span& span) { warnings_.push_back({msg, span}); }

  // The type a literal-like expression evaluates to (CPython's infer_type),
  // or null when unknown.
  static const char* infer_type(Expr* e) {
    switch (e->kind) {
      case ExprKind::Constant:
        switch (static_cast<Constant*>(e)->const_kind) {
          case ConstKind::None: return "NoneType";
          case ConstKind::True:
          case ConstKind::False: return "bool";
          case ConstKind::Ellipsis: return "ellipsis";
          case ConstKind::Int: return "int";
          case ConstKind::Float: return "float";
          case ConstKind::Imaginary: return "complex";
          case ConstKind::Str: return "str";
          case ConstKind::Bytes: return "bytes";
        }
        return nullptr;
      case ExprKind::UnaryOp: {
        // -1, +2.5, ~3: folded to constants by CPython's AST optimizer.
        Expr* operand = static_cast<UnaryOp*>(e)->operand;
        if (static_cast<UnaryOp*>(e)->op == UnaryOpKind::Not) return nullptr;
        const char* t = infer_type(operand);
        if (t && (std::strcmp(t, "int") == 0 || std::strcmp(t, "float") == 0 ||
                  std::strcmp(t, "complex") == 0 || std::strcmp(t, "bool") == 0)) {
          return std::strcmp(t, "bool") == 0 ? "int" : t;
        }
        return nullptr;
      }
      case ExprKind::Tuple: return "tuple";
      case ExprKind::List:
      case ExprKind::ListComp: return "list";
      case ExprKind::Dict:
      case ExprKind::DictComp: return "dict";
      case ExprKind::Set:
      case ExprKind::SetComp: return "set";
      case ExprKind::GeneratorExp: return "generator";
      case ExprKind::Lambda: return "function";
      case ExprKind::JoinedStr:
      case ExprKind::FormattedValue: return "str";
      default: return nullptr;
    }
  }

  static bool is_literal(Expr* e) {
    return e->kind == ExprKind::Constant ||
           (e->kind == ExprKind::UnaryOp && infer_type(e) != nullptr);
  }

  // `x is 1`: CPython's check_compare.
  void check_compare(Compare* c) {
    auto singleton_or_not_literal = [](Expr* e) {
      if (!is_literal(e)) {
        // A tuple of constants is folded into a constant too.
        if (e->kind != ExprKind::Tuple) return true;
        for (Expr* x : static_cast<Tuple*>(e)->elts) {
          if (!is_literal(x)) return true;
        }
        return false;
      }
      if (e->kind != ExprKind::Constant) return false;
      ConstKind k = static_cast<Constant*>(e)->const_kind;
      return k == ConstKind::None || k == ConstKind::True || k == ConstKind::False ||
             k == ConstKind::Ellipsis;
    };
    bool left = singleton_or_not_literal(c->left);
    for (int i = 0; i < c->ops.size; ++i) {
      bool right = singleton_or_not_literal(c->comparators[i]);
      CmpOpKind op = c->ops[i];
      if ((op == CmpOpKind::Is || op == CmpOpKind::IsNot) && (!left || !right)) {
        warn(op == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                 : "\"is not\" with a literal. Did you mean \"!=\"?",
             c->span);
        return;
      }
      left = right;
    }
  }

  // `"abc"(1)`: CPython's check_caller.
  void check_caller(Expr* func, const Span& call) {
    switch (func->kind) {
      case ExprKind::Constant: case ExprKind::Tuple: case ExprKind::List:
      case ExprKind::ListComp: case ExprKind::Dict: case ExprKind::DictComp:
      case ExprKind::Set: case ExprKind::SetComp: case ExprKind::GeneratorExp:
      case ExprKind::JoinedStr: case ExprKind::FormattedValue:
        warn(std::string("'") + infer_type(func) +
                 "' object is not callable; perhaps you missed a comma?", call);
        return;
      case ExprKind::UnaryOp:
        if (infer_type(func)) {
          warn(std::string("'") + infer_type(func) +
                   "' object is not callable; perhaps you missed a comma?", call);
        }
        return;
      default:
        return;
    }
  }

  // `5[0]`, `[1, 2]["a"]`: CPython's check_subscripter and check_index.
  void check_subscript(Subscript* s) {
    Expr* v = s->value;
    const char* vt = infer_type(v);
    bool unsubscriptable = false;
    if (is_literal(v)) {
      unsubscriptable = vt && std::strcmp(vt, "str") != 0 && std::strcmp(vt, "bytes") != 0;
    } else if (v->kind == ExprKind::Set || v->kind == ExprKind::SetComp ||
               v->kind == ExprKind::GeneratorExp || v->kind == ExprKind::Lambda) {
      unsubscriptable = true;
    }
    if (unsubscriptable) {
      warn(std::string("'") + vt + "' object is not subscriptable; perhaps you missed a comma?", s->span);
      return;
    }
    const char* it = infer_type(s->slice);
    if (!it || s->slice->kind == ExprKind::Slice || std::strcmp(it, "int") == 0 ||
        std::strcmp(it, "bool") == 0) {
      return;
    }
    bool indexable = (v->kind == ExprKind::Constant && vt &&
                      (std::strcmp(vt, "str") == 0 || std::strcmp(vt, "bytes") == 0)) ||
                     v->kind == ExprKind::Tuple || v->kind == ExprKind::List ||
                     v->kind == ExprKind::ListComp || v->kind == ExprKind::JoinedStr ||
                     v->kind == ExprKind::FormattedValue;
    if (indexable) {
      warn(std::string(vt) + " indices must be integers or slices, not " + it +
               "; perhaps you missed a comma?",
           s->span);
    }
  }

  // ------------------------------------------------------------ units

  void enter_unit(Scope* s, const std::string& name, const std::string& qualname, int line) {
    units_.push_back(std::make_unique<Unit>());
    u_ = units_.back().get();
    u_->scope = s;
    u_->name = name;
    u_->qualname = qualname;
    set_line(line);
    u_->firstlineno = line;
  }

  vm::Code* leave_unit(uint32_t extra_flags) {
    Unit* u = u_;
    resolve_jumps(u);
    auto* c = vm_.alloc<vm::Code>(vm::ObjKind::Code, vm_.types.code);
    c->code = std::move(u->code);
    c->lines = std::move(u->lines);
    c->positions = std::move(u->positions);
    c->consts = std::move(u->consts);
    c->names = std::move(u->names);
    Scope* s = u->scope;
    for (const std::string& n : s->varnames) c->varnames.push_back(vm_.intern(n));
    // A class body keeps its namespace dict in its first (hidden) slot;
    // module code keeps there the separate locals exec() may give it (null
    // when its names live in its globals).
    if (s->kind == ScopeKind::Class) {
      c->varnames.insert(c->varnames.begin(), vm_.intern(".namespace"));
      extra_flags |= vm::Code::kClassBody;
    } else if (s->kind == ScopeKind::Module) {
      c->varnames.insert(c->varnames.begin(), vm_.intern(".locals"));
    }
    for (const std::string& n : s->cellvars) {
      c->cellvars.push_back(vm_.intern(n));
      int p = -1;
      for (size_t i = 0; i < s->varnames.size(); ++i) {
        if (s->varnames[i] == n) p = static_cast<int>(i);
      }
      c->cell_param.push_back(p);
    }
    for (const std::string& n : s->freevars) c->freevars.push_back(vm_.intern(n));
    c->exception_table = build_exception_table(u);
    c->name = vm_.intern(u->name);
    c->qualname = vm_.intern(u->qualname);
    c->filename = filename_;
    c->firstlineno = u->firstlineno;
    c->argcount = s->argcount;
    c->posonlyargcount = s->posonlyargcount;
    c->kwonlyargcount = s->kwonlyargcount;
    c->max_stack = u->max_depth;
    uint32_t flags = extra_flags;
    if (s->has_varargs) flags |= vm::Code::kVarargs;
    if (s->has_varkw) flags |= vm::Code::kVarkw;
    if (s->is_generator && s->is_async) {
      flags |= vm::Code::kAsyncGenerator;
    } else if (s->is_generator) {
      flags |= vm::Code::kGenerator;
    } else if (s->is_coroutine) {
      flags |= vm::Code::kCoroutine;
    }
    if (inside_function(s)) flags |= vm::Code::kNested;
    if (!(flags & (vm::Code::kVarargs | vm::Code::kVarkw | vm::Code::kGenerator |
                   vm::Code::kCoroutine | vm::Code::kAsyncGenerator)) &&
        c->kwonlyargcount == 0) {
      flags |= vm::Code::kSimpleCall;
    }
    if (!c->cellvars.empty() || !c->freevars.empty()) flags |= vm::Code::kHasCells;
    if (s->has_locals_dict) flags |= vm::Code::kLocalsSlot;
    if (st_.future_annotations) flags |= vm::Code::kFutureAnnotations;
    c->code_flags = flags;
    c->set_plain_call();
    vm::fuse_superinstructions(c->code);
    units_.pop_back();
    u_ = units_.empty() ? nullptr : units_.back().get();
    return c;
  }

  // CPython's CO_NESTED: some enclosing scope is a function (a method of a
  // module-level class is not nested).
  static bool inside_function(const Scope* s) {
    for (const Scope* p = s->parent; p; p = p->parent) {
      if (p->kind != ScopeKind::Module && p->kind != ScopeKind::Class) return true;
    }
    return false;
  }

  void resolve_jumps(Unit* u) {
    for (size_t i = 0; i < u->code.size(); ++i) {
      Op op = vm::op_of(u->code[i]);
      if (!vm::has_jump_target(op)) continue;
      int label = static_cast<int>(vm::arg_of(u->code[i]));
      u->code[i] = vm::encode(op, static_cast<uint32_t>(u->label_pos[label]));
    }
  }

  std::vector<vm::ExceptionTableEntry> build_exception_table(Unit* u) {
    std::vector<vm::ExceptionTableEntry> table;
    size_t n = u->instr_handler.size();
    size_t i = 0;
    while (i < n) {
      int h = u->instr_handler[i];
      size_t j = i;
      while (j < n && u->instr_handler[j] == h) ++j;
      if (h >= 0) {
        vm::ExceptionTableEntry e;
        e.start = static_cast<uint32_t>(i);
        e.end = static_cast<uint32_t>(j);
        e.handler = static_cast<uint32_t>(u->label_pos[u->handlers[h].label]);
        e.depth = static_cast<uint16_t>(u->handlers[h].depth);
        e.push_lasti = false;
        e.closes_iterator = u->handlers[h].closes_iterator;
        table.push_back(e);
      }
      i = j;
    }
    return table;
  }

  // ------------------------------------------------------------ emission

  void adjust_depth(int delta) {
    u_->depth += delta;
    if (u_->depth < 0) {
      // A stack-effect bug would corrupt frames at run time: refuse to compile.
      fail("internal compiler error: negative stack depth", Span{u_->loc.line, 0, 0, 0});
      u_->depth = 0;
    }
    if (u_->depth > u_->max_depth) u_->max_depth = u_->depth;
  }

  void set_loc(const Span& span) { u_->loc = span; }

  // As CPython (update_start_location_to_match_attr): when `loc` starts on
  // another line than the attribute name ends, it starts at the name instead.
  static Span at_attr_name(const Span& loc, Attribute* a) {
    Span r = loc;
    if (r.line == a->span.end_line) return r;
    r.line = a->span.end_line;
    int len = static_cast<int>(a->attr.size);
    if (len <= a->span.end_col) {
      r.col = a->span.end_col - len;
    } else {
      r.col = r.end_col = -1;
    }
    r.end_line = std::max(r.line, r.end_line);
    if (r.line == r.end_line) r.end_col = std::max(r.col, r.end_col);
    return r;
  }
  // A location known by its line only (no carets in tracebacks).
  void set_line(int line) { u_->loc = Span{line, -1, line, -1}; }

  void push_location() {
    u_->lines.push_back(u_->loc.line);
    u_->positions.push_back({u_->loc.col, u_->loc.end_line, u_->loc.end_col});
  }

  void emit(Op op, uint32_t arg = 0) {
    if (arg > vm::kMaxArg) {
      fail("too many constants, names or jump targets in one function", Span{u_->loc.line, 0, 0, 0});
      arg = 0;
    }
    u_->code.push_back(vm::encode(op, arg));
    push_location();
    u_->instr_handler.push_back(u_->handler_stack.empty() ? -1 : u_->handler_stack.back());
    // BUILD_SET and BUILD_MAP push the new container above their items while
    // filling it (so it stays rooted): one slot more than their items at peak.
    if ((op == Op::BUILD_SET || op == Op::BUILD_MAP) && u_->depth + 1 > u_->max_depth) {
      u_->max_depth = u_->depth + 1;
    }
    if (!vm::has_jump_target(op)) adjust_depth(vm::stack_effect(op, static_cast<int>(arg), false));
    u_->unreachable = op == Op::RETURN_VALUE || op == Op::RERAISE ||
                      op == Op::RAISE_VARARGS || op == Op::JUMP || op == Op::JUMP_BACKWARD;
  }

  int new_label() {
    u_->label_pos.push_back(-1);
    u_->label_depth.push_back(-1);
    return static_cast<int>(u_->label_pos.size()) - 1;
  }

  void note_label_depth(int label, int depth) {
    if (u_->label_depth[label] < 0) u_->label_depth[label] = depth;
  }

  void emit_jump(Op op, int label) {
    int before = u_->depth;
    note_label_depth(label, before + vm::stack_effect(op, 0, true));
    u_->code.push_back(vm::encode(op, static_cast<uint32_t>(label)));
    push_location();
    u_->instr_handler.push_back(u_->handler_stack.empty() ? -1 : u_->handler_stack.back());
    if (op == Op::JUMP || op == Op::JUMP_BACKWARD) {
      u_->unreachable = true;
    } else {
      adjust_depth(vm::stack_effect(op, 0, false));
      u_->unreachable = false;
    }
  }

  void place(int label) {
    u_->label_pos[label] = static_cast<int>(u_->code.size());
    if (u_->unreachable && u_->label_depth[label] >= 0) {
      u_->depth = u_->label_depth[label];
    } else {
      note_label_depth(label, u_->depth);
    }
    u_->unreachable = false;
  }

  int push_handler(int label, int depth) {
    u_->handlers.push_back({label, depth});
    int id = static_cast<int>(u_->handlers.size()) - 1;
    u_->handler_stack.push_back(id);
    note_label_depth(label, depth + 1);
    return id;
  }
  void pop_handler() { u_->handler_stack.pop_back(); }

  // Places a handler's label: the stack holds its depth plus the exception.
  void place_handler(int label) {
    u_->unreachable = true;
    place(label);
  }

  int add_const(Value v, int kind, uint64_t key) {
    auto k = std::make_pair(kind, key);
    auto it = u_->const_index.find(k);
    if (it != u_->const_index.end()) return it->second;
    u_->consts.push_back(v);
    int i = static_cast<int>(u_->consts.size()) - 1;
    u_->const_index[k] = i;
    return i;
  }

  void emit_const(Value v) {
    // Simple values are shared within a code object; objects are keyed by identity.
    int kind = v.is_double() ? 1 : 0;
    emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(v, kind, v.raw())));
  }

  void emit_str_const(std::string_view s) { emit_const(Value::object(vm_.intern(s))); }

  int name_index(std::string_view name) {
    std::string key(name);
    auto it = u_->name_index.find(key);
    if (it != u_->name_index.end()) return it->second;
    u_->names.push_back(vm_.intern(name));
    int i = static_cast<int>(u_->names.size()) - 1;
    u_->name_index[key] = i;
    return i;
  }

  // Mangles __private names inside a class, as the scope pass did.
  std::string mangle(std::string_view name) const {
    if (name.size() < 3 || name.substr(0, 2) != "__" || name.substr(name.size() - 2) == "__" ||
        name.find('.') != std::string_view::npos) {
      return std::string(name);
    }
    for (Scope* s = u_->scope; s; s = s->parent) {
      if (s->kind == ScopeKind::Class) {
        size_t i = s->name.find_first_not_of('_');
        if (i == std::string::npos) return std::string(name);
        return "_" + s->name.substr(i) + std::string(name);
      }
    }
    return std::string(name);
  }

  int varname_index(const std::string& n) const {
    const auto& v = u_->scope->varnames;
    for (size_t i = 0; i < v.size(); ++i) {
      if (v[i] == n) return static_cast<int>(i);
    }
    return -1;
  }

  // Index into cells + free cells.
  int cell_index(const std::string& n) const {
    const auto& c = u_->scope->cellvars;
    for (size_t i = 0; i < c.size(); ++i) {
      if (c[i] == n) return static_cast<int>(i);
    }
    const auto& f = u_->scope->freevars;
    for (size_t i = 0; i < f.size(); ++i) {
      if (f[i] == n) return static_cast<int>(c.size() + i);
    }
    return -1;
  }

  enum class Access { Load, Store, Delete };

  void name_op(std::string_view raw, Access access) {
    std::string n = mangle(raw);
    Scope* s = u_->scope;
    NameScope ns = s->lookup(n);
    if (s->kind == ScopeKind::Module && ns == NameScope::Name) ns = NameScope::GlobalImplicit;
    switch (ns) {
      case NameScope::Local: {
        int i = varname_index(n);
        Op op = access == Access::Load ? Op::LOAD_FAST
                : access == Access::Store ? Op::STORE_FAST : Op::DELETE_FAST;
        emit(op, static_cast<uint32_t>(i));
        return;
      }
      case NameScope::Cell:
      case NameScope::Free: {
        int i = cell_index(n);
        if (s->kind == ScopeKind::Class && access == Access::Load) {
          emit(Op::LOAD_CLASSDEREF, static_cast<uint32_t>(i));
          return;
        }
        Op op = access == Access::Load ? Op::LOAD_DEREF
                : access == Access::Store ? Op::STORE_DEREF : Op::DELETE_DEREF;
        emit(op, static_cast<uint32_t>(i));
        return;
      }
      case NameScope::GlobalExplicit:
      case NameScope::GlobalImplicit: {
        // Module level too, as in CPython: exec() may give the code locals
        // apart from its globals. (Run in its globals, LOAD_NAME there is
        // LOAD_GLOBAL with its cache.)
        if ((s->kind == ScopeKind::Class || s->kind == ScopeKind::Module) && ns == NameScope::GlobalImplicit) break;
        Op op = access == Access::Load ? Op::LOAD_GLOBAL
                : access == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL;
        emit(op, static_cast<uint32_t>(name_index(n)));
        return;
      }
      case NameScope::Name:
        break;
    }
    Op op = access == Access::Load ? Op::LOAD_NAME
            : access == Access::Store ? Op::STORE_NAME : Op::DELETE_NAME;
    emit(op, static_cast<uint32_t>(name_index(n)));
  }

  // ------------------------------------------------------------ statements

  void body(const ast::List<Stmt*>& stmts) {
    for (Stmt* s : stmts) {
      if (failed_) return;
      stmt(s);
    }
  }

  // A statement leaves the stack as it found it. After one that ends in a
  // return/raise/break/continue the inline unwinding has popped the blocks'
  // items from the tracked depth; the (dead) code that follows is compiled
  // as if the statement had fallen through.
  void stmt(Stmt* s) {
    int depth = u_->depth;
    stmt_inner(s);
    if (u_->unreachable) u_->depth = depth;
  }

  void stmt_inner(Stmt* s) {
    set_loc(s->span);
    switch (s->kind) {
      case StmtKind::FunctionDef: return function_def(static_cast<FunctionDef*>(s));
      case StmtKind::ClassDef: return class_def(static_cast<ClassDef*>(s));
      case StmtKind::Return: return return_stmt(static_cast<Return*>(s));
      case StmtKind::Delete:
        for (Expr* t : static_cast<Delete*>(s)->targets) delete_target(t);
        return;
      case StmtKind::Assign: {
        auto* a = static_cast<Assign*>(s);
        expr(a->value);
        for (int i = 0; i < a->targets.size; ++i) {
          if (i + 1 < a->targets.size) emit(Op::COPY, 1);
          store_target(a->targets[i]);
        }
        return;
      }
      case StmtKind::AugAssign: return aug_assign(static_cast<AugAssign*>(s));
      case StmtKind::AnnAssign: {
        auto* a = static_cast<AnnAssign*>(s);
        if (a->value) {
          expr(a->value);
          store_target(a->target);
          annotate(a);
          return;
        }
        if (a->target->kind != ExprKind::NameExpr) {
          // `obj.attr: int` evaluates the object (and subscript) but stores nothing.
          if (a->target->kind == ExprKind::Attribute) {
            expr(static_cast<Attribute*>(a->target)->value);
            emit(Op::POP_TOP);
          } else if (a->target->kind == ExprKind::Subscript) {
            auto* sub = static_cast<Subscript*>(a->target);
            expr(sub->value);
            emit(Op::POP_TOP);
            expr(sub->slice);
            emit(Op::POP_TOP);
          }
        }
        annotate(a);
        return;
      }
      case StmtKind::For: return for_stmt(static_cast<For*>(s));
      case StmtKind::While: return while_stmt(static_cast<While*>(s));
      case StmtKind::If: return if_stmt(static_cast<If*>(s));
      case StmtKind::With: return with_stmt(static_cast<With*>(s), 0);
      case StmtKind::Raise: {
        auto* r = static_cast<Raise*>(s);
        uint32_t n = 0;
        if (r->exc) {
          expr(r->exc);
          ++n;
          if (r->cause) {
            expr(r->cause);
            ++n;
          }
        }
        emit(Op::RAISE_VARARGS, n);
        return;
      }
      case StmtKind::Try: return try_stmt(static_cast<Try*>(s));
      // TryStar has Try's layout (parser/ast.def).
      case StmtKind::TryStar: return try_stmt(reinterpret_cast<Try*>(s), true);
      case StmtKind::Assert: return assert_stmt(static_cast<Assert*>(s));
      case StmtKind::Import: return import_stmt(static_cast<Import*>(s));
      case StmtKind::ImportFrom: return import_from(static_cast<ImportFrom*>(s));
      case StmtKind::Global:
      case StmtKind::Nonlocal:
      case StmtKind::Pass:
        return;
      case StmtKind::ExprStmt: {
        auto* e = static_cast<ExprStmt*>(s);
        if (mode_ == parse::Mode::Interactive && u_->scope->kind == ScopeKind::Module) {
          expr(e->value);
          emit(Op::PRINT_EXPR);
          return;
        }
        if (e->value->kind == ExprKind::Constant) return;  // docstrings and the like
        expr(e->value);
        emit(Op::POP_TOP);
        return;
      }
      case StmtKind::Match: return match_stmt(static_cast<Match*>(s));
      case StmtKind::Break: return break_stmt(s);
      case StmtKind::Continue: return continue_stmt(s);
    }
  }

  // ---- functions and classes

  // Pushes defaults/kwdefaults/closure and the code, then MAKE_FUNCTION.
  void make_function(Scope* fs, vm::Code* code, const Arguments* args) {
    uint32_t flags = 0;
    if (args && args->defaults.size > 0) {
      for (Expr* d : args->defaults) expr(d);
      emit(Op::BUILD_TUPLE, static_cast<uint32_t>(args->defaults.size));
      flags |= 1;
    }
    if (args) {
      int nkw = 0;
      for (int i = 0; i < args->kwonlyargs.size; ++i) {
        if (!args->kw_defaults[i]) continue;
        emit_str_const(args->kwonlyargs[i]->arg.view());
        expr(args->kw_defaults[i]);
        ++nkw;
      }
      if (nkw) {
        emit(Op::BUILD_MAP, static_cast<uint32_t>(nkw));
        flags |= 2;
      }
    }
    if (!fs->freevars.empty()) {
      for (const std::string& fv : fs->freevars) {
        int i = cell_index(fv);
        if (i < 0) {
          fail("internal error: no cell for free variable '" + fv + "'", Span{u_->loc.line, 0, 0, 0});
          return;
        }
        emit(Op::LOAD_CLOSURE, static_cast<uint32_t>(i));
      }
      emit(Op::BUILD_TUPLE, static_cast<uint32_t>(fs->freevars.size()));
      flags |= 4;
    }
    emit_const(Value::object(code));
    emit(Op::MAKE_FUNCTION, flags);
  }

  // The docstring: a leading string-literal expression statement.
  static Constant* docstring_of(const ast::List<Stmt*>& stmts) {
    if (stmts.empty() || stmts[0]->kind != StmtKind::ExprStmt) return nullptr;
    Expr* e = static_cast<ExprStmt*>(stmts[0])->value;
    if (e->kind != ExprKind::Constant) return nullptr;
    auto* c = static_cast<Constant*>(e);
    return c->const_kind == ConstKind::Str ? c : nullptr;
  }

  // As CPython: a function's first constant is its docstring, or None
  // (MAKE_FUNCTION takes __doc__ from it).
  void add_doc_const(Constant* doc) {
    Value v = doc ? Value::object(vm_.intern(doc->text.view())) : Value::none();
    add_const(v, 0, v.raw());
  }

  vm::Code* function_body(Scope* fs, const ast::List<Stmt*>& stmts, int line) {
    enter_unit(fs, fs->name, fs->qualname, line);
    add_doc_const(docstring_of(stmts));
    body(stmts);
    if (!u_->unreachable || u_->code.empty()) {
      emit_const(Value::none());
      emit(Op::RETURN_VALUE);
    }
    return leave_unit(0);
  }

  void function_def(FunctionDef* fd) {
    Scope* fs = st_.scope_of(fd);
    for (Expr* d : fd->decorator_list) {
      emit(Op::PUSH_NULL);
      expr(d);
    }
    int line = fd->decorator_list.empty() ? fd->span.line : fd->decorator_list[0]->span.line;
    set_loc(fd->span);
    vm::Code* code = function_body(fs, fd->body, fd->span.line);
    if (failed_) return;
    set_loc(fd->span);
    u_->loc.line = line;
    make_function(fs, code, fd->args);
    set_function_annotations(fd);
    apply_decorators(fd->decorator_list);
    name_op(fd->name.view(), Access::Store);
  }

  // f.__annotations__ = {param: annotation, ..., 'return': annotation} for
  // the function on top of the stack, in CPython's order (args, then
  // positional-only, *args, keyword-only, **kwargs, return).
  void set_function_annotations(FunctionDef* fd) {
    const Arguments* a = fd->args;
    std::vector<const Arg*> annotated;
    auto note = [&](const Arg* arg) {
      if (arg && arg->annotation) annotated.push_back(arg);
    };
    for (Arg* arg : a->args) note(arg);
    for (Arg* arg : a->posonlyargs) note(arg);
    note(a->vararg);
    for (Arg* arg : a->kwonlyargs) note(arg);
    note(a->kwarg);
    if (annotated.empty() && !fd->returns) return;
    emit(Op::COPY, 1);
    for (const Arg* arg : annotated) {
      emit_str_const(mangle(arg->arg.view()));
      annotation_value(arg->annotation);
    }
    uint32_t n = static_cast<uint32_t>(annotated.size());
    if (fd->returns) {
      emit_str_const("return");
      annotation_value(fd->returns);
      ++n;
    }
    emit(Op::BUILD_MAP, n);
    emit(Op::SWAP, 2);
    emit(Op::STORE_ATTR, static_cast<uint32_t>(name_index("__annotations__")));
  }

  // A module or class body with annotated assignments starts with an empty
  // __annotations__, unless its namespace has one (exec() in the same one).
  void setup_annotations(Scope* s) {
    if (s->has_annotations) emit(Op::SETUP_ANNOTATIONS);
  }

  // Pushes what __annotations__ holds for an annotation: its value, or
  // under `from __future__ import annotations` its source text.
  void annotation_value(Expr* annotation) {
    if (st_.future_annotations) {
      emit_str_const(ast::unparse(annotation));
    } else {
      expr(annotation);
    }
  }

  // `x: T [= v]` in a module or class body: after the assignment,
  // __annotations__['x'] = T.  Elsewhere the annotation is not evaluated
  // (functions), or evaluated and dropped (`obj.attr: T` at top level; not
  // even that under `from __future__ import annotations`).
  void annotate(AnnAssign* a) {
    ScopeKind k = u_->scope->kind;
    if (k != ScopeKind::Module && k != ScopeKind::Class) return;
    if (a->simple && a->target->kind == ExprKind::NameExpr) {
      set_loc(a->annotation->span);
      annotation_value(a->annotation);
      name_op("__annotations__", Access::Load);
      emit_str_const(mangle(static_cast<NameExpr*>(a->target)->id.view()));
      emit(Op::STORE_SUBSCR);
    } else if (!st_.future_annotations) {
      expr(a->annotation);
      emit(Op::POP_TOP);
    }
  }

  // Calls the decorators (pushed earlier), innermost first; each call is
  // located at its decorator expression.
  void apply_decorators(const ast::List<Expr*>& decorators) {
    for (int i = decorators.size - 1; i >= 0; --i) {
      set_loc(decorators[i]->span);
      emit(Op::CALL, 1);
    }
  }

  void class_def(ClassDef* cd) {
    Scope* cs = st_.scope_of(cd);
    for (Expr* d : cd->decorator_list) {
      emit(Op::PUSH_NULL);
      expr(d);
    }
    // The class body: a function run by __build_class__ in a fresh namespace.
    enter_unit(cs, cs->name, cs->qualname, cd->span.line);
    set_loc(cd->span);
    name_op("__name__", Access::Load);
    name_op("__module__", Access::Store);
    emit_str_const(cs->qualname);
    name_op("__qualname__", Access::Store);
    if (Constant* doc = docstring_of(cd->body)) {
      set_loc(doc->span);
      constant(doc);
      name_op("__doc__", Access::Store);
    }
    setup_annotations(cs);
    body(cd->body);
    bool has_class_cell = false;
    for (const std::string& c : cs->cellvars) has_class_cell |= c == "__class__";
    if (has_class_cell) {
      emit(Op::LOAD_CLOSURE, static_cast<uint32_t>(cell_index("__class__")));
      emit(Op::COPY, 1);
      emit(Op::STORE_NAME, static_cast<uint32_t>(name_index("__classcell__")));
    } else {
      emit_const(Value::none());
    }
    emit(Op::RETURN_VALUE);
    vm::Code* code = leave_unit(0);
    if (failed_) return;
    set_loc(cd->span);
    emit(Op::PUSH_NULL);
    emit(Op::LOAD_BUILD_CLASS);
    make_function(cs, code, nullptr);
    emit_str_const(cd->name.view());
    call_args(cd->bases, cd->keywords, 2, cd->span);
    apply_decorators(cd->decorator_list);
    name_op(cd->name.view(), Access::Store);
  }

  // ---- returns and loops

  void return_stmt(Return* r) {
    if (r->value && u_->scope->is_generator && u_->scope->is_async) {
      fail("'return' with value in async generator", r->span);
      return;
    }
    if (r->value) {
      expr(r->value);
    } else {
      emit_const(Value::none());
    }
    std::vector<int> handlers = unwind_all(true);
    // The return itself lies outside the handlers it left.
    emit(Op::RETURN_VALUE);
    u_->handler_stack = handlers;
  }

  // Emits the cleanup of every enclosing block (innermost first), keeping
  // the value on top of the stack when `preserve_tos`.
  // Returns the handler stack to restore once the jump or return that
  // leaves the blocks has been emitted (it must not be covered by them).
  std::vector<int> unwind_all(bool preserve_tos) {
    std::vector<FBlock> saved = u_->fblocks;
    std::vector<int> saved_handlers = u_->handler_stack;
    while (!u_->fblocks.empty()) {
      FBlock fb = u_->fblocks.back();
      u_->fblocks.pop_back();
      unwind_block(fb, preserve_tos);
    }
    u_->fblocks = saved;
    return saved_handlers;
  }

  void call_exit_with_nones() {
    // (exit -- ) exit(None, None, None)
    emit(Op::PUSH_NULL);
    emit(Op::SWAP, 2);
    emit_const(Value::none());
    emit_const(Value::none());
    emit_const(Value::none());
    emit(Op::CALL, 3);
  }

  void unwind_block(const FBlock& fb, bool preserve_tos) {
    u_->handler_stack.resize(std::min(u_->handler_stack.size(), fb.handler_depth));
    switch (fb.kind) {
      case FBlockKind::WhileLoop:
      case FBlockKind::TryExcept:
        return;
      case FBlockKind::ForLoop:
      case FBlockKind::AsyncForLoop:
      case FBlockKind::PopValue:
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(fb.owns_iterator ? Op::POP_ITER : Op::POP_TOP);
        return;
      case FBlockKind::FinallyTry:
        // A `break`/`continue`/`return` inside this finally body must also
        // drop the value being returned (CPython's POP_VALUE block).
        if (preserve_tos) push_fblock(FBlockKind::PopValue);
        body(*fb.finalbody);
        if (preserve_tos) pop_fblock();
        return;
      case FBlockKind::FinallyEnd:
        // (prev exc [value] -- [value])
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT);
        return;
      case FBlockKind::With:
      case FBlockKind::AsyncWith:
        if (preserve_tos) emit(Op::SWAP, 2);
        call_exit_with_nones();
        if (fb.kind == FBlockKind::AsyncWith) {
          emit(Op::GET_AWAITABLE, 2);
          emit_const(Value::none());  // the first value sent into __aexit__'s awaitable
          emit_yield_from_loop(true);
        }
        emit(Op::POP_TOP);
        return;
      case FBlockKind::ExceptStarHandler:
        fail("'break', 'continue' and 'return' cannot appear in an except* block", u_->loc);
        return;
      case FBlockKind::HandlerCleanup:
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT);
        if (!fb.name.empty()) {
          emit_const(Value::none());
          name_op(fb.name.view(), Access::Store);
          name_op(fb.name.view(), Access::Delete);
        }
        return;
    }
  }

  // Unwinds the blocks inside the innermost loop; returns that loop (or null).
  const FBlock* unwind_to_loop(bool for_break) {
    std::vector<FBlock>& fbs = u_->fblocks;
    int i = static_cast<int>(fbs.size()) - 1;
    while (i >= 0 && fbs[i].kind != FBlockKind::WhileLoop && fbs[i].kind != FBlockKind::ForLoop &&
           fbs[i].kind != FBlockKind::AsyncForLoop) {
      --i;
    }
    if (i < 0) return nullptr;
    std::vector<FBlock> saved = fbs;
    std::vector<int> saved_handlers = u_->handler_stack;
    while (static_cast<int>(fbs.size()) - 1 > i) {
      FBlock fb = fbs.back();
      fbs.pop_back();
      unwind_block(fb, false);
    }
    const FBlock& loop = saved[i];
    if (for_break) {
      FBlock fb = loop;
      fbs.pop_back();
      unwind_block(fb, false);
    }
    u_->fblocks = saved;
    restore_handlers_ = saved_handlers;
    loop_found_ = saved[i];
    return &loop_found_;
  }
  FBlock loop_found_;
  std::vector<int> restore_handlers_;

  void break_stmt(Stmt* s) {
    const FBlock* loop = unwind_to_loop(true);
    if (!loop) {
      fail("'break' outside loop", s->span);
      return;
    }
    emit_jump(Op::JUMP, loop->break_label);
    u_->handler_stack = restore_handlers_;
  }

  void continue_stmt(Stmt* s) {
    const FBlock* loop = unwind_to_loop(false);
    if (!loop) {
      fail("'continue' not properly in loop", s->span);
      return;
    }
    emit_jump(Op::JUMP_BACKWARD, loop->continue_label);
    u_->handler_stack = restore_handlers_;
  }

  // `owned_handlers`: how many of the innermost handlers belong to the block
  // (pushed just before it); leaving the block early runs outside them.
  void push_fblock(FBlockKind kind, int cont = -1, int brk = -1, size_t owned_handlers = 0) {
    FBlock fb;
    fb.kind = kind;
    fb.continue_label = cont;
    fb.break_label = brk;
    fb.handler_depth = u_->handler_stack.size() - owned_handlers;
    u_->fblocks.push_back(fb);
  }
  void pop_fblock() { u_->fblocks.pop_back(); }

  // `for x in f(...)`: a generator the call makes is the loop's alone
  // (GET_ITER 1 marks it), so leaving the loop early by break, return or an
  // exception finalises it at once, as CPython's reference counting does
  // (its `finally` runs before the code after the loop). The exceptional
  // way out is a handler around the body that drops the iterator with
  // POP_ITER and re-raises.
  // The target and body of a for / async for loop, with the iterator under
  // them on the stack. `cleanup` >= 0: the loop owns its iterator, and an
  // exception leaving the body goes to that handler (iterator_cleanup)
  // first, so the iterator is finalised before it propagates.
  void loop_body(For* f, FBlockKind kind, int top, int brk, int cleanup) {
    bool owns = cleanup >= 0;
    if (owns) {
      push_handler(cleanup, u_->depth - 1);
      u_->handlers.back().closes_iterator = true;
    }
    push_fblock(kind, top, brk, owns ? 1 : 0);
    u_->fblocks.back().owns_iterator = owns;
    store_target(f->target);
    body(f->body);
    pop_fblock();
    if (owns) pop_handler();
  }

  // loop_body's handler, (iterator exc): finalises the iterator (POP_ITER)
  // and re-raises.
  void iterator_cleanup(int cleanup) {
    place_handler(cleanup);
    emit(Op::SWAP, 2);
    emit(Op::POP_ITER);
    emit(Op::RERAISE);
  }

  void for_stmt(For* f) {
    if (f->is_async) return async_for_stmt(f);
    int top = new_label(), end = new_label(), brk = new_label(), cleanup = new_label();
    bool owns = f->iter->kind == ExprKind::Call;
    expr(f->iter);
    emit(Op::GET_ITER, owns ? 1 : 0);
    place(top);
    set_loc(f->span);
    emit_jump(Op::FOR_ITER, end);
    loop_body(f, FBlockKind::ForLoop, top, brk, owns ? cleanup : -1);
    set_loc(f->span);
    emit_jump(Op::JUMP_BACKWARD, top);
    if (owns) iterator_cleanup(cleanup);
    place(end);
    body(f->orelse);
    place(brk);
  }

  // `async for x in f(...)`: as for_stmt, an async generator the call
  // makes is the loop's (GET_AITER 1); left early, POP_ITER hands it to its
  // finalizer hook (the event loop schedules its aclose()), as CPython's
  // reference counting does.
  void async_for_stmt(For* f) {
    int top = new_label(), end = new_label(), brk = new_label(), cleanup = new_label();
    bool owns = f->iter->kind == ExprKind::Call;
    expr(f->iter);
    emit(Op::GET_AITER, owns ? 1 : 0);
    place(top);
    int depth = u_->depth;
    push_handler(end, depth);
    emit(Op::GET_ANEXT);
    emit_const(Value::none());
    emit_yield_from_loop(true);
    pop_handler();
    loop_body(f, FBlockKind::AsyncForLoop, top, brk, owns ? cleanup : -1);
    emit_jump(Op::JUMP_BACKWARD, top);
    if (owns) iterator_cleanup(cleanup);
    place_handler(end);
    emit(Op::END_ASYNC_FOR);
    body(f->orelse);
    place(brk);
  }

  void while_stmt(While* w) {
    int top = new_label(), orelse = new_label(), brk = new_label();
    place(top);
    set_loc(w->span);
    bool always = is_constant_true(w->test);
    if (!always) jump_if(w->test, orelse, false);
    push_fblock(FBlockKind::WhileLoop, top, brk);
    body(w->body);
    pop_fblock();
    set_loc(w->span);
    emit_jump(Op::JUMP_BACKWARD, top);
    place(orelse);
    body(w->orelse);
    place(brk);
  }

  static bool is_constant_true(Expr* e) {
    if (e->kind != ExprKind::Constant) return false;
    auto* c = static_cast<Constant*>(e);
    if (c->const_kind == ConstKind::True) return true;
    if (c->const_kind == ConstKind::Int) {
      std::string_view t = c->text.view();
      return !t.empty() && t.find_first_not_of("0xXoObB_") != std::string_view::npos;
    }
    return false;
  }

  void if_stmt(If* s) {
    int orelse = new_label(), end = new_label();
    jump_if(s->test, orelse, false);
    body(s->body);
    if (!s->orelse.empty()) {
      emit_jump(Op::JUMP, end);
      place(orelse);
      body(s->orelse);
      place(end);
    } else {
      place(orelse);
      place(end);
    }
  }

  // ---- match (CPython 3.11's compiler_match and compiler_pattern_*)
  //
  // A pattern consumes the subject on top of the stack. The values it
  // captures stay on the stack, under `on_top` items the pattern still
  // needs, the newest deepest, until the whole pattern has matched; then
  // they are stored, so a failed pattern binds nothing. A failure jumps to
  // fail_pop[n], which pops the n items then on the stack above the base.

  struct PatternContext {
    std::vector<std::string> stores;  // captured names: stores[0] on top
    bool allow_irrefutable = false;
    std::vector<int> fail_pop;        // labels; fail_pop[i] pops i items
    int on_top = 0;
  };

  static bool is_wildcard(const Pattern* p) {
    return p->kind == PatternKind::MatchAs && !static_cast<const MatchAs*>(p)->pattern &&
           static_cast<const MatchAs*>(p)->name.empty();
  }
  static bool is_star_wildcard(const Pattern* p) {
    return p->kind == PatternKind::MatchStar && static_cast<const MatchStar*>(p)->name.empty();
  }

  void match_stmt(Match* m) {
    expr(m->subject);
    int end = new_label();
    int cases = m->cases.size;
    MatchCase* last = m->cases[cases - 1];
    bool has_default = is_wildcard(last->pattern) && cases > 1;
    for (int i = 0; i < cases - has_default && !failed_; ++i) {
      MatchCase* c = m->cases[i];
      set_loc(c->pattern->span);
      bool copies = i != cases - has_default - 1;
      if (copies) emit(Op::COPY, 1);
      PatternContext pc;
      pc.allow_irrefutable = c->guard != nullptr || i == cases - 1;
      pattern(c->pattern, pc);
      if (failed_) return;
      for (const std::string& n : pc.stores) name_op(n, Access::Store);
      if (c->guard) {
        ensure_fail_pop(pc, 0);
        jump_if(c->guard, pc.fail_pop[0], false);
      }
      if (copies) emit(Op::POP_TOP);
      body(c->body);
      emit_jump(Op::JUMP, end);
      set_loc(c->pattern->span);
      emit_fail_pop(pc);
    }
    if (has_default && !failed_) {
      set_loc(last->pattern->span);
      if (cases == 1) {
        emit(Op::POP_TOP);
      } else {
        emit(Op::NOP);
      }
      if (last->guard) jump_if(last->guard, end, false);
      body(last->body);
    }
    place(end);
  }

  void ensure_fail_pop(PatternContext& pc, int n) {
    while (static_cast<int>(pc.fail_pop.size()) <= n) pc.fail_pop.push_back(new_label());
  }

  // Jumps (`op` pops a condition, JUMP does not) to the failure label that
  // pops what the pattern has pushed so far.
  void jump_to_fail_pop(PatternContext& pc, Op op) {
    int pops = pc.on_top + static_cast<int>(pc.stores.size());
    ensure_fail_pop(pc, pops);
    emit_jump(op, pc.fail_pop[pops]);
  }

  // The failure labels, deepest first, each popping one more item.
  void emit_fail_pop(PatternContext& pc) {
    if (pc.fail_pop.empty()) return;
    for (int i = static_cast<int>(pc.fail_pop.size()) - 1; i > 0; --i) {
      place(pc.fail_pop[i]);
      emit(Op::POP_TOP);
    }
    place(pc.fail_pop[0]);
    pc.fail_pop.clear();
  }

  // Moves the top of the stack down to position `count` (1 = the top).
  void rotate(int count) {
    while (count > 1) emit(Op::SWAP, static_cast<uint32_t>(count--));
  }

  void store_capture(const ast::Name& name, PatternContext& pc, const Span& span) {
    if (name.empty()) {
      emit(Op::POP_TOP);
      return;
    }
    std::string n(name.view());
    for (const std::string& s : pc.stores) {
      if (s == n) {
        fail("multiple assignments to name '" + n + "' in pattern", span);
        return;
      }
    }
    rotate(pc.on_top + static_cast<int>(pc.stores.size()) + 1);
    pc.stores.push_back(n);
  }

  void subpattern(Pattern* p, PatternContext& pc) {
    bool allow = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    pattern(p, pc);
    pc.allow_irrefutable = allow;
  }

  void pattern(Pattern* p, PatternContext& pc) {
    if (failed_) return;
    set_loc(p->span);
    switch (p->kind) {
      case PatternKind::MatchValue: {
        Expr* v = static_cast<MatchValue*>(p)->value;
        if (!is_match_value(v)) {
          fail("patterns may only match literals and attribute lookups", v->span);
          return;
        }
        expr(v);
        emit(Op::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Eq));
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        return;
      }
      case PatternKind::MatchSingleton: {
        ConstKind k = static_cast<MatchSingleton*>(p)->value;
        emit_const(k == ConstKind::None ? Value::none() : Value::boolean(k == ConstKind::True));
        emit(Op::IS_OP, 0);
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        return;
      }
      case PatternKind::MatchSequence: return sequence_pattern(static_cast<MatchSequence*>(p), pc);
      case PatternKind::MatchMapping: return mapping_pattern(static_cast<MatchMapping*>(p), pc);
      case PatternKind::MatchClass: return class_pattern(static_cast<MatchClass*>(p), pc);
      case PatternKind::MatchStar: return store_capture(static_cast<MatchStar*>(p)->name, pc, p->span);
      case PatternKind::MatchAs: {
        auto* a = static_cast<MatchAs*>(p);
        if (!a->pattern) {
          if (!pc.allow_irrefutable) {
            if (!a->name.empty()) {
              fail("name capture '" + std::string(a->name.view()) + "' makes remaining patterns unreachable",
                   p->span);
            } else {
              fail("wildcard makes remaining patterns unreachable", p->span);
            }
            return;
          }
          return store_capture(a->name, pc, p->span);
        }
        ++pc.on_top;
        emit(Op::COPY, 1);
        pattern(a->pattern, pc);
        --pc.on_top;
        set_loc(p->span);
        return store_capture(a->name, pc, p->span);
      }
      case PatternKind::MatchOr: return or_pattern(static_cast<MatchOr*>(p), pc);
    }
  }

  // A MatchValue holds a literal (maybe negative or complex) or a dotted name.
  static bool is_match_value(const Expr* e) {
    switch (e->kind) {
      case ExprKind::Constant:
      case ExprKind::Attribute:
        return true;
      case ExprKind::UnaryOp:
        return is_match_value(static_cast<const UnaryOp*>(e)->operand);
      case ExprKind::BinOp:
        return is_match_value(static_cast<const BinOp*>(e)->left) &&
               is_match_value(static_cast<const BinOp*>(e)->right);
      default:
        return false;
    }
  }

  void sequence_pattern(MatchSequence* s, PatternContext& pc) {
    const auto& pats = s->patterns;
    int size = pats.size, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; ++i) {
      if (pats[i]->kind == PatternKind::MatchStar) {
        if (star >= 0) {
          fail("multiple starred names in sequence pattern", pats[i]->span);
          return;
        }
        star_wildcard = is_star_wildcard(pats[i]);
        only_wildcard = only_wildcard && star_wildcard;
        star = i;
        continue;
      }
      only_wildcard = only_wildcard && is_wildcard(pats[i]);
    }
    ++pc.on_top;
    emit(Op::MATCH_SEQUENCE);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    if (star < 0) {
      emit(Op::GET_LEN);
      emit_const(Value::small_int(size));
      emit(Op::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Eq));
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      emit(Op::GET_LEN);
      emit_const(Value::small_int(size - 1));
      emit(Op::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Ge));
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    }
    --pc.on_top;
    if (only_wildcard) {
      emit(Op::POP_TOP);
    } else if (star_wildcard) {
      // [a, *_, b]: index the subject instead of unpacking all of it.
      ++pc.on_top;
      for (int i = 0; i < size; ++i) {
        if (is_wildcard(pats[i]) || i == star) continue;
        emit(Op::COPY, 1);
        if (i < star) {
          emit_const(Value::small_int(i));
        } else {
          emit(Op::GET_LEN);
          emit_const(Value::small_int(size - i));
          emit(Op::BINARY_SUB);
        }
        emit(Op::BINARY_SUBSCR);
        subpattern(pats[i], pc);
      }
      --pc.on_top;
      emit(Op::POP_TOP);
    } else {
      if (star < 0) {
        emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
      } else {
        emit(Op::UNPACK_EX, static_cast<uint32_t>(star | ((size - star - 1) << 8)));
      }
      pc.on_top += size;
      for (int i = 0; i < size; ++i) {
        --pc.on_top;
        subpattern(pats[i], pc);
      }
    }
  }

  // The value of a literal key, for the duplicate check (null: not checked).
  Value literal_value(const Expr* e) {
    if (e->kind == ExprKind::UnaryOp) {
      Value v = literal_value(static_cast<const UnaryOp*>(e)->operand);
      if (v.is_int()) return Value::small_int(-v.as_int());
      if (v.is_double()) return Value::from_double(-v.as_double());
      return Value::null();
    }
    if (e->kind != ExprKind::Constant) return Value::null();
    auto* c = static_cast<const Constant*>(e);
    switch (c->const_kind) {
      case ConstKind::None: return Value::none();
      case ConstKind::True: return Value::boolean(true);
      case ConstKind::False: return Value::boolean(false);
      case ConstKind::Float: return Value::from_double(c->number);
      case ConstKind::Str: return Value::object(vm_.intern(c->text.view()));
      case ConstKind::Int: {
        std::string_view t = c->text.view();
        if (t.size() > 12 || (t.size() > 1 && t[0] == '0')) return Value::null();
        return Value::small_int(std::stoll(std::string(t)));
      }
      default: return Value::null();
    }
  }

  void mapping_pattern(MatchMapping* m, PatternContext& pc) {
    int size = m->keys.size;
    bool star = !m->rest.empty();
    ++pc.on_top;
    emit(Op::MATCH_MAPPING);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    if (!size && !star) {
      --pc.on_top;
      emit(Op::POP_TOP);
      return;
    }
    if (size) {
      emit(Op::GET_LEN);
      emit_const(Value::small_int(size));
      emit(Op::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Ge));
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    }
    std::vector<Value> seen;
    for (Expr* key : m->keys) {
      Value v = literal_value(key);
      if (!v.is_null()) {
        for (Value s : seen) {
          if (vm_.eq(s, v) == 1) {
            Value r = vm_.repr(v);
            fail("mapping pattern checks duplicate key (" +
                     std::string(r.is_exception() ? "?" : static_cast<vm::Str*>(r.as_obj())->view()) + ")",
                 m->span);
            return;
          }
        }
        seen.push_back(v);
      } else if (key->kind != ExprKind::Attribute && !is_match_value(key)) {
        fail("mapping pattern keys may only match literals and attribute lookups", key->span);
        return;
      }
      expr(key);
    }
    set_loc(m->span);
    emit(Op::BUILD_TUPLE, static_cast<uint32_t>(size));
    emit(Op::MATCH_KEYS);
    pc.on_top += 2;
    emit(Op::COPY, 1);
    emit_const(Value::none());
    emit(Op::IS_OP, 1);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
    pc.on_top += size - 1;
    for (int i = 0; i < size; ++i) {
      --pc.on_top;
      subpattern(m->patterns[i], pc);
    }
    pc.on_top -= 2;
    set_loc(m->span);
    if (star) {
      // rest = dict(subject); del rest[key] for each key.
      emit(Op::BUILD_MAP, 0);
      emit(Op::SWAP, 3);
      emit(Op::DICT_UPDATE, 2);
      emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
      for (int n = size; n > 0; --n) {
        emit(Op::COPY, static_cast<uint32_t>(1 + n));
        emit(Op::SWAP, 2);
        emit(Op::DELETE_SUBSCR);
      }
      store_capture(m->rest, pc, m->span);
    } else {
      emit(Op::POP_TOP);
      emit(Op::POP_TOP);
    }
  }

  void class_pattern(MatchClass* c, PatternContext& pc) {
    int nargs = c->patterns.size, nattrs = c->kwd_attrs.size;
    for (int i = 0; i < nattrs; ++i) {
      for (int j = i + 1; j < nattrs; ++j) {
        if (c->kwd_attrs[i].view() == c->kwd_attrs[j].view()) {
          fail("attribute name repeated in class pattern: " + std::string(c->kwd_attrs[j].view()),
               c->kwd_patterns[j]->span);
          return;
        }
      }
    }
    expr(c->cls);
    vm::Tuple* names = vm_.new_tuple(static_cast<uint32_t>(nattrs));
    for (int i = 0; i < nattrs; ++i) names->items[i] = Value::object(vm_.intern(c->kwd_attrs[i].view()));
    emit_const(Value::object(names));
    set_loc(c->span);
    emit(Op::MATCH_CLASS, static_cast<uint32_t>(nargs));
    emit(Op::COPY, 1);
    emit_const(Value::none());
    emit(Op::IS_OP, 1);
    ++pc.on_top;
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(nargs + nattrs));
    pc.on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; ++i) {
      --pc.on_top;
      Pattern* p = i < nargs ? c->patterns[i] : c->kwd_patterns[i - nargs];
      if (is_wildcard(p)) {
        emit(Op::POP_TOP);
        continue;
      }
      subpattern(p, pc);
    }
  }

  void or_pattern(MatchOr* o, PatternContext& pc) {
    int end = new_label();
    int size = o->patterns.size;
    PatternContext old = pc;
    std::vector<std::string> control;
    for (int i = 0; i < size && !failed_; ++i) {
      Pattern* alt = o->patterns[i];
      set_loc(alt->span);
      pc.stores.clear();
      pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
      pc.fail_pop.clear();
      pc.on_top = 0;
      emit(Op::COPY, 1);
      pattern(alt, pc);
      if (failed_) return;
      if (i == 0) {
        control = pc.stores;
      } else if (pc.stores.size() != control.size()) {
        fail("alternative patterns bind different names", u_->loc);
        return;
      } else {
        for (int ic = static_cast<int>(control.size()) - 1; ic >= 0; --ic) {
          auto it = std::find(pc.stores.begin(), pc.stores.end(), control[ic]);
          if (it == pc.stores.end()) {
            fail("alternative patterns bind different names", u_->loc);
            return;
          }
          int is = static_cast<int>(it - pc.stores.begin());
          if (is != ic) {
            // Reorder the captures on the stack (and in stores) as control has them.
            int rotations = is + 1;
            std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + rotations);
            pc.stores.erase(pc.stores.begin(), pc.stores.begin() + rotations);
            pc.stores.insert(pc.stores.begin() + (ic - is), rotated.begin(), rotated.end());
            while (rotations--) rotate(ic + 1);
          }
        }
      }
      emit_jump(Op::JUMP, end);
      emit_fail_pop(pc);
    }
    pc = old;
    // No alternative matched: pop the subject and fail.
    emit(Op::POP_TOP);
    jump_to_fail_pop(pc, Op::JUMP);
    place(end);
    int nstores = static_cast<int>(control.size());
    int nrots = nstores + 1 + pc.on_top + static_cast<int>(pc.stores.size());
    for (int i = 0; i < nstores; ++i) {
      rotate(nrots);
      for (const std::string& s : pc.stores) {
        if (s == control[i]) {
          fail("multiple assignments to name '" + s + "' in pattern", u_->loc);
          return;
        }
      }
      pc.stores.push_back(control[i]);
    }
    emit(Op::POP_TOP);
  }

  // Jumps to `label` when `e` is truthy (cond) or falsy (!cond), with
  // short-circuit evaluation of and/or/not.
  void jump_if(Expr* e, int label, bool cond) {
    if (e->kind == ExprKind::UnaryOp && static_cast<UnaryOp*>(e)->op == UnaryOpKind::Not) {
      jump_if(static_cast<UnaryOp*>(e)->operand, label, !cond);
      return;
    }
    if (e->kind == ExprKind::BoolOp) {
      auto* b = static_cast<BoolOp*>(e);
      bool is_or = b->op == BoolOpKind::Or;
      if (is_or == cond) {
        // or-jump-if-true / and-jump-if-false: any operand decides.
        for (Expr* v : b->values) jump_if(v, label, cond);
      } else {
        int skip = new_label();
        for (int i = 0; i < b->values.size - 1; ++i) jump_if(b->values[i], skip, !cond);
        jump_if(b->values[b->values.size - 1], label, cond);
        place(skip);
      }
      return;
    }
    expr(e);
    emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
  }

  // ---- try

  void try_stmt(Try* t, bool star = false) {
    if (!t->finalbody.empty()) {
      try_finally(t, star);
    } else if (star) {
      try_star_except(t);
    } else {
      try_except(t);
    }
  }

  // `except*` clauses (CPython 3.11's compiler_try_star_except). Each clause
  // takes the part of the exception group its types match (CHECK_EG_MATCH)
  // and leaves the rest to the next; what the clauses raise and the rest
  // nobody matched are combined by PREP_RERAISE_STAR and re-raised.
  void try_star_except(Try* t) {
    int exc = new_label(), cleanup = new_label(), end = new_label(), reraise_star = new_label();
    int d = u_->depth;
    push_handler(exc, d);
    push_fblock(FBlockKind::TryExcept, -1, -1, 1);
    body(t->body);
    pop_fblock();
    pop_handler();
    body(t->orelse);
    emit_jump(Op::JUMP, end);

    place_handler(exc);
    emit(Op::PUSH_EXC_INFO);  // (exc -- prev exc)
    push_handler(cleanup, d + 1);
    push_fblock(FBlockKind::ExceptStarHandler);
    int n = t->handlers.size;
    for (int i = 0; i < n && !failed_; ++i) {
      ExceptHandler* h = t->handlers[i];
      set_loc(h->span);
      int next = new_label(), no_match = new_label();
      if (i == 0) {
        // (prev exc -- prev orig [] exc): the original group and the list
        // of what the clauses raise.
        emit(Op::COPY, 1);
        emit(Op::BUILD_LIST, 0);
        emit(Op::SWAP, 2);
      }
      expr(h->type);
      emit(Op::CHECK_EG_MATCH);  // (exc type -- rest match)
      emit(Op::COPY, 1);
      emit_jump(Op::POP_JUMP_IF_NONE, no_match);
      if (!h->name.empty()) {
        name_op(h->name.view(), Access::Store);
      } else {
        emit(Op::POP_TOP);
      }
      int raised = new_label();
      push_handler(raised, u_->depth);
      push_fblock(FBlockKind::HandlerCleanup, -1, -1, 1);
      body(h->body);
      pop_fblock();
      pop_handler();
      if (!h->name.empty()) {
        emit_const(Value::none());
        name_op(h->name.view(), Access::Store);
        name_op(h->name.view(), Access::Delete);
      }
      emit_jump(Op::JUMP, next);
      // The clause raised: clear the name, add the exception to the list.
      place_handler(raised);
      if (!h->name.empty()) {
        emit_const(Value::none());
        name_op(h->name.view(), Access::Store);
        name_op(h->name.view(), Access::Delete);
      }
      emit(Op::LIST_APPEND, 2);
      emit_jump(Op::JUMP, next);
      place(no_match);
      emit(Op::POP_TOP);  // the match (None)
      place(next);
      if (i == n - 1) {
        emit(Op::LIST_APPEND, 1);  // the unmatched rest (or None)
        emit_jump(Op::JUMP, reraise_star);
      }
    }
    pop_fblock();
    int reraise = new_label();
    place(reraise_star);
    emit(Op::PREP_RERAISE_STAR);  // (orig list -- exc|None)
    emit(Op::COPY, 1);
    emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
    emit(Op::POP_TOP);
    pop_handler();
    emit(Op::POP_EXCEPT);
    emit_jump(Op::JUMP, end);
    place(reraise);
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    place_handler(cleanup);
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    place(end);
  }

  void try_finally(Try* t, bool star = false) {
    int exc = new_label(), cleanup = new_label(), end = new_label();
    int d = u_->depth;
    push_handler(exc, d);
    push_fblock(FBlockKind::FinallyTry);
    u_->fblocks.back().finalbody = &t->finalbody;
    u_->fblocks.back().handler_depth = u_->handler_stack.size() - 1;
    if (star) {
      try_star_except(t);
    } else if (!t->handlers.empty()) {
      try_except(t);
    } else {
      body(t->body);
    }
    pop_fblock();
    pop_handler();
    body(t->finalbody);
    emit_jump(Op::JUMP, end);
    // Exceptional path: run the finally body with the exception as handled.
    place_handler(exc);
    emit(Op::PUSH_EXC_INFO);
    push_handler(cleanup, d + 1);
    push_fblock(FBlockKind::FinallyEnd, -1, -1, 1);
    body(t->finalbody);
    pop_fblock();
    emit(Op::RERAISE);
    pop_handler();
    place_handler(cleanup);
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    place(end);
  }

  void try_except(Try* t) {
    int exc = new_label(), cleanup = new_label(), end = new_label();
    int d = u_->depth;
    push_handler(exc, d);
    push_fblock(FBlockKind::TryExcept, -1, -1, 1);
    body(t->body);
    pop_fblock();
    pop_handler();
    body(t->orelse);
    emit_jump(Op::JUMP, end);

    place_handler(exc);
    emit(Op::PUSH_EXC_INFO);  // (exc -- prev exc)
    push_handler(cleanup, d + 1);
    for (ExceptHandler* h : t->handlers) {
      set_loc(h->span);
      int next = new_label();
      if (h->type) {
        expr(h->type);
        emit(Op::CHECK_EXC_MATCH);
        emit_jump(Op::POP_JUMP_IF_FALSE, next);
      } else if (h != t->handlers[t->handlers.size - 1]) {
        fail("default 'except:' must be last", h->span);
        return;
      }
      if (!h->name.empty()) {
        name_op(h->name.view(), Access::Store);
        int name_cleanup = new_label();
        push_handler(name_cleanup, d + 1);
        push_fblock(FBlockKind::HandlerCleanup, -1, -1, 2);
        u_->fblocks.back().name = h->name;
        body(h->body);
        pop_fblock();
        pop_handler();
        // Normal exit from the clause: outside the clause's handlers.
        int cleanup_id = u_->handler_stack.back();
        pop_handler();
        emit(Op::POP_EXCEPT);
        emit_const(Value::none());
        name_op(h->name.view(), Access::Store);
        name_op(h->name.view(), Access::Delete);
        emit_jump(Op::JUMP, end);
        u_->handler_stack.push_back(cleanup_id);
        // An exception inside the handler body: clear the name, re-raise.
        place_handler(name_cleanup);
        emit_const(Value::none());
        name_op(h->name.view(), Access::Store);
        name_op(h->name.view(), Access::Delete);
        emit(Op::RERAISE);
      } else {
        emit(Op::POP_TOP);
        push_fblock(FBlockKind::HandlerCleanup, -1, -1, 1);
        body(h->body);
        pop_fblock();
        int cleanup_id = u_->handler_stack.back();
        pop_handler();
        emit(Op::POP_EXCEPT);
        emit_jump(Op::JUMP, end);
        u_->handler_stack.push_back(cleanup_id);
      }
      place(next);
    }
    // No clause matched: re-raise. After a bare `except:` nothing falls
    // through to here, and the depth at `next` would be the clause's own.
    bool ends_with_bare = t->handlers[t->handlers.size - 1]->type == nullptr;
    if (!ends_with_bare) emit(Op::RERAISE);
    pop_handler();
    place_handler(cleanup);
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    place(end);
  }

  // ---- with

  void with_stmt(With* w, int item) {
    if (item == w->items.size) {
      body(w->body);
      return;
    }
    WithItem* wi = w->items[item];
    bool async = w->is_async;
    int exc = new_label(), cleanup = new_label(), suppress = new_label(), end = new_label();
    set_loc(w->span);
    expr(wi->context_expr);
    emit(Op::BEFORE_WITH, async ? 1 : 0);  // (mgr -- exit enter_result)
    if (async) {
      emit(Op::GET_AWAITABLE, 1);
      emit_const(Value::none());
      emit_yield_from_loop(true);
    }
    int d = u_->depth - 1;  // with exit on the stack
    push_handler(exc, d);
    push_fblock(async ? FBlockKind::AsyncWith : FBlockKind::With, -1, -1, 1);
    if (wi->optional_vars) {
      store_target(wi->optional_vars);
    } else {
      emit(Op::POP_TOP);
    }
    with_stmt(w, item + 1);
    pop_fblock();
    pop_handler();
    set_loc(w->span);
    call_exit_with_nones();
    if (async) {
      emit(Op::GET_AWAITABLE, 2);
      emit_const(Value::none());
      emit_yield_from_loop(true);
    }
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, end);

    place_handler(exc);          // (exit exc)
    emit(Op::PUSH_EXC_INFO);     // (exit prev exc)
    push_handler(cleanup, d + 1);
    emit(Op::WITH_EXCEPT_START);  // (exit prev exc result)
    if (async) {
      emit(Op::GET_AWAITABLE, 2);
      emit_const(Value::none());
      emit_yield_from_loop(true);
    }
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    place(suppress);  // (exit prev exc)
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    pop_handler();
    emit_jump(Op::JUMP, end);
    place_handler(cleanup);  // (exit prev exc2)
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    place(end);
  }

  // ---- others

  void assert_stmt(Assert* a) {
    if (a->test->kind == ExprKind::Tuple && static_cast<Tuple*>(a->test)->elts.size > 0) {
      warn("assertion is always true, perhaps remove parentheses?", a->span);
    }
    int ok = new_label();
    jump_if(a->test, ok, true);
    // CPython reports a failed `assert x == y` at the comparison.
    Expr* test = a->test;
    while (test->kind == ExprKind::UnaryOp && static_cast<UnaryOp*>(test)->op == UnaryOpKind::Not) {
      test = static_cast<UnaryOp*>(test)->operand;
    }
    if (test->kind == ExprKind::Compare) set_loc(test->span);
    emit(Op::PUSH_NULL);
    emit(Op::LOAD_ASSERTION_ERROR);
    if (a->msg) {
      expr(a->msg);
      emit(Op::CALL, 1);
    } else {
      emit(Op::CALL, 0);
    }
    emit(Op::RAISE_VARARGS, 1);
    place(ok);
  }

  void import_stmt(Import* s) {
    for (Alias* a : s->names) {
      emit_const(Value::small_int(0));
      emit_const(Value::none());
      emit(Op::IMPORT_NAME, static_cast<uint32_t>(name_index(a->name.view())));
      std::string_view full = a->name.view();
      if (!a->asname.empty()) {
        // `import a.b as c` binds the submodule.
        size_t dot = full.find('.');
        while (dot != std::string_view::npos) {
          size_t next = full.find('.', dot + 1);
          std::string_view part = full.substr(dot + 1, next == std::string_view::npos
                                                            ? std::string_view::npos
                                                            : next - dot - 1);
          emit(Op::IMPORT_FROM, static_cast<uint32_t>(name_index(part)));
          emit(Op::SWAP, 2);
          emit(Op::POP_TOP);
          dot = next;
        }
        name_op(a->asname.view(), Access::Store);
      } else {
        name_op(full.substr(0, full.find('.')), Access::Store);
      }
    }
  }

  void import_from(ImportFrom* s) {
    if (s->level == 0 && s->module.view() == "__future__" && s->span.line > st_.future_lineno) {
      fail("from __future__ imports must occur at the beginning of the file", s->span);
      return;
    }
    emit_const(Value::small_int(s->level));
    vm::Tuple* fromlist = vm_.new_tuple(static_cast<uint32_t>(s->names.size));
    for (int i = 0; i < s->names.size; ++i) {
      fromlist->items[i] = Value::object(vm_.intern(s->names[i]->name.view()));
    }
    emit_const(Value::object(fromlist));
    emit(Op::IMPORT_NAME, static_cast<uint32_t>(name_index(s->module.view())));
    if (s->names.size == 1 && s->names[0]->name.view() == "*") {
      emit(Op::IMPORT_STAR);
      return;
    }
    for (Alias* a : s->names) {
      emit(Op::IMPORT_FROM, static_cast<uint32_t>(name_index(a->name.view())));
      name_op(a->asname.empty() ? a->name.view() : a->asname.view(), Access::Store);
    }
    emit(Op::POP_TOP);
  }

  // ---- targets

  // Stores the top of the stack in a target; its instructions carry the
  // target's location.
  void store_target(Expr* t) {
    Span saved = u_->loc;
    store_target_inner(t);
    u_->loc = saved;
  }

  void store_target_inner(Expr* t) {
    switch (t->kind) {
      case ExprKind::NameExpr:
        name_op(static_cast<NameExpr*>(t)->id.view(), Access::Store);
        return;
      case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(t);
        expr(a->value);
        set_loc(at_attr_name(t->span, a));
        emit(Op::STORE_ATTR, static_cast<uint32_t>(name_index(mangle(a->attr.view()))));
        return;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(t);
        expr(s->value);
        expr(s->slice);
        set_loc(t->span);
        emit(Op::STORE_SUBSCR);
        return;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        const ast::List<Expr*>& elts = t->kind == ExprKind::Tuple ? static_cast<Tuple*>(t)->elts
                                                                  : static_cast<ListExpr*>(t)->elts;
        set_loc(t->span);
        unpack_targets(elts, t->span);
        return;
      }
      case ExprKind::Starred:
        fail("starred assignment target must be in a list or tuple", t->span);
        return;
      default:
        fail("cannot assign to expression", t->span);
        return;
    }
  }

  void unpack_targets(const ast::List<Expr*>& elts, const Span& span) {
    int star = -1;
    for (int i = 0; i < elts.size; ++i) {
      if (elts[i]->kind == ExprKind::Starred) {
        if (star >= 0) {
          fail("multiple starred expressions in assignment", span);
          return;
        }
        star = i;
      }
    }
    if (star < 0) {
      emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(elts.size));
    } else {
      int before = star, after = elts.size - star - 1;
      if (before > 255 || after > 255) {
        fail("too many expressions in star-unpacking assignment", span);
        return;
      }
      emit(Op::UNPACK_EX, static_cast<uint32_t>(before | (after << 8)));
    }
    for (Expr* e : elts) {
      store_target(e->kind == ExprKind::Starred ? static_cast<Starred*>(e)->value : e);
    }
  }

  void delete_target(Expr* t) {
    Span saved = u_->loc;
    delete_target_inner(t);
    u_->loc = saved;
  }

  void delete_target_inner(Expr* t) {
    set_loc(t->span);
    switch (t->kind) {
      case ExprKind::NameExpr:
        name_op(static_cast<NameExpr*>(t)->id.view(), Access::Delete);
        return;
      case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(t);
        expr(a->value);
        emit(Op::DELETE_ATTR, static_cast<uint32_t>(name_index(mangle(a->attr.view()))));
        return;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(t);
        expr(s->value);
        expr(s->slice);
        emit(Op::DELETE_SUBSCR);
        return;
      }
      case ExprKind::Tuple:
        for (Expr* e : static_cast<Tuple*>(t)->elts) delete_target(e);
        return;
      case ExprKind::List:
        for (Expr* e : static_cast<ListExpr*>(t)->elts) delete_target(e);
        return;
      default:
        fail("cannot delete expression", t->span);
        return;
    }
  }

  void aug_assign(AugAssign* a) {
    auto op_for = [&]() {
      switch (a->op) {
        case BinOpKind::Add: emit(Op::INPLACE_ADD); break;
        case BinOpKind::Sub: emit(Op::INPLACE_SUB); break;
        default: emit(Op::INPLACE_OP, static_cast<uint32_t>(a->op)); break;
      }
    };
    Expr* t = a->target;
    switch (t->kind) {
      case ExprKind::NameExpr: {
        auto* n = static_cast<NameExpr*>(t);
        std::string mangled = mangle(n->id.view());
        if (a->op == BinOpKind::Add && u_->scope->lookup(mangled) == NameScope::Local &&
            u_->scope->kind != ScopeKind::Module) {
          // `local += x` may grow a str in place (see INPLACE_ADD_LOCAL).
          uint32_t slot = static_cast<uint32_t>(varname_index(mangled));
          set_loc(t->span);
          emit(Op::LOAD_FAST_FOR_IADD, slot);
          expr(a->value);
          set_loc(a->span);
          emit(Op::INPLACE_ADD_LOCAL);
          set_loc(t->span);
          emit(Op::STORE_FAST, slot);
          return;
        }
        // As CPython: loading and storing the target carry its location,
        // the operation the statement's.
        set_loc(t->span);
        name_op(n->id.view(), Access::Load);
        expr(a->value);
        set_loc(a->span);
        op_for();
        set_loc(t->span);
        name_op(n->id.view(), Access::Store);
        return;
      }
      case ExprKind::Attribute: {
        auto* at = static_cast<Attribute*>(t);
        uint32_t ni = static_cast<uint32_t>(name_index(mangle(at->attr.view())));
        set_loc(t->span);
        expr(at->value);
        set_loc(at_attr_name(t->span, at));
        emit(Op::COPY, 1);
        emit(Op::LOAD_ATTR, ni);
        expr(a->value);
        set_loc(a->span);
        op_for();
        set_loc(at_attr_name(t->span, at));
        emit(Op::SWAP, 2);
        emit(Op::STORE_ATTR, ni);
        return;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(t);
        set_loc(t->span);
        expr(s->value);
        expr(s->slice);
        emit(Op::COPY, 2);
        emit(Op::COPY, 2);
        emit(Op::BINARY_SUBSCR);
        expr(a->value);
        set_loc(a->span);
        op_for();
        set_loc(t->span);
        emit(Op::SWAP, 3);
        emit(Op::SWAP, 2);
        emit(Op::STORE_SUBSCR);
        return;
      }
      default:
        fail("illegal expression for augmented assignment", t->span);
        return;
    }
  }

  // ------------------------------------------------------------ expressions

  void expr(Expr* e) {
    if (failed_) return;
    Span saved = u_->loc;
    set_loc(e->span);
    expr_inner(e);
    u_->loc = saved;
  }

  void expr_inner(Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* b = static_cast<BoolOp*>(e);
        int end = new_label();
        Op op = b->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < b->values.size; ++i) {
          expr(b->values[i]);
          if (i + 1 < b->values.size) emit_jump(op, end);
        }
        place(end);
        return;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<NamedExpr*>(e);
        expr(n->value);
        emit(Op::COPY, 1);
        store_target(n->target);
        return;
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<BinOp*>(e);
        expr(b->left);
        expr(b->right);
        set_loc(e->span);
        switch (b->op) {
          case BinOpKind::Add: emit(Op::BINARY_ADD); break;
          case BinOpKind::Sub: emit(Op::BINARY_SUB); break;
          case BinOpKind::Mult: emit(Op::BINARY_MUL); break;
          default: emit(Op::BINARY_OP, static_cast<uint32_t>(b->op)); break;
        }
        return;
      }
      case ExprKind::UnaryOp: {
        auto* un = static_cast<UnaryOp*>(e);
        expr(un->operand);
        set_loc(e->span);
        switch (un->op) {
          case UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
          case UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
          case UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE); break;
          case UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE); break;
        }
        return;
      }
      case ExprKind::Lambda: {
        auto* l = static_cast<Lambda*>(e);
        Scope* ls = st_.scope_of(l);
        enter_unit(ls, "<lambda>", ls->qualname, e->span.line);
        add_doc_const(nullptr);  // a lambda has no docstring
        expr(l->body);
        if (ls->is_generator) {
          emit(Op::POP_TOP);
          emit_const(Value::none());
        }
        emit(Op::RETURN_VALUE);
        vm::Code* code = leave_unit(0);
        if (failed_) return;
        make_function(ls, code, l->args);
        return;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        int orelse = new_label(), end = new_label();
        jump_if(i->test, orelse, false);
        expr(i->body);
        emit_jump(Op::JUMP, end);
        place(orelse);
        expr(i->orelse);
        place(end);
        return;
      }
      case ExprKind::Dict: return dict_display(static_cast<Dict*>(e));
      case ExprKind::Set: {
        auto* s = static_cast<Set*>(e);
        if (!has_starred(s->elts)) {
          for (Expr* x : s->elts) expr(x);
          emit(Op::BUILD_SET, static_cast<uint32_t>(s->elts.size));
          return;
        }
        emit(Op::BUILD_SET, 0);
        for (Expr* x : s->elts) {
          if (x->kind == ExprKind::Starred) {
            expr(static_cast<Starred*>(x)->value);
            emit(Op::SET_UPDATE, 1);
          } else {
            expr(x);
            emit(Op::SET_ADD, 1);
          }
        }
        return;
      }
      case ExprKind::ListComp: {
        auto* c = static_cast<ListComp*>(e);
        return comprehension(e, c->generators, c->elt, nullptr, 0);
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<SetComp*>(e);
        return comprehension(e, c->generators, c->elt, nullptr, 1);
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<DictComp*>(e);
        return comprehension(e, c->generators, c->key, c->value, 2);
      }
      case ExprKind::GeneratorExp: {
        auto* c = static_cast<GeneratorExp*>(e);
        return comprehension(e, c->generators, c->elt, nullptr, 3);
      }
      case ExprKind::Await: {
        expr(static_cast<Await*>(e)->value);
        set_loc(e->span);
        emit(Op::GET_AWAITABLE, 0);
        emit_const(Value::none());
        emit_yield_from_loop(true);
        return;
      }
      case ExprKind::Yield: {
        auto* y = static_cast<Yield*>(e);
        if (y->value) {
          expr(y->value);
        } else {
          emit_const(Value::none());
        }
        set_loc(e->span);
        emit(Op::YIELD_VALUE, 0);
        return;
      }
      case ExprKind::YieldFrom: {
        expr(static_cast<YieldFrom*>(e)->value);
        set_loc(e->span);
        emit(Op::GET_YIELD_FROM_ITER);
        emit_const(Value::none());
        emit_yield_from_loop(false);
        return;
      }
      case ExprKind::Compare: return compare(static_cast<Compare*>(e));
      case ExprKind::Call: return call(static_cast<Call*>(e));
      case ExprKind::FormattedValue:
      case ExprKind::JoinedStr:
        return fstring(e);
      case ExprKind::Constant: return constant(static_cast<Constant*>(e));
      case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(e);
        expr(a->value);
        set_loc(at_attr_name(e->span, a));
        emit(Op::LOAD_ATTR, static_cast<uint32_t>(name_index(mangle(a->attr.view()))));
        return;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(e);
        check_subscript(s);
        expr(s->value);
        expr(s->slice);
        set_loc(e->span);
        emit(Op::BINARY_SUBSCR);
        return;
      }
      case ExprKind::Starred:
        fail("can't use starred expression here", e->span);
        return;
      case ExprKind::NameExpr:
        name_op(static_cast<NameExpr*>(e)->id.view(), Access::Load);
        return;
      case ExprKind::List: {
        auto* l = static_cast<ListExpr*>(e);
        if (!has_starred(l->elts)) {
          for (Expr* x : l->elts) expr(x);
          emit(Op::BUILD_LIST, static_cast<uint32_t>(l->elts.size));
          return;
        }
        starred_list(l->elts);
        return;
      }
      case ExprKind::Tuple: {
        auto* t = static_cast<Tuple*>(e);
        if (!has_starred(t->elts)) {
          for (Expr* x : t->elts) expr(x);
          emit(Op::BUILD_TUPLE, static_cast<uint32_t>(t->elts.size));
          return;
        }
        starred_list(t->elts);
        emit(Op::LIST_TO_TUPLE);
        return;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<Slice*>(e);
        auto part = [&](Expr* x) {
          if (x) {
            expr(x);
          } else {
            emit_const(Value::none());
          }
        };
        part(s->lower);
        part(s->upper);
        if (s->step) {
          expr(s->step);
          emit(Op::BUILD_SLICE, 3);
        } else {
          emit(Op::BUILD_SLICE, 2);
        }
        return;
      }
    }
  }

  static bool has_starred(const ast::List<Expr*>& elts) {
    for (Expr* x : elts) {
      if (x->kind == ExprKind::Starred) return true;
    }
    return false;
  }

  // Builds a list from elements some of which are starred.
  void starred_list(const ast::List<Expr*>& elts) {
    int plain = 0;
    while (plain < elts.size && elts[plain]->kind != ExprKind::Starred) expr(elts[plain++]);
    emit(Op::BUILD_LIST, static_cast<uint32_t>(plain));
    for (int i = plain; i < elts.size; ++i) {
      if (elts[i]->kind == ExprKind::Starred) {
        expr(static_cast<Starred*>(elts[i])->value);
        emit(Op::LIST_EXTEND, 1);
      } else {
        expr(elts[i]);
        emit(Op::LIST_APPEND, 1);
      }
    }
  }

  void dict_display(Dict* d) {
    bool has_unpack = false;
    for (Expr* k : d->keys) has_unpack |= k == nullptr;
    if (!has_unpack && d->keys.size < 1000) {
      for (int i = 0; i < d->keys.size; ++i) {
        expr(d->keys[i]);
        expr(d->values[i]);
      }
      emit(Op::BUILD_MAP, static_cast<uint32_t>(d->keys.size));
      return;
    }
    emit(Op::BUILD_MAP, 0);
    for (int i = 0; i < d->keys.size; ++i) {
      if (d->keys[i]) {
        expr(d->keys[i]);
        expr(d->values[i]);
        emit(Op::MAP_ADD, 1);
      } else {
        expr(d->values[i]);
        emit(Op::DICT_UPDATE, 1);
      }
    }
  }

  void compare(Compare* c) {
    check_compare(c);
    expr(c->left);
    int n = c->ops.size;
    if (n == 1) {
      expr(c->comparators[0]);
      set_loc(c->span);
      compare_op(c->ops[0]);
      return;
    }
    int cleanup = new_label(), end = new_label();
    for (int i = 0; i < n - 1; ++i) {
      expr(c->comparators[i]);
      emit(Op::SWAP, 2);
      emit(Op::COPY, 2);
      set_loc(c->span);
      compare_op(c->ops[i]);
      emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(c->comparators[n - 1]);
    compare_op(c->ops[n - 1]);
    emit_jump(Op::JUMP, end);
    place(cleanup);
    emit(Op::SWAP, 2);
    emit(Op::POP_TOP);
    place(end);
  }

  void compare_op(CmpOpKind op) {
    switch (op) {
      case CmpOpKind::Eq: emit(Op::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Eq)); break;
      case CmpOpKind::NotEq: emit(Op::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Ne)); break;
      case CmpOpKind::Lt: emit(Op::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Lt)); break;
      case CmpOpKind::LtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Le)); break;
      case CmpOpKind::Gt: emit(Op::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Gt)); break;
      case CmpOpKind::GtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(vm::CompareOp::Ge)); break;
      case CmpOpKind::Is: emit(Op::IS_OP, 0); break;
      case CmpOpKind::IsNot: emit(Op::IS_OP, 1); break;
      case CmpOpKind::In: emit(Op::CONTAINS_OP, 0); break;
      case CmpOpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
    }
  }

  // ---- calls

  void call(Call* c) {
    check_caller(c->func, c->span);
    // o.m(args) without starred arguments uses the method fast path.
    bool simple_args = !has_starred(c->args);
    for (Keyword* k : c->keywords) simple_args &= !k->arg.empty();
    if (c->func->kind == ExprKind::Attribute && simple_args) {
      auto* a = static_cast<Attribute*>(c->func);
      expr(a->value);
      set_loc(at_attr_name(a->span, a));  // as CPython: an AttributeError points at `obj.name`
      emit(Op::LOAD_METHOD, static_cast<uint32_t>(name_index(mangle(a->attr.view()))));
      call_args(c->args, c->keywords, 0, at_attr_name(c->span, a));
      return;
    }
    emit(Op::PUSH_NULL);
    expr(c->func);
    call_args(c->args, c->keywords, 0, c->span);
  }

  // Emits the arguments and the call instruction. `extra` positional
  // arguments are already on the stack (class name and body function).
  void call_args(const ast::List<Expr*>& args, const ast::List<Keyword*>& keywords, int extra,
                 const Span& span) {
    bool dynamic = has_starred(args);
    for (Keyword* k : keywords) dynamic |= k->arg.empty();
    if (!dynamic) {
      for (Expr* a : args) expr(a);
      if (keywords.empty()) {
        set_loc(span);
        emit(Op::CALL, static_cast<uint32_t>(args.size + extra));
        return;
      }
      vm::Tuple* names = vm_.new_tuple(static_cast<uint32_t>(keywords.size));
      for (int i = 0; i < keywords.size; ++i) {
        expr(keywords[i]->value);
        names->items[i] = Value::object(vm_.intern(keywords[i]->arg.view()));
      }
      emit_const(Value::object(names));
      set_loc(span);
      emit(Op::CALL_KW, static_cast<uint32_t>(args.size + keywords.size + extra));
      return;
    }
    // General form: positional args as a tuple, keywords as a dict.
    if (extra == 0 && args.size == 1 && args[0]->kind == ExprKind::Starred) {
      // f(*x) passes x itself: CALL_EX makes the tuple (and names f in errors).
      expr(static_cast<Starred*>(args[0])->value);
    } else {
      emit(Op::BUILD_LIST, static_cast<uint32_t>(extra));
      for (Expr* a : args) {
        if (a->kind == ExprKind::Starred) {
          expr(static_cast<Starred*>(a)->value);
          emit(Op::LIST_EXTEND, 1);
        } else {
          expr(a);
          emit(Op::LIST_APPEND, 1);
        }
      }
      emit(Op::LIST_TO_TUPLE);
    }
    bool has_kw = !keywords.empty();
    if (has_kw) {
      // Runs of name=value become a dict each; every dict and **mapping is
      // merged with DICT_MERGE, which rejects repeated names.
      bool have_dict = false;
      int i = 0;
      while (i < keywords.size) {
        if (keywords[i]->arg.empty()) {
          if (!have_dict) emit(Op::BUILD_MAP, 0);
          have_dict = true;
          expr(keywords[i]->value);
          emit(Op::DICT_MERGE, 1);
          ++i;
          continue;
        }
        int n = 0;
        for (; i < keywords.size && !keywords[i]->arg.empty(); ++i, ++n) {
          emit_str_const(keywords[i]->arg.view());
          expr(keywords[i]->value);
        }
        emit(Op::BUILD_MAP, static_cast<uint32_t>(n));
        if (have_dict) emit(Op::DICT_MERGE, 1);
        have_dict = true;
      }
    }
    set_loc(span);
    emit(Op::CALL_EX, has_kw ? 1 : 0);
  }

  // The stack holds a class-body call's extras: for __build_class__ they are
  // pushed before call_args runs; a dynamic call must fold them in.
  // (Handled by BUILD_LIST extra above: the extras are the list's first items.)

  // ---- yield from / await

  // (receiver value -- result): drives the receiver, yielding what it yields.
  void emit_yield_from_loop(bool /*await*/) {
    int send = new_label(), exit = new_label(), fail_label = new_label();
    int receiver_depth = u_->depth - 1;
    place(send);
    push_handler(fail_label, receiver_depth);
    emit_jump(Op::SEND, exit);
    emit(Op::YIELD_VALUE, 1);
    emit_jump(Op::JUMP, send);
    pop_handler();
    place_handler(fail_label);
    emit(Op::CLEANUP_THROW);
    place(exit);
  }

  // ---- comprehensions

  // kind: 0 list, 1 set, 2 dict, 3 generator expression.
  void comprehension(Expr* e, const ast::List<Comprehension*>& gens, Expr* elt, Expr* value,
                     int kind) {
    Scope* cs = st_.scope_of(e);
    enter_unit(cs, cs->name, cs->qualname, e->span.line);
    if (kind != 3) emit(kind == 0 ? Op::BUILD_LIST : kind == 1 ? Op::BUILD_SET : Op::BUILD_MAP, 0);
    comprehension_loop(gens, 0, elt, value, kind);
    if (kind == 3) emit_const(Value::none());
    emit(Op::RETURN_VALUE);
    vm::Code* code = leave_unit(0);
    if (failed_) return;
    emit(Op::PUSH_NULL);
    make_function(cs, code, nullptr);
    expr(gens[0]->iter);
    emit(gens[0]->is_async ? Op::GET_AITER : Op::GET_ITER);
    emit(Op::CALL, 1);
    if (cs->is_coroutine && kind != 3) {
      emit(Op::GET_AWAITABLE, 0);
      emit_const(Value::none());
      emit_yield_from_loop(true);
    }
  }

  void comprehension_loop(const ast::List<Comprehension*>& gens, int i, Expr* elt, Expr* value,
                          int kind) {
    Comprehension* g = gens[i];
    int top = new_label(), end = new_label();
    if (i == 0) {
      emit(Op::LOAD_FAST, 0);  // .0: the iterator passed in
    } else {
      expr(g->iter);
      emit(g->is_async ? Op::GET_AITER : Op::GET_ITER);
    }
    place(top);
    if (g->is_async) {
      push_handler(end, u_->depth);
      emit(Op::GET_ANEXT);
      emit_const(Value::none());
      emit_yield_from_loop(true);
      pop_handler();
    } else {
      emit_jump(Op::FOR_ITER, end);
    }
    store_target(g->target);
    for (Expr* cond : g->ifs) jump_if(cond, top, false);
    if (i + 1 < gens.size) {
      comprehension_loop(gens, i + 1, elt, value, kind);
    } else {
      uint32_t depth = static_cast<uint32_t>(gens.size + 1);
      switch (kind) {
        case 0:
          expr(elt);
          emit(Op::LIST_APPEND, depth);
          break;
        case 1:
          expr(elt);
          emit(Op::SET_ADD, depth);
          break;
        case 2:
          expr(elt);
          expr(value);
          emit(Op::MAP_ADD, depth);
          break;
        case 3:
          expr(elt);
          emit(Op::YIELD_VALUE, 0);
          emit(Op::POP_TOP);
          break;
      }
    }
    emit_jump(Op::JUMP_BACKWARD, top);
    if (g->is_async) {
      place_handler(end);
      emit(Op::END_ASYNC_FOR);
    } else {
      place(end);
    }
  }

  // ---- f-strings

  void fstring(Expr* e) {
    if (e->kind == ExprKind::FormattedValue) {
      formatted_value(static_cast<FormattedValue*>(e));
      return;
    }
    auto* j = static_cast<JoinedStr*>(e);
    if (j->values.empty()) {
      emit_str_const("");
      return;
    }
    for (Expr* part : j->values) {
      if (part->kind == ExprKind::Constant) {
        constant(static_cast<Constant*>(part));
      } else {
        formatted_value(static_cast<FormattedValue*>(part));
      }
    }
    if (j->values.size > 1) emit(Op::BUILD_STRING, static_cast<uint32_t>(j->values.size));
  }

  void formatted_value(FormattedValue* f) {
    expr(f->value);
    uint32_t flags = 0;
    switch (f->conversion) {
      case 's': flags = 1; break;
      case 'r': flags = 2; break;
      case 'a': flags = 3; break;
      default: break;
    }
    if (f->format_spec) {
      fstring(f->format_spec);
      flags |= 4;
    }
    emit(Op::FORMAT_VALUE, flags);
  }

  // ---- constants

  void constant(Constant* c) {
    switch (c->const_kind) {
      case ConstKind::None: emit_const(Value::none()); return;
      case ConstKind::True: emit_const(Value::boolean(true)); return;
      case ConstKind::False: emit_const(Value::boolean(false)); return;
      case ConstKind::Ellipsis: emit_const(vm_.ellipsis); return;
      case ConstKind::Float: emit_const(Value::from_double(c->number)); return;
      case ConstKind::Imaginary: emit_const(vm::new_complex(vm_, 0.0, c->number)); return;
      case ConstKind::Str: emit_const(Value::object(vm_.intern(c->text.view()))); return;
      case ConstKind::Bytes: {
        auto* b = vm_.alloc<vm::Bytes>(vm::ObjKind::Bytes, vm_.types.bytes, c->text.size + 1);
        b->hash = -1;
        b->size = c->text.size;
        std::memcpy(b->data, c->text.data, c->text.size);
        b->data[c->text.size] = '\0';
        emit_const(Value::object(b));
        return;
      }
      case ConstKind::Int: {
        std::string digits(c->text.view());
        int base = 10;
        if (digits.size() > 2 && digits[0] == '0') {
          char p = static_cast<char>(digits[1] | 0x20);
          if (p == 'x') base = 16;
          if (p == 'o') base = 8;
          if (p == 'b') base = 2;
          if (base != 10) digits = digits.substr(2);
        }
        std::string clean;
        for (char ch : digits) {
          if (ch != '_') clean += ch;
        }
        mpz_t z;
        if (mpz_init_set_str(z, clean.c_str(), base) != 0) {
          mpz_clear(z);
          fail("invalid integer literal", c->span);
          return;
        }
        Value v = vm_.make_bigint(z);
        mpz_clear(z);
        if (v.is_int()) {
          emit_const(v);
        } else {
          emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(v, 2, v.raw())));
        }
        return;
      }
    }
  }
};

// CPython's offset counts characters, 1-based.
int char_offset(const std::string& line, int byte_col) {
  size_t n = std::min(static_cast<size_t>(std::max(byte_col, 0)), line.size());
  return static_cast<int>(text::utf8_count(line.data(), n)) + 1;
}

}  // namespace

// Issues one compile-time SyntaxWarning as CPython's compiler does
// (PyErr_WarnExplicitObject): through the warnings module once the program
// has imported it (its filters, catch_warnings, showwarning), else printed
// as its default filters show one: "file:line: SyntaxWarning: msg" and the
// stripped source line, which linecache finds only for files. 1 shown or
// filtered out, 0 the filters made it an error (SyntaxWarning raised, now
// cleared), -1 another exception is pending.
int issue_warning(vm::VM& vm, const std::string& msg, int line, std::string_view filename,
                  std::optional<std::string_view> file_text, vm::Type* category = nullptr) {
  if (!category) category = vm.types.SyntaxWarning;
  vm::Value module = vm::dict_get_str(vm.modules, vm.intern("warnings"));
  vm::Value fn = module.is_null() ? module : vm.getattr_opt(module, vm.intern("warn_explicit"));
  if (fn.is_exception()) return -1;
  // The default filters ignore a DeprecationWarning from code that is not
  // __main__'s (the compiler's module is the file name).
  if (fn.is_null() && category != vm.types.SyntaxWarning) return 1;
  if (fn.is_null()) {
    std::string out = std::string(filename) + ":" + std::to_string(line) + ": SyntaxWarning: " + msg + "\n";
    std::string src(file_text ? text::source_line(*file_text, line).value_or("") : "");
    size_t first = src.find_first_not_of(" \t\f");
    if (first != std::string::npos) {
      size_t last = src.find_last_not_of(" \t\f\r");
      out += "  " + src.substr(first, last - first + 1) + "\n";
    }
    vm.write_err(out);
    return 1;
  }
  vm::RootScope roots(vm);
  vm::Value args[4] = {roots.add(vm.str_value(msg)), vm::Value::object(category),
                       roots.add(vm.str_value(filename)), vm.make_int(line)};
  if (!vm.call(fn, args, 4).is_exception()) return 1;
  if (!vm.pending_is(category)) return -1;
  vm.pending = vm::Value::null();
  return 0;
}

CompileResult compile(vm::VM& vm, const Module* module, parse::Mode mode,
                      std::string_view filename, std::string_view source,
                      std::optional<std::string_view> file_text, bool future_annotations) {
  CompileResult result;
  SymbolTable table;
  table.future_annotations = future_annotations;
  // REPL input may await at the top level (then its code is a coroutine).
  table.top_level_await = mode == parse::Mode::Interactive;
  ScopeError serr;
  // The carets cover the node's span; a span over several lines is marked
  // to the end of its first (as CPython prints it).
  auto set_error = [&](const std::string& msg, int line, int col, int end_line, int end_col) {
    result.error.type = "SyntaxError";
    result.error.message = msg;
    result.error.line = line;
    std::string text(text::source_line(source, line).value_or(""));
    if (file_text) {
      result.error.source_line = std::string(text::source_line(*file_text, line).value_or(""));
      result.error.text_newline = text::line_has_break(*file_text, line);
    } else {
      result.error.no_text = true;
    }
    result.error.col = char_offset(text, col);
    result.error.end_line = end_line ? line : 0;  // 0: placed without an end (see future.cpp)
    result.error.end_col = result.error.col;
    if (end_line == line && end_col > col) {
      result.error.end_col = char_offset(text, end_col);
    } else if (end_line > line) {
      size_t last = text.find_last_not_of(" \t\f\r");
      if (last != std::string::npos) {
        result.error.end_col = char_offset(text, static_cast<int>(last) + 1);
      }
    }
  };
  if (!read_future_features(module, table, serr) || !table.build(module, serr)) {
    set_error(serr.message, serr.line, serr.col, serr.end_line, serr.end_col);
    return result;
  }
  CodeGen gen(vm, table, filename, mode, file_text);
  vm::Code* code = gen.compile_module(module);
  vm::RootScope roots(vm);
  if (code) roots.add(code);
  // The warnings, as CPython issues them while compiling: those before the
  // error only; one the filters make an error is the compile's SyntaxError.
  const Span& bad = gen.error_span();
  for (const CodeGen::Warning& w : gen.warnings()) {
    const Span& sp = w.span;
    if (!code && (sp.line > bad.line || (sp.line == bad.line && sp.col >= bad.col))) break;
    int r = issue_warning(vm, w.message, sp.line, filename, file_text);
    if (r == 1) continue;
    if (r == 0) set_error(w.message, sp.line, sp.col, sp.end_line, sp.end_col);
    result.exception_pending = r < 0;
    return result;
  }
  if (!code) {
    set_error(gen.error_message(), bad.line, bad.col, bad.end_line, bad.end_col);
    return result;
  }
  result.code = code;
  return result;
}

bool issue_parse_warnings(vm::VM& vm, const std::vector<parse::ParseWarning>& warnings, std::string_view filename,
                          std::string_view source, std::optional<std::string_view> file_text, CompileResult& result) {
  for (const parse::ParseWarning& w : warnings) {
    int r = issue_warning(vm, w.message, w.line, filename, file_text, vm.types.DeprecationWarning);
    if (r == 1) continue;
    result.exception_pending = r < 0;
    if (r == 0) {  // the filters made it an error: CPython's SyntaxError at the literal
      parse::SyntaxErrorInfo& e = result.error;
      e.type = "SyntaxError";
      e.message = w.message;
      e.line = w.line;
      std::string text(text::source_line(source, w.line).value_or(""));
      if (file_text) {
        e.source_line = std::string(text::source_line(*file_text, w.line).value_or(""));
        e.text_newline = text::line_has_break(*file_text, w.line);
      } else {
        e.no_text = true;
      }
      e.col = char_offset(text, w.col);
      e.end_line = w.line;
      e.end_col = w.end_line == w.line ? char_offset(text, w.end_col) : e.col;
    }
    return false;
  }
  return true;
}

CompileResult compile_source(vm::VM& vm, std::string_view source, std::string_view filename,
                             parse::Mode mode, std::optional<std::string_view> file_text,
                             bool future_annotations) {
  ast::Arena arena;
  parse::ParseResult parsed = parse::parse(arena, source, mode);
  if (mode == parse::Mode::Interactive && parse::single_statement_error(source, parsed, parsed.error)) {
    parsed.ok = false;
  }
  if (parsed.ok && !parsed.warnings.empty()) {
    CompileResult r;
    if (!issue_parse_warnings(vm, parsed.warnings, filename, source, file_text, r)) return r;
  }
  if (!parsed.ok) {
    CompileResult r;
    r.error = parsed.error;
    // CPython reads a file's line back, with its newline (not a tokenizer
    // error's, which is the tokenizer's own).
    if (file_text && !r.error.lexical) {
      if (auto line = text::source_line(*file_text, parsed.error.line)) r.error.source_line = std::string(*line);
      r.error.text_newline = text::line_has_break(*file_text, r.error.line);
    }
    if (r.error.compile_stage && !file_text) r.error.no_text = true;
    return r;
  }
  return compile(vm, parsed.module, mode, filename, source, file_text, future_annotations);
}

}  // namespace coil::compiler
