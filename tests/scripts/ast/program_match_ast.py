# Structural pattern matching over ast nodes (uses __match_args__).
import ast


def describe(node):
    match node:
        case ast.BinOp(ast.Constant(value=a), ast.Add(), ast.Constant(value=b)):
            return f'const add {a}+{b}'
        case ast.Call(func=ast.Name(id=name), args=[*args]):
            return f'call {name} with {len(args)} args'
        case ast.Name(id, ast.Store()):
            return f'store {id}'
        case ast.Constant(value=str() as s):
            return f'string {s!r}'
        case _:
            return type(node).__name__


for src in ['1 + 2', 'f(a, b, c)', "'hi'", 'x.y']:
    print(describe(ast.parse(src, mode='eval').body))
print(describe(ast.parse('x = 1').body[0].targets[0]))
print(ast.Name.__match_args__, ast.BinOp._fields)
n = ast.Name('x', ast.Load())
import copy, pickle
print(ast.dump(copy.deepcopy(n)), ast.dump(pickle.loads(pickle.dumps(n))) if hasattr(pickle, 'dumps') else '')

# expect: const add 1+2
# expect: call f with 3 args
# expect: string 'hi'
# expect: Attribute
# expect: store x
# expect: ('id', 'ctx') ('left', 'op', 'right')
# expect: Name(id='x', ctx=Load()) Name(id='x', ctx=Load())
