# Repeats whose body can match empty follow sre: the mandatory iterations
# run regardless, an optional one may not start where the previous optional
# one started, and lazy repeats try the tail before each further iteration.
import re

cases = [
    (r'(?:(.\d|[ab]??)){1,2}', 'a1a '), (r'(a??){1,2}', 'a'), (r'(a??){2,3}', 'a'),
    (r'(a??)+', 'a'), (r'(a??)*', 'a'), (r'(a?)*?$', 'a'), (r'(a??){1,2}$', 'a'),
    (r'(a|)*b', 'aab'), (r'(|a)*b', 'aab'), (r'(a*)+?b', 'aab'), (r'(a*?)*b', 'ab'),
    (r'((a)|b|)+', 'abab'), (r'(?:(a)|(b)|)*?$', 'ab'), (r'(\b|a)+', 'aa a'),
]
for p, s in cases:
    print(p, [(m.span(), m.groups()) for m in re.finditer(p, s)])
# expect: (?:(.\d|[ab]??)){1,2} [((0, 2), ('',)), ((2, 2), ('',)), ((2, 3), ('a',)), ((3, 3), ('',)), ((4, 4), ('',))]
# expect: (a??){1,2} [((0, 0), ('',)), ((0, 1), ('a',)), ((1, 1), ('',))]
# expect: (a??){2,3} [((0, 0), ('',)), ((0, 1), ('a',)), ((1, 1), ('',))]
# expect: (a??)+ [((0, 0), ('',)), ((0, 1), ('',)), ((1, 1), ('',))]
# expect: (a??)* [((0, 0), ('',)), ((0, 1), ('',)), ((1, 1), ('',))]
# expect: (a?)*?$ [((0, 1), ('a',)), ((1, 1), (None,))]
# expect: (a??){1,2}$ [((0, 1), ('a',)), ((1, 1), ('',))]
# expect: (a|)*b [((0, 3), ('',))]
# expect: (|a)*b [((0, 3), ('',))]
# expect: (a*)+?b [((0, 3), ('aa',))]
# expect: (a*?)*b [((0, 2), ('',))]
# expect: ((a)|b|)+ [((0, 4), ('', 'a')), ((4, 4), ('', None))]
# expect: (?:(a)|(b)|)*?$ [((0, 2), ('a', 'b')), ((2, 2), (None, None))]
# expect: (\b|a)+ [((0, 0), ('',)), ((0, 2), ('',)), ((2, 2), ('',)), ((3, 3), ('',)), ((3, 4), ('',)), ((4, 4), ('',))]
