def lookup(table, key):
    return table["data"][key]
lookup({"data": {"a": 1}}, "b")

# expect stderr: Traceback (most recent call last):
# expect stderr: File "subscript_anchor.py", line 3, in <module>
# expect stderr: lookup({"data": {"a": 1}}, "b")
# expect stderr: File "subscript_anchor.py", line 2, in lookup
# expect stderr: return table["data"][key]
# expect stderr: ~~~~~~~~~~~~~^^^^^
# expect runtime error: KeyError: 'b'
