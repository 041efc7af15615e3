def f(n):
    return f(n + 1)
f(0)

# expect stderr: Traceback (most recent call last):
# expect stderr: File "recursion_uncaught.py", line 3, in <module>
# expect stderr: f(0)
# expect stderr: File "recursion_uncaught.py", line 2, in f
# expect stderr: return f(n + 1)
# expect stderr: File "recursion_uncaught.py", line 2, in f
# expect stderr: return f(n + 1)
# expect stderr: File "recursion_uncaught.py", line 2, in f
# expect stderr: return f(n + 1)
# expect stderr: [Previous line repeated 996 more times]
# expect runtime error: RecursionError: maximum recursion depth exceeded
