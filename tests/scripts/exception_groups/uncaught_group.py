# An uncaught exception group prints in 3.11's box format: nested groups,
# each member's own traceback, chained exceptions inside the box.
def fail(n):
    if n == 1:
        raise ValueError("bad value")
    try:
        {}["missing"]
    except KeyError as e:
        raise TypeError("bad type") from e

def collect():
    errors = []
    for n in (1, 2):
        try:
            fail(n)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("collected", [ExceptionGroup("nested", errors), OSError("plain")])

collect()
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |   File "uncaught_group.py", line 20, in <module>
# expect stderr:   |     collect()
# expect stderr:   |   File "uncaught_group.py", line 18, in collect
# expect stderr:   |     raise ExceptionGroup("collected", [ExceptionGroup("nested", errors), OSError("plain")])
# expect stderr:   | ExceptionGroup: collected (2 sub-exceptions)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | ExceptionGroup: nested (2 sub-exceptions)
# expect stderr:     +-+---------------- 1 ----------------
# expect stderr:       | Traceback (most recent call last):
# expect stderr:       |   File "uncaught_group.py", line 15, in collect
# expect stderr:       |     fail(n)
# expect stderr:       |   File "uncaught_group.py", line 5, in fail
# expect stderr:       |     raise ValueError("bad value")
# expect stderr:       | ValueError: bad value
# expect stderr:       +---------------- 2 ----------------
# expect stderr:       | Traceback (most recent call last):
# expect stderr:       |   File "uncaught_group.py", line 7, in fail
# expect stderr:       |     {}["missing"]
# expect stderr:       |     ~~^^^^^^^^^^^
# expect stderr:       | KeyError: 'missing'
# expect stderr:       | 
# expect stderr:       | The above exception was the direct cause of the following exception:
# expect stderr:       | 
# expect stderr:       | Traceback (most recent call last):
# expect stderr:       |   File "uncaught_group.py", line 15, in collect
# expect stderr:       |     fail(n)
# expect stderr:       |   File "uncaught_group.py", line 9, in fail
# expect stderr:       |     raise TypeError("bad type") from e
# expect stderr:       | TypeError: bad type
# expect stderr:       +------------------------------------
# expect stderr:     +---------------- 2 ----------------
# expect stderr:     | OSError: plain
# expect stderr:     +------------------------------------
# expect runtime error:     +------------------------------------
