# Objects that cannot be copied raise CPython's errors.
import copy
import sys


def gen():
    yield 1


for thing in (gen(), sys):
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(thing)
        except TypeError as e:
            print(fn.__name__, e)


class NeedsArg:
    def __new__(cls, a):
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


try:
    copy.copy(NeedsArg(1))
except TypeError as e:
    print(e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__)

# expect: copy cannot pickle 'generator' object
# expect: deepcopy cannot pickle 'generator' object
# expect: copy cannot pickle 'module' object
# expect: deepcopy cannot pickle 'module' object
# expect: NeedsArg.__new__() missing 1 required positional argument: 'a'
# expect: True True ['Error', 'copy', 'deepcopy']
