def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        1 / 0
    finally:
        return "swallowed"
print(h())
def k():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(k())
def m():
    x = 1
    try:
        return x
    finally:
        x = 2
print(m())

# expect: finally runs
# expect: try
# expect: finally
# expect: swallowed
# expect: 1
# expect: 1
