# str.format: automatic, numbered and named fields, attributes, items, conversions.
print("{} and {}".format("a", "b"))               # expect: a and b
print("{1}{0}{1}".format("x", "y"))               # expect: yxy
print("{name} is {age}".format(name="Ann", age=7))  # expect: Ann is 7
print("{0[1]} {d[-1]} {d[k]} {d[1]}".format([10, 20], d={"k": "v", "-1": 0, 1: "one"}))  # expect: 20 0 v one
print("{0.real} {0.imag}".format(5))              # expect: 5 0
print("{!r} {!s} {!a}".format("é", "é", "é"))     # expect: 'é' é '\xe9'
print("{{}} {{{}}}".format(1))                    # expect: {} {1}
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("a", "b", "c", "d"))  # expect:      a|b     |  c   |***d***
print("{0:{1}}|{2:>{w}}".format("x", 4, "y", w=3))  # expect: x   |  y
print("{:.{}f}".format(3.14159, 2))               # expect: 3.14
print("{:{}{}}".format("z", ">", 3))              # expect:   z
print("{0!r:>6}".format("q"))                     # expect:    'q'
print("x".format_map({}), "{a}-{b}".format_map({"a": 1, "b": 2}))  # expect: x 1-2
print("{\u0661}".format("zero", "one"))           # expect: one
print("{0} {0:d} {0:x}".format(255))              # expect: 255 255 ff
