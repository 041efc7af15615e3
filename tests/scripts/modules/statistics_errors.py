# StatisticsError (a ValueError) and TypeErrors with CPython's messages.
import statistics as st

calls = [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.variance([1]), lambda: st.stdev([1]),
         lambda: st.pvariance([]), lambda: st.pstdev([]), lambda: st.median([]), lambda: st.mode([]),
         lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0),
         lambda: st.quantiles([1, 2], method='x'), lambda: st.harmonic_mean([]),
         lambda: st.harmonic_mean([-1, 2]), lambda: st.harmonic_mean(['a']),
         lambda: st.geometric_mean([0, 1]), lambda: st.mean(['a', 'b']), lambda: st.mean([1, 'a']),
         lambda: st.covariance([1, 2], [1]), lambda: st.correlation([1, 1], [1, 2]),
         lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.NormalDist(0, -1),
         lambda: st.NormalDist(0, 0).pdf(1), lambda: st.NormalDist().inv_cdf(1.5),
         lambda: st.NormalDist().overlap(3), lambda: st.fmean([1, 2], weights=[1]),
         lambda: st.harmonic_mean([1, 2], weights=[1])]
for call in calls:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))

# expect: StatisticsError mean requires at least one data point
# expect: StatisticsError fmean requires at least one data point
# expect: StatisticsError variance requires at least two data points
# expect: StatisticsError stdev requires at least two data points
# expect: StatisticsError pvariance requires at least one data point
# expect: StatisticsError pstdev requires at least one data point
# expect: StatisticsError no median for empty data
# expect: StatisticsError no mode for empty data
# expect: StatisticsError must have at least two data points
# expect: StatisticsError n must be at least 1
# expect: ValueError Unknown method: 'x'
# expect: StatisticsError harmonic_mean requires at least one data point
# expect: StatisticsError harmonic mean does not support negative values
# expect: TypeError unsupported type
# expect: StatisticsError geometric mean requires a non-empty dataset containing positive numbers
# expect: TypeError can't convert type 'str' to numerator/denominator
# expect: TypeError can't convert type 'str' to numerator/denominator
# expect: StatisticsError covariance requires that both inputs have same number of data points
# expect: StatisticsError at least one of the inputs is constant
# expect: StatisticsError x is constant
# expect: StatisticsError sigma must be non-negative
# expect: StatisticsError pdf() not defined when sigma is zero
# expect: StatisticsError p must be in the range 0.0 < p < 1.0
# expect: TypeError Expected another NormalDist instance
# expect: StatisticsError data and weights must be the same length
# expect: StatisticsError Number of weights does not match data size
# expect: True
