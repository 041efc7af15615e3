# Native `await asyncio.sleep(...)` from tasks (shared/sleep_direct_cases.py),
# in real time; the orderings that need timers due at one moment to fire in one
# loop iteration run only in sleep_direct_virtual_time.py.
import sleep_direct_cases

sleep_direct_cases.run(same_moment=False)

# expect: pos zero [1] None None
# expect: kw
# expect: {'k': 'object'}
# expect: bool f
# expect: cb1 a0 b0 cb2 main a1 b1 a2 b2
# expect: x+ y+ z+ w+ y- w- z- x-
# expect: <Task pending name='Task-8' coro=<sleeper() running at F:71> wait_for=<Future pending cb=[Task.task_wakeup()]>>
# expect: True True 2
# expect: <Task cancelling name='Task-8' coro=<sleeper() running at F:71> wait_for=<Future cancelled>>
# expect: awaiting it: CancelledError('stop')
# expect: True ["cancelled ('stop',)", 'finally']
# expect: <Future pending cb=[Task.task_wakeup()]>>
# expect: ['slept', 'finally']
# expect: [CancelledError('')] []
# expect: self: CancelledError('me') 1
# expect: then again
# expect: done
# expect: inner caught
# expect: inner again/outer
# expect: wait_for timed out
# expect: in time
# expect: wait_for slow() timed out
# expect: timeout() expired
# expect: timeout() not reached
# expect: ['g1', 'g2', 'g3']
# expect: task of sleep
# expect: taskgroup: ["ValueError('boom')"] ['cancelled ()', 'finally', 'cancelled ()', 'finally']
# expect: stored
# expect: [0, 1]
# expect: True
# expect: True
# expect: <coroutine object sleep False
# expect: by hand: no running event loop
# expect: None
# expect: returned z
