# string.Template: substitute, safe_substitute, is_valid, get_identifiers,
# a custom delimiter, and CPython's errors.
from string import Template

t = Template('$who likes $what; ${who}s pay $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'), t.is_valid(), t.get_identifiers())
for text in ['$', 'a\n b $ c', '${x', '$1', 'cost: $5']:
    bad = Template(text)
    try:
        bad.substitute(x=1)
    except ValueError as e:
        print(e)
    print(repr(bad.safe_substitute(x=1)), bad.is_valid())
try:
    Template('$missing').substitute()
except KeyError as e:
    print(repr(e))


class Percent(Template):
    delimiter = '%'


print(Percent('%item costs %%5 and $x').substitute(item='tea'))

# expect: tim likes kung pao; tims pay $5
# expect: ann likes coffee; anns pay $5
# expect: bob likes $what; bobs pay $5 True ['who', 'what']
# expect: Invalid placeholder in string: line 1, col 1
# expect: '$' False
# expect: Invalid placeholder in string: line 2, col 4
# expect: 'a\n b $ c' False
# expect: Invalid placeholder in string: line 1, col 1
# expect: '${x' False
# expect: Invalid placeholder in string: line 1, col 1
# expect: '$1' False
# expect: Invalid placeholder in string: line 1, col 7
# expect: 'cost: $5' False
# expect: KeyError('missing')
# expect: tea costs %5 and $x
