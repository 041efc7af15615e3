assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print("plain", repr(e), e.args)
try:
    assert [], "list was empty"
except AssertionError as e:
    print("msg", e)
try:
    x = 5
    assert x < 0, f"x={x} not negative"
except AssertionError as e:
    print(e)
assert False, ("tuple", 1)

# expect: plain AssertionError() ()
# expect: msg list was empty
# expect: x=5 not negative
# expect runtime error: AssertionError: ('tuple', 1)
