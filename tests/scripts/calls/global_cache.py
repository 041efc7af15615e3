# LOAD_GLOBAL caches where a name was found: every way globals and builtins
# change afterwards must be seen by the same instruction.
import builtins

x = 1
def get_x():
    return x

print(get_x())
x = 2                      # value replaced in place
print(get_x())
del x                      # deleted: NameError, then defined again
try:
    get_x()
except NameError as e:
    print("NameError:", e)
x = 3
print(get_x())

def use_len():
    return len("abc")

print(use_len())
len = lambda s: 99         # a global now shadows the builtin
print(use_len())
del len                    # the builtin again
print(use_len())

def use_new_builtin():
    return my_builtin

try:
    use_new_builtin()
except NameError as e:
    print("NameError:", e)
builtins.my_builtin = "added to builtins"
print(use_new_builtin())
builtins.my_builtin = "replaced in builtins"
print(use_new_builtin())
del builtins.my_builtin
try:
    use_new_builtin()
except NameError as e:
    print("NameError:", e)

# Filling globals with many names (the dict grows and is re-indexed) keeps
# cached entries right.
def get_y():
    return y
y = "y"
print(get_y())
for i in range(200):
    globals()["filler%d" % i] = i
print(get_y(), filler199)
for i in range(200):
    del globals()["filler%d" % i]
print(get_y())

# One code object run against different globals dicts.
code = compile("def f():\n    return (abs, z)\nresult = [f() for _ in range(3)]", "<g>", "exec")
for value in ("first", "second"):
    ns = {"z": value}
    exec(code, ns)
    print(ns["result"][0][1], ns["result"][2][0] is abs)
ns = {"z": "third", "abs": "shadowed"}
exec(code, ns)
print(ns["result"][1])

# A loop that reads a global updated by the function it calls.
counter = 0
def bump():
    global counter
    counter += 1
def run():
    for _ in range(1000):
        bump()
    return counter
print(run())

# expect: 1
# expect: 2
# expect: NameError: name 'x' is not defined
# expect: 3
# expect: 3
# expect: 99
# expect: 3
# expect: NameError: name 'my_builtin' is not defined
# expect: added to builtins
# expect: replaced in builtins
# expect: NameError: name 'my_builtin' is not defined
# expect: y
# expect: y 199
# expect: y
# expect: first True
# expect: second True
# expect: ('shadowed', 'third')
# expect: 1000
