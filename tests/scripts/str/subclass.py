# Subclasses of str: methods return plain strs; repr/str/format use the text.
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("abc")
print(s, repr(s), s.shout(), len(s), s + "d", s[1], s * 2)  # expect: abc 'abc' ABC! 3 abcd b abcabc
print(type(s).__name__, type(s.upper()).__name__, type(str(s)).__name__, type(s[:]).__name__)  # expect: S str str str
print("%s|%r" % (s, s), f"{s:>4}", "{}".format(s), s == "abc", {"abc": 1}[s])  # expect: abc|'abc'  abc abc True 1
class T(str):
    def __str__(self):
        return "tee"
    def __repr__(self):
        return "T!"
t = T("x")
print(str(t), repr(t), [t], t == "x", f"{t}", "%s" % t)  # expect: tee T! [T!] True tee tee
