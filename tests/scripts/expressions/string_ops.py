s = "héllo wörld"
print(len(s), s.upper(), s[1], s[-1:], s.encode("utf-8")[:3], s.split("ö"))
print("x" * 0, "x" * -1, "ab" * 3, "-".join("abc"), "a,b".split(","), " a b ".split(" "))
print("abc" in "zabcz", "%d%%" % 50, "{:>5}".format("ab"), f"{'a':*^7}")
print("Hello"[::-1], "a\tb".expandtabs(4), "CASE".casefold(), "x".join([]))
print(str(1) + str(2.0) + str(None) + str([1]) + str((1,)) + str({1: 'a'}))
print("abc".find("z"), "abcabc".replace("b", "B", 1), "aaa".count("aa"), "ab".startswith(("x", "a")))
t = "The quick brown fox"
words = t.split()
print(len(words), max(words, key=len), " ".join(w[::-1] for w in words), t.lower().count("o"))

# expect: 11 HÉLLO WÖRLD é d b'h\xc3\xa9' ['héllo w', 'rld']
# expect:   ababab a-b-c ['a', 'b'] ['', 'a', 'b', '']
# expect: True 50%    ab ***a***
# expect: olleH a   b case 
# expect: 12.0None[1](1,){1: 'a'}
# expect: -1 aBcabc 1 True
# expect: 4 quick ehT kciuq nworb xof 2
