# Subclassing list, tuple and set; calling the base methods through super().
class Stack(list):
    def push(self, x):
        self.append(x)
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
s = Stack([1, 2])
s.push(3)
print(s, len(s), s[0], type(s).__name__, isinstance(s, list), s + [4], type(s[:2] if False else s.copy()).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def total(self):
        return self[0] + self[1]
p = Pair(2, 3)
print(p, p.total(), len(p), type(p).__name__, p == (2, 3), hash(p) == hash((2, 3)))
class Tags(set):
    pass
t = Tags(['b', 'a'])
t.add('c')
print(sorted(t), type(t).__name__, len(t), type(t | {'d'}).__name__)

# Expected output (CPython 3.11):
# expect: [1, 2, 3] 3 2 Stack True [1, 2, 3, 4] list
# expect: (2, 3) 5 2 Pair True True
# expect: ['a', 'b', 'c'] Tags 3 set
