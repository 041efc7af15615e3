# enum: auto, Flag/IntFlag combinations and iteration, IntEnum arithmetic,
# StrEnum, unique, _missing_, aliases, members and names, functional API.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1  # alias of RED


print(list(Color), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(repr(Color.GREEN), str(Color.GREEN), f"{Color.GREEN}", len(Color), list(Color.__members__))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), Perm(0), ~Perm.R, Perm.RWX.name)
print(Perm(5), repr(Perm(6)), rw & Perm.W, rw ^ Perm.RWX, [m.name for m in Perm])


class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


m = Mode.READ | Mode.EXEC
print(m, repr(m), int(m), m + 1, Mode(3), repr(Mode(8)), Mode.WRITE | 16)


class Level(IntEnum):
    LOW = 10
    HIGH = 20


print(Level.LOW < Level.HIGH, Level.LOW + 5, sorted([Level.HIGH, Level.LOW]), Level(20), f"{Level.LOW}", str(Level.HIGH))


class Shade(StrEnum):
    LIGHT = auto()
    DARK = "dk"


print(Shade.LIGHT, repr(Shade.DARK), Shade.DARK == "dk", Shade.LIGHT.upper(), f"{Shade.DARK:>5}")


class Status(Enum):
    OK = "ok"
    FAIL = "fail"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None

    @property
    def good(self):
        return self is Status.OK


print(Status("OK"), Status("Fail").good, Status.OK.good)
try:
    Status("maybe")
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Enum("Pet", [("DOG", "d"), ("EEL", "e")]).EEL)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED == 1, hash(Color.RED) == hash(Color.RED))
print({c: c.value for c in Color}, Color.__members__["CRIMSON"])
