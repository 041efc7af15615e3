try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
e2 = ValueError("y")
print(e2.__traceback__, e2.__context__, e2.__cause__)
e3 = e2.with_traceback(None)
print(e3 is e2)

# expect: traceback 2 None
# expect: None None None
# expect: True
