# Errors in the cleanup of a generator a for loop drops are reported as CPython's
# finalizer reports them (the exception alone, not its GeneratorExit context, at
# the line running when none of its own), and the program goes on; an exception
# leaving the loop keeps its traceback.
import sys, traceback

def gen():
    try:
        yield 1
    finally:
        print("finally; exc_info:", sys.exc_info()[0])

def ignore():
    try:
        yield 1
    finally:
        yield 2

for x in ignore():
    break
print("after ignore")

def raising():
    try:
        yield 1
    finally:
        raise OSError("in finally")

for x in raising():
    break
print("after raising")

def f():
    for x in gen():
        1/0

try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

for x in gen():
    try:
        raise KeyError("k")
    except KeyError:
        print("handled inside", sys.exc_info()[0])
        break
print("end")

# expect: after ignore
# expect: after raising
# expect: finally; exc_info: <class 'GeneratorExit'>
# expect: <module> 38
# expect: f 35
# expect: handled inside <class 'KeyError'>
# expect: finally; exc_info: <class 'GeneratorExit'>
# expect: end
# expect stderr: File "loop_owned_close_errors.py", line 20, in <module>
# expect stderr: break
# expect stderr: RuntimeError: generator ignored GeneratorExit
# expect stderr: File "loop_owned_close_errors.py", line 27, in raising
# expect stderr: raise OSError("in finally")
# expect stderr: OSError: in finally
