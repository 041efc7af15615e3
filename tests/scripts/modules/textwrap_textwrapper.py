# TextWrapper's options: sentence endings, whitespace, max_lines and the
# placeholder, and the chunks it splits text into.
import textwrap

w = textwrap.TextWrapper(width=30, fix_sentence_endings=True)
print(w.wrap('It was late. Everyone slept.\nThe end.'))
print(w._split('Look, goof-ball -- use the -b option!'))
w2 = textwrap.TextWrapper(width=20, max_lines=2, placeholder=' ...')
print(w2.wrap('one two three four five six seven eight nine ten'))
w3 = textwrap.TextWrapper(width=10, drop_whitespace=False)
print(w3.wrap('  spaced   out   words  '))
w4 = textwrap.TextWrapper(width=12, replace_whitespace=False, expand_tabs=False)
print(w4.wrap('a\tb c\nd e'))
print(w.width, w.initial_indent == '', w.tabsize, w.placeholder)
for bad in (textwrap.TextWrapper(width=0), textwrap.TextWrapper(width=4, max_lines=1)):
    try:
        bad.wrap('some words here')
    except ValueError as e:
        print(e)

# expect: ['It was late.  Everyone slept.', 'The end.']
# expect: ['Look,', ' ', 'goof-', 'ball', ' ', '--', ' ', 'use', ' ', 'the', ' ', '-b', ' ', 'option!']
# expect: ['one two three four', 'five six seven ...']
# expect: ['  spaced', '   out   ', 'words  ']
# expect: ['a\tb c\nd e']
# expect: 30 True 8  [...]
# expect: invalid width 0 (must be > 0)
# expect: placeholder too large for max width
