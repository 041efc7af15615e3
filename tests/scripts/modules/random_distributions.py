# random's gamma, beta, lognormal, von Mises, Pareto and Weibull draws give CPython's values for a seed.
import random
r = random.Random(12345)
print([round(r.gammavariate(a, 2.0), 10) for a in (0.5, 1.0, 3.0)])
print(round(r.betavariate(2, 5), 10), round(r.lognormvariate(0, 1), 10), round(r.vonmisesvariate(1.0, 4.0), 10))
print(round(r.vonmisesvariate(0, 0), 10), round(r.paretovariate(3), 10), round(r.weibullvariate(1.5, 2), 10))
random.seed(7)
print(round(random.betavariate(2, 3), 10), round(random.gammavariate(9, 0.5), 10))
for bad in [lambda: r.gammavariate(0, 1), lambda: r.betavariate(-1, 1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# expect: [0.48659668, 3.4883001095, 4.095693397]
# expect: 0.2330364071 0.7689590102 0.8600432063
# expect: 6.0196985811 1.0324258832 2.9417730843
# expect: 0.2480202776 4.6596856959
# expect: ValueError: gammavariate: alpha and beta must be > 0.0
# expect: ValueError: gammavariate: alpha and beta must be > 0.0
