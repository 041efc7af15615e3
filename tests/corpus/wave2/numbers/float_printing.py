# Float repr/str round-tripping, rounding (banker's), float.hex, as_integer_ratio,
# is_integer, and arithmetic corners of inf/nan/-0.0.
import math

for x in [0.1, 0.5, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789.123456789, 5e-324, 1.7976931348623157e308,
          2.0 ** 53, 2.0 ** 53 + 1, 9007199254740993.0, 0.30000000000000004, 1e-7, 1.23e-5]:
    assert float(repr(x)) == x
    print(repr(x), str(x), x.hex(), x.as_integer_ratio() if x < 1e20 else "big", x.is_integer())

for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e300]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), math.floor(v), math.ceil(v), math.trunc(v))
print(round(1234.5678, -2), round(-1234.5678, -2), round(5, -1), round(15, -1), round(25, -1), round(-25, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 2)))

inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, nan == nan, nan != nan, nan is nan)
print(-0.0 == 0.0, math.copysign(1, -0.0), 0.0 * -1, -0.0 + 0.0, abs(-0.0), str(-0.0))
print(max(nan, 1), max(1, nan), min(inf, nan), sorted([3, nan, 1]) if False else "skip")
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (0.1).hex())
print(1e308 * 10, -1e308 * 10, 2 ** 0.5, 10 ** -2, 2 ** -1, (-8) ** (1 / 3) if False else "")
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.0 % 2, divmod(-7.5, 2), divmod(7, -2.5), math.fmod(-7, 2))
for bad in [lambda: 1 / 0.0, lambda: 1.0 // 0, lambda: 5 % 0.0, lambda: 2.0 ** 10000, lambda: math.sqrt(-1),
            lambda: float("abc"), lambda: int(inf), lambda: int(nan), lambda: (-8) ** 0.5 + "x"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(float(10 ** 20), float(2 ** 63), int(1e20), int(-2.9), int(2.9), float("  +1.5e3 "), float("infinity"))
print(1.0.__repr__(), (3.0).__str__(), 3.14.__round__(1), hash(1.0) == hash(1), hash(-0.0) == hash(0))
