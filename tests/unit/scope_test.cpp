// Unit tests for the compiler's scope analysis (compiler/scope.hpp):
// how each name of each scope is classified, the frame layout it implies,
// generator/coroutine flags, and the scoping SyntaxErrors. Expected values
// follow CPython 3.11 (its `symtable` module and code objects' co_varnames,
// co_cellvars, co_freevars; the error messages and lines of compile()).
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "coil/coil.hpp"
#include "embed/testing.hpp"
#include "parser/parser.hpp"
#include "compiler/compiler.hpp"
#include "compiler/scope.hpp"

namespace coil::compiler {
namespace {

using Names = std::vector<std::string>;

// Parses and analyses `source`; keeps the AST alive as long as the table.
struct Analysis {
  ast::Arena arena;
  SymbolTable table;
  ScopeError error;
  bool parsed = false;
  bool ok = false;

  explicit Analysis(std::string_view source) {
    parse::ParseResult r = parse::parse(arena, source, parse::Mode::File);
    parsed = r.ok;
    if (parsed) ok = table.build(r.module, error);
  }

  // The scope with this qualname (e.g. "f.<locals>.g", "C.m"); null if none.
  Scope* scope(const std::string& qualname) const { return find(table.module_scope(), qualname); }

  static Scope* find(Scope* s, const std::string& qualname) {
    if (!s) return nullptr;
    if (s->kind != ScopeKind::Module && s->qualname == qualname) return s;
    for (Scope* c : s->children) {
      if (Scope* found = find(c, qualname)) return found;
    }
    return nullptr;
  }
};

// Analyses `source`, which must be valid, and returns the scope `qualname`.
#define SCOPE(analysis, qualname)                                                \
  ([&]() -> Scope* {                                                             \
    EXPECT_TRUE((analysis).parsed);                                              \
    EXPECT_TRUE((analysis).ok) << (analysis).error.message;                      \
    Scope* s_ = (analysis).scope(qualname);                                      \
    EXPECT_NE(s_, nullptr) << "no scope " << (qualname);                          \
    return s_;                                                                   \
  }())

bool contains(const Names& v, const std::string& n) {
  return std::find(v.begin(), v.end(), n) != v.end();
}

// ---------------------------------------------------------------- classification

TEST(Scope, ModuleNamesAreGlobal) {
  Analysis a("x = 1\nprint(x)\nimport os.path\n");
  ASSERT_TRUE(a.ok);
  Scope* m = a.table.module_scope();
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->kind, ScopeKind::Module);
  EXPECT_EQ(m->lookup("x"), NameScope::GlobalImplicit);
  EXPECT_EQ(m->lookup("print"), NameScope::GlobalImplicit);
  EXPECT_EQ(m->lookup("os"), NameScope::GlobalImplicit);  // `import os.path` binds os
  EXPECT_TRUE(m->varnames.empty());
  EXPECT_TRUE(m->cellvars.empty());
  EXPECT_TRUE(m->freevars.empty());
}

TEST(Scope, LocalsParametersAndGlobals) {
  Analysis a(
      "def f(a, b=d):\n"
      "    global g\n"
      "    x = a + b\n"
      "    g = x\n"
      "    for i in range(3): pass\n"
      "    try: pass\n"
      "    except E as err: pass\n"
      "    import m as alias\n"
      "    return unknown\n");
  Scope* f = SCOPE(a, "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, ScopeKind::Function);
  for (const char* n : {"a", "b", "x", "i", "err", "alias"}) {
    EXPECT_EQ(f->lookup(n), NameScope::Local) << n;
  }
  EXPECT_EQ(f->lookup("g"), NameScope::GlobalExplicit);
  EXPECT_EQ(f->lookup("range"), NameScope::GlobalImplicit);
  EXPECT_EQ(f->lookup("unknown"), NameScope::GlobalImplicit);
  EXPECT_EQ(f->lookup("E"), NameScope::GlobalImplicit);
  // The default `d` is evaluated in the module, not in f.
  EXPECT_EQ(f->resolved.count("d"), 0u);
  EXPECT_EQ(a.table.module_scope()->lookup("d"), NameScope::GlobalImplicit);
  EXPECT_FALSE(contains(f->varnames, "g"));
  EXPECT_TRUE(f->cellvars.empty());
  EXPECT_TRUE(f->freevars.empty());
}

TEST(Scope, AugmentedAssignmentMakesALocal) {
  // `n += 1` both reads and binds n: local (UnboundLocalError at run time).
  Analysis a("n = 0\ndef f():\n    n += 1\n");
  Scope* f = SCOPE(a, "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->lookup("n"), NameScope::Local);
  EXPECT_EQ(f->varnames, (Names{"n"}));
}

TEST(Scope, CapturedLocalBecomesCell) {
  Analysis a(
      "def outer(p):\n"
      "    x = 1\n"
      "    y = 2\n"
      "    def inner():\n"
      "        return x + p\n"
      "    return inner, y\n");
  Scope* outer = SCOPE(a, "outer");
  Scope* inner = SCOPE(a, "outer.<locals>.inner");
  ASSERT_TRUE(outer && inner);
  EXPECT_EQ(outer->lookup("x"), NameScope::Cell);
  EXPECT_EQ(outer->lookup("p"), NameScope::Cell);
  EXPECT_EQ(outer->lookup("y"), NameScope::Local);
  EXPECT_EQ(outer->cellvars, (Names{"p", "x"}));  // sorted, as CPython's co_cellvars
  // A captured parameter keeps its argument slot; other cells leave varnames.
  EXPECT_EQ(outer->varnames, (Names{"p", "y", "inner"}));
  EXPECT_EQ(inner->lookup("x"), NameScope::Free);
  EXPECT_EQ(inner->lookup("p"), NameScope::Free);
  EXPECT_EQ(inner->freevars, (Names{"p", "x"}));
  EXPECT_TRUE(inner->varnames.empty());
}

TEST(Scope, FreeVariablePassesThroughMiddleFunction) {
  Analysis a(
      "def a():\n"
      "    v = 1\n"
      "    def b():\n"
      "        def c():\n"
      "            return v\n"
      "        return c\n"
      "    return b\n");
  Scope* sa = SCOPE(a, "a");
  Scope* sb = SCOPE(a, "a.<locals>.b");
  Scope* sc = SCOPE(a, "a.<locals>.b.<locals>.c");
  ASSERT_TRUE(sa && sb && sc);
  EXPECT_EQ(sa->lookup("v"), NameScope::Cell);
  EXPECT_EQ(sa->cellvars, (Names{"v"}));
  EXPECT_EQ(sb->freevars, (Names{"v"}));  // b never names v, but must carry the cell
  EXPECT_EQ(sb->lookup("v"), NameScope::Free);
  EXPECT_EQ(sc->freevars, (Names{"v"}));
}

TEST(Scope, GlobalInInnerFunctionIsNotCaptured) {
  Analysis a(
      "def outer():\n"
      "    x = 1\n"
      "    def inner():\n"
      "        global x\n"
      "        x = 2\n"
      "    return x\n");
  Scope* outer = SCOPE(a, "outer");
  Scope* inner = SCOPE(a, "outer.<locals>.inner");
  ASSERT_TRUE(outer && inner);
  EXPECT_EQ(inner->lookup("x"), NameScope::GlobalExplicit);
  EXPECT_EQ(outer->lookup("x"), NameScope::Local);
  EXPECT_TRUE(outer->cellvars.empty());
  EXPECT_TRUE(inner->freevars.empty());
}

TEST(Scope, Nonlocal) {
  Analysis a(
      "def counter():\n"
      "    n = 0\n"
      "    def inc():\n"
      "        nonlocal n\n"
      "        n += 1\n"
      "        return n\n"
      "    return inc\n");
  Scope* c = SCOPE(a, "counter");
  Scope* inc = SCOPE(a, "counter.<locals>.inc");
  ASSERT_TRUE(c && inc);
  EXPECT_EQ(inc->lookup("n"), NameScope::Free);
  EXPECT_EQ(inc->freevars, (Names{"n"}));
  EXPECT_FALSE(contains(inc->varnames, "n"));
  EXPECT_EQ(c->lookup("n"), NameScope::Cell);
  EXPECT_EQ(c->cellvars, (Names{"n"}));
  EXPECT_FALSE(contains(c->varnames, "n"));
}

TEST(Scope, NonlocalSkipsClassScopes) {
  // nonlocal finds the function binding across an intervening class.
  Analysis a(
      "def f():\n"
      "    x = 1\n"
      "    class C:\n"
      "        x = 2\n"
      "        def m(self):\n"
      "            nonlocal x\n"
      "            x = 3\n"
      "    return C\n");
  Scope* f = SCOPE(a, "f");
  Scope* m = SCOPE(a, "f.<locals>.C.m");
  ASSERT_TRUE(f && m);
  EXPECT_EQ(m->lookup("x"), NameScope::Free);
  EXPECT_EQ(f->lookup("x"), NameScope::Cell);
}

// ---------------------------------------------------------------- classes

TEST(Scope, ClassBodyNamesAreNotVisibleToMethods) {
  Analysis a(
      "class C:\n"
      "    attr = 1\n"
      "    other = attr + 1\n"
      "    def m(self):\n"
      "        return attr\n");
  Scope* c = SCOPE(a, "C");
  Scope* m = SCOPE(a, "C.m");
  ASSERT_TRUE(c && m);
  EXPECT_EQ(c->kind, ScopeKind::Class);
  EXPECT_EQ(c->lookup("attr"), NameScope::Name);
  EXPECT_EQ(c->lookup("other"), NameScope::Name);
  EXPECT_EQ(c->lookup("m"), NameScope::Name);
  // In the method, `attr` skips the class body: a global.
  EXPECT_EQ(m->lookup("attr"), NameScope::GlobalImplicit);
  EXPECT_TRUE(m->freevars.empty());
  EXPECT_TRUE(c->cellvars.empty());
  EXPECT_EQ(m->qualname, "C.m");
}

TEST(Scope, MethodSeesEnclosingFunctionThroughClass) {
  Analysis a(
      "def f():\n"
      "    x = 1\n"
      "    class C:\n"
      "        y = x\n"
      "        def m(self):\n"
      "            return x\n"
      "    return C\n");
  Scope* f = SCOPE(a, "f");
  Scope* c = SCOPE(a, "f.<locals>.C");
  Scope* m = SCOPE(a, "f.<locals>.C.m");
  ASSERT_TRUE(f && c && m);
  EXPECT_EQ(f->lookup("x"), NameScope::Cell);
  EXPECT_EQ(m->lookup("x"), NameScope::Free);
  EXPECT_TRUE(contains(c->freevars, "x"));  // the class body carries the cell
  EXPECT_EQ(c->lookup("y"), NameScope::Name);
}

TEST(Scope, SuperNeedsClassCell) {
  Analysis a(
      "class C(B):\n"
      "    def m(self):\n"
      "        return super().m()\n"
      "    def plain(self):\n"
      "        return 1\n");
  Scope* c = SCOPE(a, "C");
  Scope* m = SCOPE(a, "C.m");
  Scope* plain = SCOPE(a, "C.plain");
  ASSERT_TRUE(c && m && plain);
  EXPECT_TRUE(m->needs_class_cell);
  EXPECT_FALSE(plain->needs_class_cell);
  EXPECT_EQ(m->freevars, (Names{"__class__"}));
  EXPECT_EQ(c->cellvars, (Names{"__class__"}));
  EXPECT_TRUE(plain->freevars.empty());
}

TEST(Scope, PrivateNamesAreMangledInClasses) {
  Analysis a(
      "class _Widget:\n"
      "    __slot = 1\n"
      "    def m(self):\n"
      "        __x = 1\n"
      "        __dunder__ = 2\n"
      "        return __x\n");
  Scope* c = SCOPE(a, "_Widget");
  Scope* m = SCOPE(a, "_Widget.m");
  ASSERT_TRUE(c && m);
  EXPECT_EQ(c->lookup("_Widget__slot"), NameScope::Name);
  EXPECT_EQ(c->resolved.count("__slot"), 0u);
  EXPECT_EQ(m->varnames, (Names{"self", "_Widget__x", "__dunder__"}));
}

// ---------------------------------------------------------------- comprehensions

TEST(Scope, ComprehensionHasItsOwnScope) {
  Analysis a(
      "def f(n, k):\n"
      "    return [i * k for i in range(n) if i != j]\n");
  Scope* f = SCOPE(a, "f");
  Scope* comp = SCOPE(a, "f.<locals>.<listcomp>");
  ASSERT_TRUE(f && comp);
  EXPECT_EQ(comp->kind, ScopeKind::Comprehension);
  EXPECT_EQ(comp->name, "<listcomp>");
  // The first iterable is evaluated outside: range and n belong to f.
  EXPECT_EQ(comp->resolved.count("n"), 0u);
  EXPECT_EQ(comp->resolved.count("range"), 0u);
  EXPECT_EQ(f->lookup("n"), NameScope::Local);
  // The implicit iterator argument, then the loop variable.
  EXPECT_EQ(comp->varnames, (Names{".0", "i"}));
  EXPECT_EQ(comp->argcount, 1);
  EXPECT_EQ(comp->lookup("i"), NameScope::Local);
  EXPECT_EQ(comp->lookup("k"), NameScope::Free);
  EXPECT_EQ(comp->lookup("j"), NameScope::GlobalImplicit);
  EXPECT_EQ(f->lookup("k"), NameScope::Cell);
  EXPECT_FALSE(contains(f->varnames, "i"));  // the loop variable does not leak
  EXPECT_FALSE(comp->is_generator);
}

TEST(Scope, ComprehensionKindsAndLaterIterables) {
  Analysis a(
      "s = {x for x in a}\n"
      "d = {k: v for k, v in b}\n"
      "g = (x * y for x in c for y in x)\n");
  ASSERT_TRUE(a.ok);
  Scope* m = a.table.module_scope();
  ASSERT_EQ(m->children.size(), 3u);
  EXPECT_EQ(m->children[0]->name, "<setcomp>");
  EXPECT_EQ(m->children[1]->name, "<dictcomp>");
  EXPECT_EQ(m->children[2]->name, "<genexpr>");
  EXPECT_TRUE(m->children[2]->is_generator);
  EXPECT_FALSE(m->children[0]->is_generator);
  EXPECT_EQ(m->children[1]->varnames, (Names{".0", "k", "v"}));
  // Loop variables of a module-level comprehension stay out of the module.
  EXPECT_EQ(m->resolved.count("x"), 0u);
  EXPECT_EQ(m->resolved.count("k"), 0u);
  // The second iterable (`x`) is evaluated inside the generator scope.
  EXPECT_EQ(m->children[2]->lookup("x"), NameScope::Local);
  EXPECT_EQ(m->children[2]->lookup("y"), NameScope::Local);
  EXPECT_EQ(m->lookup("c"), NameScope::GlobalImplicit);
}

TEST(Scope, WalrusInComprehensionBindsInEnclosingFunction) {
  Analysis a(
      "def f(xs):\n"
      "    [last := x for x in xs]\n"
      "    return last\n");
  Scope* f = SCOPE(a, "f");
  Scope* comp = SCOPE(a, "f.<locals>.<listcomp>");
  ASSERT_TRUE(f && comp);
  EXPECT_EQ(f->lookup("last"), NameScope::Cell);
  EXPECT_EQ(comp->lookup("last"), NameScope::Free);
  EXPECT_EQ(comp->lookup("x"), NameScope::Local);
}

TEST(Scope, NestedComprehensionCapturesOuterLoopVariable) {
  Analysis a("rows = [[i * j for j in range(3)] for i in range(3)]\n");
  ASSERT_TRUE(a.ok);
  Scope* outer = a.table.module_scope()->children.at(0);
  ASSERT_EQ(outer->children.size(), 1u);
  Scope* inner = outer->children[0];
  EXPECT_EQ(outer->lookup("i"), NameScope::Cell);
  EXPECT_EQ(outer->cellvars, (Names{"i"}));
  EXPECT_EQ(inner->lookup("i"), NameScope::Free);
  EXPECT_EQ(inner->lookup("j"), NameScope::Local);
}

// ---------------------------------------------------------------- flags and layout

TEST(Scope, GeneratorAndCoroutineFlags) {
  Analysis a(
      "def gen():\n"
      "    yield 1\n"
      "def delegating():\n"
      "    yield from gen()\n"
      "async def coro():\n"
      "    await x\n"
      "async def agen():\n"
      "    yield 1\n"
      "def plain():\n"
      "    def inner():\n"
      "        yield 2\n"
      "    return inner\n"
      "lam = lambda: (yield)\n");
  Scope* gen = SCOPE(a, "gen");
  Scope* delegating = SCOPE(a, "delegating");
  Scope* coro = SCOPE(a, "coro");
  Scope* agen = SCOPE(a, "agen");
  Scope* plain = SCOPE(a, "plain");
  Scope* inner = SCOPE(a, "plain.<locals>.inner");
  Scope* lam = SCOPE(a, "<lambda>");
  ASSERT_TRUE(gen && delegating && coro && agen && plain && inner && lam);
  EXPECT_TRUE(gen->is_generator);
  EXPECT_FALSE(gen->is_coroutine);
  EXPECT_TRUE(delegating->is_generator);
  EXPECT_TRUE(coro->is_coroutine);
  EXPECT_TRUE(coro->is_async);
  EXPECT_FALSE(coro->is_generator);
  EXPECT_TRUE(agen->is_coroutine);  // an async generator is both
  EXPECT_TRUE(agen->is_generator);
  EXPECT_FALSE(plain->is_generator);  // a yield in a nested function does not count
  EXPECT_TRUE(inner->is_generator);
  EXPECT_EQ(lam->kind, ScopeKind::Lambda);
  EXPECT_TRUE(lam->is_generator);
}

TEST(Scope, AsyncComprehensionInAsyncFunction) {
  Analysis a(
      "async def f(aiter):\n"
      "    return [x async for x in aiter]\n");
  Scope* comp = SCOPE(a, "f.<locals>.<listcomp>");
  ASSERT_NE(comp, nullptr);
  EXPECT_TRUE(comp->is_coroutine);
  EXPECT_FALSE(comp->is_generator);
}

TEST(Scope, VarnamesPutParametersFirst) {
  // CPython's co_varnames order: positional-only, positional, keyword-only,
  // *args, **kwargs, then the other locals in order of first binding.
  Analysis a(
      "def f(a, /, b, *args, c, **kw):\n"
      "    z = 1\n"
      "    print(w)\n"
      "    y = 2\n"
      "    a = 3\n");
  Scope* f = SCOPE(a, "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->varnames, (Names{"a", "b", "c", "args", "kw", "z", "y"}));
  EXPECT_EQ(f->params, (Names{"a", "b", "c", "args", "kw"}));
  EXPECT_EQ(f->argcount, 2);
  EXPECT_EQ(f->posonlyargcount, 1);
  EXPECT_EQ(f->kwonlyargcount, 1);
  EXPECT_TRUE(f->has_varargs);
  EXPECT_TRUE(f->has_varkw);
}

TEST(Scope, LambdaParametersAndQualnames) {
  Analysis a(
      "def outer():\n"
      "    return lambda p, *, q=1: p + q + r\n"
      "class K:\n"
      "    def m(self):\n"
      "        def helper(): pass\n");
  Scope* lam = SCOPE(a, "outer.<locals>.<lambda>");
  Scope* helper = SCOPE(a, "K.m.<locals>.helper");
  ASSERT_TRUE(lam && helper);
  EXPECT_EQ(lam->varnames, (Names{"p", "q"}));
  EXPECT_EQ(lam->argcount, 1);
  EXPECT_EQ(lam->kwonlyargcount, 1);
  EXPECT_EQ(lam->lookup("r"), NameScope::GlobalImplicit);
  EXPECT_EQ(helper->kind, ScopeKind::Function);
}

TEST(Scope, ScopeOfMapsNodesBack) {
  Analysis a("def f(): pass\n");
  ASSERT_TRUE(a.ok);
  Scope* f = a.table.module_scope()->children.at(0);
  EXPECT_EQ(a.table.scope_of(f->node), f);
  EXPECT_EQ(f->parent, a.table.module_scope());
  EXPECT_EQ(f->line, 1);
  EXPECT_EQ(a.table.scope_of(nullptr), nullptr);
}

// ---------------------------------------------------------------- errors

struct ScopeErrorCase {
  const char* source;
  const char* message;
  int line;
  int offset;  // CPython's 1-based SyntaxError.offset
};

// Each expected message, line and offset is what CPython 3.11's compile() reports.
const ScopeErrorCase kErrors[] = {
    {"return 1\n", "'return' outside function", 1, 1},
    {"class C:\n  return 1\n", "'return' outside function", 2, 3},
    {"x = 1\nyield x\n", "'yield' outside function", 2, 1},
    {"class C:\n  yield\n", "'yield' outside function", 2, 3},
    {"def f(x):\n  global x\n", "name 'x' is parameter and global", 2, 3},
    {"def f(x):\n  nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 3},
    {"def f():\n  x = 1\n  global x\n", "name 'x' is assigned to before global declaration", 3, 3},
    {"def f():\n  print(x)\n  global x\n", "name 'x' is used prior to global declaration", 3, 3},
    {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1},
    {"await x\n", "'await' outside function", 1, 1},
    {"def f():\n  await x\n", "'await' outside async function", 2, 3},
    {"def f():\n  async for x in y: pass\n", "'async for' outside async function", 2, 3},
    {"def f():\n  async with x: pass\n", "'async with' outside async function", 2, 3},
    {"async def f():\n  yield from x\n", "'yield from' inside async function", 2, 3},
    {"def f():\n  return [x async for x in y]\n",
     "asynchronous comprehension outside of an asynchronous function", 2, 10},
    {"x = [(yield) for i in y]\n", "'yield' inside list comprehension", 1, 7},
    {"def f():\n  return {(yield) for i in y}\n", "'yield' inside set comprehension", 2, 12},
    {"def f():\n  return ((yield) for i in y)\n", "'yield' inside generator expression", 2, 12},
};

class ScopeErrors : public ::testing::TestWithParam<ScopeErrorCase> {};

TEST_P(ScopeErrors, MessageAndLine) {
  const ScopeErrorCase& c = GetParam();
  Analysis a(c.source);
  ASSERT_TRUE(a.parsed) << c.source;
  EXPECT_FALSE(a.ok) << c.source;
  EXPECT_EQ(a.error.message, c.message) << c.source;
  EXPECT_EQ(a.error.line, c.line) << c.source;
}

// Through the compiler: a SyntaxError with CPython's position.
TEST_P(ScopeErrors, ReportedByCompiler) {
  const ScopeErrorCase& c = GetParam();
  coil::VM host;
  CompileResult r = compile_source(coil::testing::internal(host), c.source, "<test>", parse::Mode::File, c.source);
  EXPECT_EQ(r.code, nullptr) << c.source;
  EXPECT_EQ(r.error.type, "SyntaxError");
  EXPECT_EQ(r.error.message, c.message) << c.source;
  EXPECT_EQ(r.error.line, c.line) << c.source;
  EXPECT_EQ(r.error.col, c.offset) << c.source;
}

INSTANTIATE_TEST_SUITE_P(CPythonMessages, ScopeErrors, ::testing::ValuesIn(kErrors));

TEST(Scope, NoBindingForNonlocal) {
  for (const char* source : {"def f():\n  def g():\n    nonlocal x\n",
                             "def f():\n  nonlocal y\n  y = 1\n",
                             "x = 1\ndef f():\n  nonlocal x\n"}) {
    Analysis a(source);
    ASSERT_TRUE(a.parsed);
    EXPECT_FALSE(a.ok) << source;
    EXPECT_EQ(a.error.message.rfind("no binding for nonlocal '", 0), 0u) << a.error.message;
    EXPECT_TRUE(a.error.message.ends_with("' found")) << a.error.message;
  }
}

TEST(Scope, ImportStarInFunction) {
  Analysis a("def f():\n  from m import *\n");
  ASSERT_TRUE(a.parsed);
  EXPECT_FALSE(a.ok);
  EXPECT_EQ(a.error.message, "import * only allowed at module level");
  EXPECT_EQ(a.error.line, 2);
}

TEST(Scope, ErrorStopsAtFirstProblem) {
  Analysis a("def f():\n  pass\nreturn 1\nyield 2\n");
  ASSERT_TRUE(a.parsed);
  EXPECT_FALSE(a.ok);
  EXPECT_EQ(a.error.message, "'return' outside function");
  EXPECT_EQ(a.error.line, 3);
}

TEST(Scope, ValidGlobalAndNonlocalUses) {
  // Declarations before any use are fine, as is nonlocal of a parameter of
  // the enclosing function and a global at module level.
  Analysis a(
      "global top\n"
      "def f(p):\n"
      "    def g():\n"
      "        nonlocal p\n"
      "        global q\n"
      "        p = q\n"
      "    return g\n");
  Scope* f = SCOPE(a, "f");
  Scope* g = SCOPE(a, "f.<locals>.g");
  ASSERT_TRUE(f && g);
  EXPECT_EQ(f->lookup("p"), NameScope::Cell);
  EXPECT_EQ(f->varnames, (Names{"p", "g"}));  // a captured parameter keeps its slot
  EXPECT_EQ(g->lookup("p"), NameScope::Free);
  EXPECT_EQ(g->lookup("q"), NameScope::GlobalExplicit);
}

}  // namespace
}  // namespace coil::compiler
