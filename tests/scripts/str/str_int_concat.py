# str(int), f-string building, concatenation.
for n in [0, 9, 10, -1, -10, 123456789, 2**47 - 1, -2**47, 2**47, 2**48, -2**48, 10**30]:
    s = str(n)
    print(s, len(s), repr(s), f"<{n}>", "a" + s + "b")
print(str(True), str(False), f"{True}{None}{1.5}")
a = "é"
b = a + "x" + "ÿ€" + "\U0001F600"
print(b, len(b), b[2], b[-1], b.upper(), f"{a}{b}{len(b)}")
print(f"{'ab'}" + f"{''}" + "", len(f""), f"{a!r}{b!a}")
class S(str):
    def __add__(self, o):
        return "S.add"
    def __radd__(self, o):
        return "S.radd"
print(S("x") + "y", "y" + S("x"), type("a" + "b").__name__)
e = ""
print(repr(e + e), repr("x" + e), repr(e + "x"), ("x" + e) is not None)

# expect: 0 1 '0' <0> a0b
# expect: 9 1 '9' <9> a9b
# expect: 10 2 '10' <10> a10b
# expect: -1 2 '-1' <-1> a-1b
# expect: -10 3 '-10' <-10> a-10b
# expect: 123456789 9 '123456789' <123456789> a123456789b
# expect: 140737488355327 15 '140737488355327' <140737488355327> a140737488355327b
# expect: -140737488355328 16 '-140737488355328' <-140737488355328> a-140737488355328b
# expect: 140737488355328 15 '140737488355328' <140737488355328> a140737488355328b
# expect: 281474976710656 15 '281474976710656' <281474976710656> a281474976710656b
# expect: -281474976710656 16 '-281474976710656' <-281474976710656> a-281474976710656b
# expect: 1000000000000000000000000000000 31 '1000000000000000000000000000000' <1000000000000000000000000000000> a1000000000000000000000000000000b
# expect: True False TrueNone1.5
# expect: éxÿ€😀 5 ÿ 😀 ÉXŸ€😀 ééxÿ€😀5
# expect: ab 0 'é''\xe9x\xff\u20ac\U0001f600'
# expect: S.add S.radd str
# expect: '' 'x' 'x' True
