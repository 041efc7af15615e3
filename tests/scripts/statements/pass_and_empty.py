def nothing():
    pass
class Empty:
    pass
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
print(nothing(), Empty.__name__)
def docstring_only():
    """Only a docstring."""
print(docstring_only())
...
print(...)

# expect: None Empty
# expect: None
# expect: Ellipsis
