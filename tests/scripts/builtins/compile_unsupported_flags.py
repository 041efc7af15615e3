# cpython: no
# compile() refuses what coil cannot do instead of ignoring it: top-level await,
# optimize levels 1 and 2, function code.
import __future__

for call in [lambda: compile('x', 'f', 'exec', 0x2000),
             lambda: compile('assert x', 'f', 'exec', optimize=1)]:
    try:
        call()
    except NotImplementedError as e:
        print(e)


def f():
    pass


try:
    exec(f.__code__)
except NotImplementedError as e:
    print(e)
print(compile('x', 'f', 'exec', __future__.division.compiler_flag).co_filename)

# expect: compile(): flag 0x2000 is not supported by coil
# expect: compile(): optimize levels 1 and 2 are not supported by coil
# expect: exec() of a function's code object is not supported by coil
# expect: f
