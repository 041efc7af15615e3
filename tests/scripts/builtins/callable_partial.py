# functools.partial objects (a subclass of the native partial) are callable, so iter(callable, sentinel) takes them.
import functools
p = functools.partial(int, base=2)
print(callable(p), callable(functools.partial), p("101"))
it = iter("abcdef")
print(list(iter(functools.partial(next, it), "d")))
class Sub(functools.partial):
    pass
print(callable(Sub(len)), Sub(len)("abc"))

# expect: True True 5
# expect: ['a', 'b', 'c']
# expect: True 3
