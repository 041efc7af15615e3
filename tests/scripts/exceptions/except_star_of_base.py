def check(exc):
    try:
        raise exc
    except ArithmeticError:
        return "arith"
    except LookupError:
        return "lookup"
    except Exception:
        return "other"
for exc in [ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError("x")]:
    print(check(exc))
try:
    raise SystemExit(3)
except BaseException as e:
    print("base", type(e).__name__, e.code)

# expect: arith
# expect: arith
# expect: lookup
# expect: lookup
# expect: other
# expect: base SystemExit 3
