# Small ints are 48-bit inside coil: + and - on them are done on the shifted
# payloads, where overflow past the small range must become a big int, and
# comparisons are made on the shifted values too. Results at and across the
# edges of that range, in every fast-path position (operator, in-place
# operator into a local, comparison fused with a jump).
M = 2 ** 47

def sums(a, b):
    return [a + b, a - b, b - a, a + a, -a - b]

def order(a, b):
    out = []
    if a < b:
        out.append("<")
    if a <= b:
        out.append("<=")
    if a == b:
        out.append("==")
    if a != b:
        out.append("!=")
    if a > b:
        out.append(">")
    if a >= b:
        out.append(">=")
    return "".join(out)

print(sums(M - 1, 1))  # expect: [140737488355328, 140737488355326, -140737488355326, 281474976710654, -140737488355328]
print(sums(-M, 1))  # expect: [-140737488355327, -140737488355329, 140737488355329, -281474976710656, 140737488355327]
print(sums(-M, -1))  # expect: [-140737488355329, -140737488355327, 140737488355327, -281474976710656, 140737488355329]
print(sums(M - 1, -M))  # expect: [-1, 281474976710655, -281474976710655, 281474976710654, 1]
print(order(M - 1, -M), order(-M, M - 1), order(-M, -M), order(0, -1))  # expect: !=>>= <<=!= <===>= !=>>=

def count_up(n):
    i = M - 3
    seen = []
    while i < M + n:
        i += 1
        seen.append(type(i).__name__)
    return i, seen

print(count_up(2))  # expect: (140737488355330, ['int', 'int', 'int', 'int', 'int'])
x = -M
x -= 1
print(x, x + 1 == -M, x < -M)  # expect: -140737488355329 True True
