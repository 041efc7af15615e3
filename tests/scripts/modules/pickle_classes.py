# pickle: user classes through __reduce__, __reduce_ex__, __getstate__/__setstate__, __getnewargs(_ex)__, slots; Pickler/Unpickler subclasses with find_class and persistent ids
import pickle, io

class Account:
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, n):
        self.balance += n
        self.history.append(('dep', n))
    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance}, {self.history})'

class Temp:
    def __init__(self, c): self.c = c
    def __getstate__(self):
        print('getstate called')
        return {'c': self.c, 'v': 2}
    def __setstate__(self, st):
        print('setstate', sorted(st.items()))
        self.__dict__.update(st)

class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __reduce__(self):
        return (Money, (self.amount, self.cur))
    def __repr__(self): return f'Money({self.amount}, {self.cur!r})'

class NewArgs(int):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v); o.tag = tag; return o
    def __getnewargs__(self): return (int(self), self.tag)

class KwOnly:
    def __new__(cls, *, key):
        o = object.__new__(cls); o.key = key; return o
    def __getnewargs_ex__(self): return ((), {'key': self.key})

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y

class ReduceEx:
    def __reduce_ex__(self, proto):
        print('reduce_ex proto', proto)
        return (dict, ([('p', proto)],))

a = Account('ann', 10); a.deposit(5)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    b = pickle.loads(pickle.dumps(a, protocol=proto))
    print(proto, b, type(b) is Account)
t = pickle.loads(pickle.dumps(Temp(7)))
print(t.c, t.v)
m = [Money(3, 'EUR')] * 2
data = pickle.dumps(m)
print(data)
m2 = pickle.loads(data); print(m2, m2[0] is m2[1])
n = pickle.loads(pickle.dumps(NewArgs(5, 'five'), 2)); print(n, n.tag, type(n).__name__)
k = pickle.loads(pickle.dumps(KwOnly(key='k1'))); print(k.key)
print(pickle.dumps(KwOnly(key='k1'), protocol=4))
s = pickle.loads(pickle.dumps(Slotted(1, [2]))); print(s.x, s.y)
for proto in (0, 1):
    try: pickle.dumps(Slotted(1, 2), protocol=proto)
    except TypeError as e: print('TypeError', e)
print(pickle.loads(pickle.dumps(ReduceEx(), protocol=3)))
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dump([1, 2]); p.dump('x')
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ('builtins', '__builtin__') and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f'global {module}.{name} is forbidden')
print(Restricted(io.BytesIO(pickle.dumps({1, 2}, protocol=2))).load())
try: Restricted(io.BytesIO(pickle.dumps(Money(1, 'x')))).load()
except pickle.UnpicklingError as e: print('UnpicklingError', e)
class PersistentP(pickle.Pickler):
    def persistent_id(self, obj):
        return ('ext', obj[1:]) if isinstance(obj, str) and obj.startswith('@') else None
class PersistentU(pickle.Unpickler):
    def persistent_load(self, pid):
        return pid[1].upper()
buf = io.BytesIO(); PersistentP(buf).dump(['@ref', 'plain'])
print(buf.getvalue())
buf.seek(0); print(PersistentU(buf).load())

# expect: 0 Account('ann', 15, [('dep', 5)]) True
# expect: 1 Account('ann', 15, [('dep', 5)]) True
# expect: 2 Account('ann', 15, [('dep', 5)]) True
# expect: 3 Account('ann', 15, [('dep', 5)]) True
# expect: 4 Account('ann', 15, [('dep', 5)]) True
# expect: 5 Account('ann', 15, [('dep', 5)]) True
# expect: getstate called
# expect: setstate [('c', 7), ('v', 2)]
# expect: 7 2
# expect: b'\x80\x04\x95(\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x08__main__\x94\x8c\x05Money\x94\x93\x94K\x03\x8c\x03EUR\x94\x86\x94R\x94h\x06e.'
# expect: [Money(3, 'EUR'), Money(3, 'EUR')] True
# expect: 5 five NewArgs
# expect: k1
# expect: b'\x80\x04\x950\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x06KwOnly\x94\x93\x94)}\x94\x8c\x03key\x94\x8c\x02k1\x94s\x92\x94}\x94h\x04h\x05sb.'
# expect: 1 [2]
# expect: TypeError a class that defines __slots__ without defining __getstate__ cannot be pickled
# expect: TypeError a class that defines __slots__ without defining __getstate__ cannot be pickled
# expect: reduce_ex proto 3
# expect: {'p': 3}
# expect: [1, 2] x
# expect: {1, 2}
# expect: UnpicklingError global __main__.Money is forbidden
# expect: b'\x80\x04\x95\x1c\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x03ext\x94\x8c\x03ref\x94\x86\x94Q\x8c\x05plain\x94e.'
# expect: ['REF', 'plain']
