# WeakMethod holds a bound method weakly: alive with its object, None and its callback once the object dies
import weakref

class C:
    def m(self):
        return "m of C"

o = C()
wm = weakref.WeakMethod(o.m, lambda r: print("method died", r() is None))
print(wm()(), wm() == o.m, wm == weakref.WeakMethod(o.m))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del o
print(wm())

# expect: m of C True True
# expect: TypeError: argument should be a bound method, not <class 'builtin_function_or_method'>
# expect: method died True
# expect: None
