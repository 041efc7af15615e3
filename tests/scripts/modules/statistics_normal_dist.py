# NormalDist: densities, quantiles, arithmetic, seeded samples.
import statistics as st

iq = st.NormalDist(100, 15)
print(iq, iq.cdf(115), iq.pdf(100), iq.inv_cdf(0.975), iq.quantiles(), iq.zscore(130))
print(iq.overlap(st.NormalDist(110, 10)), iq + 5, iq * 2, 2 * iq, -iq, iq / 3, 10 - iq)
print(iq - st.NormalDist(1, 2), iq == st.NormalDist(100, 15), hash(iq) == hash(st.NormalDist(100.0, 15.0)))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(st.NormalDist().samples(3, seed=42), st.NormalDist().inv_cdf(0.001), st.NormalDist().inv_cdf(1e-10))

# expect: NormalDist(mu=100.0, sigma=15.0) 0.8413447460685429 0.02659615202676218 129.3994597681008 [89.88265374705878, 100.0, 110.11734625294122] 2.0
# expect: 0.6538769160102378 NormalDist(mu=105.0, sigma=15.0) NormalDist(mu=200.0, sigma=30.0) NormalDist(mu=200.0, sigma=30.0) NormalDist(mu=-100.0, sigma=15.0) NormalDist(mu=33.333333333333336, sigma=5.0) NormalDist(mu=-90.0, sigma=15.0)
# expect: NormalDist(mu=99.0, sigma=15.132745950421556) True True
# expect: NormalDist(mu=2.716666666666667, sigma=0.5076087732365021) 100.0 100.0 100.0 15.0 225.0
# expect: [-0.14409032957792836, -0.1729036003315193, -0.11131586156766246] -3.090232306167813 -6.361340902404056
