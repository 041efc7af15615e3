# key= applies to the list's items, not to x (except in insort, which
# applies it to the item being inserted).
import bisect

people = [('ann', 21), ('bob', 30), ('cid', 30), ('dee', 45)]
age = lambda p: p[1]
print(bisect.bisect_left(people, 30, key=age), bisect.bisect_right(people, 30, key=age))
bisect.insort(people, ('eve', 30), key=age)
bisect.insort_left(people, ('fay', 30), key=age)
print([name for name, _ in people])
print(bisect.bisect(people, 99, 1, 3, key=age))

# expect: 1 3
# expect: ['ann', 'fay', 'bob', 'cid', 'eve', 'dee']
# expect: 3
