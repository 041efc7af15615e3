#!/usr/bin/env python3
"""Differential fuzzing of the decimal module: random operands and contexts
(precision 1-40, all roundings, narrow and wide exponent limits) through the
arithmetic, the transcendental functions, quantize/normalize/next_*, the
flags they raise, and random format specs; run under coil and python3 (its
C `_decimal`); prints the results that differ.

  python3 tests/fuzz/decimal_difftest.py [--coil build/coil] [--seeds 1-5] [--cases 800]

Not part of `make test` (a search for bugs, not a regression test).
Known differences: a power that underflows completely under a directed
rounding can be 0 where libmpdec gives one unit at Etiny (or the reverse),
and an integer power rounded once here can differ in the last digit from
libmpdec's (not correctly rounded) result under ROUND_05UP.
"""
import argparse
import subprocess
import sys

PROGRAM = r'''
import random, sys
from decimal import *
rng = random.Random(int(sys.argv[1]))
CASES = int(sys.argv[2])
MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]

def number():
    if rng.random() < 0.1:
        return Decimal(rng.randint(-10, 10))
    if rng.random() < 0.02:
        return Decimal(rng.choice(['NaN', '-Infinity', 'Infinity', 'sNaN7', '-0']))
    c = rng.randint(0, 10 ** rng.randint(1, 35))
    return Decimal(rng.choice(['', '-']) + str(c) + 'E' + str(rng.randint(-40, 20)))

def spec():
    align = rng.choice(['', '', '<', '>', '^', '='])
    fill = rng.choice(['', '*', '0']) if align else ''
    return (fill + align + rng.choice(['', '+', '-', ' ']) + rng.choice(['', 'z'])
            + rng.choice(['', '', '0']) + rng.choice(['', '8', '15']) + rng.choice(['', ','])
            + rng.choice(['', '.0', '.2', '.7']) + rng.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']))

for i in range(CASES):
    ctx = Context(prec=rng.randint(1, 40), rounding=rng.choice(MODES),
                  Emax=rng.choice([999999, 50]), Emin=rng.choice([-999999, -50]), traps=[])
    a, b = number(), number()
    k = rng.randint(-5, 12)
    s = spec()
    small = a.scaleb(-rng.randint(0, 40)) if a.is_finite() and abs(a.adjusted()) < 5 else a
    ops = [('add', lambda: ctx.add(a, b)), ('sub', lambda: ctx.subtract(a, b)),
           ('mul', lambda: ctx.multiply(a, b)), ('div', lambda: ctx.divide(a, b)),
           ('divint', lambda: ctx.divide_int(a, b)), ('rem', lambda: ctx.remainder(a, b)),
           ('remnear', lambda: ctx.remainder_near(a, b)), ('sqrt', lambda: ctx.sqrt(abs(a))),
           ('exp', lambda: ctx.exp(small)), ('ln', lambda: ctx.ln(abs(a))),
           ('log10', lambda: ctx.log10(abs(a))), ('quantize', lambda: ctx.quantize(a, Decimal('1E-3'))),
           ('ipow', lambda: ctx.power(a, k)), ('norm', lambda: ctx.normalize(a)),
           ('plus', lambda: ctx.plus(a)), ('next+', lambda: ctx.next_plus(a)),
           ('next-', lambda: ctx.next_minus(a)), ('max', lambda: ctx.max(a, b)),
           ('minmag', lambda: ctx.min_mag(a, b)), ('cmptotal', lambda: ctx.compare_total(a, b)),
           ('integral', lambda: ctx.to_integral_exact(a)),
           ('format', lambda: format(a, s)), ('str', lambda: (str(a), a.to_eng_string())),
           ('cmp', lambda: (a < b, a == b, hash(a) == hash(b)) if not (a.is_nan() or b.is_nan()) else None)]
    for name, f in ops:
        ctx.clear_flags()
        try:
            r = f()
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        flags = sorted(sg.__name__ for sg, v in ctx.flags.items() if v)
        print(i, name, repr(a), repr(b), k, repr(s), ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, '->', r, flags)
'''


def run(cmd, seed, cases):
    p = subprocess.run(cmd + ['-', str(seed), str(cases)], input=PROGRAM, capture_output=True,
                       text=True, timeout=600)
    if p.returncode:
        sys.exit('%s failed:\n%s' % (cmd[0], p.stderr))
    return p.stdout.splitlines()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--coil', default='build/coil')
    ap.add_argument('--seeds', default='1-5')
    ap.add_argument('--cases', type=int, default=800)
    args = ap.parse_args()
    lo, _, hi = args.seeds.partition('-')
    total = differ = 0
    for seed in range(int(lo), int(hi or lo) + 1):
        ours = run([args.coil], seed, args.cases)
        theirs = run([sys.executable], seed, args.cases)
        for x, y in zip(ours, theirs):
            total += 1
            if x != y:
                differ += 1
                print('seed %d\n  coil:    %s\n  python3: %s' % (seed, x, y))
        if len(ours) != len(theirs):
            print('seed %d: %d lines against %d' % (seed, len(ours), len(theirs)))
            differ += 1
    print('decimal_difftest: %d results, %d differ' % (total, differ))


if __name__ == '__main__':
    main()
