# `in` tests substrings; iteration yields one-character strs.
print("ell" in "hello", "" in "abc", "x" in "", "ö" in "wörld")  # expect: True True False True
print(list("aé😀"), [c for c in ""], tuple("ab"))               # expect: ['a', 'é', '😀'] [] ('a', 'b')
it = iter("hé")
print(next(it), next(it), next(it, "end"))                     # expect: h é end
print(list(reversed("abé")), list(enumerate("xy")))             # expect: ['é', 'b', 'a'] [(0, 'x'), (1, 'y')]
try:
    1 in "abc"
except TypeError as e:
    print(e)  # expect: 'in <string>' requires string as left operand, not int
