# callable() for functions, types, methods and instances.
class C:
    def m(self): pass
class D:
    def __call__(self): return 1
print(callable(print), callable(len), callable(C), callable(C().m))  # expect: True True True True
print(callable(lambda: 0), callable(D()), callable(C()))             # expect: True True False
print(callable(1), callable("s"), callable(None))                    # expect: False False False
