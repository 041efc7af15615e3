# The contextlib module (written in coil, compiled into the binary): output checked against CPython.
import contextlib
@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name
    finally:
        print('</%s>' % name)
with tag('h1') as t: print('body', t)
try:
    with tag('x'): raise ValueError('boom')
except ValueError as e: print('caught', e)
@contextlib.contextmanager
def swallow():
    try: yield
    except KeyError: print('swallowed')
with swallow(): raise KeyError('k')
with contextlib.suppress(ZeroDivisionError): 1 / 0
print('after suppress')
class Res:
    def close(self): print('closed')
with contextlib.closing(Res()): pass
with contextlib.nullcontext(5) as v: print(v)
import io
with contextlib.ExitStack() as st:
    for n in 'ab': st.enter_context(tag(n))
    st.callback(print, 'callback')
print('done')

# Expected output (CPython 3.11):
# expect: <h1>
# expect: body h1
# expect: </h1>
# expect: <x>
# expect: </x>
# expect: caught boom
# expect: swallowed
# expect: after suppress
# expect: closed
# expect: 5
# expect: <a>
# expect: <b>
# expect: callback
# expect: </b>
# expect: </a>
# expect: done
