# Memory of suspended generators: run by run.py's memory check (see README).
from _probe import report_peak
import sys
def g():
    yield 1
n = int(sys.argv[1]) if len(sys.argv) > 1 else 0
held = [g() for _ in range(n)]
for x in held:
    next(x)
print(len(held))
report_peak()
