# %, //, /, &, |, ^, <<, >> on small ints, negative operands included, and
# their errors and overflow into big ints.
vals = [-7, -3, -1, 0, 1, 2, 3, 7, 140737488355327, -140737488355328]
out = []
for a in vals:
    for b in vals:
        if b:
            out.append((a % b, a // b, a / b))
        out.append((a & b, a | b, a ^ b))
        if 0 <= b < 70:
            out.append((a << b, a >> b))
print(len(out))  # expect: 240
ints = [x for t in out for x in t if isinstance(x, int)]
print(sum(ints), sum(i * i % 1000003 for i in ints))  # expect: 73 47751862
print(sum(x for t in out for x in t if isinstance(x, float)))  # expect: 0.5156249999999929
print(-7 % 3, 7 % -3, -7 // 2, 7 // -2, -8 // 2, 1 / 3)  # expect: 2 -2 -4 -4 -4 0.3333333333333333
print(1 << 62, -1 << 63, 5 >> 100, -5 >> 100, -5 >> 1)  # expect: 4611686018427387904 -9223372036854775808 0 -1 -3
print(-140737488355328 // -1, -140737488355328 % -1)  # expect: 140737488355328 0
x = 10
x %= 4
x <<= 3
x //= -3
print(x)  # expect: -6
for expr in ("1 % 0", "1 // 0", "1 / 0", "1 << -1", "1 >> -1"):
    try:
        eval(expr)
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
# expect: ZeroDivisionError integer modulo by zero
# expect: ZeroDivisionError integer division or modulo by zero
# expect: ZeroDivisionError division by zero
# expect: ValueError negative shift count
# expect: ValueError negative shift count
