# complex: literals, complex() parsing and errors, arithmetic with ints/floats, negative float ** fraction, comparisons, hash, repr, format(), abs, bool, __complex__/__float__/__index__, match
import math
z = 1 + 2j
print(z, repr(z), 3j, -3j, 0j, -0j, 1j * 1j, (1j) ** 2, 2 ** 1j)
print(z.real, z.imag, z.conjugate(), abs(3 + 4j), type(z).__name__, type(1j))
print(z + 1, 1 + z, z - 1.5, 1.5 - z, z * 2, 2 * z, z / 2, 2 / z, z * z, z / z)
print(z ** 2, z ** -1, z ** 0.5, z ** z, 0 ** 0j, (1+1j) ** 100, 2j ** 3)
print((-8) ** 0.5, (-1) ** 0.5, (-2.0) ** 1.5, (-8) ** (1/3))
print(z == 1 + 2j, z != 1, 1j == 1j, 2 + 0j == 2, 2 + 0j == 2.0, 2.5 + 0j == 2.5, (1+1j) == 1)
print(hash(2 + 0j) == hash(2), hash(1.5 + 0j) == hash(1.5), hash(z) == hash(complex(1, 2)), hash(3j))
print(complex(), complex(1), complex(1.5, -2), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-j"),
      complex("1e3+1.5e-2J"), complex("inf-infj"), complex("nan"), complex(1, 2j), complex(1j, 1j), complex(real=2, imag=3))
print(bool(0j), bool(1j), bool(-0.0 + 0j), not 0j, -z, +z)
print(f"{z}", f"{z:.2f}", f"{z:10.3}", f"{z:>20}", f"{z:<12}|", f"{z:^14}|", f"{3j:g}", f"{z:e}", f"{-z:+.1f}", format(z, ""))
print(str(1e20j), repr(complex(1e300, -1e-300)), complex(float("inf"), float("nan")), complex(-0.0, -0.0), complex(0.0, -0.0))
print(sum([1j, 2, 3.5]), [1j, 2j].index(2j), {1j: "a"}[1j], 1j in {1j, 2}, sorted([3, 1, 2], key=lambda x: x * 1j == 2j))
for bad in ["1+", "1+2", "abc", "", "1j+2", "((1+2j))", "1 + 2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for expr in ["1j < 2j", "1j // 2", "1j % 2", "int(1j)", "float(1j)", "round(1j)", "math.sqrt(1j)", "1j / 0", "0j ** -1",
             "complex('1', 2)", "complex(1, '2')", "complex([])", "complex(1, [])", "divmod(1j, 2)", "1j < 1",
             "(1e200 + 1e200j) ** 2", "10j ** 1000.5", "pow(1j, 2, 3)", "abs(complex(1e308, 1e308))"]:
    try:
        print(expr, eval(expr))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(expr, type(e).__name__, e)
class C:
    def __complex__(self): return 5j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
class Bad:
    def __complex__(self): return 1
try: complex(Bad())
except TypeError as e: print(e)
print(isinstance(1j, complex), issubclass(complex, object), complex.__name__, (2+3j).__getnewargs__(), complex.conjugate(1j))
print(eval(repr(1.5 - 2.25j)) == 1.5 - 2.25j, "%s" % (1j,), "{}".format(2 - 1j), str(z))
def roots(a, b, c):
    d = (b ** 2 - 4 * a * c) ** 0.5
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))
print(roots(1, 2, 5), roots(1, -3, 2))
match 1 + 2j:
    case 1 + 2j: print("matched complex literal")

# expect: (1+2j) (1+2j) 3j (-0-3j) 0j (-0-0j) (-1+0j) (-1+0j) (0.7692389013639721+0.6389612763136348j)
# expect: 1.0 2.0 (1-2j) 5.0 complex <class 'complex'>
# expect: (2+2j) (2+2j) (-0.5+2j) (0.5-2j) (2+4j) (2+4j) (0.5+1j) (0.4-0.8j) (-3+4j) (1+0j)
# expect: (-3+4j) (0.2-0.4j) (1.272019649514069+0.7861513777574233j) (-0.22251715680177267+0.10070913113607541j) (1+0j) (-1125899906842624+0j) (-0-8j)
# expect: (1.7319121124709868e-16+2.8284271247461903j) (6.123233995736766e-17+1j) (-5.19573633741296e-16-2.8284271247461903j) (1.0000000000000002+1.7320508075688772j)
# expect: True True True True True True False
# expect: True True True 3000009
# expect: 0j (1+0j) (1.5-2j) (1+2j) (3-4j) 1j -1j (1000+0.015j) (inf-infj) (nan+0j) (-1+0j) (-1+1j) (2+3j)
# expect: False True False True (-1-2j) (1+2j)
# expect: (1+2j) 1.00+2.00j     (1+2j)               (1+2j) (1+2j)      |     (1+2j)    | 0+3j 1.000000e+00+2.000000e+00j -1.0-2.0j (1+2j)
# expect: 1e+20j (1e+300-1e-300j) (inf+nanj) (-0-0j) -0j
# expect: (5.5+1j) 1 a True [3, 1, 2]
# expect: '1+' complex() arg is a malformed string
# expect: '1+2' complex() arg is a malformed string
# expect: 'abc' complex() arg is a malformed string
# expect: '' complex() arg is a malformed string
# expect: '1j+2' complex() arg is a malformed string
# expect: '((1+2j))' complex() arg is a malformed string
# expect: '1 + 2j' complex() arg is a malformed string
# expect: 1j < 2j TypeError '<' not supported between instances of 'complex' and 'complex'
# expect: 1j // 2 TypeError unsupported operand type(s) for //: 'complex' and 'int'
# expect: 1j % 2 TypeError unsupported operand type(s) for %: 'complex' and 'int'
# expect: int(1j) TypeError int() argument must be a string, a bytes-like object or a real number, not 'complex'
# expect: float(1j) TypeError float() argument must be a string or a real number, not 'complex'
# expect: round(1j) TypeError type complex doesn't define __round__ method
# expect: math.sqrt(1j) TypeError must be real number, not complex
# expect: 1j / 0 ZeroDivisionError complex division by zero
# expect: 0j ** -1 ZeroDivisionError 0.0 to a negative or complex power
# expect: complex('1', 2) TypeError complex() can't take second arg if first is a string
# expect: complex(1, '2') TypeError complex() second arg can't be a string
# expect: complex([]) TypeError complex() first argument must be a string or a number, not 'list'
# expect: complex(1, []) TypeError complex() second argument must be a number, not 'list'
# expect: divmod(1j, 2) TypeError unsupported operand type(s) for divmod(): 'complex' and 'int'
# expect: 1j < 1 TypeError '<' not supported between instances of 'complex' and 'int'
# expect: (1e200 + 1e200j) ** 2 (nan+nanj)
# expect: 10j ** 1000.5 OverflowError complex exponentiation
# expect: pow(1j, 2, 3) ValueError complex modulo
# expect: abs(complex(1e308, 1e308)) 1.4142135623730951e+308
# expect: 5j (2.5+0j) (7+0j) (2.5+7j)
# expect: __complex__ returned non-complex (type int)
# expect: True True complex (2.0, 3.0) -1j
# expect: True 1j (2-1j) (1+2j)
# expect: ((-0.9999999999999999+2j), (-1.0000000000000002-2j)) (2.0, 1.0)
# expect: matched complex literal
