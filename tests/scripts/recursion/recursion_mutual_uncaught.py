def a(n):
    return b(n)
def b(n):
    return a(n)
a(1)

# expect stderr: Traceback (most recent call last):
# expect stderr: File "recursion_mutual_uncaught.py", line 5, in <module>
# expect stderr: a(1)
# expect stderr: File "recursion_mutual_uncaught.py", line 2, in a
# expect stderr: return b(n)
# expect stderr: File "recursion_mutual_uncaught.py", line 4, in b
# expect stderr: return a(n)
# expect stderr: File "recursion_mutual_uncaught.py", line 2, in a
# expect stderr: return b(n)
# expect runtime error: RecursionError: maximum recursion depth exceeded
