# textwrap.wrap / fill: lines of at most `width`, indents, long words.
import textwrap

text = ("The quick brown fox jumps over the lazy dog; a well-known pangram "
        "used by typists -- and by programmers testing their text-wrapping code.")
for line in textwrap.wrap(text, width=28):
    print(repr(line))
print(textwrap.fill(text, width=40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('abcdefghijklmnop', 6), textwrap.wrap('abcdefghijklmnop', 6, break_long_words=False))
print(textwrap.wrap('a super-long-hyphenated-word', 12))
print(textwrap.wrap('a super-long-hyphenated-word', 12, break_on_hyphens=False))
print(textwrap.wrap('tab\tseparated\nlines', 40), textwrap.wrap('tab\tx', 40, expand_tabs=False))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10))

# expect: 'The quick brown fox jumps'
# expect: 'over the lazy dog; a well-'
# expect: 'known pangram used by'
# expect: 'typists -- and by'
# expect: 'programmers testing their'
# expect: 'text-wrapping code.'
# expect: * The quick brown fox jumps over the
# expect:   lazy dog; a well-known pangram used by
# expect:   typists -- and by programmers testing
# expect:   their text-wrapping code.
# expect: ['abcdef', 'ghijkl', 'mnop'] ['abcdefghijklmnop']
# expect: ['a super-', 'long-', 'hyphenated-', 'word']
# expect: ['a super-long', '-hyphenated-', 'word']
# expect: ['tab     separated lines'] ['tab x']
# expect: [] []
