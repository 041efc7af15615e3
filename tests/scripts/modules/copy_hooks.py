# Classes control their copies with __copy__/__deepcopy__, __reduce__ and
# __getstate__/__setstate__; __getnewargs__ feeds __new__.
import copy


class Hooked:
    def __copy__(self):
        print('__copy__')
        return 'shallow'

    def __deepcopy__(self, memo):
        print('__deepcopy__', type(memo).__name__)
        return 'deep'


print(copy.copy(Hooked()), copy.deepcopy([Hooked()]))


class State:
    def __init__(self):
        self.a = 1
        self.cache = 'big'

    def __getstate__(self):
        print('getstate')
        return {'a': self.a}

    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)
        self.cache = None


s = copy.deepcopy(State())
print(s.a, s.cache)


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 10,))


print(copy.copy(Reduced(2)).n, copy.deepcopy(Reduced(3)).n)


class Singleton:
    def __reduce__(self):
        return 'THE_ONE'


one = Singleton()
print(copy.copy(one) is one, copy.deepcopy(one) is one)


class NeedsArgs:
    def __new__(cls, size):
        obj = super().__new__(cls)
        obj.size = size
        return obj

    def __getnewargs__(self):
        return (self.size,)


print(copy.copy(NeedsArgs(7)).size)

# expect: __copy__
# expect: __deepcopy__ dict
# expect: shallow ['deep']
# expect: getstate
# expect: setstate {'a': 1}
# expect: 1 None
# expect: 20 30
# expect: True True
# expect: 7
