# A partial's __doc__ is the type's (CPython's C docstring) until
# update_wrapper() copies the wrapped function's over it.
import functools


def area(w, h=2):
    "Width times height."
    return w * h


p = functools.partial(area, h=4)
print(p.__doc__.splitlines()[0])
functools.update_wrapper(p, area)
print(p.__doc__, p.__name__, p(3))

# expect: partial(func, *args, **keywords) - new function with partial application
# expect: Width times height. area 12
