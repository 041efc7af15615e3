# fnmatch.translate gives CPython's regular expression for a pattern.
import fnmatch

for pat in ['*.py', '[!a-c]?x*', '*a*b*', '**', '[z-a]', '[]]', '[!]]', '[a-]', 'a[',
            '[a-c-e]', '[&~|]', '(.)+{}', '[^x]', '[[]', 'file name']:
    print(pat, fnmatch.translate(pat))

# expect: *.py (?s:.*\.py)\Z
# expect: [!a-c]?x* (?s:[^a-c].x.*)\Z
# expect: *a*b* (?s:(?>.*?a)(?>.*?b).*)\Z
# expect: ** (?s:.*)\Z
# expect: [z-a] (?s:(?!))\Z
# expect: []] (?s:[]])\Z
# expect: [!]] (?s:[^]])\Z
# expect: [a-] (?s:[a\-])\Z
# expect: a[ (?s:a\[)\Z
# expect: [a-c-e] (?s:[a-c\-e])\Z
# expect: [&~|] (?s:[\&\~\|])\Z
# expect: (.)+{} (?s:\(\.\)\+\{\})\Z
# expect: [^x] (?s:[\^x])\Z
# expect: [[] (?s:[\[])\Z
# expect: file name (?s:file\ name)\Z
