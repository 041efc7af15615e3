# Subclasses of the built-in types: results of operators and methods are the
# base type (CPython returns exact builtins), reprs, __new__/__init__.
def show(label, v):
    print(label, type(v).__name__, repr(v))

class I(int): pass
class F(float): pass
class S(str): pass
class B(bytes): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class St(set): pass
class Fz(frozenset): pass
class BA(bytearray): pass
class C(complex): pass

i, f, s, b = I(7), F(2.5), S("abc"), B(b"xy")
for label, v in [("i+1", i + 1), ("1+i", 1 + i), ("-i", -i), ("+i", +i), ("abs", abs(i)), ("i*i", i * i),
                 ("i//2", i // 2), ("i**2", i ** 2), ("i&3", i & 3), ("~i", ~i), ("i<<1", i << 1),
                 ("int(i)", int(i)), ("i.conjugate", i.conjugate()), ("i.real", i.real), ("i.numerator", i.numerator),
                 ("round(i)", round(i)), ("divmod", divmod(i, 2)), ("i.__index__", i.__index__()),
                 ("f+1", f + 1), ("-f", -f), ("+f", +f), ("abs f", abs(f)), ("f.conjugate", f.conjugate()),
                 ("f.real", f.real), ("float(f)", float(f)), ("round(f,1)", round(f, 1)), ("f//1", f // 1),
                 ("s+s", s + s), ("s*2", s * 2), ("s.upper", s.upper()), ("s[0]", s[0]), ("s[:]", s[:]),
                 ("str(s)", str(s)), ("s.format2", S("{}").format(1)), ("s%()", S("%s") % ("x",)), ("s.strip", s.strip()),
                 ("s.replace", s.replace("z", "q")), ("s.join", s.join([])), ("s.center", s.center(3)),
                 ("s.__str__", s.__str__()), ("format(s)", format(s)), ("f-str", f"{s}"),
                 ("s.split", s.split()), ("s.partition", s.partition("b")), ("s.lower", s.lower()),
                 ("b+b", b + b), ("b*1", b * 1), ("b[:]", b[:]), ("bytes(b)", bytes(b)), ("b.upper", b.upper()),
                 ("b.strip", b.strip()), ("b.join", b.join([])), ("str(b)", str(b)),
                 ("T+T", T((1,)) + T((2,))), ("T*1", T((1,)) * 1), ("T[:]", T((1, 2))[:]), ("tuple(T)", tuple(T((1,)))),
                 ("L+L", L([1]) + L([2])), ("L*2", L([1]) * 2), ("L[:]", L([1, 2])[:]), ("L.copy", L([1]).copy()),
                 ("D.copy", D(a=1).copy()), ("D|D", D(a=1) | D(b=2)), ("D.fromkeys", D.fromkeys("ab")),
                 ("St|St", St({1}) | St({2})), ("St&", St({1, 2}) & {1}), ("St-", St({1, 2}) - {1}), ("St.copy", St({1}).copy()),
                 ("St.union", St({1}).union({2})), ("Fz|", Fz({1}) | Fz({2})), ("Fz.copy", Fz({1}).copy()),
                 ("Fz.union", Fz({1}).union({3})), ("BA+BA", BA(b"a") + BA(b"b")), ("BA[:]", BA(b"ab")[:]),
                 ("BA.copy", BA(b"a").copy()), ("BA.upper", BA(b"a").upper()), ("BA*2", BA(b"a") * 2)]:
    show(label, v)

class C(complex): pass
c = C(1, 2)
show("C", c)
for label, v in [("c+1", c + 1), ("-c", -c), ("c.conjugate", c.conjugate()), ("c*c", c * c), ("abs", abs(c)),
                 ("c.real", c.real), ("complex(c)", complex(c))]:
    show(label, v)
print(isinstance(c, complex), C.__mro__)

class BR(bytes):
    def __repr__(self):
        return "BR!"
print(str(BR(b"q")), repr(BR(b"q")), f"{BR(b'q')}", "%s" % BR(b"q"))
class SR(str):
    def __repr__(self):
        return "SR!"
    def __str__(self):
        return "SR-str"
print(str(SR("q")), repr(SR("q")), f"{SR('q')}", "%s" % SR("q"), [SR("q")], format(SR("q")))
class IR(int):
    def __repr__(self):
        return "IR!"
print(str(IR(3)), repr(IR(3)), f"{IR(3)}", "%s" % (IR(3),))
class FR(float):
    def __repr__(self):
        return "FR!"
print(str(FR(3.5)), repr(FR(3.5)), f"{FR(3.5)}", "%s" % FR(3.5))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"
p = Point(1, 2)
print(p, p[0], p + (3,), type(p + (3,)).__name__, len(p))

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper("abc"), type(Upper("abc")).__name__, Upper("x") + "y")

class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)
    def __init__(self, v):
        self.unit = "C"
t = Celsius(21.5)
print(t, t.unit, t + 1, type(t * 2).__name__)

class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
print(Even(7), Even(7) + 1, type(Even(7) + 1).__name__, Even(7) == 6, hash(Even(7)) == hash(6))

