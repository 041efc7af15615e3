import sys
print("about to exit")
sys.exit("fatal: configuration missing")

# expect: about to exit
# expect runtime error: fatal: configuration missing
