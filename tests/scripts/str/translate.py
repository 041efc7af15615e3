# str.maketrans and str.translate.
t = str.maketrans("ab", "xy", "c")
print(sorted(t.items()))                             # expect: [(97, 120), (98, 121), (99, None)]
print("abcabd".translate(t))                         # expect: xyxyd
print("abc".translate({97: "AA", 98: None, 99: 100}))  # expect: AAd
print("héllo".translate(str.maketrans({"é": "e", "l": "L"})))  # expect: heLLo
print("abc".translate({}))                           # expect: abc
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: str.maketrans("ab", "c"))    # expect: ValueError: the first two maketrans arguments must have equal length
show(lambda: str.maketrans({"ab": 1}))   # expect: ValueError: string keys in translate table must be of length 1
show(lambda: str.maketrans(1))           # expect: TypeError: if you give only one argument to maketrans it must be a dict
show(lambda: "a".translate({97: 1.5}))   # expect: TypeError: character mapping must return integer, None or str
