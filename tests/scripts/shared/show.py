# test: module
# The prelude of the tests that try many calls in a row: show(label, f)
# prints f's result or the exception it raised, so one file covers many cases.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
