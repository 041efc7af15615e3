# yield used inside larger expressions and as call arguments.
def g():
    total = 0
    while True:
        total += (yield total) * 2
acc = g()
next(acc)
for v in [1, 2, 3]:
    print(acc.send(v))
def h():
    print("sum", (yield 1) + (yield 2))
it = h()
print(next(it))
print(it.send(10))
try:
    it.send(20)
except StopIteration:
    print("stopped")

# expect: 2
# expect: 6
# expect: 12
# expect: 1
# expect: 2
# expect: sum 30
# expect: stopped
