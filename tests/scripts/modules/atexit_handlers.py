# atexit handlers run at normal exit, last registered first; unregister removes them.
import atexit


def bye(name, punct="!"):
    print(f"bye {name}{punct}")


def never():
    print("never printed")


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
atexit.register(never)


@atexit.register
def decorated():
    print("decorated handler")


atexit.unregister(never)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main done")

# expect: TypeError: the first argument must be callable
# expect: main done
# expect: decorated handler
# expect: bye second?
# expect: bye first!
