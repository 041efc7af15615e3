# random's errors carry CPython's types and messages.
import random


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(random.randint, 5, 1)
attempt(random.randint, 1)
attempt(random.randint, 1, 2, 3)
attempt(random.randint, 1, b=2, c=3)
attempt(random.randint, 1, a=2)
attempt(random.randrange, 0)
attempt(random.randrange, 5, 5)
attempt(random.randrange, 0, 10, 0)
attempt(random.randrange, 10, 0, 2)
attempt(random.randrange, 1, 2.5)
attempt(random.randrange, "a")
attempt(random.randrange, 5, step=2)
attempt(random.choice, [])
attempt(random.choice, 5)
attempt(random.sample, {1, 2}, 1)
attempt(random.sample, [1, 2], 3)
attempt(random.sample, [1, 2], -1)
attempt(random.seed, [1])
attempt(random.getrandbits, -1)
attempt(random.choices, [1, 2], 3)
attempt(random.choices, [1, 2], [1], k=2)
attempt(random.choices, [1, 2], [0, 0], k=2)
attempt(random.choices, [1, 2], [1, 2], cum_weights=[1, 2])
attempt(random.uniform, 1)
attempt(random.shuffle, (1, 2, 3))
attempt(random.Random, 1, 2)
attempt(random.setstate, (7, (), None))

# expect: ValueError: empty range for randrange() (5, 2, -3)
# expect: TypeError: Random.randint() missing 1 required positional argument: 'b'
# expect: TypeError: Random.randint() takes 3 positional arguments but 4 were given
# expect: TypeError: Random.randint() got an unexpected keyword argument 'c'
# expect: TypeError: Random.randint() got multiple values for argument 'a'
# expect: ValueError: empty range for randrange()
# expect: ValueError: empty range for randrange() (5, 5, 0)
# expect: ValueError: zero step for randrange()
# expect: ValueError: empty range for randrange()
# expect: ValueError: non-integer stop for randrange()
# expect: ValueError: invalid literal for int() with base 10: 'a'
# expect: TypeError: Missing a non-None stop argument
# expect: IndexError: Cannot choose from an empty sequence
# expect: TypeError: object of type 'int' has no len()
# expect: TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
# expect: ValueError: Sample larger than population or is negative
# expect: ValueError: Sample larger than population or is negative
# expect: TypeError: The only supported seed types are: None,
# expect: int, float, str, bytes, and bytearray.
# expect: ValueError: number of bits must be non-negative
# expect: TypeError: The number of choices must be a keyword argument: k=3
# expect: ValueError: The number of weights does not match the population
# expect: ValueError: Total of weights must be greater than zero
# expect: TypeError: Cannot specify both weights and cumulative weights
# expect: TypeError: Random.uniform() missing 1 required positional argument: 'b'
# expect: TypeError: 'tuple' object does not support item assignment
# expect: TypeError: Random.__init__() takes from 1 to 2 positional arguments but 3 were given
# expect: ValueError: state with version 7 passed to Random.setstate() of version 3
