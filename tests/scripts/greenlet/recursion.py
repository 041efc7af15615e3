# Deep recursion inside a greenlet, and RecursionError in one.
# cpython: no  (needs the greenlet package: expectations come from greenlet 2.0.2 under /usr/bin/python3)
import sys
from greenlet import greenlet, getcurrent

main = getcurrent()


def depth(n):
    if n == 0:
        return main.switch("at the bottom")
    return depth(n - 1) + 1


g = greenlet(depth)
print(g.switch(900))
print(g.switch(0))

sys.setrecursionlimit(20000)
g = greenlet(depth)
print(g.switch(15000))
print(g.switch(5))
sys.setrecursionlimit(1000)


def forever(n):
    return forever(n + 1)


try:
    greenlet(forever).switch(0)
except RecursionError as e:
    print("RecursionError:", e)
print(greenlet(depth).switch(10))

# expect: at the bottom
# expect: 900
# expect: at the bottom
# expect: 15005
# expect: RecursionError: maximum recursion depth exceeded
# expect: at the bottom
