def src():
    print("src evaluated")
    return [1, 2]
g = (x for x in src())
print("after genexp creation")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("eager", e)

# expect: src evaluated
# expect: after genexp creation
# expect: [1, 2]
# expect: eager 'int' object is not iterable
