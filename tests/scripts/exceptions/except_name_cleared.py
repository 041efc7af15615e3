e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
print(type(f()).__name__)

# expect: in handler x
# expect: NameError: name 'e' is not defined
# expect: ZeroDivisionError
