# Memory of a dict of string keys: run by run.py's memory check.
from _probe import report_peak
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 0
keys = ["key" + str(i) for i in range(1000000)]
d = {}
for i in range(n):
    d[keys[i]] = i
print(len(d))
report_peak()
