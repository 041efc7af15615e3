i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran", i)
i = 0
while i < 10:
    if i == 2:
        break
    i += 1
else:
    print("not printed")
print("broke at", i)
while False:
    pass
else:
    print("empty while else")
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)

# expect: loop 0
# expect: loop 1
# expect: loop 2
# expect: else ran 3
# expect: broke at 2
# expect: empty while else
# expect: even 2
# expect: even 4
# expect: even 6
