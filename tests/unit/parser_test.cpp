// Parser tests: ast::dump of parsed sources compared with what CPython 3.11's
// ast.dump printed for the same source, syntax errors (type, message and
// position) compared with CPython's SyntaxError, plus the parse modes, the
// "incomplete" flag, node positions and the nesting limits.
//
// The expectations in the tables are literals printed by python3 (3.11.7):
//   dumps:  ast.dump(ast.parse(src))
//   errors: compile(src, "<s>", "exec") -> (type, msg, lineno, offset,
//           end_lineno, end_offset); the errors CPython's compiler rather
//           than its parser reports (starred targets, duplicate arguments,
//           repeated keywords) come from the full compile.
// kErrorMessages holds errors whose CPython position is relative to a
// synthetic "(expr)" line (f-string fields); coil reports real positions.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "parser/ast.hpp"
#include "parser/parser.hpp"

namespace {

using coil::ast::Arena;
using coil::parse::Mode;
using coil::parse::ParseResult;

struct DumpCase {
  const char* source;
  const char* expected;
};

struct ErrorCase {
  const char* source;
  const char* type;
  const char* message;
  int line;
  int col;
  int end_line;
  int end_col;
};

struct MessageCase {
  const char* source;
  const char* type;
  const char* message;
};

// clang-format off
const DumpCase kStatements[] = {
    {"x = 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"a = b = c = 1",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"a, *b = c",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"[a, b] = c",
     "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"(a, b), c = d",
     "Module(body=[Assign(targets=[Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])"},
    {"t = 1,",
     "Module(body=[Assign(targets=[Name(id='t', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"},
    {"a, b = b, a",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"x += 1",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"},
    {"x //= 2; x **= 2; x >>= 1; x <<= 1; x @= m; x ^= 1; x |= 1; x &= 1; x %= 1; x /= 1; x *= 1; x -= 1",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=LShift(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=BitXor(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitOr(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitAnd(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Mod(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Div(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Mult(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Sub(), value=Constant(value=1))], type_ignores=[])"},
    {"a.b += 1",
     "Module(body=[AugAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"},
    {"a[0] -= 1",
     "Module(body=[AugAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Store()), op=Sub(), value=Constant(value=1))], type_ignores=[])"},
    {"x: int",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)], type_ignores=[])"},
    {"x: int = 5",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])"},
    {"(x): int = 1",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"},
    {"a.b: int",
     "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"},
    {"a[0]: int = 1",
     "Module(body=[AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"},
    {"x: list = 1, 2",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='list', ctx=Load()), value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), simple=1)], type_ignores=[])"},
    {"del a, b[0], c.d",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])"},
    {"del (a, b), [c]",
     "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del()), List(elts=[Name(id='c', ctx=Del())], ctx=Del())])], type_ignores=[])"},
    {"del a,",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del())])], type_ignores=[])"},
    {"pass; break; continue",
     "Module(body=[Pass(), Break(), Continue()], type_ignores=[])"},
    {"x = 1;",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"assert x",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[])"},
    {"assert x, 'msg'",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"},
    {"raise",
     "Module(body=[Raise()], type_ignores=[])"},
    {"raise X",
     "Module(body=[Raise(exc=Name(id='X', ctx=Load()))], type_ignores=[])"},
    {"raise X from Y",
     "Module(body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='Y', ctx=Load()))], type_ignores=[])"},
    {"return",
     "Module(body=[Return()], type_ignores=[])"},
    {"return 1, 2",
     "Module(body=[Return(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"global a, b",
     "Module(body=[Global(names=['a', 'b'])], type_ignores=[])"},
    {"nonlocal a",
     "Module(body=[Nonlocal(names=['a'])], type_ignores=[])"},
    {"import os",
     "Module(body=[Import(names=[alias(name='os')])], type_ignores=[])"},
    {"import a.b.c as d, e",
     "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[])"},
    {"from ... import x",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=3)], type_ignores=[])"},
    {"from .... import x",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=4)], type_ignores=[])"},
    {"from .a.b import (x as y, z,)",
     "Module(body=[ImportFrom(module='a.b', names=[alias(name='x', asname='y'), alias(name='z')], level=1)], type_ignores=[])"},
    {"from a import *",
     "Module(body=[ImportFrom(module='a', names=[alias(name='*')], level=0)], type_ignores=[])"},
    {"from . import x",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"},
    {"from .. import x",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=2)], type_ignores=[])"},
    {"from .a import b",
     "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=1)], type_ignores=[])"},
    {"from a import (b)",
     "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=0)], type_ignores=[])"},
    {"x = yield",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"},
    {"x = yield from y",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Name(id='y', ctx=Load())))], type_ignores=[])"},
    {"x = yield a, b",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], type_ignores=[])"},
    {"yield",
     "Module(body=[Expr(value=Yield())], type_ignores=[])"},
    {"await x",
     "Module(body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"x = await y",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Await(value=Name(id='y', ctx=Load())))], type_ignores=[])"},
    {"x = *a, *b",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"return *a, *b",
     "Module(body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"x: int = *a, b",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), simple=1)], type_ignores=[])"},
    {"x += yield",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Yield())], type_ignores=[])"},
};

const DumpCase kCompound[] = {
    {"if a:\n  pass\nelif b:\n  pass\nelif c:\n  pass\nelse:\n  pass",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Pass()], orelse=[Pass()])])])], type_ignores=[])"},
    {"if a: pass\nelse: pass",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
    {"while x:\n  pass\nelse:\n  pass",
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
    {"for x in y:\n  pass\nelse:\n  pass",
     "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
    {"for a, (b, c) in d: pass",
     "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"for x, in y: pass",
     "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"for x in *a, *b: pass",
     "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"for x in y, z: pass",
     "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Name(id='y', ctx=Load()), Name(id='z', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"try:\n  pass\nexcept E as e:\n  pass\nexcept (A, B):\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass",
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"},
    {"try:\n  pass\nfinally:\n  pass",
     "Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"},
    {"try:\n  x\nexcept E:\n  y\nfinally:\n  z",
     "Module(body=[Try(body=[Expr(value=Name(id='x', ctx=Load()))], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))])], orelse=[], finalbody=[Expr(value=Name(id='z', ctx=Load()))])], type_ignores=[])"},
    {"with a as b, c as (d, e), f: pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Tuple(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], ctx=Store())), withitem(context_expr=Name(id='f', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with a: pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with a as b.c, d as e[0]: pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Store())), withitem(context_expr=Name(id='d', ctx=Load()), optional_vars=Subscript(value=Name(id='e', ctx=Load()), slice=Constant(value=0), ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"def f(): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a, /, b=2, *c, d, e=5, **f): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=5)], kwarg=arg(arg='f'), defaults=[Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a: int, *b: str, c: 'x' = 3, **d: float) -> None: pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='b', annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='c', annotation=Constant(value='x'))], kw_defaults=[Constant(value=3)], kwarg=arg(arg='d', annotation=Name(id='float', ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[], returns=Constant(value=None))], type_ignores=[])"},
    {"def f(*, a,): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a, **k,): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a, b=1, /): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(*args): return args",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args'), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Name(id='args', ctx=Load()))], decorator_list=[])], type_ignores=[])"},
    {"async def f():\n  await x\n  async for a in b: pass\n  async with c as d, e: pass\n  return [x async for x in y]",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store())), withitem(context_expr=Name(id='e', ctx=Load()))], body=[Pass()]), Return(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])"},
    {"@d\n@e.f(g)\n@h[0] if x else y\nclass A(B, C, metaclass=M, **kw):\n  x = 1\n  def m(self): return self",
     "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Name(id='self', ctx=Load()))], decorator_list=[])], decorator_list=[Name(id='d', ctx=Load()), Call(func=Attribute(value=Name(id='e', ctx=Load()), attr='f', ctx=Load()), args=[Name(id='g', ctx=Load())], keywords=[]), IfExp(test=Name(id='x', ctx=Load()), body=Subscript(value=Name(id='h', ctx=Load()), slice=Constant(value=0), ctx=Load()), orelse=Name(id='y', ctx=Load()))])], type_ignores=[])"},
    {"@d\nasync def f(): pass",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='d', ctx=Load())])], type_ignores=[])"},
    {"@(lambda f: f)\ndef g(): pass",
     "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load()))])], type_ignores=[])"},
    {"@x := y\ndef f(): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[NamedExpr(target=Name(id='x', ctx=Store()), value=Name(id='y', ctx=Load()))])], type_ignores=[])"},
    {"class A: pass",
     "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"class A(): pass",
     "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"class A(*bases, **kw): pass",
     "Module(body=[ClassDef(name='A', bases=[Starred(value=Name(id='bases', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"class A: x = 1; y = 2;",
     "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], decorator_list=[])], type_ignores=[])"},
    {"if x:\n  pass\n# comment\n\n  # indented comment\nelse:\n  pass",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
    {"def f():\n\n  x = 1\n\n\n  return x\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Return(value=Name(id='x', ctx=Load()))], decorator_list=[])], type_ignores=[])"},
    {"if 1:\n  if 2:\n    if 3:\n      pass\nx = 1",
     "Module(body=[If(test=Constant(value=1), body=[If(test=Constant(value=2), body=[If(test=Constant(value=3), body=[Pass()], orelse=[])], orelse=[])], orelse=[]), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"if True:\n    x = (1 +\n2)\n    y = 3",
     "Module(body=[If(test=Constant(value=True), body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=3))], orelse=[])], type_ignores=[])"},
    {"x = 1 + \\\n  2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {"if x:\n\tpass\n\tpass",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass(), Pass()], orelse=[])], type_ignores=[])"},
    {"def g():\n  x = yield\n  y = yield from z\n  yield a, b\n  await (yield)\n  return (yield x)",
     "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))), Expr(value=Await(value=Yield())), Return(value=Yield(value=Name(id='x', ctx=Load())))], decorator_list=[])], type_ignores=[])"},
};

