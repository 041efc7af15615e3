"""Decimal fixed- and floating-point arithmetic (the General Decimal
Arithmetic Specification), written for coil.

A Decimal is (sign, coefficient, exponent) with the coefficient a Python int,
plus a kind for the special values. Every operation computes an exact (or
sticky-digit) result on ints and rounds it once, in _finish, to the context.
Signals are collected per operation and raised together at its end, as the
C implementation does: the exception is the first trapped signal and its
argument the list of the trapped conditions.
"""

import math as _math
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# --- signals ---------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass

# The signals a context has flags and traps for, in the C module's order.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
# Conditions reported in a trap's list before the signals (they are all
# InvalidOperation for flags and traps).
_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible,
               DivisionUndefined, InvalidContext)


# The order a Context's repr lists them in (libmpdec's bit order).
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)


def _signal_of(cond):
    return InvalidOperation if issubclass(cond, InvalidOperation) else cond


# --- the number ------------------------------------------------------------

_FINITE, _INF, _QNAN, _SNAN = 0, 1, 2, 3

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                           module='decimal')

_HASH_MOD = 2 ** 61 - 1
_HASH_INF = 314159


_P10 = [10 ** _i for _i in range(400)]


def _p10(k):
    """10 ** k for k >= 0 (the small ones from a table)."""
    return _P10[k] if k < 400 else 10 ** k


def _ndigits(n):
    """Number of decimal digits of the int n >= 0 (1 for 0)."""
    if n.bit_length() < 30000:
        return len(str(n))
    # str() of a big int is quadratic; estimate from the bit length first.
    d = int(n.bit_length() * 0.30102999566398119) - 1
    if d < 1:
        d = 1
    while n >= 10 ** d:
        d += 1
    return d


