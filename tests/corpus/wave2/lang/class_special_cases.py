# Less common class features: __new__ for immutables, subclassing builtins
# (int, str, list, dict with __missing__), __repr__ vs __str__ in containers,
# __eq__ without __hash__, __bool__ vs __len__, and object identity of singletons.
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"Celsius({float(self)})"


t = Celsius(21.5)
print(t, repr(t), t + 1, type(t + 1).__name__, isinstance(t, float), [t])


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"


u = Upper("hello")
print(u, u.shout(), type(u.lower()).__name__, u == "HELLO", len(u), u[1:3], type(u[1:3]).__name__)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


st = Stack([1]).push(2).push(3)
print(st, st.peek(), len(st), type(st + [4]).__name__, type(st[:1]).__name__, st == [1, 2, 3])


class Tally(dict):
    def __missing__(self, key):
        return 0


tl = Tally()
tl["x"] += 2
print(tl, tl["never"], "never" in tl, tl.get("never"))


class Flags(int):
    def __repr__(self):
        return f"Flags({int(self):#06b})"


f = Flags(5)
print(repr(f), f | 2, type(f | 2).__name__, f.bit_length(), repr([f]), str(f))


class Thing:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Thing) and self.n == other.n

    def __str__(self):
        return f"thing#{self.n}"

    def __repr__(self):
        return f"Thing({self.n})"


print(Thing(1) == Thing(1), Thing.__hash__, [Thing(1)], str(Thing(2)), f"{Thing(3)}", "%s %r" % (Thing(4), Thing(4)))
try:
    {Thing(1)}
except TypeError as e:
    print("TypeError:", e)


class Empty:
    def __len__(self):
        return 0


class Truthy:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(Empty()), bool(Truthy()), "yes" if Empty() else "no", not Truthy())


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance


print(Singleton() is Singleton(), type(None)() is None, bool() is False)


class WithInit:
    def __init__(self):
        return None


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
print(type(WithInit()).__name__)
