# array: copy, deepcopy, pickling, iteration, subclasses
# Copying and pickling arrays
from array import array
import copy, pickle
a = array('d', [1.0, 2.5])
b = copy.copy(a); c = copy.deepcopy(a); b[0] = 9
print(a, b, c)
p = pickle.loads(pickle.dumps(a)); print(p, type(p).__name__, p == a)
u = pickle.loads(pickle.dumps(array('u', 'hi'), protocol=2)); print(u)
for item in array('i', [3, 1, 2]):
    print(item, end=' ')
print()
print(list(reversed(array('i', [1, 2, 3]))), array('i', [1, 2]) != array('i', [1, 2]))
class Vec(array):
    def norm(self):
        return sum(x * x for x in self) ** 0.5
v = Vec('d', [3, 4]); print(v.norm(), v, isinstance(v, array))

# expect: array('d', [1.0, 2.5]) array('d', [9.0, 2.5]) array('d', [1.0, 2.5])
# expect: array('d', [1.0, 2.5]) array True
# expect: array('u', 'hi')
# expect: 3 1 2 
# expect: [3, 2, 1] False
# expect: 5.0 Vec('d', [3.0, 4.0]) True
