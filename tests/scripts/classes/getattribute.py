# __getattribute__ sees every lookup (methods too); __getattr__ runs only when
# the normal lookup fails, including a property raising AttributeError.
class Logged:
    def __init__(self):
        self.x = 1

    def method(self):
        return "method"

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)


lg = Logged()
print(lg.x)
print(lg.method())
try:
    lg.missing
except AttributeError as e:
    print("AttributeError:", e)


class Fallback:
    real = "class attr"

    def __init__(self):
        self.inst = "instance attr"

    @property
    def broken(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"fallback:{name}"


fb = Fallback()
print(fb.real, fb.inst, fb.other, fb.broken)
print(getattr(fb, "_private", "default"), hasattr(fb, "_x"), hasattr(fb, "y"))


class Everything:
    def __getattribute__(self, name):
        return "always " + name


print(Everything().anything)

# expect: get x
# expect: 1
# expect: get method
# expect: method
# expect: get missing
# expect: AttributeError: 'Logged' object has no attribute 'missing'
# expect: class attr instance attr fallback:other fallback:broken
# expect: default False True
# expect: always anything
