# globals() is the module namespace; locals() in a function is a snapshot.
g = 5
print(globals()["g"])          # expect: 5
globals()["h"] = 6
print(h)                       # expect: 6
print(locals() is globals())   # expect: True
def f(a, b=2):
    c = a + b
    def inner():
        return c
    return locals()
print(sorted(f(1).items(), key=lambda kv: kv[0])[:3])  # expect: [('a', 1), ('b', 2), ('c', 3)]
