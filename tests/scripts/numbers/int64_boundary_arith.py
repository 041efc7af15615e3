# Arithmetic on ints around the int64 range (held inline by coil's big
# ints): results that stay inside, cross out of, and come back into it.
M = 2**63 - 1
m = -2**63
print(M + 0, M - 1 + 1, m + 0)
# expect: 9223372036854775807 9223372036854775807 -9223372036854775808
print(M + 1, m - 1, M + M)
# expect: 9223372036854775808 -9223372036854775809 18446744073709551614
print((M + 1) - 1 == M, (m - 1) + 1 == m)
# expect: True True
print(M * 2, m * -1, (2**40) * (2**22), (2**40) * (2**23))
# expect: 18446744073709551614 9223372036854775808 4611686018427387904 9223372036854775808
print(m // -1, m % -1, m // 7, m % 7, M // -3, M % -3)
# expect: 9223372036854775808 0 -1317624576693539402 6 -3074457345618258603 -2
print(M & 5, m | 1, M ^ m, (2**62) << 1, m >> 70, M >> 1)
# expect: 5 -9223372036854775807 -1 9223372036854775808 -1 4611686018427387903
t = 0
for i in range(10):
    t += 2**62
print(t, t - 10 * 2**62)
# expect: 46116860184273879040 0
print(type(M + 1), True + M, M - True)
# expect: <class 'int'> 9223372036854775808 9223372036854775806
class I(int):
    pass
print(I(M) + 1, type(I(2**50) + 1))
# expect: 9223372036854775808 <class 'int'>
