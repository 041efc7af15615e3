table = {"a": {"b": 1}}
value = table["a"][
    "missing"
]

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_multiline_subscript.py", line 2, in <module>
# expect stderr: value = table["a"][
# expect runtime error: KeyError: 'missing'
