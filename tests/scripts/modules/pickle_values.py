# pickle: every built-in value and the library's types at protocols 0, 2, 4, 5, byte for byte as CPython writes them
import pickle, io, collections, datetime, fractions, decimal, enum
from dataclasses import dataclass

class Color(enum.Enum):
    RED = 1
Point = collections.namedtuple('Point', 'x y')
@dataclass
class D:
    a: int
    b: list

class Outer:
    class Inner:
        pass

class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = 2

class G:
    def __init__(self): self.x = 1; self.tmp = 'drop'
    def __getstate__(self):
        d = self.__dict__.copy(); del d['tmp']; return d
    def __setstate__(self, st):
        self.__dict__.update(st); self.tmp = 'restored'

class R:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self): return (R, (self.a, self.b))

class L(list): pass
class Dd(dict): pass

def f(): pass

vals = [
    0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**64, -2**100, 10**50,
    0.0, -1.5, 1e300, float('inf'), 1+2j, '', 'héllo', '\u20ac'*3, b'', b'\x00'*300,
    bytearray(b'ab'), None, True, False, (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
    [], {}, set(), frozenset(), {1: 'a'}, range(3), slice(1, 2), Ellipsis, NotImplemented,
    Color.RED, Point(1, 2), D(1, [2]), datetime.timedelta(days=1, seconds=3), fractions.Fraction(1, 3), decimal.Decimal('1.25'),
    f, len, int, type(None), collections.OrderedDict(a=1), collections.Counter('aab'),
    collections.deque([1, 2]), collections.defaultdict(list, {1: [2]}), ValueError('bad', 3),
    L([1, 2]), Dd(a=1), 'x' * 300, list(range(2000)),
]
for v in vals:
    for proto in (0, 2, 4, 5):
        try:
            s = pickle.dumps(v, protocol=proto)
            back = pickle.loads(s)
        except Exception as e:
            print(proto, type(v).__name__, 'ERR', type(e).__name__, e)
            continue
        same = back == v if not isinstance(v, ValueError) else back.args == v.args
        print(proto, type(v).__name__, same, type(back).__name__, s if proto == 4 and len(s) < 200 else len(s))

o = Outer.Inner(); print(type(pickle.loads(pickle.dumps(o))).__qualname__)
s = S(); s2 = pickle.loads(pickle.dumps(s)); print(s2.a, s2.b)
g = pickle.loads(pickle.dumps(G())); print(g.__dict__)
r = pickle.loads(pickle.dumps(R(1, 'z'))); print(r.a, r.b, pickle.dumps(R(1, 'z')))
lst = [1]; lst.append(lst); b = pickle.loads(pickle.dumps(lst)); print(b[1] is b)
shared = [1]; t = pickle.loads(pickle.dumps([shared, shared])); print(t[0] is t[1])
buf = io.BytesIO(); pickle.dump({'k': 1}, buf); pickle.dump([2], buf); buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
try: pickle.load(buf)
except EOFError as e: print('EOF', e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
for bad in [lambda: 1, (x for x in [])]:
    try: pickle.dumps(bad)
    except Exception as e: print(type(e).__name__, str(e).split(' at 0x')[0])
for data in [b'', b'\x80\x04', b'garbage', b'\x80\x04K\x01', b'(.']:
    try: print(pickle.loads(data))
    except Exception as e: print(type(e).__name__, e)
try: pickle.dumps(1, protocol=6)
except Exception as e: print(type(e).__name__, e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.loads(b'(dp0\nS\'a\'\np1\nI1\nsS\'b\'\np2\n(lp3\nF1.5\naVx\np4\nas.'))

# expect: 0 int True int 4
# expect: 2 int True int 5
# expect: 4 int True int b'\x80\x04K\x00.'
# expect: 5 int True int 5
# expect: 0 int True int 4
# expect: 2 int True int 5
# expect: 4 int True int b'\x80\x04K\x01.'
# expect: 5 int True int 5
# expect: 0 int True int 5
# expect: 2 int True int 8
# expect: 4 int True int b'\x80\x04\x95\x06\x00\x00\x00\x00\x00\x00\x00J\xff\xff\xff\xff.'
# expect: 5 int True int 17
# expect: 0 int True int 6
# expect: 2 int True int 5
# expect: 4 int True int b'\x80\x04K\xff.'
# expect: 5 int True int 5
# expect: 0 int True int 6
# expect: 2 int True int 6
# expect: 4 int True int b'\x80\x04\x95\x04\x00\x00\x00\x00\x00\x00\x00M\x00\x01.'
# expect: 5 int True int 15
# expect: 0 int True int 8
# expect: 2 int True int 6
# expect: 4 int True int b'\x80\x04\x95\x04\x00\x00\x00\x00\x00\x00\x00M\xff\xff.'
# expect: 5 int True int 15
# expect: 0 int True int 8
# expect: 2 int True int 8
# expect: 4 int True int b'\x80\x04\x95\x06\x00\x00\x00\x00\x00\x00\x00J\x00\x00\x01\x00.'
# expect: 5 int True int 17
# expect: 0 int True int 14
# expect: 2 int True int 8
# expect: 4 int True int b'\x80\x04\x95\x06\x00\x00\x00\x00\x00\x00\x00J\x00\x00\x00\x80.'
# expect: 5 int True int 17
# expect: 0 int True int 14
# expect: 2 int True int 10
# expect: 4 int True int b'\x80\x04\x95\x08\x00\x00\x00\x00\x00\x00\x00\x8a\x05\x00\x00\x00\x80\x00.'
# expect: 5 int True int 19
# expect: 0 int True int 24
# expect: 2 int True int 14
# expect: 4 int True int b'\x80\x04\x95\x0c\x00\x00\x00\x00\x00\x00\x00\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00\x01.'
# expect: 5 int True int 23
# expect: 0 int True int 36
# expect: 2 int True int 18
# expect: 4 int True int b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8a\r\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0.'
# expect: 5 int True int 27
# expect: 0 int True int 55
# expect: 2 int True int 26
# expect: 4 int True int b'\x80\x04\x95\x18\x00\x00\x00\x00\x00\x00\x00\x8a\x15\x00\x00\x00\x00\x00\x00d\xb5\xfd4\x05\xc4\xd2\x87f\x92\xf9\x15;lD.'
# expect: 5 int True int 35
# expect: 0 float True float 6
# expect: 2 float True float 12
# expect: 4 float True float b'\x80\x04\x95\n\x00\x00\x00\x00\x00\x00\x00G\x00\x00\x00\x00\x00\x00\x00\x00.'
# expect: 5 float True float 21
# expect: 0 float True float 7
# expect: 2 float True float 12
# expect: 4 float True float b'\x80\x04\x95\n\x00\x00\x00\x00\x00\x00\x00G\xbf\xf8\x00\x00\x00\x00\x00\x00.'
# expect: 5 float True float 21
# expect: 0 float True float 9
# expect: 2 float True float 12
# expect: 4 float True float b'\x80\x04\x95\n\x00\x00\x00\x00\x00\x00\x00G~7\xe4<\x88\x00u\x9c.'
# expect: 5 float True float 21
# expect: 0 float True float 6
# expect: 2 float True float 12
# expect: 4 float True float b'\x80\x04\x95\n\x00\x00\x00\x00\x00\x00\x00G\x7f\xf0\x00\x00\x00\x00\x00\x00.'
# expect: 5 float True float 21
# expect: 0 complex True complex 44
# expect: 2 complex True complex 50
# expect: 4 complex True complex b'\x80\x04\x95.\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x07complex\x94\x93\x94G?\xf0\x00\x00\x00\x00\x00\x00G@\x00\x00\x00\x00\x00\x00\x00\x86\x94R\x94.'
# expect: 5 complex True complex 57
# expect: 0 str True str 6
# expect: 2 str True str 10
# expect: 4 str True str b'\x80\x04\x95\x04\x00\x00\x00\x00\x00\x00\x00\x8c\x00\x94.'
# expect: 5 str True str 15
# expect: 0 str True str 11
# expect: 2 str True str 16
# expect: 4 str True str b'\x80\x04\x95\n\x00\x00\x00\x00\x00\x00\x00\x8c\x06h\xc3\xa9llo\x94.'
# expect: 5 str True str 21
# expect: 0 str True str 24
# expect: 2 str True str 19
# expect: 4 str True str b'\x80\x04\x95\r\x00\x00\x00\x00\x00\x00\x00\x8c\t\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\x94.'
# expect: 5 str True str 24
# expect: 0 bytes True bytes 29
# expect: 2 bytes True bytes 28
# expect: 4 bytes True bytes b'\x80\x04\x95\x04\x00\x00\x00\x00\x00\x00\x00C\x00\x94.'
# expect: 5 bytes True bytes 15
# expect: 0 bytes True bytes 1845
# expect: 2 bytes True bytes 347
# expect: 4 bytes True bytes 318
# expect: 5 bytes True bytes 318
# expect: 0 bytearray True bytearray 82
# expect: 2 bytearray True bytearray 80
# expect: 4 bytearray True bytearray b'\x80\x04\x95#\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\tbytearray\x94\x93\x94C\x02ab\x94\x85\x94R\x94.'
# expect: 5 bytearray True bytearray 24
# expect: 0 NoneType True NoneType 2
# expect: 2 NoneType True NoneType 4
# expect: 4 NoneType True NoneType b'\x80\x04N.'
# expect: 5 NoneType True NoneType 4
# expect: 0 bool True bool 5
# expect: 2 bool True bool 4
# expect: 4 bool True bool b'\x80\x04\x88.'
# expect: 5 bool True bool 4
# expect: 0 bool True bool 5
# expect: 2 bool True bool 4
# expect: 4 bool True bool b'\x80\x04\x89.'
# expect: 5 bool True bool 4
# expect: 0 tuple True tuple 3
# expect: 2 tuple True tuple 4
# expect: 4 tuple True tuple b'\x80\x04).'
# expect: 5 tuple True tuple 4
# expect: 0 tuple True tuple 9
# expect: 2 tuple True tuple 8
# expect: 4 tuple True tuple b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01\x85\x94.'
# expect: 5 tuple True tuple 16
# expect: 0 tuple True tuple 12
# expect: 2 tuple True tuple 10
# expect: 4 tuple True tuple b'\x80\x04\x95\x07\x00\x00\x00\x00\x00\x00\x00K\x01K\x02\x86\x94.'
# expect: 5 tuple True tuple 18
# expect: 0 tuple True tuple 15
# expect: 2 tuple True tuple 12
# expect: 4 tuple True tuple b'\x80\x04\x95\t\x00\x00\x00\x00\x00\x00\x00K\x01K\x02K\x03\x87\x94.'
# expect: 5 tuple True tuple 20
# expect: 0 tuple True tuple 18
# expect: 2 tuple True tuple 15
# expect: 4 tuple True tuple b'\x80\x04\x95\x0c\x00\x00\x00\x00\x00\x00\x00(K\x01K\x02K\x03K\x04t\x94.'
# expect: 5 tuple True tuple 23
# expect: 0 list True list 6
# expect: 2 list True list 6
# expect: 4 list True list b'\x80\x04]\x94.'
# expect: 5 list True list 5
# expect: 0 dict True dict 6
# expect: 2 dict True dict 6
# expect: 4 dict True dict b'\x80\x04}\x94.'
# expect: 5 dict True dict 5
# expect: 0 set True set 35
# expect: 2 set True set 31
# expect: 4 set True set b'\x80\x04\x8f\x94.'
# expect: 5 set True set 5
# expect: 0 frozenset True frozenset 41
# expect: 2 frozenset True frozenset 37
# expect: 4 frozenset True frozenset b'\x80\x04\x95\x04\x00\x00\x00\x00\x00\x00\x00(\x91\x94.'
# expect: 5 frozenset True frozenset 15
# expect: 0 dict True dict 16
# expect: 2 dict True dict 17
# expect: 4 dict True dict b'\x80\x04\x95\n\x00\x00\x00\x00\x00\x00\x00}\x94K\x01\x8c\x01a\x94s.'
# expect: 5 dict True dict 21
# expect: 0 range True range 42
# expect: 2 range True range 37
# expect: 4 range True range b'\x80\x04\x95 \x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x05range\x94\x93\x94K\x00K\x03K\x01\x87\x94R\x94.'
# expect: 5 range True range 43
# expect: 0 slice True slice 39
# expect: 2 slice True slice 35
# expect: 4 slice True slice b'\x80\x04\x95\x1f\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x05slice\x94\x93\x94K\x01K\x02N\x87\x94R\x94.'
# expect: 5 slice True slice 42
# expect: 0 ellipsis True ellipsis 26
# expect: 2 ellipsis True ellipsis 27
# expect: 4 ellipsis True ellipsis b'\x80\x04\x95\x19\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x08Ellipsis\x94\x93\x94.'
# expect: 5 ellipsis True ellipsis 36
# expect: 0 NotImplementedType True NotImplementedType 32
# expect: 2 NotImplementedType True NotImplementedType 33
# expect: 4 NotImplementedType True NotImplementedType b'\x80\x04\x95\x1f\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x0eNotImplemented\x94\x93\x94.'
# expect: 5 NotImplementedType True NotImplementedType 42
# expect: 0 Color True Color 32
# expect: 2 Color True Color 29
# expect: 4 Color True Color b'\x80\x04\x95\x1c\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x05Color\x94\x93\x94K\x01\x85\x94R\x94.'
# expect: 5 Color True Color 39
# expect: 0 Point True Point 90
# expect: 2 Point True Point 31
# expect: 4 Point True Point b'\x80\x04\x95\x1e\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x05Point\x94\x93\x94K\x01K\x02\x86\x94\x81\x94.'
# expect: 5 Point True Point 41
# expect: 0 D True D 109
# expect: 2 D True D 51
# expect: 4 D True D b'\x80\x04\x95)\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01D\x94\x93\x94)\x81\x94}\x94(\x8c\x01a\x94K\x01\x8c\x01b\x94]\x94K\x02aub.'
# expect: 5 D True D 52
# expect: 0 timedelta True timedelta 42
# expect: 2 timedelta True timedelta 37
# expect: 4 timedelta True timedelta b'\x80\x04\x95$\x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\ttimedelta\x94\x93\x94K\x01K\x03K\x00\x87\x94R\x94.'
# expect: 5 timedelta True timedelta 47
# expect: 0 Fraction True Fraction 39
# expect: 2 Fraction True Fraction 35
# expect: 4 Fraction True Fraction b'\x80\x04\x95"\x00\x00\x00\x00\x00\x00\x00\x8c\tfractions\x94\x8c\x08Fraction\x94\x93\x94K\x01K\x03\x86\x94R\x94.'
# expect: 5 Fraction True Fraction 45
# expect: 0 Decimal True Decimal 39
# expect: 2 Decimal True Decimal 39
# expect: 4 Decimal True Decimal b'\x80\x04\x95"\x00\x00\x00\x00\x00\x00\x00\x8c\x07decimal\x94\x8c\x07Decimal\x94\x93\x94\x8c\x041.25\x94\x85\x94R\x94.'
# expect: 5 Decimal True Decimal 45
# expect: 0 function True function 16
# expect: 2 function True function 17
# expect: 4 function True function b'\x80\x04\x95\x12\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01f\x94\x93\x94.'
# expect: 5 function True function 29
# expect: 0 builtin_function_or_method True builtin_function_or_method 21
# expect: 2 builtin_function_or_method True builtin_function_or_method 22
# expect: 4 builtin_function_or_method True builtin_function_or_method b'\x80\x04\x95\x14\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x03len\x94\x93\x94.'
# expect: 5 builtin_function_or_method True builtin_function_or_method 31
# expect: 0 type True type 22
# expect: 2 type True type 23
# expect: 4 type True type b'\x80\x04\x95\x14\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x03int\x94\x93\x94.'
# expect: 5 type True type 31
# expect: 0 type True type 32
# expect: 2 type True type 30
# expect: 4 type True type b'\x80\x04\x95\x1a\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x04type\x94\x93\x94N\x85\x94R\x94.'
# expect: 5 type True type 37
# expect: 0 OrderedDict True OrderedDict 45
# expect: 2 OrderedDict True OrderedDict 45
# expect: 4 OrderedDict True OrderedDict b'\x80\x04\x95)\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x0bOrderedDict\x94\x93\x94)R\x94\x8c\x01a\x94K\x01s.'
# expect: 5 OrderedDict True OrderedDict 52
# expect: 0 Counter True Counter 59
# expect: 2 Counter True Counter 57
# expect: 4 Counter True Counter b'\x80\x04\x95/\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x07Counter\x94\x93\x94}\x94(\x8c\x01a\x94K\x02\x8c\x01b\x94K\x01u\x85\x94R\x94.'
# expect: 5 Counter True Counter 58
# expect: 0 deque True deque 37
# expect: 2 deque True deque 34
# expect: 4 deque True deque b'\x80\x04\x95"\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x05deque\x94\x93\x94)R\x94(K\x01K\x02e.'
# expect: 5 deque True deque 45
# expect: 0 defaultdict True defaultdict 72
# expect: 2 defaultdict True defaultdict 65
# expect: 4 defaultdict True defaultdict b'\x80\x04\x95?\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x0bdefaultdict\x94\x93\x94\x8c\x08builtins\x94\x8c\x04list\x94\x93\x94\x85\x94R\x94K\x01]\x94K\x02as.'
# expect: 5 defaultdict True defaultdict 74
# expect: 0 ValueError True ValueError 47
# expect: 2 ValueError True ValueError 46
# expect: 4 ValueError True ValueError b"\x80\x04\x95'\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\nValueError\x94\x93\x94\x8c\x03bad\x94K\x03\x86\x94R\x94."
# expect: 5 ValueError True ValueError 50
# expect: 0 L True L 87
# expect: 2 L True L 27
# expect: 4 L True L b'\x80\x04\x95\x1b\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01L\x94\x93\x94)\x81\x94(K\x01K\x02e.'
# expect: 5 L True L 38
# expect: 0 Dd True Dd 90
# expect: 2 Dd True Dd 33
# expect: 4 Dd True Dd b'\x80\x04\x95\x1d\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x02Dd\x94\x93\x94)\x81\x94\x8c\x01a\x94K\x01s.'
# expect: 5 Dd True Dd 40
# expect: 0 str True str 306
# expect: 2 str True str 310
# expect: 4 str True str 318
# expect: 5 str True str 318
# expect: 0 list True list 12896
# expect: 2 list True list 5754
# expect: 4 list True list 5762
# expect: 5 list True list 5762
# expect: Outer.Inner
# expect: 1 2
# expect: {'x': 1, 'tmp': 'restored'}
# expect: 1 z b'\x80\x04\x95\x1c\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x01R\x94\x93\x94K\x01\x8c\x01z\x94\x86\x94R\x94.'
# expect: True
# expect: True
# expect: {'k': 1} [2]
# expect: EOF Ran out of input
# expect: 5 4
# expect: PicklingError Can't pickle <function <lambda>
# expect: TypeError cannot pickle 'generator' object
# expect: EOFError Ran out of input
# expect: EOFError Ran out of input
# expect: UnpicklingError pickle data was truncated
# expect: EOFError Ran out of input
# expect: UnpicklingError unexpected MARK found
# expect: ValueError pickle protocol must be <= 5
# expect: True True
# expect: {'a': 1, 'b': [1.5, 'x']}
