def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("top")
level1()

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_chain_three_levels.py", line 5, in level2
# expect stderr: level3()
# expect stderr: File "uncaught_chain_three_levels.py", line 2, in level3
# expect stderr: raise KeyError("deep")
# expect stderr: KeyError: 'deep'
# expect stderr: The above exception was the direct cause of the following exception:
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_chain_three_levels.py", line 10, in level1
# expect stderr: level2()
# expect stderr: File "uncaught_chain_three_levels.py", line 7, in level2
# expect stderr: raise ValueError("middle") from e
# expect stderr: ValueError: middle
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_chain_three_levels.py", line 13, in <module>
# expect stderr: level1()
# expect stderr: File "uncaught_chain_three_levels.py", line 12, in level1
# expect stderr: raise RuntimeError("top")
# expect runtime error: RuntimeError: top
