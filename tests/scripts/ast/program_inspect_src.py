# Reading a module's own source: docstrings, signatures, decorators, line numbers.
import ast
import inspect


def deco(f):
    return f


@deco
def documented(a: int, b: str = 'x', *rest, key=None, **extra) -> bool:
    """Does a thing.

    More text here.
    """
    return True


class Shape:
    """A shape."""
    sides: int = 0

    def area(self) -> float:
        "Area."
        return 0.0


src = inspect.getsource(documented)
tree = ast.parse(src)
fn = tree.body[0]
print(fn.name, [d.id for d in fn.decorator_list], ast.unparse(fn.args), ast.unparse(fn.returns))
print(ast.get_docstring(fn))
mod = ast.parse(open(__file__).read())
for node in ast.walk(mod):
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        print(node.lineno, node.end_lineno, type(node).__name__, node.name, repr(ast.get_docstring(node)))
annotated = [ast.unparse(n.annotation) for n in ast.walk(mod) if isinstance(n, ast.AnnAssign)]
print(annotated)
calls = sorted({n.func.id for n in ast.walk(mod) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)})
print(calls)

# expect: documented ['deco'] a: int, b: str='x', *rest, key=None, **extra bool
# expect: Does a thing.
# expect:
# expect: More text here.
# expect: 6 7 FunctionDef deco None
# expect: 11 16 FunctionDef documented 'Does a thing.\n\nMore text here.'
# expect: 19 25 ClassDef Shape 'A shape.'
# expect: 23 25 FunctionDef area 'Area.'
# expect: ['int']
# expect: ['isinstance', 'open', 'print', 'repr', 'sorted', 'type']
