# Dunders assigned to a class after its statement take effect (repr, ==, <, len, hash = None).
class A: pass
A.__repr__ = lambda self: "AAA"
A.__eq__ = lambda s, o: True
A.__lt__ = lambda s, o: True
A.__len__ = lambda s: 3
A.__hash__ = None
print(A(), A() == 1, A() < A(), len(A()))
try: hash(A())
except TypeError as e: print(e)

# Expected output (CPython 3.11):
# expect: AAA True True 3
# expect: unhashable type: 'A'
