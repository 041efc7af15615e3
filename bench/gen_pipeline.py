# Several chained generators over millions of items.
def numbers(n):
    for i in range(n):
        yield i

def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x

def squared(source):
    for x in source:
        yield x * x

def running_total(source):
    total = 0
    for x in source:
        total += x
        yield total

last = 0
for last in running_total(squared(evens(numbers(2000000)))):
    pass
print(last)
