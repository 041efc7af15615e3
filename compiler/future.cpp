// Future statements, as CPython 3.11's Python/future.c reads them. Only the
// imports that open the module count; a later `from __future__ import` is
// the code generator's error ("must occur at the beginning of the file").
#include "compiler/future.hpp"

#include <string_view>

namespace coil::compiler {

using namespace coil::ast;

namespace {

// Features that are on in every Python 3 program: importing them changes
// nothing.
constexpr std::string_view kMandatoryFeatures[] = {
    "nested_scopes",  "generators",       "division",       "absolute_import",
    "with_statement", "print_function",   "unicode_literals", "generator_stop",
};

bool fail_at(const Stmt* s, std::string message, ScopeError& error) {
  error.message = std::move(message);
  error.line = s->span.line;
  error.col = s->span.col;
  error.end_line = 0;  // CPython marks these with a single caret
  return false;
}

bool check_features(const ImportFrom* s, SymbolTable& table, ScopeError& error) {
  for (const Alias* a : s->names) {
    std::string_view feature = a->name.view();
    bool mandatory = false;
    for (std::string_view m : kMandatoryFeatures) mandatory |= feature == m;
    if (mandatory) continue;
    if (feature == "annotations") {
      table.future_annotations = true;
    } else if (feature == "braces") {
      return fail_at(s, "not a chance", error);
    } else if (feature == "barry_as_FLUFL") {
      // CPython's parser then accepts `<>` and rejects `!=`; coil's does not.
      return fail_at(s, "future feature barry_as_FLUFL is not supported by coil", error);
    } else {
      return fail_at(s, "future feature " + std::string(feature) + " is not defined", error);
    }
  }
  return true;
}

bool is_docstring(const Stmt* s) {
  if (s->kind != StmtKind::ExprStmt) return false;
  const Expr* e = static_cast<const ExprStmt*>(s)->value;
  return e->kind == ExprKind::Constant &&
         static_cast<const Constant*>(e)->const_kind == ConstKind::Str;
}

}  // namespace

bool read_future_features(const Module* module, SymbolTable& table, ScopeError& error) {
  const List<Stmt*>& body = module->body;
  int i = !body.empty() && is_docstring(body[0]) ? 1 : 0;
  // `import x; from __future__ import y` on one line: the late future import
  // is reported here, as CPython does (the code generator would not see that
  // it is late, since it compares line numbers).
  bool done = false;
  int prev_line = 0;
  for (; i < body.size; ++i) {
    const Stmt* s = body[i];
    if (done && s->span.line > prev_line) return true;
    prev_line = s->span.line;
    auto* from = s->kind == StmtKind::ImportFrom ? static_cast<const ImportFrom*>(s) : nullptr;
    if (!from || from->module.view() != "__future__") {
      done = true;
      continue;
    }
    if (done) {
      // CPython gives the 0-based column as a 1-based one here: the caret
      // lands one character before the statement.
      fail_at(s, "from __future__ imports must occur at the beginning of the file", error);
      error.col = s->span.col - 1;
      return false;
    }
    if (!check_features(from, table, error)) return false;
    table.future_lineno = s->span.line;
  }
  return true;
}

}  // namespace coil::compiler
