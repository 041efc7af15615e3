# coil's greenlets switch inside the dispatch loop: a greenlet that is inside
# a call made by native code (a sorted() key, __repr__ called by print, a
# builtin iterator) cannot switch away, as that would cross a C++ frame: the
# switch raises greenlet.error instead, and everything goes on working.
# cpython: no  (coil's limit: the real greenlet copies C stacks and allows these switches)
import greenlet
from greenlet import getcurrent

main = getcurrent()


def attempt(label, body):
    def run():
        try:
            body()
        except greenlet.error as e:
            return "%s: greenlet.error: %s" % (label, e)
        return label + ": no error"

    print(greenlet.greenlet(run).switch())


attempt("sorted key", lambda: sorted([3, 1, 2], key=lambda x: main.switch(x)))


class Loud:
    def __repr__(self):
        main.switch("from repr")
        return "Loud()"


attempt("repr from print", lambda: print(Loud()))


def gen():
    main.switch("from generator")
    yield 1


attempt("list(generator)", lambda: list(gen()))
attempt("map", lambda: list(map(lambda x: main.switch(x), [1])))
attempt("_switch from native", lambda: list(map(greenlet._switch, [1], [2], [3])))

# A generator iterated by a for loop, or a *args call, is not native: fine.
def inline_ok():
    for x in gen():
        pass
    args = (1,)
    main.switch(*args)
    return "inline ok"


g = greenlet.greenlet(inline_ok)
print(g.switch())
print(g.switch())
print(g.switch())
print(g.dead)

# The main greenlet may switch from inside a native call: the other
# greenlets run above it and switch back before the call goes on.
def doubler():
    x = main.switch()
    while True:
        x = main.switch(x * 2)


d = greenlet.greenlet(doubler)
d.switch()
print(sorted([3, 1, 2], key=lambda x: -d.switch(x)))
print(list(map(d.switch, [5, 6])))
# ...but a greenlet started there cannot come back out of it.
def starter():
    return sorted([1, 2], key=lambda x: main.switch(x))


s = greenlet.greenlet(starter)
try:
    print(s.switch())
except greenlet.error as e:
    print("greenlet.error:", e, s.dead)
print("still fine:", greenlet.greenlet(lambda: "yes").switch())
# expect: sorted key: greenlet.error: cannot switch greenlets here: this greenlet is inside a call made by native code (a builtin calling back into Python, such as a sorted() key, __repr__ called by print or a builtin iterator), and switching away would cross that C++ frame
# expect: repr from print: greenlet.error: cannot switch greenlets here: this greenlet is inside a call made by native code (a builtin calling back into Python, such as a sorted() key, __repr__ called by print or a builtin iterator), and switching away would cross that C++ frame
# expect: list(generator): greenlet.error: cannot switch greenlets here: this greenlet is inside a call made by native code (a builtin calling back into Python, such as a sorted() key, __repr__ called by print or a builtin iterator), and switching away would cross that C++ frame
# expect: map: greenlet.error: cannot switch greenlets here: this greenlet is inside a call made by native code (a builtin calling back into Python, such as a sorted() key, __repr__ called by print or a builtin iterator), and switching away would cross that C++ frame
# expect: _switch from native: greenlet.error: cannot switch greenlets from native code (a builtin calling back into Python): the switch would cross a C++ frame
# expect: from generator
# expect: 1
# expect: inline ok
# expect: True
# expect: [3, 2, 1]
# expect: [10, 12]
# expect: greenlet.error: cannot switch greenlets here: this greenlet is inside a call made by native code (a builtin calling back into Python, such as a sorted() key, __repr__ called by print or a builtin iterator), and switching away would cross that C++ frame True
# expect: still fine: yes
