# send() ping-pong between a driver and a generator-based coroutine.
def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        total += value
        count += 1

def drive(n):
    acc = accumulator()
    next(acc)
    result = 0
    for i in range(n):
        result = acc.send(i)
    return result

print(drive(1000000))