class LD(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"
ld = LD([3, 1])
ld.sort()
print(ld, ld.tag, type(sorted(ld)).__name__, type(ld + [1]).__name__, type(reversed(ld)).__name__)

class DD(dict):
    def __missing__(self, k):
        return k * 2
dd = DD(a=1)
print(dd["zz"], dd, type(dd.copy()).__name__, dict(dd))

class SS(set):
    pass
print(type(SS({1}) ^ {2}).__name__, type({2} | SS({1})).__name__, SS({1}) == {1})
class FF(frozenset):
    pass
print(type(FF({1}) - {1}).__name__, FF() == frozenset(), hash(FF({1})) == hash(frozenset({1})))

class Cx(complex):
    def __new__(cls, r, i=0):
        return super().__new__(cls, r, i)
    def __init__(self, r, i=0):
        self.kind = "cx"
z = Cx(3, 4)
print(z, z.kind, abs(z), type(z + 1).__name__, z == complex(3, 4), repr(z))
class Cr(complex):
    def __repr__(self):
        return "Cr!"
print(str(Cr(1)), repr(Cr(1)), f"{Cr(1)}")

# expect: i+1 int 8
# expect: 1+i int 8
# expect: -i int -7
# expect: +i int 7
# expect: abs int 7
# expect: i*i int 49
# expect: i//2 int 3
# expect: i**2 int 49
# expect: i&3 int 3
# expect: ~i int -8
# expect: i<<1 int 14
# expect: int(i) int 7
# expect: i.conjugate int 7
# expect: i.real int 7
# expect: i.numerator int 7
# expect: round(i) int 7
# expect: divmod tuple (3, 1)
# expect: i.__index__ int 7
# expect: f+1 float 3.5
# expect: -f float -2.5
# expect: +f float 2.5
# expect: abs f float 2.5
# expect: f.conjugate float 2.5
# expect: f.real float 2.5
# expect: float(f) float 2.5
# expect: round(f,1) float 2.5
# expect: f//1 float 2.0
# expect: s+s str 'abcabc'
# expect: s*2 str 'abcabc'
# expect: s.upper str 'ABC'
# expect: s[0] str 'a'
# expect: s[:] str 'abc'
# expect: str(s) str 'abc'
# expect: s.format2 str '1'
# expect: s%() str 'x'
# expect: s.strip str 'abc'
# expect: s.replace str 'abc'
# expect: s.join str ''
# expect: s.center str 'abc'
# expect: s.__str__ str 'abc'
# expect: format(s) str 'abc'
# expect: f-str str 'abc'
# expect: s.split list ['abc']
# expect: s.partition tuple ('a', 'b', 'c')
# expect: s.lower str 'abc'
# expect: b+b bytes b'xyxy'
# expect: b*1 bytes b'xy'
# expect: b[:] bytes b'xy'
# expect: bytes(b) bytes b'xy'
# expect: b.upper bytes b'XY'
# expect: b.strip bytes b'xy'
# expect: b.join bytes b''
# expect: str(b) str "b'xy'"
# expect: T+T tuple (1, 2)
# expect: T*1 tuple (1,)
# expect: T[:] tuple (1, 2)
# expect: tuple(T) tuple (1,)
# expect: L+L list [1, 2]
# expect: L*2 list [1, 1]
# expect: L[:] list [1, 2]
# expect: L.copy list [1]
# expect: D.copy dict {'a': 1}
# expect: D|D dict {'a': 1, 'b': 2}
# expect: D.fromkeys D {'a': None, 'b': None}
# expect: St|St set {1, 2}
# expect: St& set {1}
# expect: St- set {2}
# expect: St.copy set {1}
# expect: St.union set {1, 2}
# expect: Fz| frozenset frozenset({1, 2})
# expect: Fz.copy frozenset frozenset({1})
# expect: Fz.union frozenset frozenset({1, 3})
# expect: BA+BA bytearray bytearray(b'ab')
# expect: BA[:] bytearray bytearray(b'ab')
# expect: BA.copy bytearray bytearray(b'a')
# expect: BA.upper bytearray bytearray(b'A')
# expect: BA*2 bytearray bytearray(b'aa')
# expect: C C (1+2j)
# expect: c+1 complex (2+2j)
# expect: -c complex (-1-2j)
# expect: c.conjugate complex (1-2j)
# expect: c*c complex (-3+4j)
# expect: abs float 2.23606797749979
# expect: c.real float 1.0
# expect: complex(c) complex (1+2j)
# expect: True (<class '__main__.C'>, <class 'complex'>, <class 'object'>)
# expect: b'q' BR! b'q' b'q'
# expect: SR-str SR! SR-str SR-str [SR!] SR-str
# expect: IR! IR! IR! IR!
# expect: FR! FR! FR! FR!
# expect: Point(1, 2) 1 (1, 2, 3) tuple 2
# expect: ABC Upper Xy
# expect: 21.5 C 22.5 float
# expect: 6 7 int True True
# expect: [1, 3] t list list list_reverseiterator
# expect: zzzz {'a': 1} dict {'a': 1}
# expect: set set True
# expect: frozenset True True
# expect: (3+4j) cx 5.0 complex True (3+4j)
# expect: Cr! Cr! Cr!
