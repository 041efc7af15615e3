# cpython: no
# compile() of randomly damaged trees (fields deleted, set to odd values or to other
# nodes, list items dropped or added, cycles) never crashes: every tree compiles or
# raises. (Not cross-checked: CPython 3.11 itself crashes on some such trees, and
# coil reports some errors in another order when a tree has several.)
import ast
import random

SNIPPETS = [
    "x = 1", "a, *b = [1, 2]", "x: int = 5", "del a, b[0], c.d",
    "def f(a, /, b, c=1, *args, d, e=2, **kw) -> int:\n    return a",
    "async def g():\n    await x\n    async for i in y:\n        pass\n    async with z as w:\n        pass",
    "@dec\nclass C(B, metaclass=M):\n    x = 1",
    "for i in range(10):\n    pass\nelse:\n    pass",
    "try:\n    pass\nexcept E as e:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E as e:\n    pass",
    "from ..m import (x as y, z)", "a and b or not c", "(x := 10)", "lambda x, *y, z=1, **k: x",
    "{1: 2, **d}", "[x for x in y if x]", "{k: v for k, v in items}", "a < b <= c",
    "f(a, *b, c=d, **e)", "f'a{b!r:>{w}} {c=}'", "1, 1.5, 2j, 'a', b'b', None, ...", "a[1:2, ::3]",
    "match x:\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case P(x=0) | None:\n        pass\n    case str() as s if s:\n        pass",
    "global a", "raise E from e", "with a as b, c:\n    pass", "while x:\n    break",
]
rng = random.Random(7)
weird = [None, 1, -1, 'x', 'None', b'b', [], [None], (1, 2), 1.5, 2j, 10**40, True, frozenset(),
         ast.Load(), ast.Add(), ast.Pass(), ast.Name('q', ast.Load()), ast.Constant(3), ast.arguments(),
         ast.Store(), ast.Starred(ast.Name('s', ast.Load()), ast.Load()), ast.Slice(), ast.keyword()]
outcomes = set()
for _ in range(400):
    tree = ast.parse(rng.choice(SNIPPETS))
    nodes = list(ast.walk(tree))
    for _ in range(rng.randint(1, 3)):
        n = rng.choice(nodes)
        names = list(n._fields) + list(n._attributes)
        if not names:
            continue
        f = rng.choice(names)
        r = rng.random()
        if r < 0.2:
            if f in n.__dict__:
                delattr(n, f)
        elif r < 0.4 and isinstance(getattr(n, f, None), list) and getattr(n, f):
            v = getattr(n, f)
            if rng.random() < 0.5:
                v.pop(rng.randrange(len(v)))
            else:
                v.append(rng.choice(weird))
        elif r < 0.6:
            setattr(n, f, rng.choice(nodes))
        else:
            setattr(n, f, rng.choice(weird))
    if rng.random() < 0.5:
        try:
            ast.fix_missing_locations(tree)
        except RecursionError:
            pass
    try:
        compile(tree, 'f', 'exec')
        outcomes.add('ok')
    except (TypeError, ValueError, SyntaxError, RecursionError, OverflowError, NotImplementedError,
            SystemError) as e:
        outcomes.add(type(e).__name__)
print(sorted(outcomes & {'ok', 'TypeError', 'ValueError'}))
# expect: ['TypeError', 'ValueError', 'ok']
