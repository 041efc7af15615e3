# complex: literals, repr with signed zeros, arithmetic, abs/conjugate, cmath
# functions and polar forms, and what complex cannot do.
import cmath
import math

zs = [1j, 1 + 2j, -1.5 - 0.5j, complex(3), complex("1+2j"), complex(" -j "), complex(0.0, -0.0),
      complex(-0.0, 0.0), 2j ** 2, (1 + 1j) ** 8, 1j ** 1j, complex(1e300, 1e300) * 10]
for z in zs:
    print(repr(z), z.real, z.imag, z.conjugate(), abs(z) if not math.isinf(z.real) else "inf")
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a == 3 + 4j, a != b, abs(a), a ** 2, a ** 0.5, 2 ** a)
print(cmath.sqrt(-1), cmath.exp(1j * math.pi), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
print(cmath.polar(1j), cmath.rect(2, math.pi / 2), cmath.log(-1), cmath.log10(100j))
print(cmath.isclose(cmath.exp(1j * math.pi), -1), cmath.isfinite(1j), cmath.isnan(complex("nan+1j")))
print(f"{a:.2f} {a:>20} {b:+.1e} {1j:g}", format(a, "^20.3"))
for bad in [lambda: a < b, lambda: a // 2, lambda: a % 2, lambda: int(a), lambda: float(a),
            lambda: complex("1+2"), lambda: complex("j1"), lambda: 1 / 0j, lambda: complex("1", 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
roots = []
A, B, C = 1, 2, 5
d = cmath.sqrt(B * B - 4 * A * C)
roots = [(-B + d) / (2 * A), (-B - d) / (2 * A)]
print("roots:", roots, [round(abs(A * r * r + B * r + C), 12) for r in roots])
print(hash(1 + 0j) == hash(1), {1: "int"}[1 + 0j], complex(2, 0) == 2.0, sum([1j, 2, 3.5]))
