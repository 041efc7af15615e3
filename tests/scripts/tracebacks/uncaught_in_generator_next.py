def numbers():
    yield 1
    yield int("x")
g = numbers()
print(next(g))
next(g)

# expect: 1
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_in_generator_next.py", line 6, in <module>
# expect stderr: next(g)
# expect stderr: File "uncaught_in_generator_next.py", line 3, in numbers
# expect stderr: yield int("x")
# expect runtime error: ValueError: invalid literal for int() with base 10: 'x'
