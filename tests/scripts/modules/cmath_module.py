# cmath: every function on sample points (rounded to 12 digits), phase/polar/rect, log with a base, constants, classification, isclose, domain and range errors
import cmath, math
def r(z):
    if isinstance(z, complex):
        return complex(round(z.real, 12), round(z.imag, 12))
    return round(z, 12)
for f in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    fn = getattr(cmath, f)
    print(f, [r(fn(z)) for z in (1 + 2j, -1.5 + 0.5j, 0.25, -3, 2j)])
print(cmath.sqrt(-1), cmath.sqrt(-4.0), cmath.sqrt(4), cmath.phase(-1), cmath.phase(1j), r(cmath.phase(-1 - 1j)))
print(cmath.polar(1j), r(cmath.rect(2, math.pi / 2)), cmath.rect(3, 0), r(cmath.log(8, 2)), r(cmath.log(1j, 1j)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j, abs_tol=1.5))
for expr in ["cmath.log(0)", "cmath.atanh(1)", "cmath.exp(1000)", "cmath.sqrt('x')", "cmath.rect(1j, 0)", "cmath.isclose(1, 2, rel_tol=-1)", "cmath.log(1, 0)"]:
    try:
        print(expr, eval(expr))
    except (TypeError, ValueError, OverflowError) as e:
        print(expr, type(e).__name__, e)

# expect: sqrt [(1.272019649514+0.786151377757j), (0.201418507199+1.241196767254j), (0.5+0j), 1.732050807569j, (1+1j)]
# expect: exp [(-1.131204383757+2.471726672005j), (0.195815137578+0.106974297208j), (1.284025416688+0j), (0.049787068368+0j), (-0.416146836547+0.909297426826j)]
# expect: log [(0.804718956217+1.107148717794j), (0.458145365937+2.819842099193j), (-1.38629436112+0j), (1.098612288668+3.14159265359j), (0.69314718056+1.570796326795j)]
# expect: log10 [(0.349485002168+0.480828578784j), (0.198970004336+1.224641863518j), (-0.602059991328+0j), (0.47712125472+1.364376353842j), (0.301029995664+0.682188176921j)]
# expect: sin [(3.165778513216+1.959601041422j), (-1.124801247058+0.036860823713j), (0.247403959255+0j), (-0.14112000806-0j), 3.626860407847j]
# expect: cos [(2.03272300702-3.051897799152j), (0.079765105307+0.519789954773j), (0.968912421711-0j), (-0.9899924966+0j), (3.762195691084-0j)]
# expect: tan [(0.03381282608+1.014793616147j), (-0.255149221814+2.124799127743j), (0.255341921221+0j), (0.142546543074+0j), 0.964027580076j]
# expect: asin [(0.427078586392+1.528570919481j), (-1.171157259458+1.069311043158j), (0.252680255142+0j), (-1.570796326795+1.762747174039j), 1.443635475179j]
# expect: acos [(1.143717740402-1.528570919481j), (2.741953586253-1.069311043158j), (1.318116071653-0j), (3.14159265359-1.762747174039j), (1.570796326795-1.443635475179j)]
# expect: atan [(1.338972522294+0.402359478109j), (-1.017221967898+0.146946666226j), (0.244978663127+0j), (-1.249045772398+0j), (1.570796326795+0.549306144334j)]
# expect: sinh [(-0.489056259041+1.403119250622j), (-1.868618519183+1.127805246806j), (0.252612316808+0j), (-10.01787492741+0j), (-0+0.909297426826j)]
# expect: cosh [(-0.642148124716+1.068607421383j), (2.064433656761-1.020830949598j), (1.03141309988+0j), (10.067661995778-0j), (-0.416146836547+0j)]
# expect: tanh [(1.166736257241-0.243458201186j), (-0.944372986423+0.079324454804j), (0.244918662404+0j), (-0.995054753687+0j), -2.185039863262j]
# expect: asinh [(1.469351744368+1.063440023578j), (-1.226456871251+0.273487290142j), (0.247466461547+0j), (-1.818446459232+0j), (1.316957896925+1.570796326795j)]
# expect: acosh [(1.528570919481+1.143717740402j), (1.069311043158+2.741953586253j), 1.318116071653j, (1.762747174039+3.14159265359j), (1.443635475179+1.570796326795j)]
# expect: atanh [(0.17328679514+1.178097245096j), (-0.641237339365+1.276795025021j), (0.255412811883+0j), (-0.34657359028+1.570796326795j), 1.107148717794j]
# expect: 1j 2j (2+0j) 3.141592653589793 1.5707963267948966 -2.356194490192
# expect: (1.0, 1.5707963267948966) 2j (3+0j) (3+0j) (1+0j)
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf nan infj nanj
# expect: True True True True True
# expect: cmath.log(0) ValueError math domain error
# expect: cmath.atanh(1) ValueError math domain error
# expect: cmath.exp(1000) OverflowError math range error
# expect: cmath.sqrt('x') TypeError must be real number, not str
# expect: cmath.rect(1j, 0) TypeError must be real number, not complex
# expect: cmath.isclose(1, 2, rel_tol=-1) ValueError tolerances must be non-negative
# expect: cmath.log(1, 0) ValueError math domain error
