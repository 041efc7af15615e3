// Scope analysis: a walk that records how each scope uses each name, then a
// resolution pass that decides local / cell / free / global, CPython's rules.
#include "compiler/scope.hpp"

#include <algorithm>

#include "parser/ast_walk.hpp"

namespace coil::compiler {

using namespace coil::ast;

class ScopeBuilder {
 public:
  explicit ScopeBuilder(SymbolTable& table) : table_(table) {}

  bool run(const Module* m, ScopeError& err) {
    Scope* s = new_scope(ScopeKind::Module, "<module>", m, 1);
    s->is_async = table_.top_level_await;
    cur_ = s;
    for (Stmt* st : m->body) {
      if (!visit(st)) break;
    }
    if (!failed_) resolve(s, {});
    err = error_;
    return !failed_;
  }

 private:
  SymbolTable& table_;
  Scope* cur_ = nullptr;
  // Under `from __future__ import annotations`, the scope whose annotation
  // is being checked (null elsewhere): such an annotation is only a string,
  // so its names bind nothing, and yield/await/:= in it are errors.
  const Scope* annotation_scope_ = nullptr;
  bool failed_ = false;
  ScopeError error_;

  Scope* new_scope(ScopeKind kind, std::string name, const void* node, int line) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->name = std::move(name);
    s->node = node;
    s->line = line;
    s->parent = cur_;
    if (cur_) {
      cur_->children.push_back(s.get());
      if (cur_->kind == ScopeKind::Module) {
        s->qualname = s->name;
      } else if (cur_->kind == ScopeKind::Class) {
        s->qualname = cur_->qualname + "." + s->name;
      } else {
        s->qualname = cur_->qualname + ".<locals>." + s->name;
      }
    } else {
      s->qualname = s->name;
    }
    Scope* raw = s.get();
    table_.by_node_[node] = raw;
    table_.scopes_.push_back(std::move(s));
    return raw;
  }

  bool fail(const std::string& msg, const Span& span) {
    if (!failed_) {
      failed_ = true;
      error_.message = msg;
      error_.line = span.line;
      error_.col = span.col;
      error_.end_line = span.end_line;
      error_.end_col = span.end_col;
    }
    return false;
  }

  void add(const std::string& name, unsigned flag) {
    unsigned& f = cur_->flags[name];
    if ((flag & (Scope::kDefLocal | Scope::kDefParam)) &&
        !(f & (Scope::kDefLocal | Scope::kDefParam))) {
      cur_->def_order.push_back(name);
    }
    f |= flag;
  }

  // Mangling of __private names inside classes.
  std::string mangle(std::string_view name) const {
    if (name.size() < 3 || name.substr(0, 2) != "__" || name.substr(name.size() - 2) == "__" ||
        name.find('.') != std::string_view::npos) {
      return std::string(name);
    }
    for (Scope* s = cur_; s; s = s->parent) {
      if (s->kind == ScopeKind::Class) {
        std::string cls = s->name;
        size_t i = cls.find_first_not_of('_');
        if (i == std::string::npos) return std::string(name);
        return "_" + cls.substr(i) + std::string(name);
      }
    }
    return std::string(name);
  }

  // ---- statements

  bool visit_body(const List<Stmt*>& body) {
    for (Stmt* s : body) {
      if (!visit(s)) return false;
    }
    return true;
  }

  bool visit_args(const Arguments* a) {
    // Defaults (and annotations) are evaluated in the enclosing scope.
    for (Expr* d : a->defaults) {
      if (!visit(d)) return false;
    }
    for (Expr* d : a->kw_defaults) {
      if (d && !visit(d)) return false;
    }
    return visit_annotations(a);
  }

  bool visit_annotation(const Expr* e) {
    if (!table_.future_annotations) return visit(e);
    const Scope* saved = annotation_scope_;
    annotation_scope_ = cur_;
    bool ok = visit(e);
    annotation_scope_ = saved;
    return ok;
  }

  // CPython's "'%s' can not be used within an annotation".
  bool fail_in_annotation(const char* what, const Expr* e) {
    return fail(std::string("'") + what + "' can not be used within an annotation", e->span);
  }

