def total(items):
    return sum(int(x) for x in items)
print(total(["1", "2"]))
total(["3", "four"])

# expect: 3
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_in_genexp.py", line 4, in <module>
# expect stderr: total(["3", "four"])
# expect stderr: File "uncaught_in_genexp.py", line 2, in total
# expect stderr: return sum(int(x) for x in items)
# expect stderr: File "uncaught_in_genexp.py", line 2, in <genexpr>
# expect stderr: return sum(int(x) for x in items)
# expect runtime error: ValueError: invalid literal for int() with base 10: 'four'
