# Long strings and bytes are split into adjacent literals at word
# boundaries (in parentheses at the top level).
import pprint

text = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(text)
pprint.pprint({'text': text, 'lines': 'first line\nsecond line is longer than the first one\n'}, width=50)
pprint.pprint([text[:60], 'short'], width=40)
pprint.pprint(bytes(range(40)), width=50)
pprint.pprint([b'abcd' * 30], width=60)

# expect: ('The quick brown fox jumps over the lazy dog. The quick brown fox jumps over '
# expect:  'the lazy dog. The quick brown fox jumps over the lazy dog. The quick brown '
# expect:  'fox jumps over the lazy dog. ')
# expect: {'lines': 'first line\n'
# expect:           'second line is longer than the first '
# expect:           'one\n',
# expect:  'text': 'The quick brown fox jumps over the '
# expect:          'lazy dog. The quick brown fox jumps '
# expect:          'over the lazy dog. The quick brown fox '
# expect:          'jumps over the lazy dog. The quick '
# expect:          'brown fox jumps over the lazy dog. '}
# expect: ['The quick brown fox jumps over the '
# expect:  'lazy dog. The quick brown',
# expect:  'short']
# expect: (b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b'
# expect:  b'\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17'
# expect:  b'\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !"#$%&\'')
# expect: [b'abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd'
# expect:  b'abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd'
# expect:  b'abcdabcd']
