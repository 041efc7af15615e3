# join() reports the first item that is not a str.
print(" ".join(["ok"]))   # expect: ok
" ".join(["a", 1, "b"])
# expect runtime error: TypeError: sequence item 1: expected str instance, int found
