# join() over lists, tuples, strs and any iterable.
print(",".join(["a", "b", "c"]))     # expect: a,b,c
print("".join(("x", "y")))           # expect: xy
print("-".join("abc"))               # expect: a-b-c
print("-".join([]))                  # expect:
print("é".join(["a", "ü"]))          # expect: aéü
def gen():
    yield "p"
    yield "q"
print("+".join(gen()))               # expect: p+q
print(", ".join({"k1": 1, "k2": 2})) # expect: k1, k2
try:
    "".join(5)
except TypeError as e:
    print(e)                         # expect: can only join an iterable
