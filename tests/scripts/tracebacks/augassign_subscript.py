counts = {}
for word in "a b a".split():
    counts[word] += 1

# expect stderr: Traceback (most recent call last):
# expect stderr: File "augassign_subscript.py", line 3, in <module>
# expect stderr: counts[word] += 1
# expect stderr: ~~~~~~^^^^^^
# expect runtime error: KeyError: 'a'
