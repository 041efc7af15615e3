# A short tour of coil: generators that suspend, send() into them, and
# yield from delegation. Run it with `make run` or `build/coil samples/tour.py`.


def countdown(n):
    """A generator: each next() resumes it until the following yield."""
    while n > 0:
        yield n
        n -= 1


print("countdown:", list(countdown(5)))


def running_average():
    """A coroutine driven by send(): yield is an expression."""
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)  # run to the first yield
for v in [10, 20, 60]:
    print("sent", v, "-> average", avg.send(v))


def read_lines(text):
    for line in text.splitlines():
        yield line


def numbered(lines):
    # yield from hands every value (and send/throw/close) to the delegate,
    # and evaluates to its return value.
    count = yield from enumerate_lines(lines)
    yield f"({count} lines)"


def enumerate_lines(lines):
    n = 0
    for line in lines:
        n += 1
        yield f"{n:>2}: {line}"
    return n


poem = "suspend\nresume\nrepeat"
for out in numbered(read_lines(poem)):
    print(out)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


squares_of_even_fibs = (f * f for f in fib() if f % 2 == 0)
print("even fib squares:", [next(squares_of_even_fibs) for _ in range(5)])
print("big:", 2 ** 100, "float:", 0.1 + 0.2)


# async/await on the built-in event loop: coroutines suspend at `await`,
# tasks take turns in the order they became ready, and cancellation raises
# CancelledError at the await point so `finally` runs.
import asyncio


async def ticker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        print(f"{name} tick {i}")
    return f"{name} done"


async def forever():
    try:
        await asyncio.sleep(3600)
    finally:
        print("forever: cancelled, cleaning up")


async def main():
    background = asyncio.create_task(forever())
    results = await asyncio.gather(ticker("fast", 0.1, 3), ticker("slow", 0.25, 2))
    print(results)
    background.cancel()
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out")


asyncio.run(main())

# expect: countdown: [5, 4, 3, 2, 1]
# expect: sent 10 -> average 10.0
# expect: sent 20 -> average 15.0
# expect: sent 60 -> average 30.0
# expect:  1: suspend
# expect:  2: resume
# expect:  3: repeat
# expect: (3 lines)
# expect: even fib squares: [0, 4, 64, 1156, 20736]
# expect: big: 1267650600228229401496703205376 float: 0.30000000000000004
# expect: fast tick 0
# expect: fast tick 1
# expect: slow tick 0
# expect: fast tick 2
# expect: slow tick 1
# expect: ['fast done', 'slow done']
# expect: forever: cancelled, cleaning up
# expect: wait_for timed out
