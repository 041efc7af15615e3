# sched: enter/enterabs/cancel/run with priorities, keyword arguments, a virtual clock, non-blocking runs
# The sched documentation example with a virtual clock
import sched
now = [0.0]
def clock(): return now[0]
def sleep(d): now[0] += d
s = sched.scheduler(clock, sleep)
def print_time(a='default'):
    print('From print_time', clock(), a)
s.enter(10, 1, print_time)
s.enter(5, 2, print_time, argument=('positional',))
s.enter(5, 1, print_time, kwargs={'a': 'keyword'})
s.enterabs(3, 1, print_time, ('abs',))
print(len(s.queue), s.empty())
s.run()
print(clock(), s.empty())
# Cancelling events and inspecting the queue
import sched
t = [100]
s = sched.scheduler(lambda: t[0], lambda d: t.__setitem__(0, t[0] + d))
log = []
e1 = s.enter(1, 1, log.append, ('one',))
e2 = s.enter(2, 1, log.append, ('two',))
e3 = s.enter(3, 1, log.append, ('three',))
print([ev.argument for ev in s.queue])
s.cancel(e2)
try:
    s.cancel(e2)
except ValueError as e:
    print('ValueError', e)
print(e1.time, e1.priority, e1 < e3, e1 == e1)
s.run()
print(log, t[0])
print(repr(e1)[:30])
# A periodic task that reschedules itself
import sched
t = [0]
s = sched.scheduler(lambda: t[0], lambda d: t.__setitem__(0, t[0] + d))
count = 0
def tick(interval):
    global count
    count += 1
    print('tick', count, 'at', t[0])
    if count < 5:
        s.enter(interval, 1, tick, (interval,))
s.enter(0, 1, tick, (2,))
s.run()
print('done at', t[0])

# expect: 4 False
# expect: From print_time 3.0 abs
# expect: From print_time 5.0 keyword
# expect: From print_time 5.0 positional
# expect: From print_time 10.0 default
# expect: 10.0 True
# expect: [('one',), ('two',), ('three',)]
# expect: ValueError list.remove(x): x not in list
# expect: 101 1 True True
# expect: ['one', 'three'] 103
# expect: Event(time=101, priority=1, se
# expect: tick 1 at 0
# expect: tick 2 at 2
# expect: tick 3 at 4
# expect: tick 4 at 6
# expect: tick 5 at 8
# expect: done at 8
