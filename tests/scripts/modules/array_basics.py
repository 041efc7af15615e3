# array: construction from lists, bytes, str and arrays; the sequence protocol, slicing, methods, comparisons, repr
# array basics from the documentation
from array import array
import array as arr_mod
print(array('l'), array('u', 'hello \u2641'), array('l', [1, 2, 3, 4, 5]), array('d', [1.0, 2.0, 3.14]))
a = array('i', [10, 20, 30])
a.append(40); a.extend([50, 60]); a.insert(0, 5)
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a.typecode, a.itemsize)
print(a.pop(), a.pop(0), a.index(30), a.count(20), 20 in a)
a.remove(20); a.reverse(); print(a, a.tolist())
a[0] = 99; del a[1]; print(a, sum(a), max(a), sorted(a))
print(arr_mod.typecodes, arr_mod.ArrayType is array)
f = array('f', [0.1, 1.5]); print(f, f[0])
print(array('b', b'\x01\xff'), array('B', b'\x01\xff'))
print(a == array('i', a.tolist()), a == array('d', a.tolist()), array('i', [1, 2]) < array('i', [1, 3]))
# Sieve of Eratosthenes on a byte array, and a histogram in an int array
from array import array
def sieve(n):
    flags = array('B', [1]) * (n + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = 0
    return [i for i, f in enumerate(flags) if f]
print(sieve(100))
hist = array('L', [0] * 10)
import random
random.seed(4)
for _ in range(1000):
    hist[random.randrange(10)] += 1
print(hist, sum(hist))

# expect: array('l') array('u', 'hello ♁') array('l', [1, 2, 3, 4, 5]) array('d', [1.0, 2.0, 3.14])
# expect: array('i', [5, 10, 20, 30, 40, 50, 60]) 7 5 60 array('i', [10, 20]) array('i', [60, 50, 40, 30, 20, 10, 5]) i 4
# expect: 60 5 2 1 True
# expect: array('i', [50, 40, 30, 10]) [50, 40, 30, 10]
# expect: array('i', [99, 30, 10]) 139 99 [10, 30, 99]
# expect: bBuhHiIlLqQfd True
# expect: array('f', [0.10000000149011612, 1.5]) 0.10000000149011612
# expect: array('b', [1, -1]) array('B', [1, 255])
# expect: True True True
# expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97]
# expect: array('L', [104, 96, 109, 102, 103, 111, 92, 80, 97, 106]) 1000
