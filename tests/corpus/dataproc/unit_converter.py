"""A table-driven unit converter with parsing of quantities like '3.5 km' and error messages."""
import re

UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "mi": 1609.344, "ft": 0.3048, "in": 0.0254},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
    "time": {"s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0},
}
KIND = {u: k for k, table in UNITS.items() for u in table}


class ConversionError(ValueError):
    pass


def parse(quantity):
    m = re.fullmatch(r"\s*([-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)\s*([a-z]+)\s*", quantity)
    if not m:
        raise ConversionError(f"cannot parse {quantity!r}")
    return float(m.group(1)), m.group(2)


def convert(quantity, target):
    value, unit = parse(quantity)
    if unit not in KIND:
        raise ConversionError(f"unknown unit {unit!r}")
    if target not in KIND:
        raise ConversionError(f"unknown unit {target!r}")
    if KIND[unit] != KIND[target]:
        raise ConversionError(f"cannot convert {KIND[unit]} to {KIND[target]}")
    return value * UNITS[KIND[unit]][unit] / UNITS[KIND[target]][target]


def temperature(value, src, dst):
    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}
    from_c = {"C": lambda v: v, "F": lambda v: v * 9 / 5 + 32, "K": lambda v: v + 273.15}
    return from_c[dst](to_c[src](value))


for q, t in [("3.5 km", "mi"), ("10 in", "cm"), ("1 mi", "ft"), ("2.2 lb", "kg"),
             ("90 min", "h"), ("1e3 g", "oz"), ("5 kg", "m"), ("abc", "m"), ("3 parsec", "m")]:
    try:
        print(f"{q:>8} = {convert(q, t):.4f} {t}")
    except ConversionError as e:
        print(f"{q:>8}: error: {e}")
for v, s, d in [(100, "C", "F"), (-40, "F", "C"), (0, "K", "C"), (98.6, "F", "K")]:
    print(f"{v} {s} -> {temperature(v, s, d):.2f} {d}")
print(isinstance(ConversionError("x"), ValueError), ConversionError.__mro__[1].__name__)
