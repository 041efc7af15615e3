# with: __enter__'s value bound by `as`, __exit__ gets the exception (type,
# value, traceback), a true result suppresses it; multiple items exit in
# reverse order; return/continue/break run __exit__; missing methods.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress


with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", True):
    raise ValueError("boom")
print("after suppression")
try:
    with CM("a"), CM("b", True), CM("c"):
        raise KeyError("k")
    print("inner suppressed it")
except KeyError:
    print("not reached")
try:
    with CM("n"):
        raise TypeError("t")
except TypeError as e:
    print("caught", e)


def early():
    with CM("r"):
        return "returned"


print(early())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"


with Truthy():
    1 / 0
print("truthy result suppresses")


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("in exit")


try:
    with ExitRaises():
        raise ValueError("orig")
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__context__))


class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("never")


try:
    with CM("outer"), EnterFails():
        print("never")
except OSError as e:
    print("OSError", e)


class NoExit:
    def __enter__(self):
        return 1


class NoEnter:
    def __exit__(self, *a):
        pass


for obj in [NoExit(), NoEnter(), 5]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# expect: enter a
# expect: enter b
# expect: body A B
# expect: exit b None None False
# expect: exit a None None False
# expect: enter s
# expect: exit s ValueError boom True
# expect: after suppression
# expect: enter a
# expect: enter b
# expect: enter c
# expect: exit c KeyError 'k' True
# expect: exit b KeyError 'k' True
# expect: exit a None None False
# expect: inner suppressed it
# expect: enter n
# expect: exit n TypeError t True
# expect: caught t
# expect: enter r
# expect: exit r None None False
# expect: returned
# expect: enter loop0
# expect: exit loop0 None None False
# expect: enter loop1
# expect: exit loop1 None None False
# expect: truthy result suppresses
# expect: RuntimeError in exit ValueError('orig')
# expect: enter outer
# expect: exit outer OSError enter failed True
# expect: OSError enter failed
# expect: TypeError 'NoExit' object does not support the context manager protocol (missed __exit__ method)
# expect: TypeError 'NoEnter' object does not support the context manager protocol
# expect: TypeError 'int' object does not support the context manager protocol
