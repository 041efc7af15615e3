def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(900))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))

# expect: 900
# expect: 6765
# expect: ['abc', 'acb', 'bac', 'bca', 'cab', 'cba']
