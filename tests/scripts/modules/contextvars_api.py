# contextvars: Context, ContextVar, Token (expectations from python3 3.11)
import contextvars as cv
import re
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))
v = cv.ContextVar('v', default=1)
w = cv.ContextVar('w')
print(repr(v).startswith("<ContextVar name='v' default=1 at 0x"), repr(w).startswith("<ContextVar name='w' at 0x"))
c = cv.copy_context()
print(len(c), list(c), v in c, v.name, w.name)
tok = v.set(5)
print(repr(tok).startswith("<Token var=<ContextVar name='v' default=1 at 0x"), tok.var is v, tok.old_value, repr(cv.Token.MISSING))
print(tok.old_value is cv.Token.MISSING)
print(v.get(), cv.copy_context()[v], c.get(v), c.get(v, 'd'), v in cv.copy_context())
t(lambda: c[1])
t(lambda: 1 in c)
t(lambda: c.get('x'))
t(lambda: w.get())
t(lambda: c[w])
t(lambda: cv.ContextVar(1))
t(lambda: cv.Token())
t(lambda: cv.Context(1))
t(lambda: cv.ContextVar())
t(lambda: cv.ContextVar('a', 1))
t(lambda: v.reset(1))
print(v.reset(tok), v.get())
t(lambda: v.reset(tok))
t(lambda: w.reset(v.set(3)))
print(w.get(7), v.get(8), v.get())
def inner():
    t(lambda: c.run(inner))
    v.set('in-c')
    return v.get()
print(c.run(inner), v.get(), c[v])
print(cv.Context() == cv.Context(), c == c.copy(), c == 1, c != c.copy())
print(cv.ContextVar[int] is cv.ContextVar, cv.Token[str] is cv.Token)
print(type(c).__name__, type(v).__name__, type(tok).__name__, type(c).__module__)
ctx2 = cv.Context()
tk = w.set('x')
def other():
    t(lambda: w.reset(tk))
    return w.get('no w here')
print(ctx2.run(other))
print(sorted(k.name for k in cv.copy_context()), sorted(map(str, cv.copy_context().values())))
print(sorted((k.name, val) for k, val in cv.copy_context().items()))
def kw(a, b=0, *, c=0):
    return a + b + c
print(cv.copy_context().run(kw, 1, b=2, c=3))
def boom():
    v.set('lost?')
    raise ValueError('boom')
c3 = cv.copy_context()
t(lambda: c3.run(boom))
print(c3[v], v.get())
t(lambda: c3.run())
# the mapping protocol
print(len(c3), sorted(k.name for k in c3.keys()), sorted(k.name for k in c3))

# expect: True True
# expect: 0 [] False v w
# expect: True True <Token.MISSING> <Token.MISSING>
# expect: True
# expect: 5 5 None d True
# expect: TypeError a ContextVar key was expected, got 1
# expect: TypeError a ContextVar key was expected, got 1
# expect: TypeError a ContextVar key was expected, got 'x'
# expect: LookupError <ContextVar name='w' at ADDR>
# expect: KeyError <ContextVar name='w' at ADDR>
# expect: TypeError context variable name must be a str
# expect: RuntimeError Tokens can only be created by ContextVars
# expect: TypeError Context() does not accept any arguments
# expect: TypeError ContextVar() takes exactly 1 positional argument (0 given)
# expect: TypeError ContextVar() takes at most 1 positional argument (2 given)
# expect: TypeError expected an instance of Token, got 1
# expect: None 1
# expect: RuntimeError <Token used var=<ContextVar name='v' default=1 at ADDR> at ADDR> has already been used once
# expect: ValueError <Token var=<ContextVar name='v' default=1 at ADDR> at ADDR> was created by a different ContextVar
# expect: 7 3 3
# expect: RuntimeError cannot enter context: <_contextvars.Context object at ADDR> is already entered
# expect: in-c 3 in-c
# expect: True True False False
# expect: False False
# expect: Context ContextVar Token _contextvars
# expect: ValueError <Token var=<ContextVar name='w' at ADDR> at ADDR> was created in a different Context
# expect: no w here
# expect: ['v', 'w'] ['3', 'x']
# expect: [('v', 3), ('w', 'x')]
# expect: 6
# expect: ValueError boom
# expect: lost? 3
# expect: TypeError run() missing 1 required positional argument
# expect: 2 ['v', 'w'] ['v', 'w']
