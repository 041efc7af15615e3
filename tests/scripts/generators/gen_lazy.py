def noisy():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = noisy()
print("created")
for x in g:
    print("got", x)

# expect: created
# expect: start
# expect: got 1
# expect: middle
# expect: got 2
# expect: end
