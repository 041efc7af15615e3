# Basic string and list operations.
s = "Hello, World"
print(s.upper())            # expect: HELLO, WORLD
print(s[0], s[-1], s[7:])   # expect: H d World
print(len(s))               # expect: 12
print("-".join(["a", "b", "c"]))  # expect: a-b-c
print("a,b,,c".split(","))  # expect: ['a', 'b', '', 'c']

xs = [3, 1, 2]
xs.append(5)
print(xs)                   # expect: [3, 1, 2, 5]
print(sorted(xs), len(xs))  # expect: [1, 2, 3, 5] 4
print(xs[1:3], xs[-1])      # expect: [1, 2] 5
print([x * x for x in xs])  # expect: [9, 1, 4, 25]
print(f"{s!r} has {len(s)} chars")  # expect: 'Hello, World' has 12 chars
