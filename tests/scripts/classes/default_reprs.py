# Default reprs: <__main__.A object at 0x...>, classes, methods and
# functions; __str__ falls back to __repr__ (addresses masked).
def mask(s):
    out, i = "", 0
    while i < len(s):
        if s.startswith("0x", i):
            out += "0x?"
            i += 2
            while i < len(s) and s[i] in "0123456789abcdef":
                i += 1
        else:
            out += s[i]
            i += 1
    return out


class A:
    def m(self):
        pass

    class Inner:
        pass


def f():
    class Local:
        pass
    return Local()


a = A()
print(mask(repr(a)), mask(str(a)), mask(repr(A.Inner())), mask(repr(f())))
print(repr(A), repr(A.Inner), repr(int), repr(type(None)), repr(object))
print(mask(repr(A.m)), mask(repr(a.m)), mask(repr(f)))
print(mask(repr([a])), mask(f"{a}"), mask("%s" % a), mask(format(a)))
print(mask(repr(object())), repr(type(a)), type(a).__name__, a.__class__.__qualname__)

# expect: <__main__.A object at 0x?> <__main__.A object at 0x?> <__main__.A.Inner object at 0x?> <__main__.f.<locals>.Local object at 0x?>
# expect: <class '__main__.A'> <class '__main__.A.Inner'> <class 'int'> <class 'NoneType'> <class 'object'>
# expect: <function A.m at 0x?> <bound method A.m of <__main__.A object at 0x?>> <function f at 0x?>
# expect: [<__main__.A object at 0x?>] <__main__.A object at 0x?> <__main__.A object at 0x?> <__main__.A object at 0x?>
# expect: <object object at 0x?> <class '__main__.A'> A A
