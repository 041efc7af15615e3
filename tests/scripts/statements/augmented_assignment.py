x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 0b1111
n &= 0b1010; print(n)
n |= 0b0101; print(n)
n ^= 0b0011; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
s = "ab"
s *= 3; print(s)
l = [1]
alias = l
l += [2]
l *= 2
print(l, alias is l)
t = (1,)
t2 = t
t += (2,)
print(t, t2)

# expect: 15
# expect: 12
# expect: 24
# expect: 6.0
# expect: 3.0
# expect: 27.0
# expect: 2.0
# expect: 10
# expect: 15
# expect: 12
# expect: 192
# expect: 48
# expect: ababab
# expect: [1, 2, 1, 2] True
# expect: (1, 2) (1,)
