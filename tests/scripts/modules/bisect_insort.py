# insort_left / insort_right (insort) keep a list sorted; a non-list
# sequence's own insert() is called.
import bisect

a = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(a, x)
print(a)
b = [(1, 'x'), (2, 'y')]
bisect.insort_left(b, (1, 'a'))
bisect.insort_right(b, (2, 'z'), 0, -1)
print(b)


class Logged(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)


log = Logged([1, 5])
bisect.insort(log, 3)
print(log)

# expect: [1, 1, 3, 4, 5]
# expect: [(1, 'a'), (1, 'x'), (2, 'y'), (2, 'z')]
# expect: insert 1 3
# expect: [1, 3, 5]
