# timeit runs the statement `number` times (setup once) and returns the
# time the timer measured; repeat() and autorange() call it again.
import timeit

calls = []


def work():
    calls.append(1)


t = timeit.timeit(work, number=5)
print(type(t).__name__, t >= 0, len(calls))
r = timeit.repeat(work, repeat=3, number=4)
print(len(r), all(x >= 0 for x in r), len(calls))
print(timeit.timeit('x.append(1)', setup='x = []', number=7) >= 0)
ns = {'data': [3, 1, 2], 'out': []}
timeit.timeit('out.append(sorted(data))', number=3, globals=ns)
print(ns['out'])
ticks = iter(range(0, 1000, 10))
fake = timeit.Timer('pass', timer=lambda: next(ticks))
print(fake.timeit(number=3), fake.repeat(repeat=2, number=1))
steps = timeit.Timer(lambda: None, timer=iter([0, 0.05, 0, 0.1, 0, 0.25]).__next__)
print(steps.autorange(lambda n, t: print('trial', n, t)))
print(timeit.Timer('a = 1\nb = a + 1', setup='import math\nz = math.pi').timeit(10) >= 0)
print(timeit.default_number, timeit.default_repeat, timeit.__all__)
print(timeit.Timer(work, setup=work).src)

# expect: float True 5
# expect: 3 True 17
# expect: True
# expect: [[1, 2, 3], [1, 2, 3], [1, 2, 3]]
# expect: 10 [10, 10]
# expect: trial 1 0.05
# expect: trial 2 0.1
# expect: trial 5 0.25
# expect: (5, 0.25)
# expect: True
# expect: 1000000 5 ['Timer', 'timeit', 'repeat', 'default_timer']
# expect:
# expect: def inner(_it, _timer, _setup=_setup, _stmt=_stmt):
# expect:     _setup()
# expect:     _t0 = _timer()
# expect:     for _i in _it:
# expect:         _stmt()
# expect:         pass
# expect:     _t1 = _timer()
# expect:     return _t1 - _t0
# expect:
