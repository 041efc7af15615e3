# namedtuple's __new__ checks its arguments in CPython's order with CPython's messages
# (too many positional with defaults: 'takes from N to M'; unknown keyword before missing).
from collections import namedtuple
P = namedtuple("P", "x y z", defaults=[3])
E = namedtuple("E", "")
A = namedtuple("A", "a", defaults=[0])
Q = namedtuple("Q", "a b")
for T, args, kw in [(P, (1,), {}), (P, (1, 2, 3, 4), {}), (P, (), {}), (P, (1,), {"z": 5}), (P, (1, 2), {"x": 1}), (P, (1, 2), {"w": 1}),
                    (E, (1,), {}), (E, (), {"q": 1}), (A, (1, 2), {}), (Q, (1,), {}), (Q, (1, 2, 3), {}), (Q, (1,), {"c": 2}),
                    (Q, (1, 2), {"a": 2}), (Q, (), {"b": 1}), (Q, (), {"b": 1, "a": 2}), (P, (), {"y": 1, "x": 2})]:
    try: print(T(*args, **kw))
    except TypeError as e: print(e)
# expect: P.__new__() missing 1 required positional argument: 'y'
# expect: P.__new__() takes from 3 to 4 positional arguments but 5 were given
# expect: P.__new__() missing 2 required positional arguments: 'x' and 'y'
# expect: P.__new__() missing 1 required positional argument: 'y'
# expect: P.__new__() got multiple values for argument 'x'
# expect: P.__new__() got an unexpected keyword argument 'w'
# expect: E.__new__() takes 1 positional argument but 2 were given
# expect: E.__new__() got an unexpected keyword argument 'q'
# expect: A.__new__() takes from 1 to 2 positional arguments but 3 were given
# expect: Q.__new__() missing 1 required positional argument: 'b'
# expect: Q.__new__() takes 3 positional arguments but 4 were given
# expect: Q.__new__() got an unexpected keyword argument 'c'
# expect: Q.__new__() got multiple values for argument 'a'
# expect: Q.__new__() missing 1 required positional argument: 'a'
# expect: Q(a=2, b=1)
# expect: P(x=2, y=1, z=3)
