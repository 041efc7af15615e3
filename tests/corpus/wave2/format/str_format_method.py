# str.format: auto and manual numbering, attribute and index lookups, format_map,
# __format__ on user classes, and the errors for bad fields.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.3f}"
        inner = ", ".join(format(c, spec) for c in (self.x, self.y))
        return f"<{inner}>"

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{0.x} {0.y} {0!r}".format(p))
print("{p:polar} {p:.1f} {p}".format(p=p))
print("{0[1]} {0[0]} {m[k]}".format(["zero", "one"], m={"k": "v"}))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
print("{:>{}}|".format("r", 6))


class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


print("{name} has {count} {unit}".format_map(Default(name="Ann", count=3)))
print("{!r:>10}".format("x"))
print("{0:b} {0:o} {0:x} {0:#X} {0:c}".format(97))
print("{:,} {:_} {:,.3f}".format(10 ** 9, 10 ** 9, 1234.5))
print("{0}{{}}{0}".format("|"))

for bad, args, kw in [("{", (), {}), ("}", (), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}),
                      ("{2}", (1,), {}), ("{x}", (), {}), ("{0.nope}", (1,), {}),
                      ("{:d}", ("s",), {}), ("{:s}", (1,), {}), ("{0[5]}", ([1],), {}),
                      ("{!z}", (1,), {}), ("{:,s}", ("a",), {}), ("{:=5}", ("a",), {})]:
    try:
        print(bad.format(*args, **kw))
    except Exception as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
