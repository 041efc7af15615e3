# A table of the format-spec mini-language: fill, align, sign, '#', '0', width,
# grouping, precision and type, applied to ints, floats and strings.
def show(spec, value):
    print(f"{spec!r:>12} {value!r:>14} -> [{format(value, spec)}]")

for spec in ["", "5", "<5", ">5", "^5", "*^7", "0>5", "+", "-", " ", "+05", "=+8", "x", "#x", "#X",
             "#o", "#b", "08b", "_b", ",", "_", "+,", "c", "n", "010,", "#010x", "^#10o"]:
    show(spec, 42)
    show(spec, -1234567) if spec not in ("c",) else None

for spec in ["", ".2f", "10.3f", "<10.1f", "^+12.2e", "E", ".3g", ".10g", "g", "%", ".1%",
             ",.2f", "_.3f", "015.4f", "+.0f", "#.0f", ".0e", "#.0e", ".2", "10", "=+12.3f", "n"]:
    show(spec, 3141.59265)
    show(spec, -0.000123)

for spec in ["", "10", "<10", ">10", "^10", ".3", "-^11.4", "s", "x<4"]:
    show(spec, "coil")

# special floats
for v in [float("inf"), float("-inf"), float("nan"), -0.0, 0.0, 1e300 * 10]:
    print([format(v, s) for s in ("", "f", "e", "g", "+08.2f", "%", "^9")])