def _make(sign, coef, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


class _Status:
    """The conditions one operation raised; applied to its context at the end."""
    __slots__ = ('conds',)

    def __init__(self):
        self.conds = []

    def add(self, *conds):
        for c in conds:
            if c not in self.conds:
                self.conds.append(c)


def _apply(ctx, status):
    """Sets the context's flags for the collected conditions and raises the
    first trapped one with the list of all trapped, as the C module does."""
    if not status.conds:
        return
    trapped = []
    for c in status.conds:
        sig = _signal_of(c)
        ctx.flags[sig] = True
        if ctx.traps[sig]:
            trapped.append(c)
    if not trapped:
        return
    listed = [c for c in _CONDITIONS if c in trapped]
    listed += [s for s in _SIGNALS[1:] if s in trapped]
    for s in _SIGNALS:
        if any(_signal_of(c) is s for c in trapped):
            raise s(listed)


def _nan_result(d, ctx, status):
    """A NaN operand's result: a quiet NaN with its payload cut to fit."""
    coef = d._coef
    limit = ctx.prec - ctx.clamp
    if coef and _ndigits(coef) > limit:
        coef = int(str(coef)[-limit:]) if limit > 0 else 0
    return _make(d._sign, coef, 0, _QNAN)


def _check_nans(a, b, ctx, status):
    """For operands a, b (b may be None): the NaN result, or None."""
    if a._kind < _QNAN and (b is None or b._kind < _QNAN):
        return None  # the usual case: no NaN
    for d in (a, b):
        if d is not None and d._kind == _SNAN:
            status.add(InvalidOperation)
            return _nan_result(d, ctx, status)
    for d in (a, b):
        if d is not None and d._kind == _QNAN:
            return _nan_result(d, ctx, status)
    return None


def _invalid(status, cond=InvalidOperation):
    status.add(cond)
    return _make(0, 0, 0, _QNAN)


def _round_coef(sign, coef, drop, rounding):
    """coef with its last `drop` digits removed, rounded; and whether inexact."""
    if drop <= 0:
        return coef * _p10(-drop), False
    p = _p10(drop)
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        half = p // 2
        up = r > half or (r == half and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= p // 2
    elif rounding == ROUND_HALF_DOWN:
        up = r > p // 2
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _overflow_result(sign, ctx):
    """The rounded result of an overflow: infinity or the largest finite."""
    r = ctx.rounding
    to_inf = (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
              or (r == ROUND_CEILING and not sign)
              or (r == ROUND_FLOOR and sign))
    if to_inf:
        return _make(sign, 0, 0, _INF)
    return _make(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _finish(sign, coef, exp, ctx, status, rounding=None):
    """Rounds the exact (sign, coef, exp) to the context: precision, then the
    exponent range (overflow, subnormal, clamp)."""
    if rounding is None:
        rounding = ctx.rounding
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if coef == 0:
        emax = etop if ctx.clamp else ctx.Emax
        if exp < etiny:
            status.add(Clamped)
            exp = etiny
        elif exp > emax:
            status.add(Clamped)
            exp = emax
        return _make(sign, 0, exp)
    n = _ndigits(coef)
    adj = exp + n - 1
    if adj > ctx.Emax:
        status.add(Overflow, Inexact, Rounded)
        return _overflow_result(sign, ctx)
    if adj < ctx.Emin:
        # subnormal: the exponent may not go below Etiny
        status.add(Subnormal)
        if exp < etiny:
            coef, inexact = _round_coef(sign, coef, etiny - exp, rounding)
            exp = etiny
            status.add(Rounded)
            if inexact:
                status.add(Inexact, Underflow)
                if coef == 0:
                    status.add(Clamped)
            if coef and _ndigits(coef) > prec - (exp - etiny) and exp + _ndigits(coef) - 1 >= ctx.Emin:
                # rounded up into the normal range
                status.conds.remove(Subnormal)
                if Underflow in status.conds:
                    status.conds.remove(Underflow)
        return _make(sign, coef, exp)
    if n > prec:
        drop = n - prec
        coef, inexact = _round_coef(sign, coef, drop, rounding)
        exp += drop
        if coef == _p10(prec):
            coef //= 10
            exp += 1
        status.add(Rounded)
        if inexact:
            status.add(Inexact)
        if exp + prec - 1 > ctx.Emax:
            status.add(Overflow, Inexact, Rounded)
            return _overflow_result(sign, ctx)
    if ctx.clamp and exp > etop:
        status.add(Clamped)
        coef *= 10 ** (exp - etop)
        exp = etop
    return _make(sign, coef, exp)


# --- parsing ---------------------------------------------------------------

def _parse(s):
    """(sign, coef, exp, kind) for a numeric string, or None if malformed."""
    # the C module drops every underscore, wherever it is
    s = s.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    for prefix, kind in (('snan', _SNAN), ('nan', _QNAN)):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload == '':
                return sign, 0, 0, kind
            if not payload.isdigit() or not payload.isascii():
                return None
            return sign, int(payload), 0, kind
    mant, e, expo = low.partition('e')
    exp = 0
    if e:
        body = expo[1:] if expo[:1] in ('+', '-') else expo
        if not body or not body.isdigit() or not body.isascii():
            return None
        exp = int(expo)
    ipart, dot, fpart = mant.partition('.')
    if not ipart and not fpart:
        return None
    for part in (ipart, fpart):
        if part and not (part.isdigit() and part.isascii()):
            return None
    return sign, int(ipart + fpart), exp - len(fpart), _FINITE


def _from_float(f):
    if f != f:
        return _make(0, 0, 0, _QNAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _make(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1  # d is 2**k
    if k == 0:
        return _make(sign, n, 0)
    return _make(sign, n * 5 ** k, -k)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        kinds = {'F': _INF, 'n': _QNAN, 'N': _SNAN}
        if exp not in kinds:
            raise ValueError("string argument in the third position "
                             "must be 'F', 'n' or 'N'")
        kind = kinds[exp]
    elif isinstance(exp, int):
        kind = _FINITE
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    if kind == _INF:
        coef = 0
    return _make(sign, coef, exp if kind == _FINITE else 0, kind)


def _convert(other, ctx, allow_float=False, op=None):
    """other as a Decimal for arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _make(1 if other < 0 else 0, abs(other), 0)
    if allow_float and isinstance(other, float):
        if op is not None:
            st = _Status()
            st.add(FloatOperation)
            _apply(ctx, st)
        return _from_float(other)
    return NotImplemented


def _float_op_error(op, left, right):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, left, right))


def _operand(other, ctx, op, reflected):
    """Converts an arithmetic operand; float raises CPython's TypeError."""
    if isinstance(other, float):
        t = 'decimal.Decimal'
        if reflected:
            _float_op_error(op, 'float', t)
        _float_op_error(op, t, 'float')
    return _convert(other, ctx)


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# --- exact kernels (no specials) --------------------------------------------

def _add(a, b, ctx, status, negate_b=False):
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF and a._sign != bsign:
            return _invalid(status)
        if a._kind == _INF:
            return _make(a._sign, 0, 0, _INF)
        return _make(bsign, 0, 0, _INF)
    exp = min(a._exp, b._exp)
    if a._coef == 0 and b._coef == 0:
        if a._sign == bsign:
            sign = a._sign
        else:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _finish(sign, 0, exp, ctx, status)
    if a._coef == 0:
        return _plus_zero(bsign, b._coef, b._exp, exp, ctx, status)
    if b._coef == 0:
        return _plus_zero(a._sign, a._coef, a._exp, exp, ctx, status)
    ac, ae, bc, be = a._coef, a._exp, b._coef, b._exp
    # A far smaller operand only acts as a sticky digit below the larger one.
    a_adj = ae + _ndigits(ac) - 1
    b_adj = be + _ndigits(bc) - 1
    if a_adj > b_adj:
        floor = min(ae, a_adj - ctx.prec - 1) - 1
        if b_adj < floor:
            bc, be = 1, floor
    elif b_adj > a_adj:
        floor = min(be, b_adj - ctx.prec - 1) - 1
        if a_adj < floor:
            ac, ae = 1, floor
    exp = min(ae, be)
    x = ac * _p10(ae - exp)
    y = bc * _p10(be - exp)
    if a._sign:
        x = -x
    if bsign:
        y = -y
    s = x + y
    if s == 0:
        return _finish(1 if ctx.rounding == ROUND_FLOOR else 0, 0, exp, ctx, status)
    return _finish(1 if s < 0 else 0, abs(s), exp, ctx, status)


def _plus_zero(sign, coef, e, exp, ctx, status):
    """A nonzero value plus a zero: the value, moved down towards the zero's
    exponent `exp` as far as the precision allows."""
    shift = min(e - exp, max(ctx.prec - _ndigits(coef), 0))
    if shift < e - exp:
        status.add(Rounded)
    return _finish(sign, coef * 10 ** shift, e - shift, ctx, status)


def _mul(a, b, ctx, status):
    sign = a._sign ^ b._sign
    if a._kind == _INF or b._kind == _INF:
        if (a._kind == _FINITE and a._coef == 0) or (b._kind == _FINITE and b._coef == 0):
            return _invalid(status)
        return _make(sign, 0, 0, _INF)
    return _finish(sign, a._coef * b._coef, a._exp + b._exp, ctx, status)


def _div(a, b, ctx, status):
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _invalid(status)
        return _make(sign, 0, 0, _INF)
    if b._kind == _INF:
        status.add(Clamped)
        return _make(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(status, DivisionUndefined)
        status.add(DivisionByZero)
        return _make(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _finish(sign, 0, ideal, ctx, status)
    shift = _ndigits(b._coef) - _ndigits(a._coef) + ctx.prec + 1
    if shift >= 0:
        q, r = divmod(a._coef * _p10(shift), b._coef)
    else:
        q, r = divmod(a._coef, b._coef * _p10(-shift))
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1  # sticky digit: below the rounding position, never zero
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(sign, q, exp, ctx, status)


def _divmod_finite(a, b, ctx, status):
    """Integer quotient and remainder of finite a, b (b nonzero):
    ((q_sign, q), remainder Decimal) or None when the quotient needs more than
    prec digits."""
    ideal = min(a._exp, b._exp)
    if a._coef == 0:
        return (a._sign ^ b._sign, 0), _make(a._sign, 0, ideal)
    a_adj = a._exp + _ndigits(a._coef) - 1
    b_adj = b._exp + _ndigits(b._coef) - 1
    if a_adj - b_adj <= -2:
        # |a| < |b|: the quotient is 0 and the remainder a itself
        return (a._sign ^ b._sign, 0), _make(a._sign, a._coef * 10 ** (a._exp - ideal), ideal)
    if a_adj - b_adj > ctx.prec:
        return None
    x = a._coef * 10 ** (a._exp - ideal)
    y = b._coef * 10 ** (b._exp - ideal)
    q, r = divmod(x, y)
    if q >= 10 ** ctx.prec:
        return None
    return (a._sign ^ b._sign, q), _make(a._sign, r, ideal)


def _divint(a, b, ctx, status):
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _invalid(status)
        return _make(sign, 0, 0, _INF)
    if b._kind == _INF:
        return _make(sign, 0, 0)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(status, DivisionUndefined)
        status.add(DivisionByZero)
        return _make(sign, 0, 0, _INF)
    res = _divmod_finite(a, b, ctx, status)
    if res is None:
        return _invalid(status, DivisionImpossible)
    (qs, q), _ = res
    return _make(qs, q, 0)


def _rem(a, b, ctx, status):
    if a._kind == _INF:
        return _invalid(status)
    if b._kind == _INF:
        return _finish(a._sign, a._coef, a._exp, ctx, status)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(status, DivisionUndefined)
        return _invalid(status)
    res = _divmod_finite(a, b, ctx, status)
    if res is None:
        return _invalid(status, DivisionImpossible)
    r = res[1]
    return _finish(r._sign, r._coef, r._exp, ctx, status)


def _cmp_abs_finite(a, b):
    """-1, 0, 1 comparing finite |a| and |b|."""
    if a._coef == 0 or b._coef == 0:
        if a._coef == b._coef:
            return 0
        return -1 if a._coef == 0 else 1
    a_adj = a._exp + _ndigits(a._coef) - 1
    b_adj = b._exp + _ndigits(b._coef) - 1
    if a_adj != b_adj:
        return -1 if a_adj < b_adj else 1
    e = min(a._exp, b._exp)
    x = a._coef * 10 ** (a._exp - e)
    y = b._coef * 10 ** (b._exp - e)
    return (x > y) - (x < y)


def _cmp(a, b):
    """-1, 0, 1 comparing non-NaN a and b numerically."""
    if a._kind == _INF or b._kind == _INF:
        av = 0 if a._kind != _INF else (-1 if a._sign else 1)
        bv = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if av != bv:
            return -1 if av < bv else 1
        if av:
            return 0
        return 1 if bv < 0 else -1 if bv > 0 else 0
    az = a._coef == 0
    bz = b._coef == 0
    if az and bz:
        return 0
    asg = 0 if az else (-1 if a._sign else 1)
    bsg = 0 if bz else (-1 if b._sign else 1)
    if asg != bsg:
        return -1 if asg < bsg else 1
    c = _cmp_abs_finite(a, b)
    return -c if asg < 0 else c


# --- transcendental helpers (fixed-point ints, checked rounding) -------------

def _exp_fixed(x, p):
    """exp(x / 10**p) * 10**p, approximately (error a few units), x an int
    with |x| <= ~3 * 10**p."""
    # halve the argument k times, sum the series, square back
    k = 0
    one = 10 ** p
    while abs(x) > one // 1000:
        x = x // 2 if x >= 0 else -((-x) // 2)
        k += 1
    g = p + k // 3 + 10
    xs = x * 10 ** (g - p)
    one_g = 10 ** g
    term = one_g
    total = one_g
    i = 1
    while term:
        term = term * xs // (one_g * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one_g
    return total // 10 ** (g - p)


def _ln_fixed(m, p):
    """ln(m / 10**p) * 10**p approximately, m > 0 an int."""
    g = p + 30
    one = 10 ** g
    y = m * 10 ** (g - p)
    # bring y near 1 by square roots: ln(y) = 2**k ln(y ** 2**-k)
    k = 0
    while abs(y - one) > one // 10 ** 6:
        y = _math.isqrt(y * one)
        k += 1
    z = (y - one) * one // (y + one)
    z2 = z * z // one
    term = z
    total = 0
    i = 1
    while term:
        total += term // i
        term = term * z2 // one
        i += 2
    return (2 * total << k) // 10 ** (g - p)


def _ln10(p):
    return _ln_fixed(10 ** (p + 1), p)


def _correctly_rounded(approx, ctx, status):
    """Rounds approx(p) -> (sign, coef, exp, err) at growing precision until
    both ends of the error interval round the same way. exp, ln and log10
    always round half-even, whatever the context says (as the C module)."""
    ctx = ctx.copy()
    ctx.rounding = ROUND_HALF_EVEN
    p = ctx.prec + 10
    for _ in range(12):
        sign, coef, exp, err = approx(p)
        lo_st, hi_st = _Status(), _Status()
        lo = _finish(sign, max(coef - err, 0), exp, ctx, lo_st)
        hi = _finish(sign, coef + err, exp, ctx, hi_st)
        if (lo._kind == hi._kind and lo._coef == hi._coef
                and lo._exp == hi._exp and coef - err > 0):
            st = _Status()
            r = _finish(sign, coef, exp, ctx, st)
            status.add(*st.conds)
            status.add(Inexact, Rounded)
            return r
        p = p * 2
    st = _Status()
    r = _finish(sign, coef, exp, ctx, st)
    status.add(*st.conds)
    status.add(Inexact, Rounded)
    return r


def _exp(a, ctx, status):
    if a._kind == _INF:
        return _make(0, 0, 0) if a._sign else _make(0, 0, 0, _INF)
    if a._coef == 0:
        return _make(0, 1, 0)
    ctx = ctx.copy()
    ctx.rounding = ROUND_HALF_EVEN  # exp always rounds half-even
    adj = a._exp + _ndigits(a._coef) - 1
    # |a| huge: certain overflow or underflow
    limit = (-ctx.Emin if a._sign else ctx.Emax) + ctx.prec + 2
    if adj > 30 or (adj >= 0 and abs(float(a)) > 2.31 * limit):
        if a._sign:
            return _finish(0, 1, ctx.Emin - ctx.prec - 5, ctx, status)
        return _finish(0, 1, ctx.Emax + 5, ctx, status)
    if adj < -ctx.prec - 2:
        # exp(x) = 1 + x + ...: rounds as 1 with a sticky nudge
        p = ctx.prec + 3
        c = 10 ** (p + 1)
        c = c - 1 if a._sign else c + 1
        status.add(Inexact, Rounded)
        st = _Status()
        r = _finish(0, c, -(p + 1), ctx, st, ROUND_HALF_EVEN)
        status.add(*st.conds)
        return r

    def approx(p):
        # x = n*ln10 + r; exp(x) = 10**n * exp(r)
        xf = float(a)
        n = int(round(xf / 2.302585092994046))
        extra = _ndigits(abs(n)) + 2
        w = p + extra
        ln10 = _ln10(w)
        if a._exp >= 0:
            x = a._coef * 10 ** (a._exp + w)
        elif -a._exp <= w:
            x = a._coef * 10 ** (w + a._exp)
        else:
            x = a._coef // 10 ** (-a._exp - w)
        if a._sign:
            x = -x
        r = x - n * ln10
        v = _exp_fixed(r, w)
        return 0, v, n - w, 10 ** extra + 100
    return _correctly_rounded(approx, ctx, status)


def _ln(a, ctx, status):
    if a._kind == _INF:
        if a._sign:
            return _invalid(status)
        return _make(0, 0, 0, _INF)
    if a._coef == 0:
        return _make(1, 0, 0, _INF)
    if a._sign:
        return _invalid(status)
    if a._exp <= 0 and a._coef == 10 ** (-a._exp):
        return _make(0, 0, 0)  # ln(1) is exactly 0
    n = _ndigits(a._coef)
    adj = a._exp + n - 1

    def approx(p):
        # ln(a) = ln(c / 10**(n-1)) + adj * ln10; keep p significant digits
        w = p + _ndigits(abs(adj)) + 2
        # near 1 the result is small: add digits for its leading zeros
        if adj in (0, -1):
            c = a._coef * 10 ** max(0, 2 * p - n)
            d = abs(c - 10 ** (_ndigits(c) - (1 if adj == 0 else 0)))
            if d:
                w += max(0, _ndigits(c) - _ndigits(d))
        m_scale = n - 1
        m = a._coef * 10 ** w // 10 ** m_scale if m_scale > 0 else a._coef * 10 ** w
        v = _ln_fixed(m, w) + adj * _ln10(w)
        return (1 if v < 0 else 0), abs(v), -w, 100
    return _correctly_rounded(approx, ctx, status)


def _log10(a, ctx, status):
    if a._kind == _INF:
        if a._sign:
            return _invalid(status)
        return _make(0, 0, 0, _INF)
    if a._coef == 0:
        return _make(1, 0, 0, _INF)
    if a._sign:
        return _invalid(status)
    c = a._coef
    # an exact power of ten gives an exact integer
    s = str(c)
    if s[0] == '1' and s.strip('0') == '1':
        v = a._exp + len(s) - 1
        return _finish(1 if v < 0 else 0, abs(v), 0, ctx, status, ROUND_HALF_EVEN)
    n = _ndigits(c)
    adj = a._exp + n - 1

    def approx(p):
        w = p + _ndigits(abs(adj)) + 2
        if adj in (0, -1):
            cc = c * 10 ** max(0, 2 * p - n)
            d = abs(cc - 10 ** (_ndigits(cc) - (1 if adj == 0 else 0)))
            if d:
                w += max(0, _ndigits(cc) - _ndigits(d))
        w2 = w + 5
        m = c * 10 ** w2 // 10 ** (n - 1) if n > 1 else c * 10 ** w2
        v = (_ln_fixed(m, w2) * 10 ** w2) // _ln10(w2) + adj * 10 ** w2
        v //= 10 ** 5
        return (1 if v < 0 else 0), abs(v), -w, 100
    return _correctly_rounded(approx, ctx, status)


# --- the Decimal class ------------------------------------------------------

class Decimal(object):
    """Floating-point decimal number: sign, integer coefficient, exponent."""

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if isinstance(value, Decimal):
            d = _make(value._sign, value._coef, value._exp, value._kind)
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _ctx(context)
                st = _Status()
                st.add(ConversionSyntax)
                _apply(ctx, st)
                d = _make(0, 0, 0, _QNAN)
            else:
                d = _make(*parsed)
        elif isinstance(value, bool) or isinstance(value, int):
            v = int(value)
            d = _make(1 if v < 0 else 0, abs(v), 0)
        elif isinstance(value, float):
            ctx = _ctx(context)
            st = _Status()
            st.add(FloatOperation)
            _apply(ctx, st)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(tuple(value))
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal:
            return d
        obj = object.__new__(cls)
        obj._sign, obj._coef, obj._exp, obj._kind = d._sign, d._coef, d._exp, d._kind
        return obj

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _make(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- inspection --
    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(ch) for ch in str(self._coef)) if self._coef or self._kind == _FINITE else ()
        if self._kind == _FINITE:
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, digits, 'n' if self._kind == _QNAN else 'N')

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer ratio')
        n = -self._coef if self._sign else self._coef
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** (-self._exp)
        g = _math.gcd(n, d)
        return n // g, d // g

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def is_nan(self):
        return self._kind in (_QNAN, _SNAN)

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_infinite(self):
        return self._kind == _INF

    def is_finite(self):
        return self._kind == _FINITE

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._kind != _FINITE or self._coef == 0:
            return False
        return self.adjusted() >= _ctx(context).Emin

    def is_subnormal(self, context=None):
        if self._kind != _FINITE or self._coef == 0:
            return False
        return self.adjusted() < _ctx(context).Emin

    def number_class(self, context=None):
        s = '-' if self._sign else '+'
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _QNAN:
            return 'NaN'
        if self._kind == _INF:
            return s + 'Infinity'
        if self._coef == 0:
            return s + 'Zero'
        if self.is_subnormal(context):
            return s + 'Subnormal'
        return s + 'Normal'

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    # -- text --
    def _to_string(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._kind in (_QNAN, _SNAN):
            name = 'NaN' if self._kind == _QNAN else 'sNaN'
            return sign + name + (str(self._coef) if self._coef else '')
        digits = str(self._coef)
        exp = self._exp
        left = exp + len(digits)  # digits left of the point in plain notation
        if exp <= 0 and left > -6:
            point = left
        elif not eng:
            point = 1
        elif self._coef == 0:
            point = (left + 1) % 3 - 1
        else:
            point = (left - 1) % 3 + 1
        if point <= 0:
            text = '0.' + '0' * (-point) + digits
        elif point >= len(digits):
            text = digits + '0' * (point - len(digits))
        else:
            text = digits[:point] + '.' + digits[point:]
        if left != point:
            caps = getcontext().capitals if context is None else context.capitals
            text += ('E' if caps else 'e') + '%+d' % (left - point)
        return sign + text

    def __str__(self):
        return self._to_string()

    def __repr__(self):
        return "Decimal('%s')" % self._to_string()

    def to_eng_string(self, context=None):
        return self._to_string(True, context)

    # -- conversions --
    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def _integral_checks(self):
        if self._kind in (_QNAN, _SNAN):
            raise ValueError('cannot convert NaN to integer')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')

    def __int__(self):
        self._integral_checks()
        if self._exp >= 0:
            v = self._coef * 10 ** self._exp
        else:
            v = self._coef // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == _QNAN:
            return float('-nan') if self._sign else float('nan')
        return float(self._to_string())

    def __complex__(self):
        return complex(float(self))

    def _to_integral(self, rounding):
        """The integer value (as an int) rounded with `rounding`."""
        self._integral_checks()
        if self._exp >= 0:
            v = self._coef * 10 ** self._exp
        else:
            v, _ = _round_coef(self._sign, self._coef, -self._exp, rounding)
        return -v if self._sign else v

    def __floor__(self):
        return self._to_integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_make(0, 1, -n))

    # -- comparisons --
    def _compare_with(self, other, op):
        """Converted operand for a rich comparison, or NotImplemented."""
        if isinstance(other, float):
            ctx = getcontext()
            if op in ('==', '!='):
                # equality only notes the mixing, it never traps
                ctx.flags[FloatOperation] = True
            else:
                st = _Status()
                st.add(FloatOperation)
                _apply(ctx, st)
            return _from_float(other)
        if isinstance(other, (Decimal, int)):
            return _convert(other, None)
        if hasattr(other, 'numerator') and hasattr(other, 'denominator') \
                and not isinstance(other, int):
            return other
        return NotImplemented

    def _rich(self, other, op):
        o = self._compare_with(other, op)
        if o is NotImplemented:
            return o
        if not isinstance(o, Decimal):
            # a Rational (Fraction): compare self * denominator to numerator
            if self._kind != _FINITE:
                if self.is_nan():
                    return op == '!='
                c = -1 if self._sign else 1
            else:
                n, d = self.as_integer_ratio()
                lhs = n * o.denominator
                rhs = o.numerator * d
                c = (lhs > rhs) - (lhs < rhs)
            return _op_result(c, op)
        if self._kind in (_QNAN, _SNAN) or o._kind in (_QNAN, _SNAN):
            if op in ('==', '!='):
                if self._kind == _SNAN or o._kind == _SNAN:
                    st = _Status()
                    st.add(InvalidOperation)
                    _apply(getcontext(), st)
                return op == '!='
            st = _Status()
            st.add(InvalidOperation)
            _apply(getcontext(), st)
            return False
        return _op_result(_cmp(self, o), op)

    def __eq__(self, other):
        return self._rich(other, '==')

    def __ne__(self, other):
        return self._rich(other, '!=')

    def __lt__(self, other):
        return self._rich(other, '<')

    def __le__(self, other):
        return self._rich(other, '<=')

    def __gt__(self, other):
        return self._rich(other, '>')

    def __ge__(self, other):
        return self._rich(other, '>=')

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == _QNAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._coef * pow(10, self._exp, _HASH_MOD) % _HASH_MOD
        else:
            h = self._coef * pow(10, self._exp, _HASH_MOD) % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # -- arithmetic --
    def _binary(self, other, kernel, op, reflected, context=None):
        ctx = _ctx(context) if context is not None else getcontext()
        o = _operand(other, ctx, op, reflected)
        if o is NotImplemented:
            return o
        a, b = (o, self) if reflected else (self, o)
        st = _Status()
        r = _check_nans(a, b, ctx, st)
        if r is None:
            r = kernel(a, b, ctx, st)
        _apply(ctx, st)
        return r

    def __add__(self, other, context=None):
        return self._binary(other, _add, '+', False, context)

    def __radd__(self, other, context=None):
        return self._binary(other, _add, '+', True, context)

    def __sub__(self, other, context=None):
        return self._binary(other, _sub, '-', False, context)

    def __rsub__(self, other, context=None):
        return self._binary(other, _sub, '-', True, context)

    def __mul__(self, other, context=None):
        return self._binary(other, _mul, '*', False, context)

    def __rmul__(self, other, context=None):
        return self._binary(other, _mul, '*', True, context)

    def __truediv__(self, other, context=None):
        return self._binary(other, _div, '/', False, context)

    def __rtruediv__(self, other, context=None):
        return self._binary(other, _div, '/', True, context)

    def __floordiv__(self, other, context=None):
        return self._binary(other, _divint, '//', False, context)

    def __rfloordiv__(self, other, context=None):
        return self._binary(other, _divint, '//', True, context)

    def __mod__(self, other, context=None):
        return self._binary(other, _rem, '%', False, context)

    def __rmod__(self, other, context=None):
        return self._binary(other, _rem, '%', True, context)

    def __divmod__(self, other, context=None):
        return self._binary(other, _divmod_op, 'divmod()', False, context)

    def __rdivmod__(self, other, context=None):
        return self._binary(other, _divmod_op, 'divmod()', True, context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._powmod(other, modulo, context)
        return self._binary(other, _pow, '** or pow()', False, context)

    def __rpow__(self, other, modulo=None, context=None):
        return self._binary(other, _pow, '** or pow()', True, context)

    def _powmod(self, other, modulo, context):
        ctx = _ctx(context)
        b = _operand(other, ctx, 'pow()', False)
        m = _operand(modulo, ctx, 'pow()', False)
        if b is NotImplemented or m is NotImplemented:
            return NotImplemented
        st = _Status()
        r = None
        for d in (self, b, m):
            if d._kind == _SNAN:
                st.add(InvalidOperation)
                r = _nan_result(d, ctx, st)
                break
        if r is None:
            for d in (self, b, m):
                if d._kind == _QNAN:
                    r = _nan_result(d, ctx, st)
                    break
        if r is None:
            ok = all(d._kind == _FINITE and d._exp >= 0 for d in (self, b, m))
            if (not ok or b._sign or m._coef == 0
                    or _ndigits(m._coef) + m._exp > ctx.prec
                    or (self._coef == 0 and b._coef == 0)):
                r = _invalid(st)
            else:
                base = int(self)
                e = int(b)
                mod = abs(int(m))
                v = pow(abs(base), e, mod)
                sign = self._sign if e & 1 else 0
                r = _make(sign, v, 0)
        _apply(ctx, st)
        return r

    def __neg__(self, context=None):
        return self._unary(_minus, context)

    def __pos__(self, context=None):
        return self._unary(_plus, context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._unary(_abs, context)

    def _unary(self, kernel, context):
        ctx = _ctx(context)
        st = _Status()
        r = _check_nans(self, None, ctx, st)
        if r is None:
            r = kernel(self, ctx, st)
        _apply(ctx, st)
        return r

    def _method2(self, other, kernel, context):
        """A method taking another operand (ints allowed, floats not)."""
        ctx = _ctx(context)
        o = _convert(other, ctx)
        if o is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(other).__name__)
        st = _Status()
        r = kernel(self, o, ctx, st)
        _apply(ctx, st)
        return r

    # -- methods --
    def sqrt(self, context=None):
        return self._unary(_sqrt, context)

    def exp(self, context=None):
        return self._unary(_exp, context)

    def ln(self, context=None):
        return self._unary(_ln, context)

    def log10(self, context=None):
        return self._unary(_log10, context)

    def logb(self, context=None):
        return self._unary(_logb, context)

    def normalize(self, context=None):
        return self._unary(_normalize, context)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        st = _Status()
        r = _check_nans(self, None, ctx, st)
        if r is None:
            r = _to_integral(self, rounding or ctx.rounding, st, False)
        _apply(ctx, st)
        return r

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        st = _Status()
        r = _check_nans(self, None, ctx, st)
        if r is None:
            r = _to_integral(self, rounding or ctx.rounding, st, True)
        _apply(ctx, st)
        return r

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        o = _convert(exp, ctx)
        if o is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(exp).__name__)
        st = _Status()
        r = _check_nans(self, o, ctx, st)
        if r is None:
            r = _quantize(self, o, rounding or ctx.rounding, ctx, st)
        _apply(ctx, st)
        return r

    def same_quantum(self, other, context=None):
        o = _convert(other, None)
        if self._kind != _FINITE or o._kind != _FINITE:
            return ((self.is_nan() and o.is_nan())
                    or (self._kind == _INF and o._kind == _INF))
        return self._exp == o._exp

    def compare(self, other, context=None):
        return self._method2(other, _nan_guard(_compare), context)

    def compare_signal(self, other, context=None):
        def kernel(a, b, ctx, st):
            if a.is_nan() or b.is_nan():
                st.add(InvalidOperation)
            return _nan_guard(_compare)(a, b, ctx, st)
        return self._method2(other, kernel, context)

    def compare_total(self, other, context=None):
        o = _convert(other, None)
        c = _total_cmp(self, o)
        return _make(1 if c < 0 else 0, 1 if c else 0, 0)

    def compare_total_mag(self, other, context=None):
        o = _convert(other, None)
        return self.copy_abs().compare_total(o.copy_abs())

    def max(self, other, context=None):
        return self._method2(other, _minmax(False, False), context)

    def min(self, other, context=None):
        return self._method2(other, _minmax(True, False), context)

    def max_mag(self, other, context=None):
        return self._method2(other, _minmax(False, True), context)

    def min_mag(self, other, context=None):
        return self._method2(other, _minmax(True, True), context)

    def remainder_near(self, other, context=None):
        return self._method2(other, _nan_guard(_remainder_near), context)

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        o = _convert(other, ctx)
        t = _convert(third, ctx)
        st = _Status()
        r = _check_nans(self, o, ctx, st)
        if r is None:
            r = _check_nans(t, None, ctx, st)
        if r is None:
            big = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
            prod = _mul(self, o, big, _Status())
            if prod.is_nan():
                r = _invalid(st)
            else:
                r = _add(prod, t, ctx, st)
        _apply(ctx, st)
        return r

    def copy_abs(self):
        return _make(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _make(self._sign ^ 1, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        o = _convert(other, None)
        return _make(o._sign, self._coef, self._exp, self._kind)

    def next_plus(self, context=None):
        return self._unary(lambda a, ctx, st: _next(a, ctx, 0), context)

    def next_minus(self, context=None):
        return self._unary(lambda a, ctx, st: _next(a, ctx, 1), context)

    def next_toward(self, other, context=None):
        def kernel(a, b, ctx, st):
            c = _cmp(a, b)
            if c == 0:
                return a.copy_sign(b)
            return _next(a, ctx, 0 if c < 0 else 1)
        return self._method2(other, _nan_guard(kernel), context)

    def scaleb(self, other, context=None):
        def kernel(a, b, ctx, st):
            if b._kind != _FINITE or b._exp != 0:
                return _invalid(st)
            if a._kind == _INF:
                return a
            n = -b._coef if b._sign else b._coef
            return _finish(a._sign, a._coef, a._exp + n, ctx, st)
        return self._method2(other, _nan_guard(kernel), context)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)


def _nan_guard(kernel):
    """kernel(a, b, ctx, st) preceded by the NaN operand rules."""
    def run(a, b, ctx, st):
        r = _check_nans(a, b, ctx, st)
        return r if r is not None else kernel(a, b, ctx, st)
    return run


def _op_result(c, op):
    if op == '==':
        return c == 0
    if op == '!=':
        return c != 0
    if op == '<':
        return c < 0
    if op == '<=':
        return c <= 0
    if op == '>':
        return c > 0
    return c >= 0


def _sub(a, b, ctx, st):
    return _add(a, b, ctx, st, negate_b=True)


def _divmod_op(a, b, ctx, st):
    if a._kind == _INF:
        if b._kind == _INF:
            n = _invalid(st)
            return n, n
        q = _make(a._sign ^ b._sign, 0, 0, _INF)
        return q, _invalid(st)
    if b._kind == _INF:
        return _make(a._sign ^ b._sign, 0, 0), _finish(a._sign, a._coef, a._exp, ctx, st)
    if b._coef == 0:
        if a._coef == 0:
            n = _invalid(st, DivisionUndefined)
            return n, n
        st.add(DivisionByZero)
        return _make(a._sign ^ b._sign, 0, 0, _INF), _invalid(st)
    res = _divmod_finite(a, b, ctx, st)
    if res is None:
        n = _invalid(st, DivisionImpossible)
        return n, n
    (qs, q), r = res
    return _make(qs, q, 0), _finish(r._sign, r._coef, r._exp, ctx, st)


def _plus(a, ctx, st):
    if a._kind == _INF:
        return a
    sign = a._sign
    if a._coef == 0 and ctx.rounding != ROUND_FLOOR:
        sign = 0
    return _finish(sign, a._coef, a._exp, ctx, st)


def _minus(a, ctx, st):
    if a._kind == _INF:
        return _make(a._sign ^ 1, 0, 0, _INF)
    sign = a._sign ^ 1
    if a._coef == 0 and ctx.rounding != ROUND_FLOOR:
        sign = 0
    return _finish(sign, a._coef, a._exp, ctx, st)


def _abs(a, ctx, st):
    if a._kind == _INF:
        return _make(0, 0, 0, _INF)
    return _finish(0, a._coef, a._exp, ctx, st)


def _sqrt(a, ctx, st):
    if a._kind == _INF:
        if a._sign:
            return _invalid(st)
        return a
    ideal = a._exp // 2
    if a._coef == 0:
        return _finish(a._sign, 0, ideal, ctx, st)
    if a._sign:
        return _invalid(st)
    # scale the coefficient to an even exponent and >= 2*(prec+1) digits
    c, e = a._coef, a._exp
    k = max(0, ctx.prec + 1 - (_ndigits(c) + 1) // 2) + 1
    if (e - 2 * k) % 2:
        k += 1
    if (e - 2 * k) % 2:
        c *= 10
        e -= 1
    c *= 10 ** (2 * k)
    e -= 2 * k
    r = _math.isqrt(c)
    exp = e // 2
    if r * r == c:
        while exp < ideal and r % 10 == 0:
            r //= 10
            exp += 1
    elif r % 5 == 0:
        r += 1
    st2 = _Status()
    res = _finish(0, r, exp, ctx, st2, ROUND_HALF_EVEN)
    st.add(*st2.conds)
    return res


def _normalize(a, ctx, st):
    if a._kind == _INF:
        return a
    r = _finish(a._sign, a._coef, a._exp, ctx, st)
    if r._kind != _FINITE:
        return r
    if r._coef == 0:
        return _make(r._sign, 0, 0)
    c, e = r._coef, r._exp
    emax = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    while c % 10 == 0 and e < emax:
        c //= 10
        e += 1
    return _make(r._sign, c, e)


def _logb(a, ctx, st):
    if a._kind == _INF:
        return _make(0, 0, 0, _INF)
    if a._coef == 0:
        st.add(DivisionByZero)
        return _make(1, 0, 0, _INF)
    v = a.adjusted()
    return _finish(1 if v < 0 else 0, abs(v), 0, ctx, st)


def _to_integral(a, rounding, st, exact):
    if a._kind == _INF or a._exp >= 0:
        return a
    if a._coef == 0:
        return _make(a._sign, 0, 0)
    q, inexact = _round_coef(a._sign, a._coef, -a._exp, rounding)
    if exact:
        st.add(Rounded)
        if inexact:
            st.add(Inexact)
    return _make(a._sign, q, 0)


def _quantize(a, o, rounding, ctx, st):
    if a._kind == _INF or o._kind == _INF:
        if a._kind == _INF and o._kind == _INF:
            return a
        return _invalid(st)
    exp = o._exp
    if not (ctx.Emin - ctx.prec + 1 <= exp <= ctx.Emax):
        return _invalid(st)
    if a._coef == 0:
        return _make(a._sign, 0, exp)
    if a._exp >= exp:
        coef = a._coef * _p10(a._exp - exp)
        inexact = False
    else:
        coef, inexact = _round_coef(a._sign, a._coef, exp - a._exp, rounding)
    if _ndigits(coef) > ctx.prec:
        return _invalid(st)
    if coef and exp + _ndigits(coef) - 1 > ctx.Emax:
        return _invalid(st)
    if a._exp < exp:
        st.add(Rounded)
        if inexact:
            st.add(Inexact)
    if coef and exp + _ndigits(coef) - 1 < ctx.Emin:
        st.add(Subnormal)
        if inexact:
            st.add(Underflow)
    return _make(a._sign, coef, exp)


def _compare(a, b, ctx, st):
    c = _cmp(a, b)
    return _make(1 if c < 0 else 0, 1 if c else 0, 0)


def _total_cmp(a, b):
    """-1, 0, 1 in the total order of compare_total (signs, then kind:
    finite < Infinity < sNaN < NaN, then value, then exponent)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = {_FINITE: 0, _INF: 1, _SNAN: 2, _QNAN: 3}
    ra, rb = rank[a._kind], rank[b._kind]
    if ra != rb:
        c = -1 if ra < rb else 1
    elif ra == 0:
        c = _cmp_abs_finite(a, b)
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    elif ra >= 2:
        c = (a._coef > b._coef) - (a._coef < b._coef)
    else:
        c = 0
    return -c if a._sign else c


def _minmax(want_min, by_mag):
    def kernel(a, b, ctx, st):
        # a quiet NaN loses to a number
        if a._kind == _SNAN or b._kind == _SNAN:
            return _check_nans(a, b, ctx, st)
        if a._kind == _QNAN and b._kind != _QNAN:
            return _finish(b._sign, b._coef, b._exp, ctx, st) if b._kind == _FINITE else b
        if b._kind == _QNAN and a._kind != _QNAN:
            return _finish(a._sign, a._coef, a._exp, ctx, st) if a._kind == _FINITE else a
        if a._kind == _QNAN:
            return _check_nans(a, b, ctx, st)
        if by_mag:
            c = _cmp(a.copy_abs(), b.copy_abs())
        else:
            c = 0
        if c == 0:
            c = _cmp(a, b)
        if c == 0:
            # equal values: order by sign, then exponent (total order)
            c = _cmp_total_equal(a, b)
        pick = a if (c < 0) == want_min else b
        if c == 0:
            pick = a
        if pick._kind != _FINITE:
            return pick
        return _finish(pick._sign, pick._coef, pick._exp, ctx, st)
    return kernel


def _cmp_total_equal(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    if a._exp == b._exp:
        return 0
    c = -1 if a._exp < b._exp else 1
    return -c if a._sign else c


def _remainder_near(a, b, ctx, st):
    if a._kind == _INF:
        return _invalid(st)
    if b._kind == _INF:
        return _finish(a._sign, a._coef, a._exp, ctx, st)
    if b._coef == 0:
        return _invalid(st, DivisionUndefined if a._coef == 0 else InvalidOperation)
    res = _divmod_finite(a, b, ctx, st)
    if res is None:
        return _invalid(st, DivisionImpossible)
    (qs, q), r = res
    # choose the nearer multiple; ties to an even quotient
    e = r._exp
    rv = r._coef
    bv = b._coef * 10 ** (b._exp - e)
    if 2 * rv > bv or (2 * rv == bv and q & 1):
        rv = bv - rv
        sign = r._sign ^ 1
        q += 1
    else:
        sign = r._sign
    if q >= 10 ** ctx.prec:
        return _invalid(st, DivisionImpossible)
    return _finish(sign, rv, e, ctx, st)


def _next(a, ctx, down):
    """The next representable number above (down=0) or below (down=1)."""
    if a._kind == _INF:
        if a._sign == down:
            return a
        return _make(a._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    etiny = ctx.Emin - ctx.prec + 1
    # add/subtract a tiny amount with directed rounding
    tiny = _make(down, 1, etiny - 1)
    c = ctx.copy()
    c.rounding = ROUND_FLOOR if down else ROUND_CEILING
    st = _Status()
    return _add(a, tiny, c, st)


def _pow(a, b, ctx, st):
    # infinities and zeros first
    if b._kind == _FINITE and b._coef == 0:
        if a._kind == _FINITE and a._coef == 0:
            return _invalid(st)
        return _make(0, 1, 0)
    b_int = b._kind == _FINITE and (b._exp >= 0 or b._coef % 10 ** (-b._exp) == 0)
    odd = b_int and int(b) & 1
    if a._sign and not (a._kind == _FINITE and a._coef == 0) and not b_int:
        return _invalid(st)
    rsign = a._sign if odd else 0
    if a._kind == _INF:
        if b._sign:
            return _make(rsign, 0, 0)
        return _make(rsign, 0, 0, _INF)
    if a._coef == 0:
        if b._sign:
            return _make(rsign, 0, 0, _INF)
        return _make(rsign, 0, 0)
    if b._kind == _INF:
        c = _cmp_abs_finite(a, _make(0, 1, 0))
        if c == 0:
            st.add(Inexact, Rounded)
            return _finish(0, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx, _Status())
        if (c > 0) != bool(b._sign):
            return _make(0, 0, 0, _INF)
        return _make(0, 0, 0)
    if b_int:
        n = int(b)
        return _int_pow(a, n, rsign, ctx, st)
    return _real_pow(a, b, ctx, st)


def _real_pow(a, b, ctx, st):
    """a ** b for a > 0 and a non-integer b, as exp(b * ln(a)): computed at
    growing working precisions until two agree once rounded (almost always
    the correctly rounded result). As in the C module, the result is never
    taken as exact: 4 ** 0.5 is 2.000..., Inexact."""
    # b*ln(a)'s magnitude costs that many digits of ln(a)'s precision
    k = max(0, b.adjusted() + len(str(abs(a.adjusted()) + 1)) + 1)
    prev = None
    for extra in (10, 25, 50, 100):
        work = Context(prec=ctx.prec + extra + k, rounding=ROUND_HALF_EVEN,
                       Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
        s2 = _Status()
        r = _exp(_mul(_ln(a, work, s2), b, work, s2), work, s2)
        s3 = _Status()
        res = _finish(0, r._coef, r._exp, ctx, s3) if r._kind == _FINITE else r
        if prev is not None and (res._kind, res._coef, res._exp) == prev:
            break
        prev = (res._kind, res._coef, res._exp)
    st.add(*s3.conds)
    st.add(Inexact, Rounded)
    if res._kind == _FINITE and res._coef:
        # an inexact result has all prec digits (1 ** 0.5 is 1.000...)
        pad = min(ctx.prec - _ndigits(res._coef), res._exp - (ctx.Emin - ctx.prec + 1))
        if pad > 0:
            res = _make(res._sign, res._coef * 10 ** pad, res._exp - pad)
    return res


def _int_pow(a, n, sign, ctx, st):
    """a ** n for an integer n: exact when the result's size allows, else
    computed with guard digits."""
    c, e = a._coef, a._exp
    neg = n < 0
    m = -n if neg else n
    nd = _ndigits(c)
    adj = e + nd - 1
    # estimate the result's adjusted exponent to catch certain over/underflow
    lg = (adj + _math.log10(c / 10 ** (nd - 1)) if nd < 300 else adj + 0.5) * m
    est = -lg if neg else lg
    if est > ctx.Emax + 1:
        return _finish(sign, 1, ctx.Emax + 5, ctx, st)
    if _math.floor(est) < ctx.Emin - ctx.prec:
        # certain underflow: zero at Etiny whatever the rounding (as libmpdec)
        st.add(Underflow, Subnormal, Inexact, Rounded, Clamped)
        return _make(sign, 0, ctx.Emin - ctx.prec + 1)
    if nd * m <= max(4 * ctx.prec, 2000):
        pc = c ** m
        pe = e * m
        if not neg:
            return _finish(sign, pc, pe, ctx, st)
        return _div(_make(0, 1, 0), _make(sign, pc, pe), ctx, st)
    # too big to compute exactly: repeated squaring, rounding each step
    work = ctx.copy()
    work.prec = ctx.prec + _ndigits(m) + 10
    work.Emax = MAX_EMAX
    work.Emin = MIN_EMIN
    s2 = _Status()
    result = _make(0, 1, 0)
    base = _make(0, c, e)
    k = m
    while k:
        if k & 1:
            result = _mul(result, base, work, s2)
        k >>= 1
        if k:
            base = _mul(base, base, work, s2)
    if neg:
        result = _div(_make(0, 1, 0), result, work, s2)
    if Inexact in s2.conds:
        st.add(Inexact, Rounded)
    return _finish(sign, result._coef, result._exp, ctx, st)


# --- formatting ---------------------------------------------------------------

def _parse_spec(spec):
    """Parses [[fill]align][sign][z][#][0][width][grouping][.precision][type]."""
    i = 0
    n = len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zflag = False
    if i < n and spec[i] == 'z':
        zflag = True
        i += 1
    alt = False  # the C module takes no '#' (nor '_' grouping)
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    grouping = ''
    if i < n and spec[i] == ',':
        grouping = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if (i != n or (typ is not None and typ not in 'eEfFgGn%')
            or (typ == 'n' and grouping)):
        raise ValueError('invalid format string')
    if zero and align is not None:
        raise ValueError('invalid format string')  # the C module's rule
    if zero and fill is None:
        fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    return fill, align, sign, zflag, zero, width, grouping, prec, typ


def _group(digits, sep, min_width):
    """digits with sep every three from the right, zero-padded to at least
    min_width characters (as CPython pads a zero-filled number)."""
    if not sep:
        return digits.rjust(min_width, '0') if min_width > len(digits) else digits
    while True:
        parts = []
        d = digits
        while len(d) > 3:
            parts.append(d[-3:])
            d = d[:-3]
        parts.append(d)
        text = sep.join(reversed(parts))
        if len(text) >= min_width:
            return text
        digits = '0' + digits


def _format(d, spec):
    fill, align, sign_opt, zflag, zero, width, grouping, prec, typ = _parse_spec(spec)
    alt = False
    ctx = getcontext()
    if typ is None:
        typ = 'G' if ctx.capitals else 'g'
    if typ == 'n':
        typ = 'g'
    negative = d._sign == 1
    if d._kind != _FINITE:
        body = d._to_string().lstrip('-')
        if typ == '%':
            body += '%'
        if d._kind == _INF:
            body = 'Infinity' + ('%' if typ == '%' else '')
    else:
        x = d
        if typ == '%':
            x = _make(d._sign, d._coef, d._exp + 2)
        rounding = ctx.rounding
        if prec is not None:
            if typ in 'eE':
                x = _round_sig(x, prec + 1, rounding)
            elif typ in 'fF%':
                x = _rescale(x, -prec, rounding)
            elif typ in 'gG' and _ndigits(x._coef) > max(prec, 1):
                x = _round_sig(x, max(prec, 1), rounding)
        if typ in 'fF%' and x._coef == 0 and x._exp > 0:
            x = _make(x._sign, 0, 0)  # a zero prints no padding zeros
        # (the C module's 'F' leaves a negative value rounded to zero alone)
        if zflag and x._coef == 0 and (typ != 'F' or d._coef == 0):
            negative = False
        digits = str(x._coef)
        left = x._exp + len(digits)
        if typ in 'eE':
            point = 1 - prec if (x._coef == 0 and prec is not None) else 1
        elif typ in 'fF%':
            point = left
        elif x._exp <= 0 and left > -6:
            point = left
        else:
            point = 1
        if point < 0:
            intpart = '0'
            frac = '0' * (-point) + digits
        elif point > len(digits):
            intpart = digits + '0' * (point - len(digits))
            frac = ''
        else:
            intpart = digits[:point] or '0'
            frac = digits[point:]
        expo = left - point
        if frac or alt:
            frac = '.' + frac
        if typ in 'eE' or (typ in 'gG' and expo != 0):
            exp_text = ('E' if typ in 'EG' else 'e') + '%+d' % expo
        else:
            exp_text = ''
        if typ == '%':
            exp_text = '%'
        body = None
    sign = '-' if negative else ('' if sign_opt == '-' else sign_opt.replace(' ', ' '))
    if sign_opt == ' ' and not negative:
        sign = ' '
    if body is not None:
        if zero:
            fill, align = ' ', '>'
        return _pad(sign, body, fill, align, width)
    tail = frac + exp_text
    if zero:  # only the 0 flag's padding is grouped
        min_int = width - len(sign) - len(tail)
    else:
        min_int = 0
    intpart = _group(intpart, grouping, min_int)
    return _pad(sign, intpart + tail, fill, align, width)


def _pad(sign, body, fill, align, width):
    n = width - len(sign) - len(body)
    if n <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * n
    if align == '>':
        return fill * n + sign + body
    if align == '=':
        return sign + fill * n + body
    half = n // 2
    return fill * half + sign + body + fill * (n - half)


def _round_sig(x, digits, rounding):
    """x rounded (or zero-padded) to `digits` significant digits."""
    if x._coef == 0:
        return x
    adj = x._exp + _ndigits(x._coef) - 1
    y = _rescale(x, adj + 1 - digits, rounding)
    yadj = y._exp + _ndigits(y._coef) - 1
    if yadj != adj:  # rounded up to the next power of ten
        y = _rescale(y, yadj + 1 - digits, rounding)
    return y


def _rescale(x, exp, rounding):
    if x._exp >= exp:
        return _make(x._sign, x._coef * 10 ** (x._exp - exp), exp)
    coef, _ = _round_coef(x._sign, x._coef, exp - x._exp, rounding)
    return _make(x._sign, coef, exp)


# --- contexts -----------------------------------------------------------------

class _SignalDict(_MutableMapping):
    """flags/traps: a mapping of the nine signals to bools, as the C
    module's SignalDict: not a dict (so pprint shows its own repr), other
    keys refused, keys never deleted, copy() a plain dict."""

    def __init__(self):
        self._d = dict.fromkeys(_SIGNALS, False)

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(_SIGNALS_TEXT)
        self._d[key] = bool(value)

    def __getitem__(self, key):
        if key not in _SIGNALS:
            raise KeyError(_SIGNALS_TEXT)
        return self._d[key]

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % item for item in self._d.items()) + '}'

    def copy(self):
        return dict(self._d)


_SignalDict.__name__ = _SignalDict.__qualname__ = 'SignalDict'


_SIGNALS_TEXT = ('valid values for signals are:\n'
                 '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                 '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                 '   Clamped]')


def _signal_dict(src):
    d = _SignalDict()
    if src is None:
        return d
    if isinstance(src, (dict, _SignalDict)):
        for k, v in src.items():
            d[k] = v
    else:
        for k in src:
            d[k] = True
    return d


class Context(object):
    """Precision, rounding, exponent limits, flags and traps for arithmetic."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = _default_template
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = dict(dc.traps) if dc else [InvalidOperation, DivisionByZero, Overflow]
        object.__setattr__(self, 'traps', _signal_dict(traps))
        object.__setattr__(self, 'flags', _signal_dict(flags))

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(value, 1, MAX_PREC, 'prec', '[1, MAX_PREC]')
        elif name == 'Emin':
            _check_int(value, MIN_EMIN, 0, 'Emin', '[MIN_EMIN, 0]')
        elif name == 'Emax':
            _check_int(value, 0, MAX_EMAX, 'Emax', '[0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            _check_int(value, 0, 1, name, None)
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError(
                    'valid values for rounding are:\n'
                    '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                    '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                    '   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            value = _signal_dict(value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax,
                   self.capitals, self.clamp, ', '.join(flags), ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            st = _Status()
            st.add(ConversionSyntax)
            _apply(self, st)
            return _make(0, 0, 0, _QNAN)
        d = Decimal(num, context=self)
        st = _Status()
        if d.is_nan():
            r = _nan_result(d, self, st)
            r._kind = d._kind
        elif d._kind == _INF:
            r = d
        else:
            r = _finish(d._sign, d._coef, d._exp, self, st)
        _apply(self, st)
        return r

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def _arg(self, a):
        d = _convert(a, self)
        if d is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(a).__name__)
        return d

    def abs(self, a):
        return self._arg(a).__abs__(context=self)

    def add(self, a, b):
        return self._arg(a).__add__(self._arg(b), context=self)

    def subtract(self, a, b):
        return self._arg(a).__sub__(self._arg(b), context=self)

    def multiply(self, a, b):
        return self._arg(a).__mul__(self._arg(b), context=self)

    def divide(self, a, b):
        return self._arg(a).__truediv__(self._arg(b), context=self)

    def divide_int(self, a, b):
        return self._arg(a).__floordiv__(self._arg(b), context=self)

    def remainder(self, a, b):
        return self._arg(a).__mod__(self._arg(b), context=self)

    def remainder_near(self, a, b):
        return self._arg(a).remainder_near(self._arg(b), context=self)

    def divmod(self, a, b):
        return self._arg(a).__divmod__(self._arg(b), context=self)

    def power(self, a, b, modulo=None):
        return self._arg(a).__pow__(self._arg(b), modulo, context=self)

    def minus(self, a):
        return self._arg(a).__neg__(context=self)

    def plus(self, a):
        return self._arg(a).__pos__(context=self)

    def sqrt(self, a):
        return self._arg(a).sqrt(context=self)

    def exp(self, a):
        return self._arg(a).exp(context=self)

    def ln(self, a):
        return self._arg(a).ln(context=self)

    def log10(self, a):
        return self._arg(a).log10(context=self)

    def logb(self, a):
        return self._arg(a).logb(context=self)

    def normalize(self, a):
        return self._arg(a).normalize(context=self)

    def quantize(self, a, b):
        return self._arg(a).quantize(self._arg(b), context=self)

    def compare(self, a, b):
        return self._arg(a).compare(self._arg(b), context=self)

    def compare_signal(self, a, b):
        return self._arg(a).compare_signal(self._arg(b), context=self)

    def compare_total(self, a, b):
        return self._arg(a).compare_total(self._arg(b))

    def max(self, a, b):
        return self._arg(a).max(self._arg(b), context=self)

    def min(self, a, b):
        return self._arg(a).min(self._arg(b), context=self)

    def max_mag(self, a, b):
        return self._arg(a).max_mag(self._arg(b), context=self)

    def min_mag(self, a, b):
        return self._arg(a).min_mag(self._arg(b), context=self)

    def fma(self, a, b, c):
        return self._arg(a).fma(b, c, context=self)

    def to_integral_value(self, a):
        return self._arg(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._arg(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return self._arg(a)._to_string(False, self)

    def to_eng_string(self, a):
        return self._arg(a)._to_string(True, self)

    def copy_abs(self, a):
        return self._arg(a).copy_abs()

    def copy_negate(self, a):
        return self._arg(a).copy_negate()

    def copy_sign(self, a, b):
        return self._arg(a).copy_sign(self._arg(b))

    def copy_decimal(self, a):
        return Decimal(self._arg(a))

    def next_plus(self, a):
        return self._arg(a).next_plus(context=self)

    def next_minus(self, a):
        return self._arg(a).next_minus(context=self)

    def next_toward(self, a, b):
        return self._arg(a).next_toward(self._arg(b), context=self)

    def scaleb(self, a, b):
        return self._arg(a).scaleb(self._arg(b), context=self)

    def same_quantum(self, a, b):
        return self._arg(a).same_quantum(self._arg(b))

    def number_class(self, a):
        return self._arg(a).number_class(context=self)

    def is_nan(self, a):
        return self._arg(a).is_nan()

    def is_zero(self, a):
        return self._arg(a).is_zero()

    def is_signed(self, a):
        return self._arg(a).is_signed()

    def is_finite(self, a):
        return self._arg(a).is_finite()

    def is_infinite(self, a):
        return self._arg(a).is_infinite()

    def is_normal(self, a):
        return self._arg(a).is_normal(context=self)

    def is_subnormal(self, a):
        return self._arg(a).is_subnormal(context=self)

    def is_qnan(self, a):
        return self._arg(a).is_qnan()

    def is_snan(self, a):
        return self._arg(a).is_snan()

    def is_canonical(self, a):
        return True

    def canonical(self, a):
        return self._arg(a)


def _check_int(value, lo, hi, name, text):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not lo <= value <= hi:
        if text is None:
            raise ValueError('valid values for %s are 0 or 1' % name)
        raise ValueError('valid range for %s is %s' % (name, text))


_default_template = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_template = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999,
                       capitals=1, clamp=0, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999,
                          Emax=999999, capitals=1, clamp=0, flags=[], traps=[])

# The current context: this module's own (one per VM).
_current = [None]


def getcontext():
    ctx = _current[0]
    if ctx is None:
        ctx = DefaultContext.copy()
        _current[0] = ctx
    return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    ctx = ctx.copy()
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                       'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(ctx, key, value)
    return _ContextManager(ctx)


# Decimal is a Number, but not a Real (it does not mix with float), as in CPython.
import numbers as _numbers
_numbers.Number.register(Decimal)