  bool visit_annotations(const Arguments* a) {
    auto ann = [&](const Arg* arg) {
      return !arg || !arg->annotation || visit_annotation(arg->annotation);
    };
    for (Arg* arg : a->posonlyargs) {
      if (!ann(arg)) return false;
    }
    for (Arg* arg : a->args) {
      if (!ann(arg)) return false;
    }
    for (Arg* arg : a->kwonlyargs) {
      if (!ann(arg)) return false;
    }
    return ann(a->vararg) && ann(a->kwarg);
  }

  void declare_params(const Arguments* a) {
    Scope* s = cur_;
    auto param = [&](Arg* arg) {
      std::string n(arg->arg.view());
      s->params.push_back(n);
      add(n, Scope::kDefParam);
    };
    for (Arg* arg : a->posonlyargs) param(arg);
    for (Arg* arg : a->args) param(arg);
    for (Arg* arg : a->kwonlyargs) param(arg);
    s->posonlyargcount = a->posonlyargs.size;
    s->argcount = a->posonlyargs.size + a->args.size;
    s->kwonlyargcount = a->kwonlyargs.size;
    if (a->vararg) {
      param(a->vararg);
      s->has_varargs = true;
    }
    if (a->kwarg) {
      param(a->kwarg);
      s->has_varkw = true;
    }
  }

  bool visit_function(const FunctionDef* fd) {
    for (Expr* d : fd->decorator_list) {
      if (!visit(d)) return false;
    }
    if (!visit_args(fd->args)) return false;
    if (fd->returns && !visit_annotation(fd->returns)) return false;
    add(mangle(fd->name.view()), Scope::kDefLocal);
    Scope* outer = cur_;
    Scope* s = new_scope(ScopeKind::Function, std::string(fd->name.view()), fd, fd->span.line);
    s->is_async = fd->is_async;
    s->is_coroutine = fd->is_async;
    cur_ = s;
    declare_params(fd->args);
    bool ok = visit_body(fd->body);
    cur_ = outer;
    return ok;
  }

  bool visit_class(const ClassDef* cd) {
    for (Expr* d : cd->decorator_list) {
      if (!visit(d)) return false;
    }
    for (Expr* b : cd->bases) {
      if (!visit(b)) return false;
    }
    for (Keyword* k : cd->keywords) {
      if (!visit(k->value)) return false;
    }
    add(mangle(cd->name.view()), Scope::kDefLocal);
    Scope* outer = cur_;
    Scope* s = new_scope(ScopeKind::Class, std::string(cd->name.view()), cd, cd->span.line);
    cur_ = s;
    bool ok = visit_body(cd->body);
    cur_ = outer;
    return ok;
  }

  bool in_function() const {
    return cur_->kind == ScopeKind::Function || cur_->kind == ScopeKind::Lambda ||
           cur_->kind == ScopeKind::Comprehension;
  }

  bool visit_global(const List<Name>& names, bool nonlocal, const Span& span) {
    for (const Name& nm : names) {
      std::string n = mangle(nm.view());
      unsigned f = cur_->flags.count(n) ? cur_->flags[n] : 0;
      const char* what = nonlocal ? "nonlocal" : "global";
      if (f & Scope::kDefParam) {
        return fail("name '" + n + "' is parameter and " + what, span);
      }
      if (nonlocal && (f & Scope::kDefGlobal)) {
        return fail("name '" + n + "' is nonlocal and global", span);
      }
      if (!nonlocal && (f & Scope::kDefNonlocal)) {
        return fail("name '" + n + "' is nonlocal and global", span);
      }
      if (f & Scope::kDefLocal) {
        return fail("name '" + n + "' is assigned to before " + what + " declaration", span);
      }
      if (f & Scope::kUse) {
        return fail("name '" + n + "' is used prior to " + what + " declaration", span);
      }
      if (nonlocal && cur_->kind == ScopeKind::Module) {
        return fail("nonlocal declaration not allowed at module level", span);
      }
      cur_->flags[n] |= nonlocal ? Scope::kDefNonlocal : Scope::kDefGlobal;
      if (nonlocal) cur_->nonlocal_spans[n] = span;
      // As CPython's symbol table, `global x` anywhere makes x a declared
      // global of the module too: module code run by exec() with separate
      // locals binds and reads it in the globals (STORE_GLOBAL).
      if (!nonlocal) {
        Scope* top = cur_;
        while (top->parent) top = top->parent;
        top->flags[n] |= Scope::kDefGlobal;
      }
    }
    return true;
  }

