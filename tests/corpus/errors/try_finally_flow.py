"""Control flow through try/except/else/finally: returns, breaks, continues, re-raise, bare except."""


def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        result = 10 // x
    except ValueError as e:
        print("  except:", e)
        return "from except"
    except ZeroDivisionError:
        return "unreachable"
    else:
        print("  else: result", result)
        return "from else"
    finally:
        print("  finally for", x)


def finally_wins():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("lost")
        finally:
            if i == 1:
                break
    return i


def loop_control():
    out = []
    for i in range(6):
        try:
            if i % 2:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def bare():
    try:
        {}["x"]
    except:
        return "bare except caught"


def reraise():
    try:
        try:
            int("nope")
        except ValueError:
            print("  logging and re-raising")
            raise
    except ValueError as e:
        return f"outer got: {e}"


def nested_cleanup():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log


for x in (2, 0):
    print(f"f({x}) ->", f(x))
print(finally_wins(), swallow(), loop_control(), bare(), reraise(), nested_cleanup())
try:
    raise TypeError("first")
except TypeError:
    try:
        raise ValueError("second")
    except ValueError as e:
        print(repr(e), "context:", repr(e.__context__))
try:
    raise ValueError("hidden") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
