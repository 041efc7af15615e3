# A context's flags and traps are the C module's SignalDict: a mapping that
# is not a dict (pprint shows its one-line repr), in the signals' order,
# refusing other keys and deletion; copy() is a plain dict.
import decimal
import pprint

ctx = decimal.Context()
pprint.pprint(ctx.traps)
print(isinstance(ctx.flags, dict), type(ctx.flags).__name__, len(ctx.flags))
ctx.flags[decimal.Inexact] = 1
print(ctx.flags[decimal.Inexact], ctx.flags == ctx.flags.copy(), type(ctx.flags.copy()).__name__)
try:
    del ctx.traps[decimal.Overflow]
except ValueError as e:
    print(e)
try:
    ctx.traps['Overflow']
except KeyError as e:
    print(e.args[0].splitlines()[0])
copy = decimal.Context(flags=ctx.flags, traps=ctx.traps)
print(copy.flags[decimal.Inexact], copy.traps[decimal.DivisionByZero])

# expect: {<class 'decimal.InvalidOperation'>:True, <class 'decimal.FloatOperation'>:False, <class 'decimal.DivisionByZero'>:True, <class 'decimal.Overflow'>:True, <class 'decimal.Underflow'>:False, <class 'decimal.Subnormal'>:False, <class 'decimal.Inexact'>:False, <class 'decimal.Rounded'>:False, <class 'decimal.Clamped'>:False}
# expect: False SignalDict 9
# expect: True True dict
# expect: signal keys cannot be deleted
# expect: valid values for signals are:
# expect: True True
