# max() of an empty sequence without a default raises ValueError.
try:
    min([])
except ValueError as e:
    print(e)  # expect: min() arg is an empty sequence
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)  # expect: Cannot specify a default for max() with multiple positional arguments
try:
    max()
except TypeError as e:
    print(e)  # expect: max expected at least 1 argument, got 0
max(iter([]))
# expect runtime error: ValueError: max() arg is an empty sequence
