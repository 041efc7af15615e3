# isinstance() of built-in objects against every collections.abc class.
import collections.abc as cabc
from collections.abc import *
from collections import deque, OrderedDict, Counter, defaultdict, namedtuple, ChainMap
def g(): yield 1
async def co(): pass
async def ag(): yield 1
objs = [[], {}, (), '', b'', set(), frozenset(), range(3), iter([]), g(), 3, 3.5, None, len, lambda: 0, {}.keys(), {}.values(), {}.items(), deque(), OrderedDict(), Counter(), bytearray(), ag()]
names = ['Iterable', 'Iterator', 'Generator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Hashable', 'Sized', 'Container', 'Collection', 'Callable', 'Reversible', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'ByteString', 'KeysView', 'ValuesView', 'ItemsView', 'MappingView']
for o in objs:
    print(type(o).__name__, ''.join('1' if isinstance(o, getattr(cabc, n)) else '0' for n in names))
c = co()
print(isinstance(c, Awaitable), isinstance(c, Coroutine))
c.close()

# expect: list 10011000001110100000000
# expect: dict 10000110001110100000000
# expect: tuple 10010000011110100000000
# expect: str 10010000011110100000000
# expect: bytes 10010000011110100010000
# expect: set 10000001101110000000000
# expect: frozenset 10000001011110000000000
# expect: range 10010000011110100000000
# expect: list_iterator 11000000010000000000000
# expect: generator 11100000010000000000000
# expect: int 00000000010000000000000
# expect: float 00000000010000000000000
# expect: NoneType 00000000010000000000000
# expect: builtin_function_or_method 00000000010001000000000
# expect: function 00000000010001000000000
# expect: dict_keys 10000001001110100001001
# expect: dict_values 10000000011110100000101
# expect: dict_items 10000001001110100000011
# expect: deque 10011000001110100000000
# expect: OrderedDict 10000110001110100000000
# expect: Counter 10000110001110100000000
# expect: bytearray 10011000001110100010000
# expect: async_generator 00000000010000011100000
# expect: True True
