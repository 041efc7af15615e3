"""Exact arithmetic with fractions, Egyptian fractions, continued fractions, and statistics summaries."""
from fractions import Fraction
import statistics
import math

print(Fraction(3, 4) + Fraction(1, 6), Fraction(5, 10), Fraction("3/7") * 14, Fraction(1.5), Fraction("0.125"))
print(Fraction(1, 3) ** 2, Fraction(-7, 3) // 1, Fraction(7, 3) % 1, float(Fraction(22, 7)), round(Fraction(7, 2)))
print(Fraction(math.pi).limit_denominator(1000), Fraction(0.1), Fraction(0.1).limit_denominator())
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(2, 3) < 0.667, Fraction(1, 2) == 0.5)


def egyptian(fr):
    parts = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        parts.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return parts


def continued(fr):
    terms = []
    while True:
        q = fr.numerator // fr.denominator
        terms.append(q)
        fr -= q
        if fr == 0:
            return terms
        fr = 1 / fr


print(" + ".join(str(p) for p in egyptian(Fraction(4, 13))), continued(Fraction(415, 93)))
data = [2.5, 3.1, 4.7, 4.7, 5.0, 6.2, 7.9, 8.8, 9.0, 12.4]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.median_low([1, 3, 5, 7]))
print(round(statistics.stdev(data), 6), round(statistics.variance(data), 6), round(statistics.pvariance(data), 6))
print(statistics.harmonic_mean([40, 60]), round(statistics.geometric_mean([1, 10, 100]), 6), statistics.multimode("aabbc"))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.fmean([1, 2, 3, 4]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(statistics.correlation(x, y), 6), statistics.linear_regression(x, y))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
