# Sequence patterns: lists, tuples and ranges match; str, bytes and dicts
# do not; [] and () mean the same; star patterns collect a list.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case (a, b, c):
            return f"three {a} {b} {c}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"

for v in [[], (), [1], (1,), [1, 2], (1, 2, 3), [1, 2, 3], list(range(6)), range(2), "ab", b"ab", {1: 2}, 5]:
    print(repr(v), shape(v))

match [1, 2, 3, 4]:
    case [*init, 4]:
        print("init", init)
match (1, 2, 3, 4):
    case [1, *rest]:
        print("rest", rest, type(rest).__name__)
match [1, 2, 3]:
    case [*_, 3]:
        print("ends with 3")
match [1, 2, 3]:
    case [_, *_]:
        print("non-empty")
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match [1, 2, 3, 4, 5]:
    case [a, b, *_, y, z]:
        print("ends", a, b, y, z)
match (1, 2):
    case 1, 2:
        print("open tuple pattern")
match [1, 2, 3]:
    case 1, *rest:
        print("open star", rest)
match [0]:
    case [*everything]:
        print("everything", everything)
# an iterator-only object is not a sequence
match iter([1, 2]):
    case [a, b]:
        print("iterator matched")
    case _:
        print("iterator is not a sequence")
# list subclasses and tuple subclasses match
class MyList(list):
    pass
match MyList([1, 2]):
    case [a, b]:
        print("subclass", a, b)
from collections import deque
match deque([1, 2, 3]):
    case [1, *rest]:
        print("deque", rest)

# expect: [] empty
# expect: () empty
# expect: [1] one 1
# expect: (1,) one 1
# expect: [1, 2] two 1 2
# expect: (1, 2, 3) three 1 2 3
# expect: [1, 2, 3] three 1 2 3
# expect: [0, 1, 2, 3, 4, 5] first 0 middle [1, 2, 3, 4] last 5
# expect: range(0, 2) two 0 1
# expect: 'ab' None
# expect: b'ab' None
# expect: {1: 2} None
# expect: 5 None
# expect: init [1, 2, 3]
# expect: rest [2, 3, 4] list
# expect: ends with 3
# expect: non-empty
# expect: nested 1 2 3 4
# expect: ends 1 2 4 5
# expect: open tuple pattern
# expect: open star [2, 3]
# expect: everything [0]
# expect: iterator is not a sequence
# expect: subclass 1 2
# expect: deque [2, 3]
