# traceback.walk_tb/extract_stack(f)/StackSummary.extract/capture_locals and inspect.trace/getinnerframes over tb_frame; gi_frame
import sys, traceback, inspect

def thrower(n):
    a = n
    raise ValueError(a)

def middle(m):
    y = m * 2
    thrower(y)

try:
    middle(1)
except ValueError as e:
    tb = e.__traceback__
    print([(f.f_code.co_name, line) for f, line in traceback.walk_tb(tb)])
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line)
    print([fi.function for fi in inspect.trace()])
    print([(fi.function, fi.lineno, fi.code_context) for fi in inspect.getinnerframes(tb)[1:]])
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    for fs in te.stack[1:]:
        print(fs.name, sorted(fs.locals.items()))
    print(inspect.getframeinfo(tb.tb_next).function)

def where():
    f = sys._getframe()
    return [fs.name for fs in traceback.extract_stack(f)]
def caller():
    return where()
print(caller())

def summarize(f):
    return [(fs.name, fs.lineno) for fs in traceback.StackSummary.extract(traceback.walk_stack(f))]
def deep():
    return summarize(sys._getframe())
print(deep())

# a generator's frame (gi_frame): the same frame type, read while suspended
def gen():
    x = 1
    yield x
    x = 2
    yield x
g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals, type(g.gi_frame) is type(sys._getframe()))
next(g)
print(g.gi_frame.f_lineno, inspect.getgeneratorlocals(g))
g.close()
print(g.gi_frame, inspect.getgeneratorlocals(g))

# expect: [('<module>', 13), ('middle', 10), ('thrower', 6)]
# expect: <module> 13 middle(1)
# expect: middle 10 thrower(y)
# expect: thrower 6 raise ValueError(a)
# expect: ['<module>', 'middle', 'thrower']
# expect: [('middle', 10, ['    thrower(y)\n']), ('thrower', 6, ['    raise ValueError(a)\n'])]
# expect: middle [('m', '1'), ('y', '2')]
# expect: thrower [('a', '2'), ('n', '2')]
# expect: middle
# expect: ['<module>', 'caller', 'where']
# expect: [('deep', 36), ('<module>', 37)]
# expect: 40 {}
# expect: 42 {'x': 1} True
# expect: 44 {'x': 2}
# expect: None {}
