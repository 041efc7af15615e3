# compile() of AST objects: parsed, transformed (NodeTransformer) and hand-made trees run;
# malformed trees raise CPython's TypeError/ValueError (missing fields, wrong node kinds,
# contexts, empty bodies, mismatched lists, positions, cycles).
import ast
src = "def f(x):\n    return x * 2\nprint(f(21))\n"
exec(compile(ast.parse(src), '<ast>', 'exec'))
print(eval(compile(ast.parse('1 + 2 * 3', mode='eval'), '<ast>', 'eval')))


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


tree = Double().visit(ast.parse("print(1 + 2, 'a', [x for x in range(3)])"))
exec(compile(tree, '<ast>', 'exec'))


class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'a':
            node.id = 'b'
        return node


b = 10
exec(compile(Rename().visit(ast.parse('print(a * 2)')), '<x>', 'exec'))
tree = ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('hand')], []))],
                  type_ignores=[])
exec(compile(ast.fix_missing_locations(tree), '<hand>', 'exec'))
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(e), '', 'eval')))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant((1, 'a', (2.5, None))))), '', 'eval')))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(1+2j))), '', 'eval')))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(-5))), '', 'eval')))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(10**30))), '', 'eval')))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(b'\x00b'))), '', 'eval')))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(...))), '', 'eval')))
src = '''
import math
def add(a, b=1, *c, d, **e):
    """doc"""
    return a + b + d
class C:
    def m(self):
        return [i for i in range(3) if i]
async def co():
    return 5
for i in range(2):
    print(add(i, d=1), C().m(), f"{i!r:>3}")
try:
    co().send(None)
except StopIteration as e:
    print('co', e.value)
match [1, 2]:
    case [1, *rest]:
        print('rest', rest)
with open(__file__ if False else '/dev/null') as fh:
    pass
x = lambda y: (z := y + 1)
print(x(1), add.__doc__, math.pi > 3)
'''


class Trace(ast.NodeTransformer):
    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        node.body.insert(0, ast.Expr(ast.Call(ast.Name('print', ast.Load()),
                                              [ast.Constant('enter ' + node.name)], [])))
        return node


tree = ast.fix_missing_locations(Trace().visit(ast.parse(src)))
exec(compile(tree, '<trace>', 'exec'), {})
exec(compile(ast.parse(src), '<plain>', 'exec'), {})
try:
    exec(compile(ast.parse('x = 1\n\ny = 1 / 0'), '<lines>', 'exec'))
except ZeroDivisionError as e:
    print('line', e.__traceback__.tb_next.tb_lineno)


def err(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


fix = ast.fix_missing_locations
err(lambda: compile(ast.Module(body=[ast.Pass()], type_ignores=[]), 'f', 'exec'))
err(lambda: compile(ast.Module(body=[]), 'f', 'exec'))
err(lambda: compile(ast.Expression(body=ast.Constant(1)), 'f', 'exec'))
err(lambda: compile(ast.Module(body=[], type_ignores=[]), 'f', 'eval'))
err(lambda: compile(ast.Module(body=ast.Pass(), type_ignores=[]), 'f', 'exec'))
err(lambda: compile(fix(ast.Module(body=[ast.Expr()], type_ignores=[])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module(body=[ast.Expr(value=None)], type_ignores=[])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module(body=[ast.Expr(ast.Pass())], type_ignores=[])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module(body=[None], type_ignores=[])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Assign([ast.Name('x', ast.Load())], ast.Constant(1))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Assign([ast.Call(ast.Name('x', ast.Load()), [], [])], ast.Constant(1))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Name(1, ast.Load()))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Constant([1]))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.If(ast.Constant(1), [], [])], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1)]))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Compare(ast.Constant(1), [ast.Lt()], []))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Dict([ast.Constant(1)], []))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Name('None', ast.Load()))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Load(), ast.Constant(2)))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Name('x'))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno='a'))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Return(ast.Constant(1))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Try([ast.Pass()], [], [], [])], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.ImportFrom('m', [ast.alias('x')], -1)], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Raise(None, ast.Constant(1))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Delete([])], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Global([])], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Global([1])], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.ListComp(ast.Constant(1), []))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, [ast.Constant(1)]), [ast.Pass()], [])], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [])], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.FunctionDef('f', None, [ast.Pass()], [])], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.NamedExpr(ast.Attribute(ast.Name('a', ast.Load()), 'b', ast.Store()), ast.Constant(1)))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.UnaryOp(ast.Add(), ast.Constant(1)))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Constant(1, lineno=1, col_offset=0))], [])), 'f', 'exec'))
err(lambda: compile(42, 'f', 'exec'))
err(lambda: compile(ast.AST(), 'f', 'exec'))
t = ast.parse('x')
print(compile(t, 'f', 'exec', ast.PyCF_ONLY_AST) is t)
loop = ast.fix_missing_locations(ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))], []))
loop.body[0].value.left = loop.body[0].value
err(lambda: compile(loop, 'f', 'exec'))
dup = ast.parse('def f(a, b): pass')
dup.body[0].args.args[1].arg = 'a'
try:
    compile(dup, 'f', 'exec')
except SyntaxError as e:
    print(repr(e), e.lineno, e.offset, e.text)
