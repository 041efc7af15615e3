class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
        print("never")
def f():
    with CM("f") as c:
        return c.name + "!"
print(f())
def g():
    for x in range(3):
        with CM(x), CM(x * 10):
            if x == 1:
                return x
print(g())

# expect: enter 0
# expect: exit 0 None
# expect: enter 1
# expect: exit 1 None
# expect: enter f
# expect: exit f None
# expect: f!
# expect: enter 0
# expect: enter 0
# expect: exit 0 None
# expect: exit 0 None
# expect: enter 1
# expect: enter 10
# expect: exit 10 None
# expect: exit 1 None
# expect: 1
