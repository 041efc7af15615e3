# exec()/eval() take any mapping as locals (names go through its
# __getitem__/__setitem__/__delitem__), a dict as globals, with CPython's
# TypeErrors for anything else; bytes source too.
import collections

class Logged:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]

ns = Logged()
exec("x = 2\ny = x * 21\ndel x", {}, ns)
# expect: set x 2
# expect: set y 42
# expect: del x
print(ns.d)  # expect: {'y': 42}
print(eval("y + len('ab')", {}, ns))  # expect: 44
exec("from math import pi, tau", {}, ns)
# expect: set pi 3.141592653589793
# expect: set tau 6.283185307179586

class M(collections.abc.Mapping):
    def __getitem__(self, k):
        if k == "x":
            return 5
        raise KeyError(k)
    def __iter__(self):
        return iter(["x"])
    def __len__(self):
        return 1

print(eval("x + 1", {}, M()))  # expect: 6
print(eval("len", {}, M()))  # expect: <built-in function len>

class D(dict):
    def __missing__(self, k):
        return k * 2
print(eval("abc", {}, D()))  # expect: abcabc
try:
    exec("print(1)", {}, ())
except TypeError as e:
    print(e)  # expect: tuple indices must be integers or slices, not str

def check(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

check(lambda: exec("x=1", []))  # expect: TypeError: exec() globals must be a dict, not list
check(lambda: exec("x=1", None, 5))  # expect: TypeError: locals must be a mapping or None, not int
check(lambda: exec("x=1", {}, []))  # expect: TypeError: list indices must be integers or slices, not str
check(lambda: eval("x", []))  # expect: TypeError: globals must be a real dict; try eval(expr, {}, mapping)
check(lambda: eval("x", 5))  # expect: TypeError: globals must be a dict
check(lambda: eval("x", {}, 5))  # expect: TypeError: locals must be a mapping
check(lambda: eval("x", 5, 5))  # expect: TypeError: locals must be a mapping
check(lambda: eval("1", collections.UserDict()))  # expect: TypeError: globals must be a real dict; try eval(expr, {}, mapping)
check(lambda: exec(5))  # expect: TypeError: exec() arg 1 must be a string, bytes or code object
print(eval(b"1 + 1"))  # expect: 2
exec(bytearray(b"print('from bytearray')"))  # expect: from bytearray
try:
    exec("a\0")
except SyntaxError as e:
    print(e)  # expect: source code string cannot contain null bytes