  bool visit(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
        return visit_function(static_cast<const FunctionDef*>(s));
      case StmtKind::ClassDef:
        return visit_class(static_cast<const ClassDef*>(s));
      case StmtKind::Return: {
        auto* r = static_cast<const Return*>(s);
        if (!in_function() || cur_->kind == ScopeKind::Comprehension) {
          return fail("'return' outside function", s->span);
        }
        return !r->value || visit(r->value);
      }
      case StmtKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        if (!visit(a->value)) return false;
        for (Expr* t : a->targets) {
          if (!visit(t)) return false;
        }
        return true;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(s);
        if (!visit(a->value)) return false;
        if (a->target->kind == ExprKind::NameExpr) {
          std::string n = mangle(static_cast<NameExpr*>(a->target)->id.view());
          add(n, Scope::kDefLocal | Scope::kUse);
          return true;
        }
        return visit(a->target);
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        if (a->value && !visit(a->value)) return false;
        // Module and class bodies evaluate annotations (functions do not).
        if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class) {
          cur_->has_annotations = true;
          if (!visit_annotation(a->annotation)) return false;
        } else if (table_.future_annotations && !visit_annotation(a->annotation)) {
          return false;
        }
        if (a->target->kind == ExprKind::NameExpr) {
          add(mangle(static_cast<NameExpr*>(a->target)->id.view()),
              a->value ? Scope::kDefLocal : Scope::kDefLocal);
          return true;
        }
        return visit(a->target);
      }
      case StmtKind::For: {
        auto* f = static_cast<const For*>(s);
        if (f->is_async && !cur_->is_async) {
          return fail(in_function() ? "'async for' outside async function"
                                    : "'async for' outside async function",
                      s->span);
        }
        if (f->is_async) top_level_async();
        return visit(f->iter) && visit(f->target) && visit_body(f->body) && visit_body(f->orelse);
      }
      case StmtKind::With: {
        auto* w = static_cast<const With*>(s);
        if (w->is_async && !cur_->is_async) {
          return fail("'async with' outside async function", s->span);
        }
        if (w->is_async) top_level_async();
        for (WithItem* item : w->items) {
          if (!visit(item->context_expr)) return false;
          if (item->optional_vars && !visit(item->optional_vars)) return false;
        }
        return visit_body(w->body);
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = reinterpret_cast<const Try*>(s);
        if (!visit_body(t->body)) return false;
        for (ExceptHandler* h : t->handlers) {
          if (h->type && !visit(h->type)) return false;
          if (!h->name.empty()) add(mangle(h->name.view()), Scope::kDefLocal);
          if (!visit_body(h->body)) return false;
        }
        return visit_body(t->orelse) && visit_body(t->finalbody);
      }
      case StmtKind::Import:
        for (Alias* a : static_cast<const Import*>(s)->names) {
          std::string n(a->asname.empty() ? a->name.view() : a->asname.view());
          if (a->asname.empty()) n = n.substr(0, n.find('.'));
          add(n, Scope::kDefLocal | Scope::kDefImport);
        }
        return true;
      case StmtKind::ImportFrom:
        for (Alias* a : static_cast<const ImportFrom*>(s)->names) {
          if (a->name.view() == "*") {
            if (cur_->kind != ScopeKind::Module) {
              return fail("import * only allowed at module level", a->span);
            }
            continue;
          }
          std::string n(a->asname.empty() ? a->name.view() : a->asname.view());
          add(n, Scope::kDefLocal | Scope::kDefImport);
        }
        return true;
      case StmtKind::Global:
        return visit_global(static_cast<const Global*>(s)->names, false, s->span);
      case StmtKind::Nonlocal:
        return visit_global(static_cast<const Nonlocal*>(s)->names, true, s->span);
      default:  // nothing of its own: visit the children
        return visit_children(s);
    }
  }

  // Patterns bind their capture names.
  bool visit(const Pattern* p) {
    ast::Name bound;
    if (p->kind == PatternKind::MatchAs) bound = static_cast<const MatchAs*>(p)->name;
    if (p->kind == PatternKind::MatchStar) bound = static_cast<const MatchStar*>(p)->name;
    if (p->kind == PatternKind::MatchMapping) bound = static_cast<const MatchMapping*>(p)->rest;
    if (!bound.empty()) add(mangle(bound.view()), Scope::kDefLocal);
    return visit_children(p);
  }

  // Visits the children of `node` in field order, stopping at an error.
  template <class Node>
  bool visit_children(const Node* node) {
    bool ok = true;
    for_each_child(node, [&](auto* child) { ok = ok && visit(child); });
    return ok;
  }

  // ---- expressions

  bool visit_list(const List<Expr*>& l) {
    for (Expr* e : l) {
      if (e && !visit(e)) return false;
    }
    return true;
  }

  // An await / async for / async with directly in REPL input (allowed by
  // SymbolTable::top_level_await) makes the module code a coroutine.
  void top_level_async() {
    if (cur_->kind == ScopeKind::Module) cur_->is_coroutine = true;
  }

  bool visit_comprehension(const Expr* node, const char* name, const List<Comprehension*>& gens,
                           const Expr* elt, const Expr* value, bool is_genexp) {
    // The first iterable is evaluated in the enclosing scope.
    if (!visit(gens[0]->iter)) return false;
    Scope* outer = cur_;
    Scope* s = new_scope(ScopeKind::Comprehension, name, node, node->span.line);
    s->is_generator = is_genexp;
    // Awaits inside are allowed where the outer allows them; a generator
    // expression is an async generator only when it awaits or has async for.
    s->is_async = outer->is_async && !is_genexp;
    cur_ = s;
    s->params.push_back(".0");
    add(".0", Scope::kDefParam);
    s->argcount = 1;
    bool ok = true;
    for (int i = 0; ok && i < gens.size; ++i) {
      Comprehension* c = gens[i];
      if (c->is_async) {
        // (An annotation stored as a string never runs, so it may hold one.)
        if (!outer->is_async && !is_genexp && !annotation_scope_) {
          ok = fail("asynchronous comprehension outside of an asynchronous function", node->span);
          break;
        }
        s->is_coroutine = !is_genexp;
        if (is_genexp) s->is_async = true;
      }
      if (i > 0) ok = visit(c->iter);
      ok = ok && visit(c->target) && visit_list(c->ifs);
    }
    ok = ok && visit(elt) && (!value || visit(value));
    // An awaiting comprehension at the top level of REPL input is awaited there.
    if (s->is_coroutine && outer->kind == ScopeKind::Module && !annotation_scope_) {
      outer->is_coroutine = true;
    }
    cur_ = outer;
    return ok;
  }

  bool visit(const Expr* e) {
    switch (e->kind) {
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        if (annotation_scope_ == cur_) return fail_in_annotation("named expression", e);
        if (!visit(n->value)) return false;
        if (annotation_scope_) return true;
        std::string name = mangle(static_cast<NameExpr*>(n->target)->id.view());
        // In a comprehension, the target binds in the enclosing function
        // (a free variable of the comprehensions) or module (a global).
        Scope* target = cur_;
        while (target->kind == ScopeKind::Comprehension) target = target->parent;
        if (target != cur_ && target->kind == ScopeKind::Class) {
          return fail("assignment expression within a comprehension cannot be used in a class body",
                      n->target->span);
        }
        for (Scope* c = cur_; c != target; c = c->parent) {
          c->flags[name] |= target->kind == ScopeKind::Module ? Scope::kDefGlobal
                                                              : Scope::kDefNonlocal;
        }
        if (target != cur_) {
          Scope* saved = cur_;
          cur_ = target;
          add(name, Scope::kDefLocal);
          cur_ = saved;
          return true;
        }
        add(name, Scope::kDefLocal);
        return true;
      }
      case ExprKind::Lambda: {
        auto* l = static_cast<const Lambda*>(e);
        if (!visit_args(l->args)) return false;
        Scope* outer = cur_;
        Scope* s = new_scope(ScopeKind::Lambda, "<lambda>", l, e->span.line);
        cur_ = s;
        declare_params(l->args);
        bool ok = visit(l->body);
        cur_ = outer;
        return ok;
      }
      case ExprKind::ListComp: {
        auto* c = static_cast<const ListComp*>(e);
        return visit_comprehension(e, "<listcomp>", c->generators, c->elt, nullptr, false);
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<const SetComp*>(e);
        return visit_comprehension(e, "<setcomp>", c->generators, c->elt, nullptr, false);
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<const DictComp*>(e);
        return visit_comprehension(e, "<dictcomp>", c->generators, c->key, c->value, false);
      }
      case ExprKind::GeneratorExp: {
        auto* c = static_cast<const GeneratorExp*>(e);
        return visit_comprehension(e, "<genexpr>", c->generators, c->elt, nullptr, true);
      }
      case ExprKind::Await: {
        if (annotation_scope_ == cur_) return fail_in_annotation("await expression", e);
        if ((cur_->kind == ScopeKind::Module && !cur_->is_async) || cur_->kind == ScopeKind::Class) {
          return fail("'await' outside function", e->span);
        }
        top_level_async();
        if (!cur_->is_async && !(cur_->kind == ScopeKind::Comprehension &&
                                 cur_->is_generator && cur_->parent->is_async)) {
          return fail("'await' outside async function", e->span);
        }
        if (cur_->kind == ScopeKind::Comprehension && !cur_->is_generator) cur_->is_coroutine = true;
        if (cur_->kind == ScopeKind::Comprehension && cur_->is_generator) cur_->is_async = true;
        return visit(static_cast<const Await*>(e)->value);
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        if (annotation_scope_ == cur_) return fail_in_annotation("yield expression", e);
        if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class) {
          return fail("'yield' outside function", e->span);
        }
        if (cur_->kind == ScopeKind::Comprehension) {
          std::string what = cur_->name == "<genexpr>" ? "generator expression"
                             : cur_->name == "<listcomp>" ? "list comprehension"
                             : cur_->name == "<setcomp>"  ? "set comprehension"
                                                          : "dict comprehension";
          return fail("'yield' inside " + what, e->span);
        }
        if (e->kind == ExprKind::YieldFrom && cur_->is_async) {
          return fail("'yield from' inside async function", e->span);
        }
        cur_->is_generator = true;
        const Expr* v = e->kind == ExprKind::Yield ? static_cast<const Yield*>(e)->value
                                                   : static_cast<const YieldFrom*>(e)->value;
        return !v || visit(v);
      }
      case ExprKind::NameExpr: {
        auto* n = static_cast<const NameExpr*>(e);
        if (annotation_scope_) return true;
        std::string name = mangle(n->id.view());
        if (n->ctx == Ctx::Load) {
          add(name, Scope::kUse);
          // super() and __class__ need the class cell of the enclosing class.
          if ((name == "super" || name == "__class__") && in_function()) {
            cur_->needs_class_cell = true;
          }
        } else {
          add(name, Scope::kDefLocal);
        }
        return true;
      }
      default:  // nothing of its own: visit the children
        return visit_children(e);
    }
  }

  // ---- resolution

  // Resolves `s` given the names bound in enclosing function scopes; returns
  // through s->freevars the names it needs from its parent.
  void resolve(Scope* s, const std::set<std::string>& enclosing) {
    std::set<std::string> locals;
    for (auto& [name, f] : s->flags) {
      NameScope ns;
      if (f & Scope::kDefGlobal) {
        ns = NameScope::GlobalExplicit;
      } else if (f & Scope::kDefNonlocal) {
        if (!enclosing.count(name) && !failed_) {
          // Walrus targets in comprehensions are marked nonlocal implicitly;
          // the enclosing function always binds them.
          Span span;
          span.line = s->line;
          auto where = s->nonlocal_spans.find(name);
          if (where != s->nonlocal_spans.end()) span = where->second;
          fail("no binding for nonlocal '" + name + "' found", span);
          return;
        }
        ns = NameScope::Free;
      } else if (f & (Scope::kDefLocal | Scope::kDefParam)) {
        ns = s->kind == ScopeKind::Module || s->kind == ScopeKind::Class ? NameScope::Name
                                                                          : NameScope::Local;
        if (ns == NameScope::Local) locals.insert(name);
      } else if (s->kind == ScopeKind::Module) {
        ns = NameScope::GlobalImplicit;
      } else if (enclosing.count(name)) {
        ns = NameScope::Free;
      } else {
        ns = s->kind == ScopeKind::Class ? NameScope::Name : NameScope::GlobalImplicit;
      }
      s->resolved[name] = ns;
    }
    if (s->kind == ScopeKind::Module) {
      // Module-level names are globals.
      for (auto& [name, ns] : s->resolved) {
        if (ns == NameScope::Name) ns = NameScope::GlobalImplicit;
      }
    }
    std::set<std::string> child_enclosing = enclosing;
    if (s->is_function_like()) child_enclosing.insert(locals.begin(), locals.end());
    if (s->is_function_like()) {
      for (auto& [name, ns] : s->resolved) {
        if (ns == NameScope::Free) child_enclosing.insert(name);
      }
    }
    if (s->kind == ScopeKind::Class) child_enclosing.insert("__class__");

    std::set<std::string> cells;
    std::set<std::string> passthrough;
    for (Scope* c : s->children) {
      if (c->needs_class_cell && s->kind == ScopeKind::Class) {
        c->flags["__class__"] |= Scope::kUse;
      }
      if (c->needs_class_cell && s->kind != ScopeKind::Class && s->is_function_like() &&
          enclosing.count("__class__")) {
        // A nested function inside a method also needs the cell: pass it
        // through (outside any class, `super` is just a global name).
        s->needs_class_cell = true;
        s->flags["__class__"] |= Scope::kUse;
        if (!s->resolved.count("__class__")) s->resolved["__class__"] = NameScope::Free;
      }
      resolve(c, child_enclosing);
      if (failed_) return;
      for (const std::string& fv : c->freevars) {
        auto it = s->resolved.find(fv);
        if (s->kind == ScopeKind::Class && fv == "__class__") {
          cells.insert(fv);
        } else if (it != s->resolved.end() &&
                   (it->second == NameScope::Local || it->second == NameScope::Cell)) {
          it->second = NameScope::Cell;
          cells.insert(fv);
        } else if (s->kind != ScopeKind::Module) {
          passthrough.insert(fv);
        }
      }
    }
    for (const std::string& fv : passthrough) {
      auto it = s->resolved.find(fv);
      if (it == s->resolved.end()) {
        s->resolved[fv] = s->kind == ScopeKind::Class ? NameScope::Name : NameScope::Free;
      } else if (s->kind == ScopeKind::Class && it->second == NameScope::Name) {
        // Used in the class body and needed by a method: stays a dict name
        // in the body; the method gets it through the class's free cell.
      }
    }

    // Frame layout: parameters first, then other locals in first-use order.
    s->varnames = s->params;
    for (const std::string& n : s->def_order) {
      if (s->lookup(n) == NameScope::Local || s->lookup(n) == NameScope::Cell) {
        if (std::find(s->varnames.begin(), s->varnames.end(), n) == s->varnames.end()) {
          s->varnames.push_back(n);
        }
      }
    }
    // Captured locals that are not parameters leave the fast slots.
    std::vector<std::string> kept;
    for (const std::string& n : s->varnames) {
      bool is_param = std::find(s->params.begin(), s->params.end(), n) != s->params.end();
      if (cells.count(n) && !is_param) continue;
      kept.push_back(n);
    }
    s->varnames = kept;
    if (s->kind != ScopeKind::Module && s->kind != ScopeKind::Class && reads_locals(s)) {
      s->has_locals_dict = true;
      s->varnames.push_back(kLocalsSlot);
    }
    s->cellvars.assign(cells.begin(), cells.end());
    for (auto& [name, ns] : s->resolved) {
      if (ns == NameScope::Free) s->freevars.push_back(name);
    }
    for (const std::string& fv : passthrough) {
      if (std::find(s->freevars.begin(), s->freevars.end(), fv) == s->freevars.end()) {
        s->freevars.push_back(fv);
      }
    }
  }

  // Whether scope `s` calls (by their builtin names) one of the builtins that
  // read the caller's locals.
  static bool reads_locals(const Scope* s) {
    for (const char* name : {"locals", "exec", "eval", "vars", "dir"}) {
      auto it = s->flags.find(name);
      if (it != s->flags.end() && (it->second & Scope::kUse) && s->lookup(name) == NameScope::GlobalImplicit) {
        return true;
      }
    }
    return false;
  }
};

bool SymbolTable::build(const Module* module, ScopeError& error) {
  ScopeBuilder builder(*this);
  return builder.run(module, error);
}

}  // namespace coil::compiler
