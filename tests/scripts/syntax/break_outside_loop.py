if True:
    break


# expect stderr: File "break_outside_loop.py", line 2
# expect stderr: break
# expect error: SyntaxError: 'break' outside loop
