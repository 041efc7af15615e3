# re callbacks that use the same pattern again while the outer sub() matches (a fresh matcher, shared decoded text), finditer/scanner interleaved with other calls
# re callbacks that use the same pattern again (on other texts, non-ASCII
# ones too) while the outer sub() is still matching, and objects made in them
import re

word = re.compile(r'\w+')
inner_texts = ['ünï cödé', 'plain ascii words', 'ß ẞ ſ', '']

def swap(m):
    # The same pattern, in the middle of the outer sub(): a fresh matcher.
    inner = word.sub(lambda n: n.group()[::-1], inner_texts[len(m.group()) % 4])
    junk = [str(i) * 3 for i in range(50)]
    return m.group().upper() + '<' + inner + '>' + junk[-1][:1]

text = 'héllo wörld, ünïcode — and ascii too ✓'
print(word.sub(swap, text))
print(word.subn(swap, 'a bb ccc', 2))

# finditer interleaved with other uses of the pattern
it = word.finditer('one two three')
first = next(it)
print(first, word.findall('x y z'), word.search('  q'), [m.group() for m in it])

# a scanner and nested searches
sc = word.scanner('α β γ')
print(sc.search(), word.sub('-', 'δ ε'), sc.search(), sc.search(), sc.search())

# split and findall on non-ASCII text with groups
print(re.split(r'(\W+)', 'ça, c’est — très ✓ bien'), re.findall(r'(\w)(\w)?', 'åäö x'))

# a callback that raises, and one returning bytes for a str pattern
def boom(m):
    raise ValueError('boom at %d' % m.start())
for f in (lambda: word.sub(boom, 'ok fine'), lambda: word.sub(lambda m: b'x', 'ab')):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# many matches, each handed to a callback
big = ' '.join('w%d' % i for i in range(3000))
print(len(word.sub(lambda m: m.group() * 2, big)), sum(1 for _ in word.finditer(big)))

# expect: HÉLLO<nialp iicsa sdrow>4 WÖRLD<nialp iicsa sdrow>4, ÜNÏCODE<>4 — AND<>4 ASCII<nialp iicsa sdrow>4 TOO<>4 ✓
# expect: ('A<nialp iicsa sdrow>4 BB<ß ẞ ſ>4 ccc', 2)
# expect: <re.Match object; span=(0, 3), match='one'> ['x', 'y', 'z'] <re.Match object; span=(2, 3), match='q'> ['two', 'three']
# expect: <re.Match object; span=(0, 1), match='α'> - - <re.Match object; span=(2, 3), match='β'> <re.Match object; span=(4, 5), match='γ'> None
# expect: ['ça', ', ', 'c', '’', 'est', ' — ', 'très', ' ✓ ', 'bien'] [('å', 'ä'), ('ö', ''), ('x', '')]
# expect: ValueError boom at 0
# expect: TypeError sequence item 0: expected str instance, bytes found
# expect: 30779 3000
