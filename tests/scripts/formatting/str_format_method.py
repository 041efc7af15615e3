print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{:.3f} {:,d} {:x}".format(2 / 3, 10 ** 6, 3054))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format(1))
print("{0:{1}}|".format(5, 4))
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{x}".format()
except KeyError as e:
    print("KeyError", e)

# expect: a b
# expect: b a b
# expect: Bo is 7
# expect: 2 v 3
# expect:      r|l     |  c   
# expect: 0.667 1,000,000 bee
# expect: 'q' q
# expect: {} 1
# expect:    5|
# expect: Replacement index 1 out of range for positional args tuple
# expect: KeyError 'x'
