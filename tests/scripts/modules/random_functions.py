# The module-level functions follow random.py's algorithms call for call.
import random

random.seed(2024)
print(random.random())
print([random.randrange(10) for _ in range(10)])
print([random.randrange(3, 30, 4) for _ in range(10)])
print([random.randrange(30, 3, -4) for _ in range(10)])
print([random.randint(-5, 5) for _ in range(10)])
print(random.randint(10**30, 10**31))
print(random.randrange(-10**20, 10**20, 7))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(200))
print(random.choice("abcdefgh"), random.choice([1, 2, 3]), random.choice(range(1000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
words = ["a", "b", "c", "d", "e"]
random.shuffle(words)
print(words)
print(random.sample(range(100), 10))
print(random.sample(range(10**6), 8))
print(random.sample("abcdefgh", 8))
print(random.sample(["x", "y", "z"], counts=[3, 2, 1], k=4))
print(random.choices("abc", k=6))
print(random.choices("abc", weights=[5, 1, 1], k=6))
print(random.choices("abc", cum_weights=[1, 2, 10], k=6))
print(random.uniform(1, 2), random.uniform(-1.5, 1.5))
print(random.triangular(), random.triangular(0, 10, 8))
print(random.gauss(), random.gauss(10, 2), random.normalvariate(0, 1))
print(random.expovariate(0.5))

# expect: 0.47009071843107064
# expect: [9, 4, 3, 6, 4, 8, 3, 7, 5, 6]
# expect: [19, 23, 19, 7, 11, 19, 23, 11, 19, 3]
# expect: [10, 6, 6, 26, 10, 6, 10, 18, 10, 6]
# expect: [5, -3, 3, -2, 1, -5, 0, 5, 1, 2]
# expect: 2405785186115631019787171823010
# expect: -57760250772831525284
# expect: 0 1483036754 3710517852100179178 1451354158860074236795961097990592204849204464081053200602687
# expect: g 1 209
# expect: [2, 3, 17, 16, 4, 18, 15, 5, 19, 13, 6, 11, 14, 9, 12, 10, 8, 0, 7, 1]
# expect: ['e', 'd', 'a', 'b', 'c']
# expect: [63, 76, 80, 18, 33, 49, 79, 43, 42, 90]
# expect: [747376, 487546, 903070, 178064, 717303, 729378, 805119, 903017]
# expect: ['c', 'h', 'b', 'e', 'a', 'd', 'g', 'f']
# expect: ['x', 'y', 'z', 'y']
# expect: ['a', 'a', 'a', 'c', 'b', 'b']
# expect: ['c', 'a', 'a', 'b', 'a', 'a']
# expect: ['c', 'c', 'c', 'c', 'c', 'c']
# expect: 1.1761180796866715 1.050516468805899
# expect: 0.39996767432480024 7.746624761610185
# expect: 0.2371527182076476 9.614649826619448 -0.8162500092838947
# expect: 6.015957653789632
