# Lookarounds run one native level each, so a pattern nested deeper than the
# C++ stack allows ends in RecursionError, not a crash. (CPython's parser
# would exhaust its own stack first.)
# cpython: no
import sys
import re

sys.setrecursionlimit(10**6)
p = '(?=' * 80000 + 'a' + ')' * 80000
try:
    print(re.match(p, 'a'))
except RecursionError as e:
    print('RecursionError', e)
# expect: RecursionError maximum recursion depth exceeded in regular expression
