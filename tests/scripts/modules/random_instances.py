# random.Random instances are independent generators; getstate/setstate round-trip.
import random

a = random.Random(7)
b = random.Random(7)
print(a.random() == b.random(), a.randint(1, 6), b.randint(1, 6))
c = random.Random()
print(type(c).__name__, isinstance(c, random.Random))
c.seed(99)
print(c.random())
random.seed(99)
print(random.random())
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
print(len(state), state[0], len(state[1]))
random.seed(5)
s = random.getstate()
random.gauss()
random.setstate(s)
print(random.gauss())
x = random.Random(1)
random.seed(1)
print(x.random() == random.random())

# expect: True 2 2
# expect: Random True
# expect: 0.40397807494366633
# expect: 0.40397807494366633
# expect: True
# expect: 3 3 625
# expect: -1.1788417512306717
# expect: True
