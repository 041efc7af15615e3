i = 0
while i < 4:
    i += 1
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        print("cleanup", i)
for c in "ab":
    try:
        raise ValueError(c)
    except ValueError as e:
        print("caught", e)
        continue
    finally:
        print("finally", c)
    print("unreachable")

# expect: cleanup 1
# expect: even 2
# expect: cleanup 2
# expect: cleanup 3
# expect: even 4
# expect: cleanup 4
# expect: caught a
# expect: finally a
# expect: caught b
# expect: finally b
