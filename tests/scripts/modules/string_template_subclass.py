# A Template subclass may change the syntax: idpattern, braceidpattern,
# flags or a whole pattern (compiled with re as CPython does); a further
# subclass changing only the delimiter keeps its parent's idpattern.
import string


class Hash(string.Template):
    delimiter = '#'
    idpattern = r'[a-z]+_[a-z]+'


print(Hash('#one_two #{one_two} ## #plain #Up_Case').safe_substitute(one_two=1, Up_Case=2))
try:
    Hash('x #1').substitute()
except ValueError as e:
    print(e)
print(Hash('#a_b #c_d #a_b').get_identifiers(), Hash('#1').is_valid())


class At(Hash):
    delimiter = '@'


print(At('@a_b @@ #a_b @ab').safe_substitute(a_b='x'))


class Brackets(string.Template):
    pattern = r'\[(?P<named>\w+)\]|(?P<escaped>\[\[)|(?P<braced>(?!))|(?P<invalid>\[)'


print(Brackets('[x] [[ ok').substitute(x=5))
print(type(Brackets.pattern).__name__, Hash.flags)


class Strict(string.Template):
    flags = 0


print(Strict('$abc $ABC').safe_substitute(abc=1, ABC=2))
print(string.Template('$x ${y} $$').substitute(x=1, y=2))

# expect: 1 1 # #plain 2
# expect: Invalid placeholder in string: line 1, col 3
# expect: ['a_b', 'c_d'] False
# expect: x @ #a_b @ab
# expect: 5 $ ok
# expect: Pattern re.IGNORECASE
# expect: 1 $ABC
# expect: 1 2 $
