import sys
print("partial output")
sys.stdout.flush()
raise SystemExit(4)

# expect: partial output
# expect exit: 4
