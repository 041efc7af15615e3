# try/finally inside a generator around return and break.
def g():
    for i in range(5):
        try:
            if i == 2:
                return "early"
            yield i
        finally:
            print("finally", i)
print(list(g()))

# expect: finally 0
# expect: finally 1
# expect: finally 2
# expect: [0, 1]
