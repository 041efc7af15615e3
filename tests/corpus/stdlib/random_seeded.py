"""random with a fixed seed: the same sequence every run (shuffles, choices, samples, Monte Carlo)."""
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print(round(random.random(), 12), round(random.uniform(10, 20), 9))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choice(deck), random.sample(range(100), 5), random.choices("abc", weights=[5, 1, 1], k=8))
print(random.randrange(0, 100, 5), random.getrandbits(32))
rng = random.Random(2024)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)
rng2 = random.Random(2024)
print(rng2.random() == random.Random(2024).random())
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)])
print(round(random.gauss(0, 1), 9), round(random.expovariate(2), 9))
