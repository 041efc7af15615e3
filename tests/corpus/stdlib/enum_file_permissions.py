"""Unix-style permissions with IntFlag: parsing rwx strings, combining and testing bits."""
from enum import IntFlag, Flag, auto


class Perm(IntFlag):
    X = 1
    W = 2
    R = 4


def parse(text):
    assert len(text) == 9, text
    parts = []
    for i in range(0, 9, 3):
        p = Perm(0)
        for ch, flag in zip(text[i:i + 3], (Perm.R, Perm.W, Perm.X)):
            if ch != "-":
                p |= flag
        parts.append(p)
    return parts


def render(p):
    return "".join(ch if flag in p else "-" for ch, flag in zip("rwx", (Perm.R, Perm.W, Perm.X)))


for mode in ("rwxr-xr--", "rw-------", "r--r--r--"):
    u, g, o = parse(mode)
    octal = f"{int(u)}{int(g)}{int(o)}"
    print(mode, octal, [repr(x) for x in (u, g, o)], render(u) + render(g) + render(o))
u = Perm.R | Perm.W
print(u, u & Perm.W, bool(u & Perm.X), u | 8, repr(u | 8), Perm(7) == 7, list(Perm(5)))
print(repr(~Perm.R), Perm.R + Perm.W, isinstance(u, int), sorted(Perm.__members__))


class Feature(Flag):
    LOGIN = auto()
    SEARCH = auto()
    EXPORT = auto()
    ADMIN = auto()
    BASIC = LOGIN | SEARCH
    ALL = LOGIN | SEARCH | EXPORT | ADMIN


plans = {"free": Feature.BASIC, "pro": Feature.BASIC | Feature.EXPORT, "staff": Feature.ALL}
for plan, feats in plans.items():
    names = [f.name for f in feats]
    print(f"{plan:<6} {feats!s:<40} {names} export={Feature.EXPORT in feats}")
print(repr(Feature.ALL & ~Feature.ADMIN), repr(Feature(0)), [f.name for f in Feature], len(Feature.ALL))
try:
    Feature(64)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
