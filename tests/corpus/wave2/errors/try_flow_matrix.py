# try/except/else/finally flow in loops and functions: return in finally
# overriding, break/continue through finally, nested re-raise, exception variable scope.
def f1():
    try:
        return "try"
    finally:
        print("  f1 finally")


def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("  body", i)
        finally:
            print("  finally", i)
    else:
        print("  no else after break")
    return i


def f4(n):
    try:
        if n == 0:
            raise KeyError(n)
        if n == 1:
            raise IndexError(n)
        result = 10 // (n - 2)
    except KeyError:
        return "key"
    except (IndexError, TypeError) as e:
        return f"index {type(e).__name__}"
    except Exception:
        return "other"
    else:
        return f"else {result}"
    finally:
        print(f"  f4({n}) finally")


def f5():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            print("  handling inner")
            raise
    except ValueError as e:
        return f"outer got {e}"


def f6():
    e = "before"
    try:
        raise OSError("x")
    except OSError as e:
        pass
    try:
        return e
    except NameError as err:
        return f"NameError: {err}"


def f7():
    count = 0
    while True:
        try:
            count += 1
            if count < 3:
                continue
            return count
        finally:
            print("  f7 finally", count)


for fn in (f1, f2, f3, f5, f6, f7):
    print(fn.__name__, fn())
for n in range(5):
    print("f4", n, f4(n))
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
    finally:
        print("finally sees the exception in flight")
except ValueError as e:
    print("outer caught", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