const DumpCase kPrecedence[] = {
    {"-7 % 3",
     "Module(body=[Expr(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=7)), op=Mod(), right=Constant(value=3)))], type_ignores=[])"},
    {"-2**2",
     "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])"},
    {"2**-1",
     "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])"},
    {"-x.y",
     "Module(body=[Expr(value=UnaryOp(op=USub(), operand=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load())))], type_ignores=[])"},
    {"not a == b",
     "Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])"},
    {"not not a",
     "Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])"},
    {"a if b else c if d else e",
     "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"},
    {"lambda: x if y else z",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load()))))], type_ignores=[])"},
    {"lambda: (yield)",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])"},
    {"await y ** 2",
     "Module(body=[Expr(value=BinOp(left=Await(value=Name(id='y', ctx=Load())), op=Pow(), right=Constant(value=2)))], type_ignores=[])"},
    {"-await y",
     "Module(body=[Expr(value=UnaryOp(op=USub(), operand=Await(value=Name(id='y', ctx=Load()))))], type_ignores=[])"},
    {"a or b or c and d and e",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())])]))], type_ignores=[])"},
    {"(a or b) or c",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"a and (b and c)",
     "Module(body=[Expr(value=BoolOp(op=And(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])]))], type_ignores=[])"},
    {"a < b <= c != d",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())]))], type_ignores=[])"},
    {"(a < b) < c",
     "Module(body=[Expr(value=Compare(left=Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], comparators=[Name(id='b', ctx=Load())]), ops=[Lt()], comparators=[Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"a not in b is not c in d is e",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn(), IsNot(), In(), Is()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))], type_ignores=[])"},
    {"a == b == c",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Eq(), Eq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"x = 1 | 2 ^ 3 & 4 << 5 >> 6 + 7 - 8 * 9 / 10 // 11 % 12 @ 13",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=BitOr(), right=BinOp(left=Constant(value=2), op=BitXor(), right=BinOp(left=Constant(value=3), op=BitAnd(), right=BinOp(left=BinOp(left=Constant(value=4), op=LShift(), right=Constant(value=5)), op=RShift(), right=BinOp(left=BinOp(left=Constant(value=6), op=Add(), right=Constant(value=7)), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=8), op=Mult(), right=Constant(value=9)), op=Div(), right=Constant(value=10)), op=FloorDiv(), right=Constant(value=11)), op=Mod(), right=Constant(value=12)), op=MatMult(), right=Constant(value=13))))))))], type_ignores=[])"},
    {"~a ** -b",
     "Module(body=[Expr(value=UnaryOp(op=Invert(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))))], type_ignores=[])"},
    {"a ** b ** c",
     "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ignores=[])"},
    {"a - b - c",
     "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=Name(id='b', ctx=Load())), op=Sub(), right=Name(id='c', ctx=Load())))], type_ignores=[])"},
    {"a / b * c",
     "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Div(), right=Name(id='b', ctx=Load())), op=Mult(), right=Name(id='c', ctx=Load())))], type_ignores=[])"},
    {"(a + b) * c",
     "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), op=Mult(), right=Name(id='c', ctx=Load())))], type_ignores=[])"},
    {"a if b else lambda: c",
     "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='c', ctx=Load()))))], type_ignores=[])"},
    {"not a or not b",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), UnaryOp(op=Not(), operand=Name(id='b', ctx=Load()))]))], type_ignores=[])"},
    {"a | b | c",
     "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=Name(id='b', ctx=Load())), op=BitOr(), right=Name(id='c', ctx=Load())))], type_ignores=[])"},
    {"-(-x)",
     "Module(body=[Expr(value=UnaryOp(op=USub(), operand=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load()))))], type_ignores=[])"},
    {"+x",
     "Module(body=[Expr(value=UnaryOp(op=UAdd(), operand=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"x[1](2).y",
     "Module(body=[Expr(value=Attribute(value=Call(func=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=1), ctx=Load()), args=[Constant(value=2)], keywords=[]), attr='y', ctx=Load()))], type_ignores=[])"},
    {"a.b.c(d)[e](f, *g, h=i, **j)",
     "Module(body=[Expr(value=Call(func=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), slice=Name(id='e', ctx=Load()), ctx=Load()), args=[Name(id='f', ctx=Load()), Starred(value=Name(id='g', ctx=Load()), ctx=Load())], keywords=[keyword(arg='h', value=Name(id='i', ctx=Load())), keyword(value=Name(id='j', ctx=Load()))]))], type_ignores=[])"},
    {"(a)(b)",
     "Module(body=[Expr(value=Call(func=Name(id='a', ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"a @ b @ c",
     "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=MatMult(), right=Name(id='b', ctx=Load())), op=MatMult(), right=Name(id='c', ctx=Load())))], type_ignores=[])"},
    {"x if y else (z := 1)",
     "Module(body=[Expr(value=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=NamedExpr(target=Name(id='z', ctx=Store()), value=Constant(value=1))))], type_ignores=[])"},
};

