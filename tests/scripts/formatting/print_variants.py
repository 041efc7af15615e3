print()
print("a", "b", 1, None)
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" continued")
print(*[1, 2, 3], sep="-")
print([], {}, (), set(), "")
print(1.0, 2.50, -0.0, 1e100, 10 ** 20)
print(repr("x"), str("x"), [("t", 1.5, None, True)])

# expect:
# expect: a b 1 None
# expect: ab
# expect: a, b!
# expect: no newline continued
# expect: 1-2-3
# expect: [] {} () set() 
# expect: 1.0 2.5 -0.0 1e+100 100000000000000000000
# expect: 'x' x [('t', 1.5, None, True)]
