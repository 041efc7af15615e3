# Scoping rules a textbook chapter walks through: LEGB, global/nonlocal,
# closures capturing loop variables, default-argument binding, UnboundLocalError.
x = "global"


def outer():
    x = "enclosing"

    def inner():
        nonlocal x
        x = "changed by inner"
        return x

    inner()
    return x


print(outer(), x)


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def set_global():
    global new_global
    new_global = 42


set_global()
print(new_global)


def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
    return x


broken()


def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket


print(mutable_default(1), mutable_default(2), mutable_default(3, []))
funcs = {}
for name in ("a", "b"):
    def make(n=name):
        return n * 2
    funcs[name] = make
print({k: f() for k, f in funcs.items()})


def walrus_scope():
    data = [1, 5, 2, 8]
    if (n := len(data)) > 3:
        print("long list", n)
    total = [y := v * 2 for v in data]
    return y, total


print(walrus_scope())
[last := i for i in range(4)]
print(last)


class K:
    attr = 1

    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"


print(K().method())


def deleter():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(deleter())
print(sorted(k for k in locals() if not k.startswith("__"))[:5], "x" in globals())
