# Flag members defined out of value order are named and iterated in definition order (CPython 3.11).
from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm(6)), list(Perm.R | Perm.X), ~Perm.R, Perm(7))
class Asc(Flag):
    A = 1
    B = 2
    C = 4
print(Asc.C | Asc.A, list(Asc(7)), ~Asc.B)
class Mixed(IntFlag):
    HIGH = 8
    LOW = 1
    MID = 4
print(Mixed(13), list(Mixed(9)), [m.name for m in Mixed])

# expect: Perm.R|W <Perm.R|W: 6> [<Perm.R: 4>, <Perm.X: 1>] Perm.W|X Perm.R|W|X
# expect: Asc.A|C [<Asc.A: 1>, <Asc.B: 2>, <Asc.C: 4>] Asc.A|C
# expect: 13 [<Mixed.HIGH: 8>, <Mixed.LOW: 1>] ['HIGH', 'LOW', 'MID']
