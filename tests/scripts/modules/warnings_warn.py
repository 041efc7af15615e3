# warnings.warn prints "file:line: Category: message" and the source line to stderr,
# once per location by default; filters and catch_warnings change that.
import warnings


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


def check(value):
    if value < 0:
        warnings.warn(f"negative value {value}")
    return abs(value)


for v in (-1, -2, 3):
    check(v)
print(old_api(21))
warnings.warn("a RuntimeWarning", RuntimeWarning)
warnings.warn(UserWarning("an instance"))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    check(-5)
    check(-5)
    warnings.warn("later", FutureWarning)
print(len(caught), [str(w.message) for w in caught], caught[0].category.__name__, caught[2].lineno)
print(caught[0].filename.rsplit('/', 1)[-1], caught[0].lineno)  # the folder depends on the checkout

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    check(-7)
    warnings.warn("hidden")

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="neg")
    try:
        check(-9)
    except UserWarning as e:
        print("raised:", e)
    warnings.warn("not matched: shown")

with warnings.catch_warnings():
    warnings.simplefilter("error", category=DeprecationWarning)
    try:
        warnings.warn("gone", DeprecationWarning)
    except DeprecationWarning as e:
        print("DeprecationWarning:", e)

warnings.warn("ignored by default", PendingDeprecationWarning)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1"), end="")
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
print("done")

# expect stderr: warnings_warn.py:13: UserWarning: negative value -1
# expect stderr: warnings.warn(f"negative value {value}")
# expect stderr: warnings_warn.py:19: DeprecationWarning: old_api() is deprecated; use new_api()
# expect stderr: print(old_api(21))
# expect stderr: warnings_warn.py:20: RuntimeWarning: a RuntimeWarning
# expect stderr: warnings_warn.py:21: UserWarning: an instance
# expect stderr: warnings_warn.py:42: UserWarning: not matched: shown

# expect: 42
# expect: 3 ['negative value -5', 'negative value -5', 'later'] UserWarning 27
# expect: warnings_warn.py 13
# expect: raised: negative value -9
# expect: DeprecationWarning: gone
# expect: f.py:3: UserWarning: msg
# expect:   x = 1
# expect: TypeError: category must be a Warning subclass, not 'type'
# expect: done
