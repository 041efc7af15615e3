# inspect.getsource reads a function's or class's text from its file; builtins raise TypeError.
import inspect


def decorate(f):
    return f


@decorate
def area(w,
         h):
    """Area of a rectangle."""
    return w * h


class Point:
    x = 0

    def norm(self):
        return abs(self.x)


print(inspect.getsource(area), end="")
print(inspect.getsource(Point.norm), end="")
print(inspect.getsource(Point), end="")
lines, start = inspect.getsourcelines(area)
print(start, len(lines), inspect.getsourcefile(area).endswith("inspect_getsource.py"))
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)

# expect: @decorate
# expect: def area(w,
# expect:          h):
# expect:     """Area of a rectangle."""
# expect:     return w * h
# expect:     def norm(self):
# expect:         return abs(self.x)
# expect: class Point:
# expect:     x = 0
# expect:
# expect:     def norm(self):
# expect:         return abs(self.x)
# expect: 9 5 True
# expect: TypeError: module, class, method, function, traceback, frame, or code object was expected, got builtin_function_or_method
