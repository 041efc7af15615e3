counter = 0
def step():
    return countr + 1
step()

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_global_suggestion.py", line 4, in <module>
# expect stderr: step()
# expect stderr: File "uncaught_global_suggestion.py", line 3, in step
# expect stderr: return countr + 1
# expect runtime error: NameError: name 'countr' is not defined. Did you mean: 'counter'?
