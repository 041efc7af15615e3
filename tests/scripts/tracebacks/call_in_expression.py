def parse(text):
    return int(text)
total = parse("12") + parse("x")

# expect stderr: Traceback (most recent call last):
# expect stderr: File "call_in_expression.py", line 3, in <module>
# expect stderr: total = parse("12") + parse("x")
# expect stderr: ^^^^^^^^^^
# expect stderr: File "call_in_expression.py", line 2, in parse
# expect stderr: return int(text)
# expect stderr: ^^^^^^^^^
# expect runtime error: ValueError: invalid literal for int() with base 10: 'x'
