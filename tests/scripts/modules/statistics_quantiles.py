# quantiles with the exclusive (default) and inclusive methods.
import statistics as st

scores = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(st.quantiles(scores, n=10))
print(st.quantiles(scores), st.quantiles(scores, method='inclusive'))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1, 2], n=3), st.quantiles([1.5, 2.5], n=1))
print(st.quantiles(range(100), n=100)[:5])

# expect: [76.5, 86.2, 89.6, 94.8, 101.5, 105.0, 108.7, 110.8, 118.2]
# expect: [87.5, 101.5, 109.75] [88.5, 101.5, 109.25]
# expect: [2.0, 3.0, 4.0] [1.0, 2.0] []
# expect: [0.01, 1.02, 2.03, 3.04, 4.05]
