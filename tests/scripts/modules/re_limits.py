# Matching never recurses on the C++ stack per character: long subjects with
# general repeats (greedy and lazy) work.
import re

print(re.match(r'(?:a|b)*c', 'ab' * 200000 + 'c').end())
print(re.match(r'(a|b)*c', 'ab' * 100000 + 'c').span(1))
print(re.match(r'(?:x|y)+?z', 'xy' * 100000 + 'z').end())
print(re.search(r'(x+x+)+y', 'x' * 16))
# expect: 400001
# expect: (199999, 200000)
# expect: 200001
# expect: None
