// The nesting depth of a parsed tree, measured without recursion.
//
// Left-recursive rules let the parser build arbitrarily deep trees on a flat
// stack (`1+1+...+1`, `a.b.c...`), but everything downstream (the compiler,
// ast::dump) walks trees recursively. CPython refuses such trees with
// "RecursionError: maximum recursion depth exceeded during compilation"
// (at about 3000 levels); the parser driver does the same with this check.
#include <vector>

#include "parser/ast_walk.hpp"
#include "parser/parse_state.hpp"

namespace coil::parse {

namespace {

using namespace coil::ast;

// A node to visit: exactly one of the pointers is set.
struct Item {
  const Expr* expr;
  const Stmt* stmt;
  const Pattern* pattern;
  int depth;
};

class DepthWalker {
 public:
  explicit DepthWalker(int limit) : limit_(limit) {}

  bool exceeds(const Module* m) {
    for (const Stmt* s : m->body) work_.push_back({nullptr, s, nullptr, 1});
    while (!work_.empty()) {
      Item item = work_.back();
      work_.pop_back();
      if (item.depth > limit_) return true;
      int d = item.depth + 1;
      auto push = [&](auto* child) { push_child(child, d); };
      if (item.expr) {
        for_each_child(item.expr, push);
      } else if (item.stmt) {
        for_each_child(item.stmt, push);
      } else {
        for_each_child(item.pattern, push);
      }
    }
    return false;
  }

 private:
  void push_child(const Expr* e, int d) { work_.push_back({e, nullptr, nullptr, d}); }
  void push_child(const Stmt* s, int d) { work_.push_back({nullptr, s, nullptr, d}); }
  void push_child(const Pattern* p, int d) { work_.push_back({nullptr, nullptr, p, d}); }

  int limit_;
  std::vector<Item> work_;
};

}  // namespace

bool too_deep(const ast::Module* module, int limit) { return DepthWalker(limit).exceeds(module); }

}  // namespace coil::parse
