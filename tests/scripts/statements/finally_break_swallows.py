def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "swallowed"
print(f())
def g():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after loop"
print(g())
def h():
    for i in range(3):
        try:
            continue
        finally:
            print("finally", i)
    return "done"
print(h())

# expect: swallowed
# expect: after loop
# expect: finally 0
# expect: finally 1
# expect: finally 2
# expect: done
