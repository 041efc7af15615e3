def f():
    print(x)
    global x


# expect stderr: File "used_before_global.py", line 3
# expect stderr: global x
# expect error: SyntaxError: name 'x' is used prior to global declaration
