# Matrix, prime and sorting helpers exercised together.
def mat_mul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {inner}x{cols}")
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result

def transpose(m):
    return [list(row) for row in zip(*m)]

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]

def factorize(n):
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])

def merge_sort(xs, key=lambda v: v):
    if len(xs) < 2:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid], key), merge_sort(xs[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    out += left[i:] + right[j:]
    return out

fib = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
print("transpose:", transpose([[1, 2, 3], [4, 5, 6]]))
try:
    mat_mul([[1, 2]], [[1, 2]])
except ValueError as e:
    print("error:", e)
primes = sieve(100)
print(len(primes), primes[-5:])
for n in (360, 97, 2 ** 32 + 1, 600851475143):
    print(n, "=", " * ".join(map(str, factorize(n))))
data = [5, 3, 9, 1, 5, 8, -2, 7]
print(quicksort(data), merge_sort(data) == sorted(data))
words = ["pear", "Fig", "apple", "kiwi", "banana"]
print(merge_sort(words, key=str.lower), merge_sort(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))

# expect: fib(90) = 2880067194370816120
# expect: transpose: [[1, 4], [2, 5], [3, 6]]
# expect: error: shape mismatch: 1x2 @ 1x2
# expect: 25 [73, 79, 83, 89, 97]
# expect: 360 = 2 * 2 * 2 * 3 * 3 * 5
# expect: 97 = 97
# expect: 4294967297 = 641 * 6700417
# expect: 600851475143 = 71 * 839 * 1471 * 6857
# expect: [-2, 1, 3, 5, 5, 7, 8, 9] True
# expect: ['apple', 'banana', 'Fig', 'kiwi', 'pear'] ['Fig', 'pear', 'kiwi', 'apple', 'banana']
# expect: ['banana', 'apple', 'kiwi', 'pear', 'Fig']
