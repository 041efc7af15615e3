# textwrap.shorten collapses whitespace and truncates with a placeholder.
import textwrap

print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten('  lots   of\n\nspace  ', 40))
print(textwrap.shorten('Supercalifragilistic', 10))
try:
    textwrap.shorten('hello world', width=3)
except ValueError as e:
    print(e)

# expect: Hello world!
# expect: Hello [...]
# expect: Hello...
# expect: lots of space
# expect: [...]
# expect: placeholder too large for max width
