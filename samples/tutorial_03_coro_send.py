# The tutorial's generator-based coroutine: pushing a value in with send().
def coro():
    hello = yield "Hello"
    yield hello

c = coro()
print(next(c))
print(c.send("World"))

# expect: Hello
# expect: World
