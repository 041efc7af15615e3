print("never runs")
return 5


# expect stderr: File "return_outside_function.py", line 2
# expect stderr: return 5
# expect error: SyntaxError: 'return' outside function
