# mean (exact, in the data's type), fmean, geometric_mean, harmonic_mean.
import statistics as st
from fractions import Fraction as F

print(st.mean([1, 2, 3, 4, 4]), st.mean([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([1, 2, 3]), type(st.mean([1, 2, 3])).__name__)
print(st.mean([1e308, 1e308]), st.mean([float('inf'), 1]), st.mean([0.1] * 10), st.mean(iter([1, 2])))
print(st.mean([1, F(1, 2)]), st.mean([1, 2.5, F(1, 2)]), st.mean([True, False, True]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 2]), st.harmonic_mean([F(1, 2)]))

# expect: 2.8 1.6071428571428572
# expect: 13/21 2 int
# expect: 1e+308 inf 0.1 1.5
# expect: 3/4 1.3333333333333333 0.6666666666666666
# expect: 4.25 87.6
# expect: 36.000000000000014 48.0 56.0
# expect: 3.6 0 1/2
