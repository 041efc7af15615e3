def f(**kw):
    return kw
f(a=1, a=2)


# expect stderr: File "keyword_repeated.py", line 3
# expect stderr: f(a=1, a=2)
# expect error: SyntaxError: keyword argument repeated: a
