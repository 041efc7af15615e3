print(str(ValueError()), repr(ValueError()))
print(str(ValueError("one")), repr(ValueError("one")))
print(str(ValueError("one", "two")), repr(ValueError("one", "two")))
print(str(KeyError("k")), repr(KeyError("k")))
print(str(KeyError("a", "b")))
print(str(ValueError(5)), repr(TypeError(None)))
e = Exception("x")
e.args = ("changed",)
print(e)
print(repr(StopIteration(3)), StopIteration(3).value)

# expect:  ValueError()
# expect: one ValueError('one')
# expect: ('one', 'two') ValueError('one', 'two')
# expect: 'k' KeyError('k')
# expect: ('a', 'b')
# expect: 5 TypeError(None)
# expect: changed
# expect: StopIteration(3) 3
