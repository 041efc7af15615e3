# variance, pvariance, stdev, pstdev: exact sums of squares, the data's
# type for variances, correctly rounded square roots.
import statistics as st
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.variance([1, 2, 3, 4]), st.variance([F(1, 6), F(1, 2), F(5, 3)]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([1, 2, 3, 4]), st.pvariance([1, 2, 4]))
print(st.variance(data, st.mean(data)), st.pvariance([1, 2, 3], mu=2))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.stdev([F(1, 2), F(3, 4), 1]), st.stdev([10**20, 10**20 + 3]))

# expect: 1.3720238095238095 1.6666666666666667 67/108
# expect: 1.25 1.25 1.5555555555555556
# expect: 1.3720238095238095 0.6666666666666666
# expect: 1.0810874155219827 0.986893273527251
# expect: 1.2909944487358056 2.0 0.25 2.1213203435596424
