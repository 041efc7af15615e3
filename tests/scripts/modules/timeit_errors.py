# Bad statements are reported when the Timer is made (or when it runs).
import timeit

for bad in [lambda: timeit.Timer(stmt=1), lambda: timeit.Timer(setup=None),
            lambda: timeit.Timer('x = '), lambda: timeit.Timer('return 1')]:
    try:
        bad()
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e.args[0])
try:
    timeit.Timer('undefined_name').timeit(1)
except NameError as e:
    print('NameError', e)

# expect: ValueError stmt is neither a string nor callable
# expect: ValueError setup is neither a string nor callable
# expect: SyntaxError invalid syntax
# expect: SyntaxError 'return' outside function
# expect: NameError name 'undefined_name' is not defined
