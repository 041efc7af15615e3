# Price statistics in Decimal: mean, median, spread, quantiles and a histogram.
import statistics
from decimal import Decimal

prices = [Decimal(p) for p in '12.99 14.50 9.95 13.25 12.99 22.00 11.75 10.10 15.49 12.99 18.30 9.99'.split()]
print('n', len(prices), 'min', min(prices), 'max', max(prices), 'sum', sum(prices))
print('mean', statistics.mean(prices))
print('median', statistics.median(prices), 'low', statistics.median_low(prices), 'high', statistics.median_high(prices))
print('mode', statistics.mode(prices))
print('stdev', statistics.stdev(prices))
print('pvariance', statistics.pvariance(prices))
print('quartiles', statistics.quantiles(prices, n=4))
step = Decimal('2.50')
buckets = {}
for p in prices:
    lo = (p // step) * step
    buckets[lo] = buckets.get(lo, 0) + 1
for lo in sorted(buckets):
    print(f'{lo:>6.2f}-{lo + step:<6.2f} {"#" * buckets[lo]}')

# expect: n 12 min 9.95 max 22.00 sum 164.30
# expect: mean 13.69166666666666666666666667
# expect: median 12.99 low 12.99 high 12.99
# expect: mode 12.99
# expect: stdev 3.570041592152249659413284086
# expect: pvariance 11.68309722222222222222222222
# expect: quartiles [Decimal('10.5125'), Decimal('12.99'), Decimal('15.2425')]
# expect:   7.50-10.00  ##
# expect:  10.00-12.50  ##
# expect:  12.50-15.00  #####
# expect:  15.00-17.50  #
# expect:  17.50-20.00  #
# expect:  20.00-22.50  #
