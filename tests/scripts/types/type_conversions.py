print(int("7") + float("1.5"), str(3) + "3", list((1, 2)), tuple([3]), set([1, 1]))
print(str(1.0), str(-0.0), int(-0.5), int("  -12  "), float(True), bool("False"))
print(list({"a": 1}), list("hi"), dict(zip("ab", [1, 2])), sorted({3, 1}))
print(repr(str(None)), repr(''), repr(1.5), str(b'x'), hex(-255))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(range(1)), type(None), type(True))

# expect: 8.5 33 [1, 2] (3,) {1}
# expect: 1.0 -0.0 0 -12 1.0 True
# expect: ['a'] ['h', 'i'] {'a': 1, 'b': 2} [1, 3]
# expect: 'None' '' 1.5 b'x' -0xff
# expect: <class 'int'> <class 'float'> <class 'str'> <class 'list'> <class 'tuple'> <class 'dict'> <class 'set'> <class 'range'> <class 'NoneType'> <class 'bool'>
