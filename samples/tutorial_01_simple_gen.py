# The tutorial's first generator: pulling two values with next().
def simple_gen():
    yield "Hello"
    yield "World"

gen = simple_gen()
print(next(gen))
print(next(gen))

# expect: Hello
# expect: World
