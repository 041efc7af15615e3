# A name declared global in a function is a global of the module code too
# (CPython's symbol table): exec() with separate locals binds it in globals.
src = """
counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
class Plugin:
    def run(self):
        return bump(2)
"""
g, l = {}, {}
exec(src, g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l))  # expect: ['counter'] ['Plugin', 'bump']
try:
    l["Plugin"]().run()
except NameError as e:
    print(e)  # expect: name 'bump' is not defined
print(l["bump"](3), g["counter"])  # expect: 3 3
