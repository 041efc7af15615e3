# Slot wrappers of dict views, iterators, descriptors and datetime's types
import re, datetime
def t(f):
    try:
        r = f()
        print("ok", re.sub(r"0x[0-9a-f]+", "0x?", repr(r)))
    except Exception as e:
        print(("%s %s" % (type(e).__name__, e)).rstrip())

d = {1: 2, 3: 4}
K = type(d.keys())
t(lambda: K.__len__(d.keys()))
t(lambda: K.__and__(d.keys(), {1}))
t(lambda: K.__rand__(d.keys(), {1}))
t(lambda: K.__or__(d.keys(), [5]))
t(lambda: K.__sub__(d.keys(), {1}))
t(lambda: K.__xor__(d.keys(), {1, 9}))
t(lambda: K.__contains__(d.keys(), 3))
t(lambda: K.__and__)
t(lambda: sorted(K.__iter__(d.keys())))
t(lambda: type(d.values()).__len__(d.values()))
t(lambda: type(d.items()).__contains__(d.items(), (1, 2)))
t(lambda: type(iter([])).__next__(iter([7])))
t(lambda: type(iter([])).__next__)
t(lambda: type(iter(range(3))).__len__ if hasattr(type(iter(range(3))), "__len__") else "none")
p = property(lambda self: 42)
class C:
    x = p
t(lambda: property.__get__)
t(lambda: p.__get__(C()))
t(lambda: p.__get__(None, C) is p)
t(lambda: property.__get__(p))
t(lambda: property.__get__(5, 1))
t(lambda: property.__set__(p, C()))
t(lambda: property.__delete__(p))
t(lambda: classmethod.__get__(5, 1))
t(lambda: staticmethod.__get__(staticmethod(len), 1)([1, 2]))
f = lambda self: self
t(lambda: f.__get__(7)())
t(lambda: type(f).__get__)
t(lambda: type(f).__get__(1, 2))
td = datetime.timedelta
t(lambda: td.__add__(td(1), td(2)))
t(lambda: td.__radd__(td(1), td(2)))
t(lambda: td.__mul__(td(1), 2))
t(lambda: td.__rmul__(td(1), 2))
t(lambda: td.__truediv__(td(1), td(hours=12)))
t(lambda: td.__floordiv__(td(1), 2))
t(lambda: td.__mod__(td(1), td(hours=5)))
t(lambda: td.__neg__(td(1)))
t(lambda: td.__pos__(td(1)))
t(lambda: td.__abs__(td(-1)))
t(lambda: td.__divmod__(td(1), td(hours=5)))
t(lambda: td.__bool__(td(0)))
t(lambda: td.__lt__(td(0), td(1)))
t(lambda: td.__add__)
dt = datetime.date
t(lambda: dt.__add__(dt(2020, 1, 1), td(1)))
t(lambda: dt.__sub__(dt(2020, 1, 2), dt(2020, 1, 1)))
t(lambda: dt.__radd__(dt(2020, 1, 1), td(1)))
t(lambda: datetime.datetime.__add__(datetime.datetime(2020, 1, 1), td(1)))
t(lambda: [n for n in ("__add__", "__sub__", "__lt__", "__hash__") if not hasattr(datetime.time, n)])
class Mine:
    pass
t(lambda: td.__add__(Mine(), td(1)))
t(lambda: int.__add__(Mine(), 1))
t(lambda: td.__add__())
t(lambda: (1).__add__)

# expect: ok 2
# expect: ok {1}
# expect: ok {1}
# expect: ok {1, 3, 5}
# expect: ok {3}
# expect: ok {9, 3}
# expect: ok True
# expect: ok <slot wrapper '__and__' of 'dict_keys' objects>
# expect: ok [1, 3]
# expect: ok 2
# expect: ok True
# expect: ok 7
# expect: ok <slot wrapper '__next__' of 'list_iterator' objects>
# expect: ok 'none'
# expect: ok <slot wrapper '__get__' of 'property' objects>
# expect: ok 42
# expect: ok True
# expect: TypeError  expected at least 1 argument, got 0
# expect: TypeError descriptor '__get__' requires a 'property' object but received a 'int'
# expect: TypeError  expected 2 arguments, got 1
# expect: TypeError expected 1 argument, got 0
# expect: TypeError descriptor '__get__' requires a 'classmethod' object but received a 'int'
# expect: ok 2
# expect: ok 7
# expect: ok <slot wrapper '__get__' of 'function' objects>
# expect: TypeError descriptor '__get__' requires a 'function' object but received a 'int'
# expect: ok datetime.timedelta(days=3)
# expect: ok datetime.timedelta(days=3)
# expect: ok datetime.timedelta(days=2)
# expect: ok datetime.timedelta(days=2)
# expect: ok 2.0
# expect: ok datetime.timedelta(seconds=43200)
# expect: ok datetime.timedelta(seconds=14400)
# expect: ok datetime.timedelta(days=-1)
# expect: ok datetime.timedelta(days=1)
# expect: ok datetime.timedelta(days=1)
# expect: ok (4, datetime.timedelta(seconds=14400))
# expect: ok False
# expect: ok True
# expect: ok <slot wrapper '__add__' of 'datetime.timedelta' objects>
# expect: ok datetime.date(2020, 1, 2)
# expect: ok datetime.timedelta(days=1)
# expect: ok datetime.date(2020, 1, 2)
# expect: ok datetime.datetime(2020, 1, 2, 0, 0)
# expect: ok ['__add__', '__sub__']
# expect: TypeError descriptor '__add__' requires a 'datetime.timedelta' object but received a 'Mine'
# expect: TypeError descriptor '__add__' requires a 'int' object but received a 'Mine'
# expect: TypeError descriptor '__add__' of 'datetime.timedelta' object needs an argument
# expect: ok <method-wrapper '__add__' of int object at 0x?>
