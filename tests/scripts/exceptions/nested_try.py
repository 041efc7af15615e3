def f():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
f()
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
except IndexError as e:
    print("got", repr(e), "context", repr(e.__context__))
try:
    try:
        pass
    finally:
        print("no exception finally")
except Exception:
    print("no")

# expect: inner finally
# expect: outer caught inner
# expect: outer finally
# expect: got IndexError('b') context KeyError('a')
# expect: no exception finally
