# find/rfind/index/rindex/count with start and end, on ASCII and non-ASCII text.
s = "abcabc"
print(s.find("c"), s.find("c", 3), s.find("c", 3, 5), s.find("x"))  # expect: 2 5 -1 -1
print(s.rfind("c"), s.rfind("c", 0, 5), s.rfind("abc", 1))         # expect: 5 2 3
print(s.index("b"), s.rindex("b"), s.find("a", -3))               # expect: 1 4 3
print(s.find(""), s.find("", 6), s.find("", 7), s.rfind(""))      # expect: 0 6 -1 6
print(s.count("a"), s.count("abc"), s.count(""), s.count("", 2, 4))  # expect: 2 2 7 3
print("aaaa".count("aa"), "aaa".count("a", 10))                   # expect: 2 0
u = "héllo wörld"
print(u.find("l"), u.rfind("l"), u.index("ö"), u.find("o", 5))    # expect: 2 9 7 -1
print(u.count("l"), u.find("wö", -5), u.rindex("l", 0, 4))        # expect: 3 6 3
print(s.find("c", None, None), s.find("b", -100, 100))            # expect: 2 1
