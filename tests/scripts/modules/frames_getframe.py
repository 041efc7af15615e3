# sys._getframe, inspect.currentframe/stack/getframeinfo, and logging's caller fields that use them.
import sys
import inspect
import logging

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals)

def outer(a, b=2):
    c = a + b
    return where()

print(outer(1))
print(where()[:2], "where" in where()[2])

def walk():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def level1():
    return level2()

def level2():
    return walk()

print(level1())
print(sys._getframe().f_globals is globals(), sys._getframe(0).f_code.co_name)
print(type(sys._getframe()).__name__, inspect.isframe(sys._getframe()))
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)

def who_am_i():
    return inspect.stack()[0][3], inspect.stack()[1].function, inspect.currentframe().f_code.co_name

def caller():
    return who_am_i()

print(caller())
info = inspect.getframeinfo(inspect.currentframe())
print(info.function, info.lineno, info.code_context, info.index)
print([fi.function for fi in inspect.getouterframes(sys._getframe())][:1])

class Widget:
    def method(self):
        frame = inspect.currentframe()
        return frame.f_locals["self"] is self, frame.f_code.co_name, frame.f_back.f_code.co_name

print(Widget().method())

def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name

print(list(gen()))

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(module)s.%(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("demo")

def do_work(n):
    log.warning("working on %d", n)
    if n:
        do_work(n - 1)

do_work(1)
log.error("at module level")

# expect: ('outer', 12, ['a', 'b', 'c'])
# expect: ('<module>', 15) True
# expect: ['walk', 'level2', 'level1', '<module>']
# expect: True <module>
# expect: frame True
# expect: ValueError: call stack is not deep enough
# expect: ('who_am_i', 'caller', 'who_am_i')
# expect: <module> 46 ['info = inspect.getframeinfo(inspect.currentframe())\n'] 0
# expect: ['<module>']
# expect: (True, 'method', '<module>')
# expect: ['gen', '<module>']
# expect: WARNING frames_getframe.do_work:67 working on 1
# expect: WARNING frames_getframe.do_work:67 working on 0
# expect: ERROR frames_getframe.<module>:72 at module level
