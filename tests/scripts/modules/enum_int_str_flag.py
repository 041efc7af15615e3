# IntEnum, StrEnum, Flag and IntFlag: mixed-in values, composite flags, pseudo-members.
from enum import IntEnum, StrEnum, Flag, IntFlag, Enum, auto


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(Level.MID, repr(Level.MID), str(Level.HIGH), f"{Level.LOW}", format(Level.LOW, "03d"))
print(Level.LOW < Level.HIGH, Level.MID + 1, Level.HIGH * 2, Level(5), Level.LOW == 1, int(Level.HIGH))
print(sorted([Level.HIGH, Level.LOW, Level.MID]), max(Level), [1, 5, 10].index(Level.MID), isinstance(Level.LOW, int))
print({1: "one"}[Level.LOW], list(range(Level.MID)), hex(Level.HIGH), Level.HIGH // 3)


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.WRITE.upper(), Mode("w"), Mode.READ == "read", "-".join(Mode))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(~Perm.R), repr(Perm.R | Perm.X), repr(Perm(7)))
print([m.name for m in Perm], list(Perm.__members__), rw & Perm.W, rw ^ Perm.R, repr(Perm.RW))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)


class Opt(IntFlag):
    A = 1
    B = 2
    C = 4


print(Opt.A | Opt.B, repr(Opt.A | Opt.B), repr(Opt.A | 8), Opt.C & 4, repr(~Opt.A), repr(Opt(0)))
print(Opt.A + 1, isinstance(Opt.A | Opt.C, Opt), Opt.B in (Opt.A | Opt.B), repr(Opt(9)), list(Opt(7)))


class Weekday(Flag):
    MON = 1
    TUE = 2
    WED = 4
    WEEKEND = 0


print(repr(Weekday.WEEKEND), [d.name for d in Weekday], repr(Weekday.MON | Weekday.WED))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal), Animal.__name__)
Sizes = Enum("Sizes", [("S", 10), ("M", 20)])
print(Sizes.M, Sizes(10), IntEnum("Num", "ONE TWO").TWO + 1)
Codes = Enum("Codes", {"OK": 200, "MISSING": 404})
print(Codes(404), [c.value for c in Codes])

# expect: 5 <Level.MID: 5> 10 1 001
# expect: True 6 20 5 True 10
# expect: [<Level.LOW: 1>, <Level.MID: 5>, <Level.HIGH: 10>] 10 1 True
# expect: one [0, 1, 2, 3, 4] 0xa 3
# expect: read <Mode.READ: 'read'> W w True read-w
# expect: TypeError: 1 is not a string
# expect: Perm.RW <Perm.RW: 3> True True False [<Perm.R: 1>, <Perm.W: 2>] 2 True
# expect: <Perm: 0> Perm(0) False <Perm.W|X: 6> <Perm.R|X: 5> <Perm.R|W|X: 7>
# expect: ['R', 'W', 'X'] ['R', 'W', 'X', 'RW'] Perm.W Perm.W <Perm.RW: 3>
# expect: ValueError: <flag 'Perm'> invalid value 8
# expect:     given 0b0 1000
# expect:   allowed 0b0 0111
# expect: TypeError: unsupported operand type(s) for |: 'Perm' and 'int'
# expect: 3 <Opt.A|B: 3> <Opt.A|8: 9> 4 <Opt.B|C: 6> <Opt: 0>
# expect: 2 True True <Opt.A|8: 9> [<Opt.A: 1>, <Opt.B: 2>, <Opt.C: 4>]
# expect: <Weekday.WEEKEND: 0> ['MON', 'TUE', 'WED'] <Weekday.MON|WED: 5>
# expect: [<Animal.ANT: 1>, <Animal.BEE: 2>, <Animal.CAT: 3>] 2 <enum 'Animal'> Animal
# expect: Sizes.M Sizes.S 3
# expect: Codes.MISSING [200, 404]