const DumpCase kExpressions[] = {
    {"f(x for x in y)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {"f(a, *b, c, d=e, *f, **g, h=i)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', ctx=Load()), Starred(value=Name(id='f', ctx=Load()), ctx=Load())], keywords=[keyword(arg='d', value=Name(id='e', ctx=Load())), keyword(value=Name(id='g', ctx=Load())), keyword(arg='h', value=Name(id='i', ctx=Load()))]))], type_ignores=[])"},
    {"f(*a, b=1, *c)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[keyword(arg='b', value=Constant(value=1))]))], type_ignores=[])"},
    {"f()",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"},
    {"f(a,)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"f(a)(b)(c)",
     "Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"[x for x in y if a if b for z in w]",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='w', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"[x async for x in y]",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])"},
    {"{x: y for x, y in z}",
     "Module(body=[Expr(value=DictComp(key=Name(id='x', ctx=Load()), value=Name(id='y', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"{x for x in y}",
     "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"(x for x in y)",
     "Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"f((x for x in y), 1)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]), Constant(value=1)], keywords=[]))], type_ignores=[])"},
    {"[*a, *b]",
     "Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"{**d, 'k': 1}",
     "Module(body=[Expr(value=Dict(keys=[None, Constant(value='k')], values=[Name(id='d', ctx=Load()), Constant(value=1)]))], type_ignores=[])"},
    {"{1, 2, *a}",
     "Module(body=[Expr(value=Set(elts=[Constant(value=1), Constant(value=2), Starred(value=Name(id='a', ctx=Load()), ctx=Load())]))], type_ignores=[])"},
    {"{}",
     "Module(body=[Expr(value=Dict(keys=[], values=[]))], type_ignores=[])"},
    {"()",
     "Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"},
    {"(1,)",
     "Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"},
    {"(1)",
     "Module(body=[Expr(value=Constant(value=1))], type_ignores=[])"},
    {"[]",
     "Module(body=[Expr(value=List(elts=[], ctx=Load()))], type_ignores=[])"},
    {"[1, 2, 3,]",
     "Module(body=[Expr(value=List(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[])"},
    {"{'a': 1, 'b': 2,}",
     "Module(body=[Expr(value=Dict(keys=[Constant(value='a'), Constant(value='b')], values=[Constant(value=1), Constant(value=2)]))], type_ignores=[])"},
    {"x = ...",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])"},
    {"a[1:2, ::3]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[:]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"},
    {"a[::]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"},
    {"a[1:]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1)), ctx=Load()))], type_ignores=[])"},
    {"a[:2]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(upper=Constant(value=2)), ctx=Load()))], type_ignores=[])"},
    {"a[::2]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load()))], type_ignores=[])"},
    {"a[1:2:3]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], type_ignores=[])"},
    {"a[1,]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[()]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[*b]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[*b, 1:2]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Slice(lower=Constant(value=1), upper=Constant(value=2))], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[b, *c]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='b', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"a[x := 1]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])"},
    {"a[lambda: 1]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), ctx=Load()))], type_ignores=[])"},
    {"{k: lambda: 0}",
     "Module(body=[Expr(value=Dict(keys=[Name(id='k', ctx=Load())], values=[Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))]))], type_ignores=[])"},
    {"(x := 1)",
     "Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)))], type_ignores=[])"},
    {"if (n := len(a)) > 10: pass",
     "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"while chunk := f.read(): pass",
     "Module(body=[While(test=NamedExpr(target=Name(id='chunk', ctx=Store()), value=Call(func=Attribute(value=Name(id='f', ctx=Load()), attr='read', ctx=Load()), args=[], keywords=[])), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"[y := f(x), y**2]",
     "Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load()))], type_ignores=[])"},
    {"f(x := 1)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[])"},
    {"{x := 1}",
     "Module(body=[Expr(value=Set(elts=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))]))], type_ignores=[])"},
    {"lambda a, /, b=2, *c, d, e=5, **f: 0",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=5)], kwarg=arg(arg='f'), defaults=[Constant(value=2)]), body=Constant(value=0)))], type_ignores=[])"},
    {"lambda *, a: 0",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
    {"lambda: 0",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
    {"lambda *a, **k: 0",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
    {"lambda x=1: x",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"x = (yield)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"},
    {"x = True, False, None",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=True), Constant(value=False), Constant(value=None)], ctx=Load()))], type_ignores=[])"},
    {"print(a, b, sep='')",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[])"},
    {"x = a[b][c].d(e)(f)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Call(func=Attribute(value=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()), args=[Name(id='e', ctx=Load())], keywords=[]), args=[Name(id='f', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"(a, b)",
     "Module(body=[Expr(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"((a, b))",
     "Module(body=[Expr(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"[a, (b, c)]",
     "Module(body=[Expr(value=List(elts=[Name(id='a', ctx=Load()), Tuple(elts=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())], ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"x = (1 +\n  2)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {"foo(a,\n    b)",
     "Module(body=[Expr(value=Call(func=Name(id='foo', ctx=Load()), args=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"(*a, b)",
     "Module(body=[Expr(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"[*a]",
     "Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
};

const DumpCase kStrings[] = {
    {"'abc'",
     "Module(body=[Expr(value=Constant(value='abc'))], type_ignores=[])"},
    {"\"abc\"",
     "Module(body=[Expr(value=Constant(value='abc'))], type_ignores=[])"},
    {"'it\\'s'",
     "Module(body=[Expr(value=Constant(value=\"it's\"))], type_ignores=[])"},
    {"\"it's\"",
     "Module(body=[Expr(value=Constant(value=\"it's\"))], type_ignores=[])"},
    {"'say \"hi\"'",
     "Module(body=[Expr(value=Constant(value='say \"hi\"'))], type_ignores=[])"},
    {"'''multi\nline'''",
     "Module(body=[Expr(value=Constant(value='multi\\nline'))], type_ignores=[])"},
    {"\"\"\"doc\"\"\"",
     "Module(body=[Expr(value=Constant(value='doc'))], type_ignores=[])"},
    {"'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\777\\x41\\u1234\\U0001F600'",
     "Module(body=[Expr(value=Constant(value='\\n\\t\\\\\\'\"\\x07\\x08\\x0c\\x0b\\r\\x00ǿAሴ😀'))], type_ignores=[])"},
    {"r'\\n\\d'",
     "Module(body=[Expr(value=Constant(value='\\\\n\\\\d'))], type_ignores=[])"},
    {"'\\d'",
     "Module(body=[Expr(value=Constant(value='\\\\d'))], type_ignores=[])"},
    {"'\\{'",
     "Module(body=[Expr(value=Constant(value='\\\\{'))], type_ignores=[])"},
    {"b'abc' b'def'",
     "Module(body=[Expr(value=Constant(value=b'abcdef'))], type_ignores=[])"},
    {"b'\\x00\\xff'",
     "Module(body=[Expr(value=Constant(value=b'\\x00\\xff'))], type_ignores=[])"},
    {"rb'\\d' Br'\\n'",
     "Module(body=[Expr(value=Constant(value=b'\\\\d\\\\n'))], type_ignores=[])"},
    {"b'\\u1234'",
     "Module(body=[Expr(value=Constant(value=b'\\\\u1234'))], type_ignores=[])"},
    {"b'\\777'",
     "Module(body=[Expr(value=Constant(value=b'\\xff'))], type_ignores=[])"},
    {"'a' 'b'",
     "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])"},
    {"u'x'",
     "Module(body=[Expr(value=Constant(value='x', kind='u'))], type_ignores=[])"},
    {"u'a' 'b'",
     "Module(body=[Expr(value=Constant(value='ab', kind='u'))], type_ignores=[])"},
    {"'a' u'b'",
     "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])"},
    {"'\\N{DIGIT ONE}\\N{latin small letter a}\\N{EM DASH}'",
     "Module(body=[Expr(value=Constant(value='1a—'))], type_ignores=[])"},
    {"'é' '\\xe9'",
     "Module(body=[Expr(value=Constant(value='éé'))], type_ignores=[])"},
    {"'\\ud800'",
     "Module(body=[Expr(value=Constant(value='\\ud800'))], type_ignores=[])"},
    {"'line\\\ncontinued'",
     "Module(body=[Expr(value=Constant(value='linecontinued'))], type_ignores=[])"},
    {"'\\x7f\\x80\\xa0'",
     "Module(body=[Expr(value=Constant(value='\\x7f\\x80\\xa0'))], type_ignores=[])"},
    {"'\\u200b\\u2028'",
     "Module(body=[Expr(value=Constant(value='\\u200b\\u2028'))], type_ignores=[])"},
    {"'tab\there'",
     "Module(body=[Expr(value=Constant(value='tab\\there'))], type_ignores=[])"},
    {"f''",
     "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])"},
    {"'a' f''",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a')]))], type_ignores=[])"},
    {"f'{x}' ''",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = 'a' f'{b}' 'c'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c')]))], type_ignores=[])"},
    {"f'{x!r:>{w}.{p}f}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1), Constant(value='f')]))]))], type_ignores=[])"},
    {"f'{x=}'",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
    {"f'{x = !r:>10}'",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])"},
    {"f'{x=:>10}'",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])"},
    {"f'{x=!s}'",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])"},
    {"f'a{{b}}c{x}'",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a{b}c'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{x!r:^{w}}' 'tail' f'{y}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='tail'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'''{\nx\n}'''",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{a[\"k\"]}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{f\"{x}\"}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)]))], type_ignores=[])"},
    {"f'{x:}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"},
    {"f'{x!r:}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"},
    {"f'{x:{y}}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
    {"f'{x:a{{b}}c}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Set(elts=[Name(id='b', ctx=Load())]), conversion=-1), Constant(value='c')]))]))], type_ignores=[])"},
    {"u'a' f'{x}'",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'\\{x}'",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'\\N{DIGIT ONE}{x}'",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='1'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"rf'\\{x}'",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{x}' f'{y}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{x!r}' 'a' 'b' f'c{y}d'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='abc'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='d')]))], type_ignores=[])"},
    {"f'{a!=b}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotEq()], comparators=[Name(id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"},
    {"f'{a<=b}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[LtE()], comparators=[Name(id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"},
    {"f'{(lambda: 1)()}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), args=[], keywords=[]), conversion=-1)]))], type_ignores=[])"},
    {"f'{(a:=1)}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=NamedExpr(target=Name(id='a', ctx=Store()), value=Constant(value=1)), conversion=-1)]))], type_ignores=[])"},
    {"f'{*a,}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{yield}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Yield(), conversion=-1)]))], type_ignores=[])"},
    {"f'{x,y}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{3!r}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3), conversion=114)]))], type_ignores=[])"},
    {"f'{ x }'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"f'{x\t}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"F'{x}'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"fR'{x}\\n'",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\\\n')]))], type_ignores=[])"},
    {"f'\\t{x}\\n'",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\t'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\n')]))], type_ignores=[])"},
};

const DumpCase kNumbers[] = {
    {"x = 0x1F + 0o17 + 0b101 + 1_000_000 + 0 + 00 + 0_0",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=31), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=1000000)), op=Add(), right=Constant(value=0)), op=Add(), right=Constant(value=0)), op=Add(), right=Constant(value=0)))], type_ignores=[])"},
    {"x = 1.5 + 1e10 + 1.5e-10 + .5 + 5. + 1_000.5",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1.5), op=Add(), right=Constant(value=10000000000.0)), op=Add(), right=Constant(value=1.5e-10)), op=Add(), right=Constant(value=0.5)), op=Add(), right=Constant(value=5.0)), op=Add(), right=Constant(value=1000.5)))], type_ignores=[])"},
    {"x = 1e16 + 1e15 + 0.0001 + 0.00001 + 1e-5 + 123456789.123456789 + 0.1 + 1e22 + 1e23",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1e+16), op=Add(), right=Constant(value=1000000000000000.0)), op=Add(), right=Constant(value=0.0001)), op=Add(), right=Constant(value=1e-05)), op=Add(), right=Constant(value=1e-05)), op=Add(), right=Constant(value=123456789.12345679)), op=Add(), right=Constant(value=0.1)), op=Add(), right=Constant(value=1e+22)), op=Add(), right=Constant(value=1e+23)))], type_ignores=[])"},
    {"x = 1j + 1.5j + 1e3j + 0j + 1e16j + 00j + 01.5j",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1j), op=Add(), right=Constant(value=1.5j)), op=Add(), right=Constant(value=1000j)), op=Add(), right=Constant(value=0j)), op=Add(), right=Constant(value=1e+16j)), op=Add(), right=Constant(value=0j)), op=Add(), right=Constant(value=1.5j)))], type_ignores=[])"},
    {"x = 123456789012345678901234567890",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123456789012345678901234567890))], type_ignores=[])"},
    {"x = 1e999",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=inf))], type_ignores=[])"},
    {"x = 0xFFFFFFFFFFFFFFFFFFFFFFFF",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=79228162514264337593543950335))], type_ignores=[])"},
    {"x = 0b1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1267650600228229401496703205375))], type_ignores=[])"},
    {"x = 1if x else 2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='x', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"},
    {"x = 0x1for x in y",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Constant(value=31), Compare(left=Name(id='x', ctx=Load()), ops=[In()], comparators=[Name(id='y', ctx=Load())])]))], type_ignores=[])"},
    {"x = 09.5",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=9.5))], type_ignores=[])"},
    {"x = 0777e1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=7770.0))], type_ignores=[])"},
    {"x = 1.e5",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=100000.0))], type_ignores=[])"},
    {"x = 1E5",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=100000.0))], type_ignores=[])"},
    {"x = 0XAB + 0O7 + 0B1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=171), op=Add(), right=Constant(value=7)), op=Add(), right=Constant(value=1)))], type_ignores=[])"},
    {"x = 1_2.3_4e5_6",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.234e+57))], type_ignores=[])"},
    {"x = 5e-324",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=5e-324))], type_ignores=[])"},
    {"x = 2.5e-308",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=2.5e-308))], type_ignores=[])"},
};

const DumpCase kUnicode[] = {
    {"café = 1",
     "Module(body=[Assign(targets=[Name(id='café', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"x = 'ünïcødé'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ünïcødé'))], type_ignores=[])"},
    {"λ = lambda: 0",
     "Module(body=[Assign(targets=[Name(id='λ', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
    {"x = '日本語'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='日本語'))], type_ignores=[])"},
    {"x = '\\u00e9'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='é'))], type_ignores=[])"},
};

const ErrorCase kErrors[] = {
    {"x = (", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 1, -1},
    {"if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 1, -1},
    {"x = ", "SyntaxError", "invalid syntax", 1, 5, 1, 5},
    {"x = \\", "SyntaxError", "unexpected EOF while parsing", 1, 6, 1, -1},
    {"x = 1 +", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"def f():\n", "IndentationError", "expected an indented block after function definition on line 1", 1, 9, 1, -1},
    {"if x\n  pass", "SyntaxError", "expected ':'", 1, 5, 1, 5},
    {"print(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 10},
    {"f(a, b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
    {"x = [1, 2", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"x = )", "SyntaxError", "unmatched ')'", 1, 5, 1, 5},
    {"x = (]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 1, 6},
    {"0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2},
    {"1_", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"1__0", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"0x", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2},
    {"0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 1, 3},
    {"'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1},
    {"'''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1},
    {"x = 1\n  y = 2", "IndentationError", "unexpected indent", 2, 2, 2, -1},
    {"if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1},
    {"x = €", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5, 1, 5},
    {"x = \302\240", "SyntaxError", "invalid non-printable character U+00A0", 1, 5, 1, 5},
    {"a = 1 \\ b", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0},
    {"class A:\n", "IndentationError", "expected an indented block after class definition on line 1", 1, 9, 1, -1},
    {"for x in y:\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 1, 12, 1, -1},
    {"async def f():\n", "IndentationError", "expected an indented block after function definition on line 1", 1, 15, 1, -1},
    {"try:\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 1, 5, 1, -1},
    {"try:\n  pass\nexcept E as e:\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 3, 15, 3, -1},
    {"try:\n  pass\nfinally:\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 3, 9, 3, -1},
    {"while x:\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 1, 9, 1, -1},
    {"with a as b:\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 1, 13, 1, -1},
    {"if x:\n  pass\nelif y:\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 3, 8, 3, -1},
    {"if x:\n  pass\nelse:\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 3, 6, 3, -1},
    {"async def f():\n  async for x in y:\n", "IndentationError", "expected an indented block after 'for' statement on line 2", 2, 20, 2, -1},
    {"async def f():\n  async with x:\n", "IndentationError", "expected an indented block after 'with' statement on line 2", 2, 16, 2, -1},
    {"lambda x:", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
    {"@d\n", "SyntaxError", "invalid syntax", 1, 0, 1, 0},
    {"@d\ndef f(): pass\n@e\n", "SyntaxError", "invalid syntax", 3, 0, 3, 0},
    {"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {"x = = 1\n\"abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 1, 2, 1},
    {"x = = 1\n\"\"\"abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 2, 1, 2, 1},
    {"@d", "SyntaxError", "invalid syntax", 1, 0, 1, 0},
    {"@d\n\n\n", "SyntaxError", "invalid syntax", 3, 0, 3, 0},
    {"x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"x = 1 +\ny = 2", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"if x:\n    pass\n  else:\n    pass", "IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, -1},
    {"for x in y:\n  pass\nelse", "SyntaxError", "expected ':'", 3, 5, 3, 5},
    {"class", "SyntaxError", "invalid syntax", 1, 6, 1, 6},
    {"x = ;", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"(", "SyntaxError", "'(' was never closed", 1, 1, 1, 0},
    {"(\n", "SyntaxError", "'(' was never closed", 1, 1, 1, 0},
    {"f(", "SyntaxError", "'(' was never closed", 1, 2, 1, 0},
    {"x = (1,\n2", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"foo(\n  a,\n  b", "SyntaxError", "'(' was never closed", 1, 4, 1, 0},
    {"x=1\n\tif y:\n        pass", "IndentationError", "unexpected indent", 2, 1, 2, -1},
    {"if x:\n\tif y:\n        pass", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"  x = 1", "IndentationError", "unexpected indent", 1, 2, 1, -1},
    {"#c\n  x", "IndentationError", "unexpected indent", 2, 2, 2, -1},
    {"x = 1\n\\", "SyntaxError", "unexpected EOF while parsing", 2, 2, 2, -1},
    {"x = \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 6, 1, -1},
    {"x = \\\n\n", "SyntaxError", "invalid syntax", 2, 1, 2, 1},
    {"\\", "SyntaxError", "unexpected EOF while parsing", 1, 2, 1, -1},
    {"if x y:\n pass", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
    {"if x = 1:\n pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
    {"try x:\n pass", "SyntaxError", "expected ':'", 1, 5, 1, 6},
    {"try\n pass", "SyntaxError", "expected ':'", 1, 4, 1, 4},
    {"def f:\n pass", "SyntaxError", "expected '('", 1, 6, 1, 7},
    {"def f()\n pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"def f() x:\n pass", "SyntaxError", "expected ':'", 1, 9, 1, 10},
    {"class A\n pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"class A x:\n pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
    {"class A(B)\n pass", "SyntaxError", "expected ':'", 1, 11, 1, 11},
    {"while x\n pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"for x in y\n pass", "SyntaxError", "expected ':'", 1, 11, 1, 11},
    {"for x in y z:\n pass", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
    {"for x y:\n pass", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"for x\n pass", "SyntaxError", "invalid syntax", 1, 6, 1, 6},
    {"with a\n pass", "SyntaxError", "expected ':'", 1, 7, 1, 7},
    {"with a as b\n pass", "SyntaxError", "expected ':'", 1, 12, 1, 12},
    {"try:\n pass\nexcept\n pass", "SyntaxError", "expected ':'", 3, 7, 3, 7},
    {"try:\n pass\nexcept E\n pass", "SyntaxError", "expected ':'", 3, 9, 3, 9},
    {"try:\n pass\nfinally\n pass", "SyntaxError", "expected ':'", 3, 8, 3, 8},
    {"try:\n pass\nexcept E as e\n pass", "SyntaxError", "expected ':'", 3, 14, 3, 14},
    {"if x:\n pass\nelif y\n pass", "SyntaxError", "expected ':'", 3, 7, 3, 7},
    {"if x:\n pass\nelse x:\n pass", "SyntaxError", "expected ':'", 3, 6, 3, 7},
    {"lambda x y: 1", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
    {"x = lambda x\n", "SyntaxError", "invalid syntax", 1, 13, 1, 13},
    {"from x import", "SyntaxError", "invalid syntax", 1, 14, 1, 14},
    {"from x import (a, b", "SyntaxError", "'(' was never closed", 1, 15, 1, 0},
    {"import", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
    {"x = 1 2", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"x = a b", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"x = (a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
    {"x = [a b]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
    {"x = {a b}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
    {"f(a=1 b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8},
    {"x = a if b", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"x = a if b else", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
    {"x[1 2]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6},
    {"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9},
    {"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
    {"f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10},
    {"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"f(a+1=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
    {"f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
    {"f(True=1)", "SyntaxError", "cannot assign to True", 1, 3, 1, 8},
    {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {"f() = x", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"a + b = x", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {"(a, 1) = x", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"[a, f()] = x", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"x = 1 = y", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"None = 1", "SyntaxError", "cannot assign to None", 1, 1, 1, 5},
    {"True = 1", "SyntaxError", "cannot assign to True", 1, 1, 1, 5},
    {"... = 1", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"'s' = 1", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"f'{a}' = 1", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7},
    {"a if b else c = 1", "SyntaxError", "cannot assign to conditional expression", 1, 1, 1, 14},
    {"a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 1, 1, 6},
    {"lambda: 1 = 1", "SyntaxError", "cannot assign to lambda", 1, 1, 1, 10},
    {"-a = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 3},
    {"not a = 1", "SyntaxError", "cannot assign to expression", 1, 1, 1, 6},
    {"a and b = 1", "SyntaxError", "cannot assign to expression", 1, 1, 1, 8},
    {"(yield) = 1", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7},
    {"[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 1, 15},
    {"{a: b} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7},
    {"{a} = 1", "SyntaxError", "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"(x := 1) = 2", "SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 8},
    {"del 1", "SyntaxError", "cannot delete literal", 1, 5, 1, 6},
    {"del f()", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
    {"del (a, 1)", "SyntaxError", "cannot delete literal", 1, 9, 1, 10},
    {"del a + b", "SyntaxError", "cannot delete expression", 1, 5, 1, 10},
    {"del *a", "SyntaxError", "cannot delete starred", 1, 5, 1, 7},
    {"del (*a,)", "SyntaxError", "cannot delete starred", 1, 6, 1, 8},
    {"del [a, *b]", "SyntaxError", "cannot delete starred", 1, 9, 1, 11},
    {"for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"for a, 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 8, 1, 9},
    {"with a as 1: pass", "SyntaxError", "cannot assign to literal", 1, 11, 1, 12},
    {"with a as f(): pass", "SyntaxError", "cannot assign to function call", 1, 11, 1, 14},
    {"with a as (b, 1): pass", "SyntaxError", "cannot assign to literal", 1, 15, 1, 16},
    {"[x for 1 in y]", "SyntaxError", "cannot assign to literal", 1, 8, 1, 9},
    {"[x for f() in y]", "SyntaxError", "cannot assign to function call", 1, 8, 1, 11},
    {"(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7},
    {"[a] += 1", "SyntaxError", "'list' is an illegal expression for augmented assignment", 1, 1, 1, 4},
    {"1 += 1", "SyntaxError", "'literal' is an illegal expression for augmented assignment", 1, 1, 1, 2},
    {"f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4},
    {"*a += 1", "SyntaxError", "'starred' is an illegal expression for augmented assignment", 1, 1, 1, 3},
    {"a + 1 += 1", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6},
    {"a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2},
    {"1: int", "SyntaxError", "illegal target for annotation", 1, 1, 1, 2},
    {"f(): int", "SyntaxError", "illegal target for annotation", 1, 1, 1, 4},
    {"[a]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4},
    {"*a: int", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
    {"*a, *b = 1", "SyntaxError", "multiple starred expressions in assignment", 1, 1, 1, 7},
    {"a, *b, *c = 1", "SyntaxError", "multiple starred expressions in assignment", 1, 1, 1, 10},
    {"[*a, *b] = 1", "SyntaxError", "multiple starred expressions in assignment", 1, 1, 1, 9},
    {"x = *a", "SyntaxError", "can't use starred expression here", 1, 5, 1, 7},
    {"*a", "SyntaxError", "can't use starred expression here", 1, 1, 1, 3},
    {"(*a)", "SyntaxError", "cannot use starred expression here", 1, 2, 1, 4},
    {"(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {"(a[0] := 1)", "SyntaxError", "cannot use assignment expressions with subscript", 1, 2, 1, 6},
    {"(1 := 1)", "SyntaxError", "cannot use assignment expressions with literal", 1, 2, 1, 3},
    {"((a, b) := 1)", "SyntaxError", "cannot use assignment expressions with tuple", 1, 2, 1, 8},
    {"x := 1", "SyntaxError", "invalid syntax", 1, 3, 1, 5},
    {"{x := 1: 2}", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"print 'x'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10},
    {"print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8},
    {"exec 'x'", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 9},
    {"x = 5 if", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
    {"1 = x = y", "SyntaxError", "cannot assign to literal", 1, 1, 1, 2},
    {"x = f() = 1", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"(a, f()) = 1", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"f() = yield", "SyntaxError", "cannot assign to function call", 1, 1, 1, 4},
    {"f() = *a, b", "SyntaxError", "cannot assign to function call", 1, 1, 1, 4},
    {"f() = not x", "SyntaxError", "cannot assign to function call", 1, 1, 1, 4},
    {"a.b = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 7, 1, 8},
    {"None += 1", "SyntaxError", "'None' is an illegal expression for augmented assignment", 1, 1, 1, 5},
    {"f(x for x in y,)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"f(1, x for x in y)", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18},
    {"f(**a, b=1, *c)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 13, 1, 14},
    {"f(1=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 5},
    {"f(None=2)", "SyntaxError", "cannot assign to None", 1, 3, 1, 8},
    {"f((a)=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 4, 1, 7},
    {"class A(x for x in y): pass", "SyntaxError", "invalid syntax", 1, 11, 1, 14},
    {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13},
    {"def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
    {"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
    {"def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {"def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11, 1, 12},
    {"def f(/): pass", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16, 1, 17},
    {"def f(*a, /): pass", "SyntaxError", "/ must be ahead of *", 1, 11, 1, 12},
    {"def f(*a=1): pass", "SyntaxError", "var-positional argument cannot have default value", 1, 9, 1, 10},
    {"def f(**k=1): pass", "SyntaxError", "var-keyword argument cannot have default value", 1, 10, 1, 11},
    {"def f(a=1, /, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 15, 1, 16},
    {"lambda *: 0", "SyntaxError", "named arguments must follow bare *", 1, 9, 1, 10},
    {"lambda x=1, y: 0", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14},
    {"def f(None): pass", "SyntaxError", "invalid syntax", 1, 7, 1, 11},
    {"def f(a, b, *): pass", "SyntaxError", "named arguments must follow bare *", 1, 13, 1, 14},
    {"def f(*,): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
    {"def f(a,,b): pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
    {"try:\n  pass\nx = 1", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2},
    {"try:\n  pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 7, 2, -1},
    {"try:\n  pass", "SyntaxError", "expected 'except' or 'finally' block", 2, 7, 2, -1},
    {"else: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
    {"elif x: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
    {"except: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 7},
    {"def f():\n  if x:\ny", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 0, 3, -1},
    {"def f():\n  if x:\n  y", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 3, 3, 4},
    {"if x:\n  pass\n  else: pass", "SyntaxError", "invalid syntax", 3, 3, 3, 7},
    {"x = 1\nelse", "SyntaxError", "invalid syntax", 2, 1, 2, 5},
    {"async x", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"@\ndef f(): pass", "SyntaxError", "invalid syntax", 1, 2, 1, 2},
    {"@f\nx = 1", "SyntaxError", "invalid syntax", 2, 1, 2, 2},
    {"x = 1;;", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {";", "SyntaxError", "invalid syntax", 1, 1, 1, 2},
    {"from a import x,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
    {"from a import (*)", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
    {"import .a", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"raise from Y", "SyntaxError", "invalid syntax", 1, 7, 1, 11},
    {"x = $", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"x = ?", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"x = !", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"x = a!b", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
    {"x = b'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = rb'''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5},
    {"b'é'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 1, 5},
    {"x = '\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10},
    {"x = 'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {"x = f'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 14, 1, 14},
    {"f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6},
    {"f'{a)}'", "SyntaxError", "f-string: unmatched ')'", 1, 8, 1, 8},
    {"f'{a!x}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
    {"f'{a!}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8},
    {"f'{'", "SyntaxError", "f-string: expecting '}'", 1, 5, 1, 5},
    {"f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5},
    {"f'{a:{b:{c}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, 15, 1, 15},
    {"f'{\\n}'", "SyntaxError", "f-string expression part cannot include a backslash", 1, 8, 1, 8},
    {"f'{#}'", "SyntaxError", "f-string expression part cannot include '#'", 1, 7, 1, 7},
    {"f'{a!r=}'", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10},
    {"f'{ }'", "SyntaxError", "f-string: empty expression not allowed", 1, 7, 1, 7},
    {"f'{a}}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 8, 1, 8},
    {"f'{a!r b}'", "SyntaxError", "f-string: expecting '}'", 1, 11, 1, 11},
    {"f'{a!rr}'", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10},
    {"f'{!r}'", "SyntaxError", "f-string: expression required before '!'", 1, 8, 1, 8},
    {"f'{:x}'", "SyntaxError", "f-string: expression required before ':'", 1, 8, 1, 8},
    {"f'{=}'", "SyntaxError", "f-string: expression required before '='", 1, 7, 1, 7},
    {"f'{a[}'", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '['", 1, 8, 1, 8},
    {"f'{a(]}'", "SyntaxError", "f-string: closing parenthesis ']' does not match opening parenthesis '('", 1, 9, 1, 9},
    {"f'{\"a}'", "SyntaxError", "f-string: unterminated string", 1, 8, 1, 8},
    {"'\\x'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 5, 1, 5},
    {"'\\xg1'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 7, 1, 7},
    {"'\\u12'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 7, 1, 7},
    {"'\\U00110000'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 13, 1, 13},
    {"'\\N'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 5, 1, 5},
    {"'\\Nabc'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 8, 1, 8},
    {"'\\N{abc'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N character escape", 1, 9, 1, 9},
    {"b'\\x4'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 7, 1, 7},
    {"x = 'é\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", 1, 11, 1, 11},
    {"x = 1\ny = 'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 2, 13, 2, 13},
    {"'''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1},
    {"'''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 1, 1, 1},
    {"x = 'abc\\\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"def f():\n  if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 2, 8, 2, -1},
    {"def f(x y): pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
    {"def f() -> int x: pass", "SyntaxError", "expected ':'", 1, 16, 1, 17},
    {"[x = 1]", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, 1, 7},
    {"f(x for x in y = 1)", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
    {"if x.y = 1: pass", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
    {"if (a, b) = 1: pass", "SyntaxError", "invalid syntax", 1, 11, 1, 12},
    {"if 1 = x: pass", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 4, 1, 5},
    {"x = a if b c", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"while x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12},
    {"x = \001", "SyntaxError", "invalid non-printable character U+0001", 1, 5, 1, 5},
    {"x = \177", "SyntaxError", "invalid non-printable character U+007F", 1, 5, 1, 5},
    {"x = (\n]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1},
    {"x = (\n  1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 4, 2, 4},
    {"x = ([)]", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 7, 1, 7},
    {"f(a, a=1, a=2)", "SyntaxError", "keyword argument repeated: a", 1, 11, 1, 14},
    {"def f(a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10, 1, 11},
    {"lambda a, a: 1", "SyntaxError", "duplicate argument 'a' in function definition", 1, 11, 1, 12},
    {"def f(a, *, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
    {"def f(a, **a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 12, 1, 13},
    {"[*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {"{**a for a in b}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 2, 1, 4},
    {"x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10},
    {"for x in *a: pass", "SyntaxError", "can't use starred expression here", 1, 10, 1, 12},
    {"x: int = *a", "SyntaxError", "can't use starred expression here", 1, 10, 1, 12},
    {"x += *a", "SyntaxError", "can't use starred expression here", 1, 6, 1, 8},
    {"a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5},
    {"x = [1, 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
    {"f(a b.c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 8},
    {"f(a b(c))", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 9},
    {"f(x 'a')", "SyntaxError", "invalid syntax", 1, 5, 1, 8},
    {"f(x.y 'a')", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 10},
    {"f(a, lambda: x y)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 14, 1, 17},
    {"x = {1: 2 3: 4}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
    {"def f():\n    x = 1\n   y = 2", "IndentationError", "unindent does not match any outer indentation level", 3, 9, 3, -1},
    {"(\nf(a b)\n'abc", "SyntaxError", "unterminated string literal (detected at line 3)", 3, 1, 3, 1},
    {"(\nf(a b)\n", "SyntaxError", "'(' was never closed", 1, 1, 1, 0},
    {"f(a b)\n'abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 1, 2, 1},
    {"x = = 1\nif x:\n    a\n  b", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"*a = 1\nx = = 2", "SyntaxError", "invalid syntax", 2, 5, 2, 6},
    {"def f(a, a): pass\nx = = 1", "SyntaxError", "invalid syntax", 2, 5, 2, 6},
    {"f(a b\n", "SyntaxError", "'(' was never closed", 1, 2, 1, 0},
    {"if x:\n  f(a b)\n y", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 2, 5, 2, 8},
    {"def f(*a, **k, c): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 16, 1, 17},
    {"x = 1 if 2 else", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
    {"f(x=1, y)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
    {"class A(x=1, y): pass", "SyntaxError", "positional argument follows keyword argument", 1, 15, 1, 16},
    {"x = (1, 2", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"a[1:2", "SyntaxError", "'[' was never closed", 1, 2, 1, 0},
    {"{1: 2", "SyntaxError", "'{' was never closed", 1, 1, 1, 0},
    {"x = [1,\n2,\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"'''\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 1, 1, 1},
    {"x = '''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5},
    {"def f(x):\n  return (x,\n", "SyntaxError", "'(' was never closed", 2, 10, 2, 0},
    {"\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 2, 1, -1},
    {"async = 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"await = 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"class = 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"def def(): pass", "SyntaxError", "invalid syntax", 1, 5, 1, 8},
    {"x.1", "SyntaxError", "invalid syntax", 1, 2, 1, 4},
    {"x = 1 2 3", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"x = (1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
    {"import a.", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
    {"from . import", "SyntaxError", "invalid syntax", 1, 14, 1, 14},
    {"from .a import b c", "SyntaxError", "invalid syntax", 1, 18, 1, 19},
    {"with a as b c: pass", "SyntaxError", "invalid syntax", 1, 13, 1, 14},
    {"lambda: yield", "SyntaxError", "invalid syntax", 1, 9, 1, 14},
    {"for x in range(3) print(x)", "SyntaxError", "invalid syntax", 1, 19, 1, 24},
    {"if x == 1 print(x)", "SyntaxError", "invalid syntax", 1, 11, 1, 16},
    {"while True print(x)", "SyntaxError", "invalid syntax", 1, 12, 1, 17},
    {"def f(x) -> : pass", "SyntaxError", "expected ':'", 1, 10, 1, 12},
    {"x = [i for i in]", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
    {"x = {**}", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"f(**)", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"f(*)", "SyntaxError", "invalid syntax", 1, 4, 1, 5},
    {"del", "SyntaxError", "invalid syntax", 1, 4, 1, 4},
    {"global", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
    {"import *", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"assert", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
    {"x = not", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"x = a if", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
    {"print(f'{x!}')", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14, 1, 15},
    {"x = 0b", "SyntaxError", "invalid binary literal", 1, 6, 1, 6},
    {"x = 1__000", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 1e+", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7},
    {"x = 0o9", "SyntaxError", "invalid digit '9' in octal literal", 1, 7, 1, 7},
    {"x = 1.2.3", "SyntaxError", "invalid syntax", 1, 8, 1, 10},
    {"é = 1 €", "SyntaxError", "invalid character '€' (U+20AC)", 1, 7, 1, 7},
    {"x_₁ = 1", "SyntaxError", "invalid character '₁' (U+2081)", 1, 3, 1, 3},
    {"x = '\\N{NOT A REAL NAME}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-18: unknown Unicode character name", 1, 26, 1, 26},
    {"b'ü'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 1, 5},
    {"x = b'a' 'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {"x = f'{'", "SyntaxError", "f-string: expecting '}'", 1, 9, 1, 9},
    {"'a' b'b' f'c'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 14, 1, 14},
    {"def f(a, b=1, c): pass", "SyntaxError", "non-default argument follows default argument", 1, 15, 1, 16},
    {"f(a for a in b, c for c in d)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"x = {a: b for a, b in c, d}", "SyntaxError", "invalid syntax", 1, 24, 1, 25},
    {"[x for x in 1, 2]", "SyntaxError", "invalid syntax", 1, 14, 1, 15},
    {"x = *a, *b = c", "SyntaxError", "multiple starred expressions in assignment", 1, 5, 1, 11},
    {"a, b += c", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5},
    {"(a, b): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7},
    {"x = [a for a in b] = 1", "SyntaxError", "cannot assign to list comprehension", 1, 5, 1, 19},
    {"del f(), a", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
    {"del (a + b)", "SyntaxError", "cannot delete expression", 1, 6, 1, 11},
    {"for x in y: pass\nelse x: pass", "SyntaxError", "expected ':'", 2, 6, 2, 7},
    {"x = 1\n\tif y:\n\t\tpass", "IndentationError", "unexpected indent", 2, 1, 2, -1},
    {"if True:\n        x = 1\n\ty = 2", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
};

const MessageCase kErrorMessages[] = {
    {"f'{*a}'", "SyntaxError", "f-string: cannot use starred expression here"},
};
// clang-format on

std::string dump(std::string_view source, Mode mode = Mode::File) {
  Arena arena;
  ParseResult r = coil::parse::parse(arena, source, mode);
  if (!r.ok) return "error: " + r.error.type + ": " + r.error.message;
  return coil::ast::dump(r.module);
}

ParseResult parse_src(Arena& arena, std::string_view source, Mode mode = Mode::File) {
  return coil::parse::parse(arena, source, mode);
}

template <size_t N>
void expect_dumps(const DumpCase (&cases)[N]) {
  for (const DumpCase& c : cases) {
    SCOPED_TRACE(c.source);
    EXPECT_EQ(dump(c.source), c.expected);
  }
}

TEST(ParserDump, Statements) { expect_dumps(kStatements); }
TEST(ParserDump, CompoundStatements) { expect_dumps(kCompound); }
TEST(ParserDump, Precedence) { expect_dumps(kPrecedence); }
TEST(ParserDump, Expressions) { expect_dumps(kExpressions); }
TEST(ParserDump, Strings) { expect_dumps(kStrings); }
TEST(ParserDump, Numbers) { expect_dumps(kNumbers); }
TEST(ParserDump, Unicode) { expect_dumps(kUnicode); }

TEST(ParserErrors, MatchCPython) {
  for (const ErrorCase& c : kErrors) {
    SCOPED_TRACE(c.source);
    Arena arena;
    ParseResult r = parse_src(arena, c.source);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.error.type, c.type);
    EXPECT_EQ(r.error.message, c.message);
    EXPECT_EQ(r.error.line, c.line);
    EXPECT_EQ(r.error.col, c.col);
    EXPECT_EQ(r.error.end_line, c.end_line);
    EXPECT_EQ(r.error.end_col, c.end_col);
  }
}

TEST(ParserErrors, MessagesMatchCPython) {
  for (const MessageCase& c : kErrorMessages) {
    SCOPED_TRACE(c.source);
    Arena arena;
    ParseResult r = parse_src(arena, c.source);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.error.type, c.type);
    EXPECT_EQ(r.error.message, c.message);
  }
}

TEST(ParserErrors, SourceLine) {
  Arena arena;
  ParseResult r = parse_src(arena, "x = 1\nif x\n  pass\n");
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.error.message, "expected ':'");
  EXPECT_EQ(r.error.line, 2);
  EXPECT_EQ(r.error.source_line, "if x");
}

TEST(ParserErrors, ColumnsCountCharacters) {
  Arena arena;
  ParseResult r = parse_src(arena, "x = 'é' $");
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.error.message, "invalid syntax");
  EXPECT_EQ(r.error.col, 9);  // the "$" is the 9th character but the 10th byte
}

// Errors CPython's compiler reports only once the whole input has parsed:
// a later syntax error wins over them.
TEST(ParserErrors, CompilerStageErrorsComeLast) {
  EXPECT_EQ(dump("*a = 1\nx = = 2"), "error: SyntaxError: invalid syntax");
  EXPECT_EQ(dump("*a = 1\nx = 2"), "error: SyntaxError: starred assignment target must be in a list or tuple");
  EXPECT_EQ(dump("f(a=1, a=2)\ndef g(b, b): pass"),
            "error: SyntaxError: duplicate argument 'b' in function definition");
}

TEST(ParserErrors, Incomplete) {
  const char* incomplete[] = {
      "x = (",           "x = [1,\n2,\n",  "if x:\n",  "if x:",       "def f():\n",
      "class A:\n  def f(self):\n",        "for x in y:\n  if x:\n", "'''abc",
      "x = \"\"\"\nabc\n", "x = \\",        "x = 1 + \\\n", "x = 'abc\\\n", "try:\n  pass\n",
      "@d\n",            "f(a,\n",
  };
  for (const char* source : incomplete) {
    SCOPED_TRACE(source);
    Arena arena;
    ParseResult r = parse_src(arena, source, Mode::Interactive);
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.incomplete);
  }
  const char* complete_errors[] = {
      "x = 1 +\n", "x = )\n", "'abc\n", "if x\n", "if x:\npass\n", "x = $\n", "f(a b)\n", "  x\n",
  };
  for (const char* source : complete_errors) {
    SCOPED_TRACE(source);
    Arena arena;
    ParseResult r = parse_src(arena, source, Mode::Interactive);
    ASSERT_FALSE(r.ok);
    EXPECT_FALSE(r.error.incomplete);
  }
}

TEST(ParserModes, Eval) {
  EXPECT_EQ(dump("1 + 2", Mode::Eval),
            "Module(body=[Expr(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], "
            "type_ignores=[])");
  EXPECT_EQ(dump("  a, b\n\n", Mode::Eval),
            "Module(body=[Expr(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], "
            "ctx=Load()))], type_ignores=[])");
  EXPECT_EQ(dump("(x\n+ 1)", Mode::Eval),
            "Module(body=[Expr(value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1)))], "
            "type_ignores=[])");
  EXPECT_EQ(dump("x = 1", Mode::Eval), "error: SyntaxError: invalid syntax");
  EXPECT_EQ(dump("", Mode::Eval), "error: SyntaxError: invalid syntax");
  EXPECT_EQ(dump("*a", Mode::Eval), "error: SyntaxError: invalid syntax");
}

TEST(ParserModes, Interactive) {
  EXPECT_EQ(dump("x\n", Mode::Interactive), "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])");
  EXPECT_EQ(dump("if x:\n  y\n\n", Mode::Interactive),
            "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], "
            "orelse=[])], type_ignores=[])");
  EXPECT_EQ(dump("", Mode::Interactive), "Module(body=[], type_ignores=[])");
}

TEST(ParserModes, CarriageReturnsAndBom) {
  EXPECT_EQ(dump("if x:\r\n  y = 'a\\\r\nb'\r\n"), dump("if x:\n  y = 'a\\\nb'\n"));
  EXPECT_EQ(dump("x = 1\ry = 2"), dump("x = 1\ny = 2"));
  EXPECT_EQ(dump("\xEF\xBB\xBFx = 1"), dump("x = 1"));
}

// Node positions, as CPython's ast reports lineno/col_offset/end_lineno/
// end_col_offset (byte columns).
TEST(ParserSpans, MatchCPython) {
  using namespace coil::ast;
  auto span = [](const Span& s) {
    return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
           std::to_string(s.end_col);
  };
  Arena arena;
  ParseResult r = parse_src(arena,
                        "x = 1\n"
                        "if a:\n"
                        "    y = not (b)\n"
                        "else:\n"
                        "    f(c for c in d)\n"
                        "z = f\"{a + b}\" + 'é' + w\n");
  ASSERT_TRUE(r.ok);
  const List<Stmt*>& body = r.module->body;
  EXPECT_EQ(span(body[0]->span), "1:0-1:5");
  auto* if_stmt = as<If>(body[1]);
  EXPECT_EQ(span(if_stmt->span), "2:0-5:19");
  auto* assign = as<Assign>(if_stmt->body[0]);
  EXPECT_EQ(span(assign->value->span), "3:8-3:15");                         // `not (b)` spans the ")"
  EXPECT_EQ(span(as<UnaryOp>(assign->value)->operand->span), "3:13-3:14");  // `b` itself does not
  auto* call = as<Call>(as<ExprStmt>(if_stmt->orelse[0])->value);
  EXPECT_EQ(span(call->args[0]->span), "5:5-5:19");  // a lone generator spans the call's parentheses
  auto* sum = as<BinOp>(as<Assign>(body[2])->value);
  EXPECT_EQ(span(sum->span), "6:4-6:25");  // byte columns: "é" is two bytes
  auto* fstring = as<JoinedStr>(as<BinOp>(sum->left)->left);
  EXPECT_EQ(span(as<FormattedValue>(fstring->values[0])->value->span), "6:7-6:12");
}

TEST(ParserLimits, NestedBrackets) {
  std::string ok = "x = " + std::string(200, '(') + "1" + std::string(200, ')');
  EXPECT_EQ(dump(ok),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
  Arena arena;
  ParseResult r = parse_src(arena, "x = " + std::string(201, '[') + "1" + std::string(201, ']'));
  ASSERT_FALSE(r.ok);
  EXPECT_EQ(r.error.message, "too many nested parentheses");
  EXPECT_EQ(r.error.col, 205);
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Trees deeper than CPython accepts are refused with its RecursionError,
// and the parser's own fixed stack overflows into a clean error.
TEST(ParserLimits, DeepTrees) {
  EXPECT_EQ(dump("x = 1" + repeat(" + 1", 4000)),
            "error: RecursionError: maximum recursion depth exceeded during compilation");
  EXPECT_EQ(dump("x = a" + repeat(".a", 4000)),
            "error: RecursionError: maximum recursion depth exceeded during compilation");
  EXPECT_EQ(dump("x = " + repeat("-", 4000) + "1"),
            "error: RecursionError: maximum recursion depth exceeded during compilation");
  EXPECT_EQ(dump("x = " + repeat("not ", 20000) + "x"),
            "error: SyntaxError: Parser stack overflowed - Python source too complex to parse");
  Arena arena;
  EXPECT_TRUE(parse_src(arena, "x = 1" + repeat(" + 1", 1000)).ok);
}

TEST(ParserLimits, Indentation) {
  std::string ok, too_deep;
  for (int i = 0; i < 99; ++i) ok += std::string(i, ' ') + "if x:\n";
  ok += std::string(99, ' ') + "pass\n";
  Arena arena;
  EXPECT_TRUE(parse_src(arena, ok).ok);
  for (int i = 0; i < 101; ++i) too_deep += std::string(i, ' ') + "if x:\n";
  too_deep += std::string(101, ' ') + "pass\n";
  EXPECT_EQ(dump(too_deep), "error: IndentationError: too many levels of indentation");
}

// Random bytes and token soup: never a crash, hang or exception (run under
// ASan/UBSan with `make SANITIZE=address,undefined test`).
TEST(ParserRobustness, GarbageInput) {
  const char* pieces[] = {"(",  ")",     "[",   "]",      "{",   "}",   ":",    ",",     "=",  "+",
                          "*",  "**",    ".",   "if",     "else", "for", "in",   "lambda", "def", "class",
                          "yield", "await", "x", "1",     "'s'", "f'{x}'", "f'{", "\n",   "\n  ", "\t",
                          "\\\n", "#",   "\"",  "'",      "\\",  "\x01", "\xC3", "é",    "async", "0x"};
  unsigned seed = 12345;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return seed >> 8;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string source;
    int n = static_cast<int>(next() % 25);
    for (int i = 0; i < n; ++i) {
      if (round % 3 == 0) {
        source += static_cast<char>(next() % 256);
      } else {
        source += pieces[next() % (sizeof pieces / sizeof pieces[0])];
        source += ' ';
      }
    }
    Arena arena;
    ParseResult r = parse_src(arena, source, static_cast<Mode>(round % 3));
    if (r.ok) {
      EXPECT_FALSE(coil::ast::dump(r.module).empty());
    } else {
      EXPECT_FALSE(r.error.message.empty()) << source;
    }
  }
}

TEST(Arena, AllocatesAlignedAndCopies) {
  Arena arena;
  for (int i = 0; i < 100000; ++i) {
    size_t align = i % 2 ? 8 : 16;
    void* p = arena.allocate(static_cast<size_t>(i % 37 + 1), align);
    ASSERT_EQ(reinterpret_cast<uintptr_t>(p) % align, 0u);
  }
  EXPECT_NE(arena.allocate(1 << 20), nullptr);
  std::string_view copy = arena.copy("hello");
  EXPECT_EQ(copy, "hello");
  EXPECT_EQ(copy.data()[5], '\0');
}

}  // namespace
