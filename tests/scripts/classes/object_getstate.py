# object.__getstate__ (3.11): None for an instance without attributes, its
# __dict__ otherwise, and (dict, slots) when it has slot values; a class's
# own __getstate__ wins, and copy/pickle use it.
import copy
import pickle


class Empty:
    pass


class Point:
    def __init__(self):
        self.x, self.y = 1, 2


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 'set'


class Custom:
    def __init__(self):
        self.secret = 'hidden'

    def __getstate__(self):
        return {'public': True}


class Tagged(str):
    pass


t = Tagged('txt')
t.tag = 'mine'
print(Empty().__getstate__(), Point().__getstate__(), Slotted().__getstate__())
print(Custom().__getstate__(), t.__getstate__(), (3).__getstate__())
print(copy.copy(Custom()).__dict__, pickle.loads(pickle.dumps(Custom())).__dict__)
print(copy.deepcopy(Slotted()).a, pickle.loads(pickle.dumps(t)).tag)
try:
    pickle.dumps(Slotted(), 1)
except TypeError as e:
    print(e)
print('__getstate__' in dir(object), type(object.__getstate__).__name__)

# expect: None {'x': 1, 'y': 2} (None, {'a': 'set'})
# expect: {'public': True} {'tag': 'mine'} None
# expect: {'public': True} {'public': True}
# expect: set mine
# expect: a class that defines __slots__ without defining __getstate__ cannot be pickled
# expect: True method_descriptor
