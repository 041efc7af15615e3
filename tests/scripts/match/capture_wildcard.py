# Capture patterns bind the subject; `_` binds nothing; a capture is bound
# only when the whole pattern matches; a guard sees the captures and they
# stay bound when it fails.
match 42:
    case x:
        print("captured", x)

match 7:
    case _:
        print("wildcard")
try:
    _
except NameError as e:
    print(e)

a = "unset"
match [1, 2]:
    case [a, 3]:
        print("no")
    case _:
        print("a is still", a)

match 10:
    case n if n > 100:
        print("big")
    case m:
        print("guard failed; n =", n, "m =", m)

# the subject is evaluated once
def subject():
    print("evaluating subject")
    return 3
match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three")

# a capture in a guard-less non-last case is fine when it is guarded
match 5:
    case v if v < 0:
        print("negative")
    case v:
        print("v =", v)

# expect: captured 42
# expect: wildcard
# expect: name '_' is not defined
# expect: a is still unset
# expect: guard failed; n = 10 m = 10
# expect: evaluating subject
# expect: three
# expect: v = 5
