# The tutorial's first program: a generator yielding two values.
def simple_gen():
    yield "Hello"
    yield "World"

gen = simple_gen()
print(next(gen))
print(next(gen))

# expect: Hello
# expect: World