err(lambda: compile(ast.Module([], [1]), 'f', 'exec'))
print(type(compile(ast.Module([], [ast.TypeIgnore(1, 'x')]), 'f', 'exec')).__name__)
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno=2, end_lineno=1))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno=1, col_offset=5, end_col_offset=2))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno=1, col_offset=10**30))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.Constant(1, kind=5))], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Expr(ast.FormattedValue(ast.Name('x', ast.Load()), 7, None))], [])), 'f', 'exec'))
err(lambda: compile(ast.Interactive([fix(ast.Expr(ast.Constant(1), lineno=1, col_offset=0))]), 'f', 'single'))
err(lambda: compile(fix(ast.Module([ast.Match(ast.Name('x', ast.Load()), [ast.match_case(ast.MatchAs(ast.MatchStar(), None), None, [ast.Pass()])])], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Match(ast.Name('x', ast.Load()), [ast.match_case(ast.MatchSingleton(5), None, [ast.Pass()])])], [])), 'f', 'exec'))
err(lambda: compile(fix(ast.Module([ast.Match(ast.Name('x', ast.Load()), [ast.match_case(ast.MatchAs(), None, [ast.Pass()])])], [])), 'f', 'exec'))
err(lambda: compile(ast.Expression(None), 'f', 'eval'))
err(lambda: compile(ast.Expression(), 'f', 'eval'))
err(lambda: compile(ast.Interactive(None), 'f', 'single'))
err(lambda: compile(ast.Module(None, []), 'f', 'exec'))
for src in ['f(a=1, a=2)', 'class C(a=1, a=2): pass', 'def f(a, a): pass', 'lambda a, *a: 0']:
    try:
        compile(ast.parse(src), 'f', 'exec')
    except SyntaxError as e:
        print(e, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)

# expect: 42
# expect: 7
# expect: 6 a [0, 1, 2, 3, 4, 5]
# expect: 20
# expect: hand
# expect: 42
# expect: (1, 'a', (2.5, None))
# expect: (1+2j)
# expect: -5
# expect: 1000000000000000000000000000000
# expect: b'\x00b'
# expect: Ellipsis
# expect: enter add
# expect: enter m
# expect: 2 [1, 2]   0
# expect: enter add
# expect: enter m
# expect: 3 [1, 2]   1
# expect: co 5
# expect: rest [2]
# expect: 2 None True
# expect: 2 [1, 2]   0
# expect: 3 [1, 2]   1
# expect: co 5
# expect: rest [2]
# expect: 2 doc True
# expect: line 3
# expect: TypeError required field "lineno" missing from stmt
# expect: TypeError required field "type_ignores" missing from Module
# expect: TypeError expected Module node, got Expression
# expect: TypeError expected Expression node, got Module
# expect: TypeError Module field "body" must be a list, not a Pass
# expect: TypeError required field "value" missing from Expr
# expect: ValueError field 'value' is required for Expr
# expect: TypeError expected some sort of expr, but got <ast.Pass object
# expect: ValueError None disallowed in statement list
# expect: ValueError expression must have Store context but has Load instead
# expect: ValueError expression which can't be assigned to in Store context
# expect: TypeError AST identifier must be of type str
# expect: TypeError got an invalid type in Constant: list
# expect: ValueError empty body on If
# expect: ValueError BoolOp with less than 2 values
# expect: ValueError Compare with no comparators
# expect: ValueError Dict doesn't have the same number of keys as values
# expect: ValueError identifier field can't represent 'None' constant
# expect: TypeError expected some sort of operator, but got <ast.Load object
# expect: TypeError required field "ctx" missing from Name
# expect: ValueError invalid integer value: 'a'
# expect: SyntaxError 'return' outside function (f, line 1)
# expect: ValueError Try has neither except handlers nor finalbody
# expect: ValueError Negative ImportFrom level
# expect: ValueError Raise with cause but no exception
# expect: ValueError empty targets on Delete
# expect: ValueError empty names on Global
# expect: TypeError AST identifier must be of type str
# expect: ValueError comprehension with no generators
# expect: ValueError more positional defaults than args on arguments
# expect: ValueError empty body on FunctionDef
# expect: TypeError required field "posonlyargs" missing from arguments
# expect: TypeError NamedExpr target must be a Name
# expect: TypeError expected some sort of unaryop, but got <ast.Add object
# expect: no error
# expect: TypeError compile() arg 1 must be a string, bytes or AST object
# expect: TypeError expected Module node, got AST
# expect: True
# expect: RecursionError maximum recursion depth exceeded while traversing 'expr' node
# expect: SyntaxError("duplicate argument 'a' in function definition") 1 10 None
# expect: TypeError expected some sort of type_ignore, but got 1
# expect: code
# expect: ValueError AST node line range (2, 1) is not valid
# expect: ValueError line 1, column 5-2 is not a valid range
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError AST string must be of type str
# expect: SystemError Unrecognized conversion character 7
# expect: no error
# expect: ValueError MatchAs must specify a target name if a pattern is given
# expect: ValueError MatchSingleton can only contain True, False and None
# expect: no error
# expect: ValueError field 'body' is required for Expression
# expect: TypeError required field "body" missing from Expression
# expect: TypeError Interactive field "body" must be a list, not a NoneType
# expect: TypeError Module field "body" must be a list, not a NoneType
# expect: keyword argument repeated: a (f, line 1) 1 8 1 11 None
# expect: keyword argument repeated: a (f, line 1) 1 14 1 17 None
# expect: duplicate argument 'a' in function definition (f, line 1) 1 10 1 11 None
# expect: duplicate argument 'a' in function definition (f, line 1) 1 12 1 13 None
