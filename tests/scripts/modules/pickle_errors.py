# pickle: the C module's errors for unpicklable globals and for damaged data
import pickle, sys
def f():
    def g(): pass
    return g
class A: pass
A2 = A
class B: pass
del B
def h(): pass
h.__module__ = 'nonexistent_mod'
for o in [f(), lambda: 0, h]:
    try: pickle.dumps(o)
    except Exception as e: print(type(e).__name__, str(e).split(' at 0x')[0], str(e).split('>')[-1])
class C: pass
C.__qualname__ = 'Zzz'
try: pickle.dumps(C)
except Exception as e: print(type(e).__name__, e)
class E: pass
x = E
class E: pass
try: pickle.dumps(x)
except Exception as e: print(type(e).__name__, e)
for data in [b'', b'\x80\x04', b'garbage', b'\x80\x04K\x01', b'(.', b'.', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K', b'x', b'\x00', b'I12', b'e.', b'\x80\x09.', b'K\x01\x85']:
    try: print(pickle.loads(data))
    except Exception as e: print(type(e).__name__, e)

# expect: AttributeError Can't pickle local object 'f.<locals>.g' .g'
# expect: PicklingError Can't pickle <function <lambda>  on __main__ failed
# expect: PicklingError Can't pickle <function h : import of module 'nonexistent_mod' failed
# expect: PicklingError Can't pickle <class '__main__.Zzz'>: attribute lookup Zzz on __main__ failed
# expect: PicklingError Can't pickle <class '__main__.E'>: it's not the same object as __main__.E
# expect: EOFError Ran out of input
# expect: EOFError Ran out of input
# expect: UnpicklingError pickle data was truncated
# expect: EOFError Ran out of input
# expect: UnpicklingError unexpected MARK found
# expect: UnpicklingError unpickling stack underflow
# expect: UnpicklingError pickle data was truncated
# expect: UnpicklingError invalid load key, 'x'.
# expect: UnpicklingError invalid load key, '\x00'.
# expect: UnpicklingError pickle data was truncated
# expect: UnpicklingError could not find MARK
# expect: ValueError unsupported pickle protocol: 9
# expect: EOFError Ran out of input
