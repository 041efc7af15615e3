# truth testing: __bool__ must return a bool; else __len__ (>= 0, an int);
# len() checks the same things.
class Bad:
    def __bool__(self):
        return 1


class Len:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


for f in [lambda: bool(Bad()), lambda: not Bad(), lambda: len(Len(-1)), lambda: bool(Len(-1)),
          lambda: len(Len(2**70)), lambda: len(Len(3.0)), lambda: len(Len("3")),
          lambda: len(5), lambda: len(object())]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(bool(Len(0)), bool(Len(3)), len(Len(True)), bool(Both()), len(Both()))
print("yes" if Len(1) else "no", [x for x in [Len(0), Len(2)] if x].__len__())
while Len(0):
    print("never")
print(Len(0) or "fallback", Len(2) and "second")

# expect: TypeError __bool__ should return bool, returned int
# expect: TypeError __bool__ should return bool, returned int
# expect: ValueError __len__() should return >= 0
# expect: ValueError __len__() should return >= 0
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError object of type 'int' has no len()
# expect: TypeError object of type 'object' has no len()
# expect: False True 1 False 5
# expect: yes 1
# expect: fallback second
