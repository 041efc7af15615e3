# covariance, correlation and linear_regression.
import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, y))
fit = st.linear_regression(x, [2 * v + 1 for v in x])
print(fit, fit.slope, fit.intercept)
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))

# expect: 0.75 1.0 0.31622776601683794
# expect: LinearRegression(slope=2.0, intercept=1.0) 2.0 1.0
# expect: LinearRegression(slope=2.107142857142857, intercept=0.0)
