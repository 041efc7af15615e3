d = {"a": 1}
print(d["a"])
d["b c"]

# expect: 1
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_keyerror_repr.py", line 3, in <module>
# expect stderr: d["b c"]
# expect runtime error: KeyError: 'b c'
