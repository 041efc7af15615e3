# dedent removes the common leading blanks; indent adds a prefix.
import textwrap


def usage():
    return textwrap.dedent('''\
        Usage: tool [options]

          -h   help
        \t
        Done.
        ''')


print(repr(usage()))
print(repr(textwrap.dedent('\ta\n  b')), repr(textwrap.dedent('  \t a\n  \t b\n')))
print(repr(textwrap.dedent('    x\n  y\n      z')))
print(repr(textwrap.indent('a\n\nb\r\nc\n   \n', '+ ')))
print(repr(textwrap.indent('a\n\n', '# ', lambda line: True)))

# expect: 'Usage: tool [options]\n\n  -h   help\n\nDone.\n'
# expect: '\ta\n  b' 'a\nb\n'
# expect: '  x\ny\n    z'
# expect: '+ a\n\n+ b\r\n+ c\n   \n'
# expect: '# a\n# \n'
