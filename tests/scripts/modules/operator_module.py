# The operator module (written in coil, compiled into the binary): output checked against CPython.
import operator
print(operator.add(2, 3), operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)('abc'),
      operator.attrgetter('real')(5), operator.methodcaller('upper')('x'), operator.neg(4))
print(sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)), operator.itemgetter(1), operator.attrgetter('a', 'b.c'))

# Expected output (CPython 3.11):
# expect: 5 2 ('a', 'c') 5 X -4
# expect: [(0, 'a'), (1, 'b')] operator.itemgetter(1) operator.attrgetter('a', 'b.c')
