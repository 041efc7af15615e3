# fnmatch / fnmatchcase / filter with *, ?, [seq] and [!seq].
import fnmatch

files = ['main.py', 'test_main.py', 'README.md', 'setup.cfg', 'lib.c', 'lib.h',
         '.hidden', 'data_01.csv', 'data_x.csv', 'Makefile']
print(fnmatch.filter(files, '*.py'))
print(fnmatch.filter(files, '*.[ch]'))
print(fnmatch.filter(files, 'data_[0-9][0-9].csv'))
print(fnmatch.filter(files, '[!.]*e*'))
print(fnmatch.filter(files, '?????.*'))
print(fnmatch.fnmatch('archive.tar.gz', '*.tar.*'), fnmatch.fnmatch('x', '[]]'))  # ']' first in a set is literal
print(fnmatch.fnmatchcase('README.md', 'readme.*'), fnmatch.fnmatch('a]b', 'a[]-z]b'))
print(fnmatch.fnmatch('aXbXc', '*X*X*'), fnmatch.fnmatch('ab', '*X*'), fnmatch.fnmatch('[', '['))
print(fnmatch.fnmatch(b'notes.txt', b'*.txt'), fnmatch.filter([b'a.py', b'b.c'], b'*.py'))
print(fnmatch.fnmatch('line\nbreak', 'line*'), fnmatch.fnmatch('z', '[z-a]'))

# expect: ['main.py', 'test_main.py']
# expect: ['lib.c', 'lib.h']
# expect: ['data_01.csv']
# expect: ['test_main.py', 'setup.cfg', 'Makefile']
# expect: ['setup.cfg']
# expect: True False
# expect: False True
# expect: True False True
# expect: True [b'a.py']
# expect: True False
