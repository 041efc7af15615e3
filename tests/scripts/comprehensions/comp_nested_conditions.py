matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix if sum(row) > 6 for n in row if n % 2])
primes = [n for n in range(2, 40) if all(n % d for d in range(2, n))]
print(primes)
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])

# expect: [1, 4, 7, 2, 5, 8, 3, 6, 9]
# expect: [[1, 4, 7], [2, 5, 8], [3, 6, 9]]
# expect: [5, 7, 9]
# expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
# expect: [(3, 4, 5), (5, 12, 13), (6, 8, 10), (8, 15, 17), (9, 12, 15)]
