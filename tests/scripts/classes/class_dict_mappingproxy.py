# A class's __dict__ (and vars(cls)) is a read-only mappingproxy over the
# class namespace: reads go through, writes are refused, changes made with
# setattr show through the same proxy.
class C:
    x = 1

    def f(self):
        pass


d = C.__dict__
print(type(d), type(vars(C)), type(int.__dict__))
print('x' in d, d['x'], d.get('y'), d.get('y', 5), len(d) == len(list(d)))
print(sorted(k for k in d if not k.startswith('__')))
print(sorted(k for k in d.keys() if not k.startswith('__')), 1 in d.values())
print([kv for kv in d.items() if kv[0] == 'x'])
print(type(d.copy()), d.copy()['x'])
try:
    d['x'] = 2
except TypeError as e:
    print(e)
try:
    del d['x']
except TypeError as e:
    print(e)
try:
    d.x = 1
except AttributeError as e:
    print(e)
C.y = 3
print(d['y'], 'y' in d)
try:
    d['nope']
except KeyError as e:
    print('KeyError', e)
print(repr(type('E', (), {'a': 1}).__dict__).startswith("mappingproxy({'a': 1"))
print(int.__dict__['__add__'], d == dict(d), d != {})
try:
    hash(d)
except TypeError as e:
    print(e)

# expect: <class 'mappingproxy'> <class 'mappingproxy'> <class 'mappingproxy'>
# expect: True 1 None 5 True
# expect: ['f', 'x']
# expect: ['f', 'x'] True
# expect: [('x', 1)]
# expect: <class 'dict'> 1
# expect: 'mappingproxy' object does not support item assignment
# expect: 'mappingproxy' object does not support item deletion
# expect: 'mappingproxy' object has no attribute 'x'
# expect: 3 True
# expect: KeyError 'nope'
# expect: True
# expect: <slot wrapper '__add__' of 'int' objects> True True
# expect: unhashable type: 'mappingproxy'
