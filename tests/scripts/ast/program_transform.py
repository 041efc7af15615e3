# Rewrites code with NodeTransformer, then runs it: constant folding and
# call tracing; literal_eval and an indented dump.
import ast


class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            try:
                value = eval(compile(ast.Expression(node), '<fold>', 'eval'))
            except Exception:
                return node
            return ast.copy_location(ast.Constant(value), node)
        return node


class TraceCalls(ast.NodeTransformer):
    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        msg = ast.parse(f"print('call {node.name}', {', '.join(a.arg for a in node.args.args) or '()'})").body[0]
        node.body.insert(0, msg)
        return node


src = '''
SECONDS = 60 * 60 * 24
def area(w, h):
    return w * h * (2 + 3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(SECONDS, area(2, 3), fib(5))
'''
tree = ast.parse(src)
tree = Fold().visit(tree)
print(ast.unparse(tree))
tree = ast.fix_missing_locations(TraceCalls().visit(tree))
print(ast.unparse(tree).splitlines()[2])
ns = {}
exec(compile(tree, '<transformed>', 'exec'), ns)
print(sorted(k for k in ns if not k.startswith('__')))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': {True, False}}"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print('refused:', str(e).split(' at ')[0])
print(ast.dump(ast.parse('x = 1'), indent=2))

# expect: SECONDS = 86400
# expect:
# expect: def area(w, h):
# expect:     return w * h * 5
# expect:
# expect: def fib(n):
# expect:     return n if n < 2 else fib(n - 1) + fib(n - 2)
# expect: print(SECONDS, area(2, 3), fib(5))
# expect: def area(w, h):
# expect: call area 2 3
# expect: call fib 5
# expect: call fib 4
# expect: call fib 3
# expect: call fib 2
# expect: call fib 1
# expect: call fib 0
# expect: call fib 1
# expect: call fib 2
# expect: call fib 1
# expect: call fib 0
# expect: call fib 3
# expect: call fib 2
# expect: call fib 1
# expect: call fib 0
# expect: call fib 1
# expect: 86400 30 5
# expect: ['SECONDS', 'area', 'fib']
# expect: {'a': [1, 2.5, (3, None)], 'b': {False, True}}
# expect: refused: malformed node or string on line 1: <ast.Call object
# expect: Module(
# expect:   body=[
# expect:     Assign(
# expect:       targets=[
# expect:         Name(id='x', ctx=Store())],
# expect:       value=Constant(value=1))],
# expect:   type_ignores=[])
