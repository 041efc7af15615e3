# Clocks move forward; sleep waits at least the requested time.
import time
t0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.05)
print(time.monotonic() - t0 >= 0.045, time.perf_counter() - p0 >= 0.045)  # expect: True True
print(time.time() > 1.6e9, type(time.time_ns()))  # expect: True <class 'int'>
print(abs(time.time_ns() / 1e9 - time.time()) < 1)  # expect: True
print(type(time.monotonic_ns()), time.process_time() >= 0)  # expect: <class 'int'> True
time.sleep(0)
print("ok")  # expect: ok
