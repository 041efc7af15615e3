def f():
    try:
        raise ValueError("v")
    except ValueError:
        {}["missing"]
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
except ZeroDivisionError as e2:
    print("re-raised instance", e2.__context__)

# expect: KeyError('missing') ValueError('v')
# expect: re-raised instance None
