# itertools (native): CPython's argument errors, reprs, types, and exceptions from callbacks.
import itertools as it

def show(f):
    try:
        r = f()
        print(r if isinstance(r, (str, int, tuple, list)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: it.count('a'))
show(lambda: it.count(1, 2, 3))
show(lambda: it.count(x=1))
show(lambda: repr(it.count(start=1, step=2)))
show(lambda: it.cycle())
show(lambda: it.cycle(1))
show(lambda: it.cycle([1], [2]))
show(lambda: it.cycle(x=1))
show(lambda: it.repeat())
show(lambda: it.repeat(1, 'a'))
show(lambda: it.repeat(1, 2, 3))
show(lambda: it.repeat(1, 2.0))
show(lambda: repr(it.repeat(object=1, times=2)))
show(lambda: it.accumulate())
show(lambda: it.accumulate([1], None, None))
show(lambda: it.accumulate([1], x=1))
show(lambda: list(it.accumulate(iterable=[1, 2], func=None, initial=3)))
show(lambda: it.chain(x=1))
show(lambda: list(it.chain(1)))
show(lambda: it.chain.from_iterable())
show(lambda: list(it.chain.from_iterable([1])))
show(lambda: it.compress([1]))
show(lambda: it.compress(1, [1]))
show(lambda: list(it.compress(data=[1, 2], selectors=[0, 1])))
show(lambda: it.dropwhile(None))
show(lambda: list(it.dropwhile(None, [1])))
show(lambda: it.dropwhile(f=1, x=2))
show(lambda: it.takewhile(None))
show(lambda: it.filterfalse(None, 1))
show(lambda: it.starmap(None))
show(lambda: list(it.starmap(pow, [1])))
show(lambda: list(it.starmap(pow, [[2, 3], (2, 4)])))
show(lambda: it.groupby())
show(lambda: it.groupby([1], None, 3))
show(lambda: it.groupby(x=1))
show(lambda: it.islice([1]))
show(lambda: it.islice([1], 1, 2, 3, 4))
show(lambda: it.islice([1], 1, 'a'))
show(lambda: it.islice([1], 1, 2, 'a'))
show(lambda: it.islice(1, 2))
show(lambda: it.islice([1], stop=2))
show(lambda: it.islice([1], -2))
show(lambda: it.islice([1], 2**70))
show(lambda: it.islice([1], 'a', 3))
show(lambda: list(it.islice(range(10), None, None, None)))
show(lambda: it.tee())
show(lambda: it.tee([1], -1))
show(lambda: it.tee([1], 'a'))
show(lambda: it.tee([1], 2, 3))
show(lambda: it.tee(iterable=[1]))
show(lambda: it.zip_longest(1))
show(lambda: it.zip_longest([1], x=2))
show(lambda: it.product(1))
show(lambda: it.product([1], repeat=-1))
show(lambda: it.product([1], repeat='a'))
show(lambda: it.product([1], x=1))
show(lambda: it.product([1], repeat=2, x=1))
show(lambda: list(it.product([1, 2], repeat=0)))
show(lambda: it.permutations())
show(lambda: it.permutations(1))
show(lambda: it.permutations([1], -1))
show(lambda: it.permutations([1], 'a'))
show(lambda: it.permutations([1], 1.0))
show(lambda: it.permutations([1], 1, 2))
show(lambda: list(it.permutations(iterable=[1, 2], r=None)))
show(lambda: it.combinations([1]))
show(lambda: it.combinations([1], -1))
show(lambda: it.combinations(1, 'a'))
show(lambda: it.combinations(1, 1))
show(lambda: it.combinations_with_replacement([1], -1))
show(lambda: list(it.combinations_with_replacement('ab', 3)))
show(lambda: list(it.combinations_with_replacement('', 2)))
show(lambda: it.pairwise())
show(lambda: it.pairwise([1], [2]))
show(lambda: it.pairwise(iterable=[1]))
show(lambda: it.repeat(1).__length_hint__())
show(lambda: it.repeat(1, 5).__length_hint__())
for r in [it.count(2**70), it.count(1.5, 1), it.count(1, 1.0), it.count(1, True), it.count(1, -1),
          it.count(0.5, 0.25), it.repeat([1], -5), it.repeat('a', 0), it.repeat(None)]:
    print(repr(r))
c = it.count(2**62, 2**62)
print(next(c), next(c), next(c), c)
c = it.count(0.1, 0.1)
print([next(c) for _ in range(4)])
print(it.count.__module__, it.count.__name__, it._tee.__name__, it.chain[int])
print(type(it.tee([1])[0]).__name__, type(next(it.groupby('a'))[1]).__name__)
print(isinstance(it.chain(), it.chain), type(it.chain.from_iterable([])) is it.chain)
print(iter(it.count()).__class__.__name__, it.repeat(3, 2).__next__())

# Exceptions raised by callbacks and sources propagate.
def boom(*a):
    raise KeyError('boom')
for make in [lambda: it.dropwhile(boom, [1]), lambda: it.takewhile(boom, [1]),
             lambda: it.filterfalse(boom, [1]), lambda: it.starmap(boom, [()]),
             lambda: it.accumulate([1, 2], boom), lambda: it.groupby([1], boom)]:
    try:
        list(make())
    except KeyError as e:
        print('KeyError', e)
def bad_source():
    yield 1
    raise ValueError('source failed')
for make in [it.cycle, it.pairwise, lambda s: it.islice(s, 5), lambda s: it.chain(s),
             lambda s: it.tee(s)[0], lambda s: it.zip_longest(s, [1, 2, 3]),
             lambda s: it.compress(s, it.repeat(1)), lambda s: it.accumulate(s)]:
    try:
        print(list(make(bad_source())))
    except ValueError as e:
        print('ValueError', e)
try:
    list(it.product(bad_source()))
except ValueError as e:
    print('ValueError', e)

# Expected output (CPython 3.11):
# expect: TypeError: a number is required
# expect: TypeError: count() takes at most 2 arguments (3 given)
# expect: TypeError: 'x' is an invalid keyword argument for count()
# expect: count(1, 2)
# expect: TypeError: cycle expected 1 argument, got 0
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: cycle expected 1 argument, got 2
# expect: TypeError: cycle() takes no keyword arguments
# expect: TypeError: repeat() missing required argument 'object' (pos 1)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: repeat() takes at most 2 arguments (3 given)
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: repeat(1, 2)
# expect: TypeError: accumulate() missing required argument 'iterable' (pos 1)
# expect: TypeError: accumulate() takes at most 2 positional arguments (3 given)
# expect: TypeError: 'x' is an invalid keyword argument for accumulate()
# expect: [3, 4, 6]
# expect: TypeError: chain() takes no keyword arguments
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: chain.from_iterable() takes exactly one argument (0 given)
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: compress() missing required argument 'selectors' (pos 2)
# expect: TypeError: 'int' object is not iterable
# expect: [2]
# expect: TypeError: dropwhile expected 2 arguments, got 1
# expect: TypeError: 'NoneType' object is not callable
# expect: TypeError: dropwhile() takes no keyword arguments
# expect: TypeError: takewhile expected 2 arguments, got 1
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: starmap expected 2 arguments, got 1
# expect: TypeError: 'int' object is not iterable
# expect: [8, 16]
# expect: TypeError: groupby() missing required argument 'iterable' (pos 1)
# expect: TypeError: groupby() takes at most 2 arguments (3 given)
# expect: TypeError: groupby() missing required argument 'iterable' (pos 1)
# expect: TypeError: islice expected at least 2 arguments, got 1
# expect: TypeError: islice expected at most 4 arguments, got 5
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Step for islice() must be a positive integer or None.
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: islice() takes no keyword arguments
# expect: ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: TypeError: tee expected at least 1 argument, got 0
# expect: ValueError: n must be >= 0
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: tee expected at most 2 arguments, got 3
# expect: TypeError: itertools.tee() takes no keyword arguments
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: zip_longest() got an unexpected keyword argument
# expect: TypeError: 'int' object is not iterable
# expect: ValueError: repeat argument cannot be negative
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'x' is an invalid keyword argument for product()
# expect: TypeError: product() takes at most 1 keyword argument (2 given)
# expect: [()]
# expect: TypeError: permutations() missing required argument 'iterable' (pos 1)
# expect: TypeError: 'int' object is not iterable
# expect: ValueError: r must be non-negative
# expect: TypeError: Expected int as r
# expect: TypeError: Expected int as r
# expect: TypeError: permutations() takes at most 2 arguments (3 given)
# expect: [(1, 2), (2, 1)]
# expect: TypeError: combinations() missing required argument 'r' (pos 2)
# expect: ValueError: r must be non-negative
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'int' object is not iterable
# expect: ValueError: r must be non-negative
# expect: [('a', 'a', 'a'), ('a', 'a', 'b'), ('a', 'b', 'b'), ('b', 'b', 'b')]
# expect: []
# expect: TypeError: pairwise expected 1 argument, got 0
# expect: TypeError: pairwise expected 1 argument, got 2
# expect: TypeError: pairwise() takes no keyword arguments
# expect: TypeError: len() of unsized object
# expect: 5
# expect: count(1180591620717411303424)
# expect: count(1.5)
# expect: count(1, 1.0)
# expect: count(1)
# expect: count(1, -1)
# expect: count(0.5, 0.25)
# expect: repeat([1], 0)
# expect: repeat('a', 0)
# expect: repeat(None)
# expect: 4611686018427387904 9223372036854775808 13835058055282163712 count(18446744073709551616, 4611686018427387904)
# expect: [0.1, 0.2, 0.30000000000000004, 0.4]
# expect: itertools count _tee itertools.chain[int]
# expect: _tee _grouper
# expect: True True
# expect: count 3
# expect: KeyError 'boom'
# expect: KeyError 'boom'
# expect: KeyError 'boom'
# expect: KeyError 'boom'
# expect: KeyError 'boom'
# expect: KeyError 'boom'
# expect: ValueError source failed
# expect: ValueError source failed
# expect: ValueError source failed
# expect: ValueError source failed
# expect: ValueError source failed
# expect: ValueError source failed
# expect: ValueError source failed
# expect: ValueError source failed
# expect: ValueError source failed
