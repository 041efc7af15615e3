# %-formatting of int subclasses uses the int's value, never the subclass's __str__/__repr__
# (%d %i %c, str and bytes), as CPython's.
class I(int):
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
class P(int):
    pass
x = I(42)
print('%d|%i|%5d|%x|%o|%s|%r' % (x, x, x, x, x, x, x))
print('%c' % P(65), '%c' % I(66))
class F(float):
    def __str__(self): return "FS"
    def __repr__(self): return "FR"
y = F(1.5)
print('%f|%.1f|%g|%e|%d|%s|%r' % (y, y, y, y, y, y, y))
print(format(x, 'd'), f"{x}", f"{x:5}", str(x), int(x))
big = I(10**50)
print('%d' % big, '%d' % I(-7), '%+05d' % I(3), '%c' % True)
print(b'%d %i %x %c' % (I(5), I(6), I(255), I(65)))
try:
    '%d' % I(10**5000)
except ValueError as e:
    print("ValueError", str(e)[:40])
for bad in [I(-1), I(0x110000), I(10**30)]:
    try:
        '%c' % bad
    except OverflowError as e:
        print("OverflowError", e)
print(f"{I(3)}", format(I(3)), '{}'.format(I(3)), '{:d}'.format(I(3)))

# expect: 42|42|   42|2a|52|STR|REPR
# expect: A B
# expect: 1.500000|1.5|1.5|1.500000e+00|1|FS|FR
# expect: 42 STR    42 STR 42
# expect: 100000000000000000000000000000000000000000000000000 -7 +0003 
# expect: b'5 6 ff A'
# expect: ValueError Exceeds the limit (4300 digits) for inte
# expect: OverflowError %c arg not in range(0x110000)
# expect: OverflowError %c arg not in range(0x110000)
# expect: OverflowError %c arg not in range(0x110000)
# expect: STR STR STR 3
