# configparser: parse errors (duplicates, missing section header, bad lines) and lookup/conversion errors with CPython's messages
# Errors a configuration loader must report
import configparser
cases = [
    "[a]\nx = 1\n[a]\ny = 2\n",
    "[a]\nx = 1\nx = 2\n",
    "no section here\n",
    "[a]\n  indented = 1\n=bad\n",
    "[a\nx=1\n",
]
for text in cases:
    c = configparser.ConfigParser()
    try:
        c.read_string(text)
        print('ok', c.sections())
    except configparser.Error as e:
        print(type(e).__name__, '|', e)
c = configparser.ConfigParser()
for call in [lambda: c.get('nope', 'x'), lambda: c.add_section('DEFAULT'), lambda: c['zz'],
             lambda: c.getint('DEFAULT', 'x')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
c.read_string('[n]\nv = abc\nb = maybe\n')
for call in [lambda: c.getint('n', 'v'), lambda: c.getboolean('n', 'b'), lambda: c.set('n', 'x', 5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
strict = configparser.ConfigParser(strict=False)
strict.read_string("[a]\nx = 1\nx = 2\n")
print(strict['a']['x'])

# expect: DuplicateSectionError | While reading from '<string>' [line  3]: section 'a' already exists
# expect: DuplicateOptionError | While reading from '<string>' [line  3]: option 'x' in section 'a' already exists
# expect: MissingSectionHeaderError | File contains no section headers.
# expect: file: '<string>', line: 1
# expect: 'no section here\n'
# expect: ParsingError | Source contains parsing errors: '<string>'
# expect: 	[line  3]: '=bad\n'
# expect: MissingSectionHeaderError | File contains no section headers.
# expect: file: '<string>', line: 1
# expect: '[a\n'
# expect: NoSectionError No section: 'nope'
# expect: ValueError Invalid section name: 'DEFAULT'
# expect: KeyError 'zz'
# expect: NoOptionError No option 'x' in section: 'DEFAULT'
# expect: ValueError invalid literal for int() with base 10: 'abc'
# expect: ValueError Not a boolean: maybe
# expect: TypeError option values must be strings
# expect: 2
