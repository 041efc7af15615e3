def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 99):
    print(n, classify(n))
if []:
    print("no")
elif {}:
    print("no")
elif "x":
    print("string truthy")
if 0: pass
else: print("else branch")

# expect: -5 negative
# expect: 0 zero
# expect: 3 small
# expect: 99 large
# expect: string truthy
# expect: else branch
