// Scope analysis: which names are local, cell, free or global in each
// function, class, lambda and comprehension, and which functions are
// generators or coroutines. Runs over the whole module before code generation.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/ast.hpp"

namespace coil::compiler {

enum class ScopeKind { Module, Class, Function, Lambda, Comprehension };

// The name of the hidden local holding a function's locals() dict (a dot
// makes it unreachable from source, like CPython's ".0").
inline constexpr const char* kLocalsSlot = ".locals";

// Where a name lives at run time, which picks the load/store instructions.
enum class NameScope {
  Local,           // fast local slot
  Cell,            // local captured by an inner function
  Free,            // captured from an enclosing function
  GlobalExplicit,  // `global x`
  GlobalImplicit,  // not bound here or in enclosing functions
  Name,            // class body (or module) namespace dict
};

struct Scope {
  ScopeKind kind;
  std::string name;      // function/class name, "<lambda>", "<listcomp>", ...
  std::string qualname;  // e.g. "outer.<locals>.inner", "C.method"
  Scope* parent = nullptr;
  const void* node = nullptr;
  int line = 0;

  // Per-name facts gathered by the walk.
  static constexpr unsigned kDefLocal = 1, kDefParam = 2, kDefGlobal = 4, kDefNonlocal = 8,
                            kUse = 16, kDefImport = 32;
  std::map<std::string, unsigned> flags;
  std::vector<std::string> params;     // in frame order
  std::vector<std::string> def_order;  // order in which local names first appear
  std::map<std::string, ast::Span> nonlocal_spans;  // where each nonlocal was declared

  // Results of the analysis.
  std::map<std::string, NameScope> resolved;
  std::vector<std::string> varnames;  // params, then other locals
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;

  bool is_generator = false;  // contains yield
  bool is_coroutine = false;  // async def (or an async comprehension)
  bool is_async = false;      // async def
  bool has_varargs = false;
  bool has_varkw = false;
  int argcount = 0;
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  // A method uses super() or __class__: the class body provides a __class__ cell.
  bool needs_class_cell = false;
  // A module or class body with an annotated assignment: it gets an
  // __annotations__ dict (CPython's SETUP_ANNOTATIONS).
  bool has_annotations = false;
  // A function that names locals, exec, eval, vars or dir (the builtins that
  // read its locals): its last local is a hidden slot (kLocalsSlot) holding
  // the one dict those calls share, as CPython's f_locals.
  bool has_locals_dict = false;

  std::vector<Scope*> children;

  NameScope lookup(const std::string& n) const {
    auto it = resolved.find(n);
    if (it != resolved.end()) return it->second;
    return kind == ScopeKind::Module || kind == ScopeKind::Class ? NameScope::Name
                                                                  : NameScope::GlobalImplicit;
  }
  bool is_function_like() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
           kind == ScopeKind::Comprehension;
  }
};

struct ScopeError {
  std::string message;
  int line = 0;
  int col = 0;
  int end_line = 0;  // 0: unknown (a single caret)
  int end_col = 0;
};

// The analysis of one module: a Scope per scope-introducing AST node.
class SymbolTable {
 public:
  // REPL input (CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT): `await`, `async for`
  // and `async with` are allowed at module level, and make the module's code
  // a coroutine.
  bool top_level_await = false;
  // `from __future__ import annotations`: annotations are stored as strings
  // (ast::unparse) and never evaluated.
  bool future_annotations = false;
  // Line of the last future import that opens the module (0: none); a
  // `from __future__ import` after it is a SyntaxError.
  int future_lineno = 0;
  // Returns false and fills `error` on a scoping SyntaxError.
  bool build(const ast::Module* module, ScopeError& error);
  Scope* scope_of(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }
  Scope* module_scope() const { return scopes_.empty() ? nullptr : scopes_.front().get(); }

 private:
  friend class ScopeBuilder;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const void*, Scope*> by_node_;
};

}  // namespace coil::compiler
