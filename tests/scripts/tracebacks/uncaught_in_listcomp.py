def inverses(values):
    return [1 / v for v in values]
print(inverses([1, 2]))
inverses([1, 0])

# expect: [1.0, 0.5]
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_in_listcomp.py", line 4, in <module>
# expect stderr: inverses([1, 0])
# expect stderr: File "uncaught_in_listcomp.py", line 2, in inverses
# expect stderr: return [1 / v for v in values]
# expect stderr: File "uncaught_in_listcomp.py", line 2, in <listcomp>
# expect stderr: return [1 / v for v in values]
# expect runtime error: ZeroDivisionError: division by zero
