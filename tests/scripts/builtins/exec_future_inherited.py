# compile(), exec() and eval() of a string take the calling code's
# `from __future__` features unless dont_inherit=True.
from __future__ import annotations
import __future__

exec("def f(x: Undefined) -> AlsoUndefined: pass\nprint(f.__annotations__)")
# expect: {'x': 'Undefined', 'return': 'AlsoUndefined'}
ns = {}
exec(compile("def g(a: Nope): pass", "<s>", "exec"), ns)
print(ns["g"].__annotations__)  # expect: {'a': 'Nope'}
try:
    exec(compile("def h(a: Nope): pass", "<s>", "exec", dont_inherit=True), {})
except NameError as e:
    print("NameError:", e)  # expect: NameError: name 'Nope' is not defined
flag = __future__.annotations.compiler_flag
code = compile("def k(a: Nope): pass", "<s>", "exec", flags=flag, dont_inherit=True)
exec(code, ns)
print(ns["k"].__annotations__)  # expect: {'a': 'Nope'}
print(bool(code.co_flags & flag))  # expect: True
print(bool(compile("1", "<s>", "eval").co_flags & flag))  # expect: True
print(bool(compile("1", "<s>", "eval", dont_inherit=True).co_flags & flag))  # expect: False

def inner():
    return eval("(lambda: 0).__code__.co_flags") & flag
print(bool(inner()))  # expect: True
exec("x: SomethingUndefined = 3\nprint(__annotations__)", {})  # expect: {'x': 'SomethingUndefined'}
