import sys
try:
    sys.exit(2)
finally:
    print("finally still runs")

# expect: finally still runs
# expect exit: 2
