# cpython: no
# A Template subclass may change the delimiter, but patterns need `re`,
# which coil lacks: defining them is refused instead of ignored.
from string import Template

try:
    class Custom(Template):
        idpattern = r'[a-z]+'
except NotImplementedError as e:
    print(e)

# expect: string.Template subclasses cannot set 'idpattern' in coil (it needs the re module); 'delimiter' can be changed
