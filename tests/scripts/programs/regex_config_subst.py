# A realistic use of re, compared with CPython 3.11.
import re

env = {'HOME': '/home/ada', 'USER': 'ada', 'EMPTY': ''}
config = r"""path = ${HOME}/data
user = $USER
greeting = Hello, ${USER:-nobody}!
fallback = ${MISSING:-default value}
empty = [${EMPTY:-was empty}]
literal = $$HOME costs \$5
nested = ${HOME}/${USER}
"""

VAR = re.compile(r'\$(?:(?P<escaped>\$)|(?P<named>[A-Za-z_]\w*)|\{(?P<braced>[A-Za-z_]\w*)(?::-(?P<default>[^}]*))?\})')

def expand(text):
    def repl(m):
        if m.group('escaped'):
            return '$'
        name = m.group('named') or m.group('braced')
        value = env.get(name)
        if not value and m.group('default') is not None:
            return m.group('default')
        return value if value is not None else m.group(0)
    return VAR.sub(repl, text)

print(expand(config))
print(VAR.findall("$A ${B:-x} $$"))
print(re.sub(r'\\(.)', r'\1', r'a\$b\\c'))

# expect: path = /home/ada/data
# expect: user = ada
# expect: greeting = Hello, ada!
# expect: fallback = default value
# expect: empty = [was empty]
# expect: literal = $HOME costs \$5
# expect: nested = /home/ada/ada
# expect:
# expect: [('', 'A', '', ''), ('', '', 'B', 'x'), ('$', '', '', '')]
# expect: a$b\c
