def f():
    continue


# expect stderr: File "continue_outside_loop.py", line 2
# expect stderr: continue
# expect error: SyntaxError: 'continue' not properly in loop
