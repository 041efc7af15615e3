def fail():
    raise ValueError("whole statement")
fail()

# expect stderr: Traceback (most recent call last):
# expect stderr: File "whole_line_no_carets.py", line 3, in <module>
# expect stderr: fail()
# expect stderr: File "whole_line_no_carets.py", line 2, in fail
# expect stderr: raise ValueError("whole statement")
# expect runtime error: ValueError: whole statement
