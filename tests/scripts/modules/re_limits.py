# Matching never recurses on the C++ stack per character: long subjects with
# general repeats work, and patterns nested deeper than the C++ stack allows
# (lookarounds run one native level each) end in RecursionError, not a crash.
# cpython: no
import sys
import re

print(re.match(r'(?:a|b)*c', 'ab' * 200000 + 'c').end())
print(re.match(r'(a|b)*c', 'ab' * 100000 + 'c').span(1))
print(re.match(r'(?:x|y)+?z', 'xy' * 100000 + 'z').end())
print(re.search(r'(x+x+)+y', 'x' * 16))
sys.setrecursionlimit(10**6)
p = '(?=' * 100000 + 'a' + ')' * 100000
try:
    print(re.match(p, 'a'))
except RecursionError as e:
    print('RecursionError', e)
# expect: 400001
# expect: (199999, 200000)
# expect: 200001
# expect: None
# expect: RecursionError maximum recursion depth exceeded in regular expression
