# A safe calculator: evaluates arithmetic by walking the tree.
import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
       ast.Div: operator.truediv, ast.Pow: operator.pow, ast.USub: operator.neg, ast.Mod: operator.mod}


def evaluate(node):
    if isinstance(node, ast.Expression):
        return evaluate(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left), evaluate(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.operand))
    raise ValueError(f"unsupported: {ast.dump(node)}")


for expr in ["1 + 2 * 3", "(4 - 1) ** 2 / 3", "-7 % 3", "2 ** 0.5", "x + 1", "abs(-1)"]:
    try:
        print(expr, '=', evaluate(ast.parse(expr, mode='eval')))
    except (ValueError, ZeroDivisionError) as e:
        print(expr, 'error:', e)

# expect: 1 + 2 * 3 = 7
# expect: (4 - 1) ** 2 / 3 = 3.0
# expect: -7 % 3 = 2
# expect: 2 ** 0.5 = 1.4142135623730951
# expect: x + 1 error: unsupported: Name(id='x', ctx=Load())
# expect: abs(-1) error: unsupported: Call(func=Name(id='abs', ctx=Load()), args=[UnaryOp(op=USub(), operand=Constant(value=1))], keywords=[])
