"""concurrent.futures: checking numbers for primality with a thread pool
(map and submit/as_completed), collecting errors from failed calls."""
import concurrent.futures
import math

NUMBERS = [15485863, 15485867, 32452843, 32452845, 17, 18, -5]


def is_prime(n):
    if n < 0:
        raise ValueError(f"negative number: {n}")
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for i in range(3, math.isqrt(n) + 1, 2):
        if n % i == 0:
            return False
    return True


def smallest_factor(n):
    for i in range(2, math.isqrt(n) + 1):
        if n % i == 0:
            return i
    return n


with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    for n, prime in zip(NUMBERS[:6], pool.map(is_prime, NUMBERS[:6])):
        print(f"{n} is prime: {prime}")
    futures = {pool.submit(is_prime, n): n for n in NUMBERS}
    outcomes = {}
    for fut in concurrent.futures.as_completed(futures):
        n = futures[fut]
        try:
            outcomes[n] = fut.result()
        except ValueError as e:
            outcomes[n] = f"error: {e}"
    for n in NUMBERS:
        print(n, outcomes[n])
    factors = list(pool.map(smallest_factor, [91, 97, 1001]))
    print(factors)
    done, pending = concurrent.futures.wait([pool.submit(pow, 2, k) for k in range(5)])
    print(sorted(f.result() for f in done), len(pending))
print(pool._shutdown if hasattr(pool, "_shutdown") else True)
