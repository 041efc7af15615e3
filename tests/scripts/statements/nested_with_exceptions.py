class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as a, CM("b", suppress=True) as b:
    print("body", a, b)
    raise KeyError("k")
print("after suppressed")
try:
    with CM("outer"):
        with CM("inner"):
            1 / 0
except ZeroDivisionError:
    print("propagated")
def ret():
    with CM("r", suppress=True):
        try:
            return "value"
        finally:
            print("inner finally")
print(ret())
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("done")

# expect: enter a
# expect: enter b
# expect: body a b
# expect: exit b KeyError 'k'
# expect: exit a None None
# expect: after suppressed
# expect: enter outer
# expect: enter inner
# expect: exit inner ZeroDivisionError division by zero
# expect: exit outer ZeroDivisionError division by zero
# expect: propagated
# expect: enter r
# expect: inner finally
# expect: exit r None None
# expect: value
# expect: enter s
# expect: exit s ValueError swallowed
# expect: done
