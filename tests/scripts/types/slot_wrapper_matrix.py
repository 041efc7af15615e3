# Every built-in type x every special method: does the type have it, and
# what calling it unbound gives (errors by type; wrappers.py checks messages)
samples = {
    int: [5, -3, 0], bool: [True, False], float: [2.5, -0.0], complex: [1+2j],
    str: ["ab", ""], bytes: [b"ab"], bytearray: [bytearray(b"ab")],
    list: [[1, 2]], tuple: [(1, 2)], dict: [{1: 2}], set: [{1, 2}],
    frozenset: [frozenset({1})], range: [range(3)], slice: [slice(1, 2)],
    type(None): [None], object: [object()], type: [int],
}
fresh = {T: (lambda T=T: eval(repr(samples[T])) if T not in (object, type, type(None)) else samples[T]) for T in samples}
others = [3, 2.0, "ab", [3], None]
names = ["__add__", "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__", "__mul__", "__rmul__",
         "__imul__", "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__",
         "__pow__", "__rpow__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__",
         "__rand__", "__iand__", "__or__", "__ror__", "__ior__", "__xor__", "__rxor__", "__ixor__",
         "__divmod__", "__rdivmod__", "__matmul__",
         "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
unary = ["__neg__", "__pos__", "__invert__", "__abs__", "__bool__", "__hash__", "__repr__", "__str__",
         "__len__", "__iter__", "__int__", "__float__", "__index__"]

def show(r):
    if isinstance(r, (int, float, complex, str, bytes, bool, type(None), tuple, list, dict, set, frozenset, range, slice)) or r is NotImplemented:
        return "NI" if r is NotImplemented else repr(r)
    if type(r).__name__.endswith("iterator"):
        return "iter:" + repr(list(r))
    return type(r).__name__

def call(f, *a):
    try:
        return show(f(*a))
    except Exception as e:
        return {"TypeError": "TE", "ValueError": "VE", "ZeroDivisionError": "ZDE"}.get(type(e).__name__, type(e).__name__)

for T, vals in samples.items():
    print("==", T.__name__)
    for name in unary:
        has = hasattr(T, name)
        if not has:
            print(name, "-")
            continue
        f = getattr(T, name)
        if name in ("__repr__", "__hash__", "__str__") and T in (object, type(None)) or name == "__hash__" and T in (str, bytes, type):
            print(name, "+")
            continue
        print(name, " ".join(call(f, v) for v in vals))
    for name in names:
        has = hasattr(T, name)
        if not has:
            print(name, "-")
            continue
        f = getattr(T, name)
        res = []
        for i in range(len(others) + len(vals)):
            v = fresh[T]()[0]
            o = (others + fresh[T]())[i]
            res.append(call(f, v, o))
        print(name, " ".join(res))

# expect: == int
# expect: __neg__ -5 3 0
# expect: __pos__ 5 -3 0
# expect: __invert__ -6 2 -1
# expect: __abs__ 5 3 0
# expect: __bool__ True True False
# expect: __hash__ 5 -3 0
# expect: __repr__ '5' '-3' '0'
# expect: __str__ '5' '-3' '0'
# expect: __len__ -
# expect: __iter__ -
# expect: __int__ 5 -3 0
# expect: __float__ 5.0 -3.0 0.0
# expect: __index__ 5 -3 0
# expect: __add__ 8 NI NI NI NI 10 2 5
# expect: __radd__ 8 NI NI NI NI 10 2 5
# expect: __iadd__ -
# expect: __sub__ 2 NI NI NI NI 0 8 5
# expect: __rsub__ -2 NI NI NI NI 0 -8 -5
# expect: __isub__ -
# expect: __mul__ 15 NI NI NI NI 25 -15 0
# expect: __rmul__ 15 NI NI NI NI 25 -15 0
# expect: __imul__ -
# expect: __truediv__ 1.6666666666666667 NI NI NI NI 1.0 -1.6666666666666667 ZDE
# expect: __rtruediv__ 0.6 NI NI NI NI 1.0 -0.6 0.0
# expect: __floordiv__ 1 NI NI NI NI 1 -2 ZDE
# expect: __rfloordiv__ 0 NI NI NI NI 1 -1 0
# expect: __mod__ 2 NI NI NI NI 0 -1 ZDE
# expect: __rmod__ 3 NI NI NI NI 0 2 0
# expect: __pow__ 125 NI NI NI NI 3125 0.008 1
# expect: __rpow__ 243 NI NI NI NI 3125 -243 0
# expect: __lshift__ 40 NI NI NI NI 160 VE 5
# expect: __rlshift__ 96 NI NI NI NI 160 -96 0
# expect: __rshift__ 0 NI NI NI NI 0 VE 5
# expect: __rrshift__ 0 NI NI NI NI 0 -1 0
# expect: __and__ 1 NI NI NI NI 5 5 0
# expect: __rand__ 1 NI NI NI NI 5 5 0
# expect: __iand__ -
# expect: __or__ 7 NI NI NI NI 5 -3 5
# expect: __ror__ 7 NI NI NI NI 5 -3 5
# expect: __ior__ -
# expect: __xor__ 6 NI NI NI NI 0 -8 5
# expect: __rxor__ 6 NI NI NI NI 0 -8 5
# expect: __ixor__ -
# expect: __divmod__ (1, 2) NI NI NI NI (1, 0) (-2, -1) ZDE
# expect: __rdivmod__ (0, 3) NI NI NI NI (1, 0) (-1, 2) (0, 0)
# expect: __matmul__ -
# expect: __lt__ False NI NI NI NI False False False
# expect: __le__ False NI NI NI NI True False False
# expect: __eq__ False NI NI NI NI True False False
# expect: __ne__ True NI NI NI NI False True True
# expect: __gt__ True NI NI NI NI False True True
# expect: __ge__ True NI NI NI NI True True True
# expect: == bool
# expect: __neg__ -1 0
# expect: __pos__ 1 0
# expect: __invert__ -2 -1
# expect: __abs__ 1 0
# expect: __bool__ True False
# expect: __hash__ 1 0
# expect: __repr__ 'True' 'False'
# expect: __str__ 'True' 'False'
# expect: __len__ -
# expect: __iter__ -
# expect: __int__ 1 0
# expect: __float__ 1.0 0.0
# expect: __index__ 1 0
# expect: __add__ 4 NI NI NI NI 2 1
# expect: __radd__ 4 NI NI NI NI 2 1
# expect: __iadd__ -
# expect: __sub__ -2 NI NI NI NI 0 1
# expect: __rsub__ 2 NI NI NI NI 0 -1
# expect: __isub__ -
# expect: __mul__ 3 NI NI NI NI 1 0
# expect: __rmul__ 3 NI NI NI NI 1 0
# expect: __imul__ -
# expect: __truediv__ 0.3333333333333333 NI NI NI NI 1.0 ZDE
# expect: __rtruediv__ 3.0 NI NI NI NI 1.0 0.0
# expect: __floordiv__ 0 NI NI NI NI 1 ZDE
# expect: __rfloordiv__ 3 NI NI NI NI 1 0
# expect: __mod__ 1 NI NI NI NI 0 ZDE
# expect: __rmod__ 0 NI NI NI NI 0 0
# expect: __pow__ 1 NI NI NI NI 1 1
# expect: __rpow__ 3 NI NI NI NI 1 0
# expect: __lshift__ 8 NI NI NI NI 2 1
# expect: __rlshift__ 6 NI NI NI NI 2 0
# expect: __rshift__ 0 NI NI NI NI 0 1
# expect: __rrshift__ 1 NI NI NI NI 0 0
# expect: __and__ 1 NI NI NI NI True False
# expect: __rand__ 1 NI NI NI NI True False
# expect: __iand__ -
# expect: __or__ 3 NI NI NI NI True True
# expect: __ror__ 3 NI NI NI NI True True
# expect: __ior__ -
# expect: __xor__ 2 NI NI NI NI False True
# expect: __rxor__ 2 NI NI NI NI False True
# expect: __ixor__ -
# expect: __divmod__ (0, 1) NI NI NI NI (1, 0) ZDE
# expect: __rdivmod__ (3, 0) NI NI NI NI (1, 0) (0, 0)
# expect: __matmul__ -
# expect: __lt__ True NI NI NI NI False False
# expect: __le__ True NI NI NI NI True False
# expect: __eq__ False NI NI NI NI True False
# expect: __ne__ True NI NI NI NI False True
# expect: __gt__ False NI NI NI NI False True
# expect: __ge__ False NI NI NI NI True True
# expect: == float
# expect: __neg__ -2.5 0.0
# expect: __pos__ 2.5 -0.0
# expect: __invert__ -
# expect: __abs__ 2.5 0.0
# expect: __bool__ True False
# expect: __hash__ 1152921504606846978 0
# expect: __repr__ '2.5' '-0.0'
# expect: __str__ '2.5' '-0.0'
# expect: __len__ -
# expect: __iter__ -
# expect: __int__ 2 0
# expect: __float__ 2.5 -0.0
# expect: __index__ -
# expect: __add__ 5.5 4.5 NI NI NI 5.0 2.5
# expect: __radd__ 5.5 4.5 NI NI NI 5.0 2.5
# expect: __iadd__ -
# expect: __sub__ -0.5 0.5 NI NI NI 0.0 2.5
# expect: __rsub__ 0.5 -0.5 NI NI NI 0.0 -2.5
# expect: __isub__ -
# expect: __mul__ 7.5 5.0 NI NI NI 6.25 -0.0
# expect: __rmul__ 7.5 5.0 NI NI NI 6.25 -0.0
# expect: __imul__ -
# expect: __truediv__ 0.8333333333333334 1.25 NI NI NI 1.0 ZDE
# expect: __rtruediv__ 1.2 0.8 NI NI NI 1.0 -0.0
# expect: __floordiv__ 0.0 1.0 NI NI NI 1.0 ZDE
# expect: __rfloordiv__ 1.0 0.0 NI NI NI 1.0 -0.0
# expect: __mod__ 2.5 0.5 NI NI NI 0.0 ZDE
# expect: __rmod__ 0.5 2.0 NI NI NI 0.0 0.0
# expect: __pow__ 15.625 6.25 NI NI NI 9.882117688026186 1.0
# expect: __rpow__ 15.588457268119896 5.656854249492381 NI NI NI 9.882117688026186 0.0
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ TE TE TE TE TE TE TE
# expect: __ror__ TE TE TE TE TE TE TE
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ (0.0, 2.5) (1.0, 0.5) NI NI NI (1.0, 0.0) ZDE
# expect: __rdivmod__ (1.0, 0.5) (0.0, 2.0) NI NI NI (1.0, 0.0) (-0.0, 0.0)
# expect: __matmul__ -
# expect: __lt__ True False NI NI NI False False
# expect: __le__ True False NI NI NI True False
# expect: __eq__ False False NI NI NI True False
# expect: __ne__ True True NI NI NI False True
# expect: __gt__ False True NI NI NI False True
# expect: __ge__ False True NI NI NI True True
# expect: == complex
# expect: __neg__ (-1-2j)
# expect: __pos__ (1+2j)
# expect: __invert__ -
# expect: __abs__ 2.23606797749979
# expect: __bool__ True
# expect: __hash__ 2000007
# expect: __repr__ '(1+2j)'
# expect: __str__ '(1+2j)'
# expect: __len__ -
# expect: __iter__ -
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ (4+2j) (3+2j) NI NI NI (2+4j)
# expect: __radd__ (4+2j) (3+2j) NI NI NI (2+4j)
# expect: __iadd__ -
# expect: __sub__ (-2+2j) (-1+2j) NI NI NI 0j
# expect: __rsub__ (2-2j) (1-2j) NI NI NI 0j
# expect: __isub__ -
# expect: __mul__ (3+6j) (2+4j) NI NI NI (-3+4j)
# expect: __rmul__ (3+6j) (2+4j) NI NI NI (-3+4j)
# expect: __imul__ -
# expect: __truediv__ (0.3333333333333333+0.6666666666666666j) (0.5+1j) NI NI NI (1+0j)
# expect: __rtruediv__ (0.6-1.2j) (0.4-0.8j) NI NI NI (1+0j)
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ -
# expect: __rmod__ -
# expect: __pow__ (-11-2j) (-3+4j) NI NI NI (-0.22251715680177267+0.10070913113607541j)
# expect: __rpow__ (-1.758764802874057+2.4303798814529753j) (0.36691394948660344+1.9660554808224875j) NI NI NI (-0.22251715680177267+0.10070913113607541j)
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ TE TE TE TE TE TE
# expect: __ror__ TE TE TE TE TE TE
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI NI
# expect: __le__ NI NI NI NI NI NI
# expect: __eq__ False False NI NI NI True
# expect: __ne__ True True NI NI NI False
# expect: __gt__ NI NI NI NI NI NI
# expect: __ge__ NI NI NI NI NI NI
# expect: == str
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ -
# expect: __hash__ +
# expect: __repr__ "'ab'" "''"
# expect: __str__ 'ab' ''
# expect: __len__ 2 0
# expect: __iter__ iter:['a', 'b'] iter:[]
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ TE TE 'abab' TE TE 'abab' 'ab'
# expect: __radd__ -
# expect: __iadd__ -
# expect: __sub__ -
# expect: __rsub__ -
# expect: __isub__ -
# expect: __mul__ 'ababab' TE TE TE TE TE TE
# expect: __rmul__ 'ababab' TE TE TE TE TE TE
# expect: __imul__ -
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ TE TE TE 'ab' TE TE TE
# expect: __rmod__ NI NI TE NI NI TE TE
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ TE TE TE TE TE TE TE
# expect: __ror__ TE TE TE TE TE TE TE
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI False NI NI False False
# expect: __le__ NI NI True NI NI True False
# expect: __eq__ NI NI True NI NI True False
# expect: __ne__ NI NI False NI NI False True
# expect: __gt__ NI NI False NI NI False True
# expect: __ge__ NI NI True NI NI True True
# expect: == bytes
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ -
# expect: __hash__ +
# expect: __repr__ "b'ab'"
# expect: __str__ "b'ab'"
# expect: __len__ 2
# expect: __iter__ iter:[97, 98]
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ TE TE TE TE TE b'abab'
# expect: __radd__ -
# expect: __iadd__ -
# expect: __sub__ -
# expect: __rsub__ -
# expect: __isub__ -
# expect: __mul__ b'ababab' TE TE TE TE TE
# expect: __rmul__ b'ababab' TE TE TE TE TE
# expect: __imul__ -
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ TE TE TE b'ab' TE TE
# expect: __rmod__ NI NI NI NI NI TE
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ TE TE TE TE TE TE
# expect: __ror__ TE TE TE TE TE TE
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI False
# expect: __le__ NI NI NI NI NI True
# expect: __eq__ NI NI NI NI NI True
# expect: __ne__ NI NI NI NI NI False
# expect: __gt__ NI NI NI NI NI False
# expect: __ge__ NI NI NI NI NI True
# expect: == bytearray
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ -
# expect: __hash__ TE
# expect: __repr__ "bytearray(b'ab')"
# expect: __str__ "bytearray(b'ab')"
# expect: __len__ 2
# expect: __iter__ iter:[97, 98]
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ TE TE TE TE TE bytearray
# expect: __radd__ -
# expect: __iadd__ TE TE TE TE TE bytearray
# expect: __sub__ -
# expect: __rsub__ -
# expect: __isub__ -
# expect: __mul__ bytearray TE TE TE TE TE
# expect: __rmul__ bytearray TE TE TE TE TE
# expect: __imul__ bytearray TE TE TE TE TE
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ TE TE TE bytearray TE TE
# expect: __rmod__ NI NI NI NI NI TE
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ TE TE TE TE TE TE
# expect: __ror__ TE TE TE TE TE TE
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI False
# expect: __le__ NI NI NI NI NI True
# expect: __eq__ NI NI NI NI NI True
# expect: __ne__ NI NI NI NI NI False
# expect: __gt__ NI NI NI NI NI False
# expect: __ge__ NI NI NI NI NI True
# expect: == list
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ -
# expect: __hash__ TE
# expect: __repr__ '[1, 2]'
# expect: __str__ '[1, 2]'
# expect: __len__ 2
# expect: __iter__ iter:[1, 2]
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ TE TE TE [1, 2, 3] TE [1, 2, 1, 2]
# expect: __radd__ -
# expect: __iadd__ TE TE [1, 2, 'a', 'b'] [1, 2, 3] TE [1, 2, 1, 2]
# expect: __sub__ -
# expect: __rsub__ -
# expect: __isub__ -
# expect: __mul__ [1, 2, 1, 2, 1, 2] TE TE TE TE TE
# expect: __rmul__ [1, 2, 1, 2, 1, 2] TE TE TE TE TE
# expect: __imul__ [1, 2, 1, 2, 1, 2] TE TE TE TE TE
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ -
# expect: __rmod__ -
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ TE TE TE TE TE TE
# expect: __ror__ TE TE TE TE TE TE
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI True NI False
# expect: __le__ NI NI NI True NI True
# expect: __eq__ NI NI NI False NI True
# expect: __ne__ NI NI NI True NI False
# expect: __gt__ NI NI NI False NI False
# expect: __ge__ NI NI NI False NI True
# expect: == tuple
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ -
# expect: __hash__ -3550055125485641917
# expect: __repr__ '(1, 2)'
# expect: __str__ '(1, 2)'
# expect: __len__ 2
# expect: __iter__ iter:[1, 2]
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ TE TE TE TE TE (1, 2, 1, 2)
# expect: __radd__ -
# expect: __iadd__ -
# expect: __sub__ -
# expect: __rsub__ -
# expect: __isub__ -
# expect: __mul__ (1, 2, 1, 2, 1, 2) TE TE TE TE TE
# expect: __rmul__ (1, 2, 1, 2, 1, 2) TE TE TE TE TE
# expect: __imul__ -
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ -
# expect: __rmod__ -
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ TE TE TE TE TE TE
# expect: __ror__ TE TE TE TE TE TE
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI False
# expect: __le__ NI NI NI NI NI True
# expect: __eq__ NI NI NI NI NI True
# expect: __ne__ NI NI NI NI NI False
# expect: __gt__ NI NI NI NI NI False
# expect: __ge__ NI NI NI NI NI True
# expect: == dict
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ -
# expect: __hash__ TE
# expect: __repr__ '{1: 2}'
# expect: __str__ '{1: 2}'
# expect: __len__ 1
# expect: __iter__ iter:[1]
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ -
# expect: __radd__ -
# expect: __iadd__ -
# expect: __sub__ -
# expect: __rsub__ -
# expect: __isub__ -
# expect: __mul__ -
# expect: __rmul__ -
# expect: __imul__ -
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ -
# expect: __rmod__ -
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ NI NI NI NI NI {1: 2}
# expect: __ror__ NI NI NI NI NI {1: 2}
# expect: __ior__ TE TE VE TE TE {1: 2}
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI NI
# expect: __le__ NI NI NI NI NI NI
# expect: __eq__ NI NI NI NI NI True
# expect: __ne__ NI NI NI NI NI False
# expect: __gt__ NI NI NI NI NI NI
# expect: __ge__ NI NI NI NI NI NI
# expect: == set
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ -
# expect: __hash__ TE
# expect: __repr__ '{1, 2}'
# expect: __str__ '{1, 2}'
# expect: __len__ 2
# expect: __iter__ iter:[1, 2]
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ -
# expect: __radd__ -
# expect: __iadd__ -
# expect: __sub__ NI NI NI NI NI set()
# expect: __rsub__ NI NI NI NI NI set()
# expect: __isub__ NI NI NI NI NI set()
# expect: __mul__ -
# expect: __rmul__ -
# expect: __imul__ -
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ -
# expect: __rmod__ -
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ NI NI NI NI NI {1, 2}
# expect: __rand__ NI NI NI NI NI {1, 2}
# expect: __iand__ NI NI NI NI NI {1, 2}
# expect: __or__ NI NI NI NI NI {1, 2}
# expect: __ror__ NI NI NI NI NI {1, 2}
# expect: __ior__ NI NI NI NI NI {1, 2}
# expect: __xor__ NI NI NI NI NI set()
# expect: __rxor__ NI NI NI NI NI set()
# expect: __ixor__ NI NI NI NI NI set()
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI False
# expect: __le__ NI NI NI NI NI True
# expect: __eq__ NI NI NI NI NI True
# expect: __ne__ NI NI NI NI NI False
# expect: __gt__ NI NI NI NI NI False
# expect: __ge__ NI NI NI NI NI True
# expect: == frozenset
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ -
# expect: __hash__ -558064481276695278
# expect: __repr__ 'frozenset({1})'
# expect: __str__ 'frozenset({1})'
# expect: __len__ 1
# expect: __iter__ iter:[1]
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ -
# expect: __radd__ -
# expect: __iadd__ -
# expect: __sub__ NI NI NI NI NI frozenset()
# expect: __rsub__ NI NI NI NI NI frozenset()
# expect: __isub__ -
# expect: __mul__ -
# expect: __rmul__ -
# expect: __imul__ -
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ -
# expect: __rmod__ -
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ NI NI NI NI NI frozenset({1})
# expect: __rand__ NI NI NI NI NI frozenset({1})
# expect: __iand__ -
# expect: __or__ NI NI NI NI NI frozenset({1})
# expect: __ror__ NI NI NI NI NI frozenset({1})
# expect: __ior__ -
# expect: __xor__ NI NI NI NI NI frozenset()
# expect: __rxor__ NI NI NI NI NI frozenset()
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI False
# expect: __le__ NI NI NI NI NI True
# expect: __eq__ NI NI NI NI NI True
# expect: __ne__ NI NI NI NI NI False
# expect: __gt__ NI NI NI NI NI False
# expect: __ge__ NI NI NI NI NI True
# expect: == range
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ True
# expect: __hash__ -8338477496398685190
# expect: __repr__ 'range(0, 3)'
# expect: __str__ 'range(0, 3)'
# expect: __len__ 3
# expect: __iter__ iter:[0, 1, 2]
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ -
# expect: __radd__ -
# expect: __iadd__ -
# expect: __sub__ -
# expect: __rsub__ -
# expect: __isub__ -
# expect: __mul__ -
# expect: __rmul__ -
# expect: __imul__ -
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ -
# expect: __rmod__ -
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ TE TE TE TE TE TE
# expect: __ror__ TE TE TE TE TE TE
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI NI
# expect: __le__ NI NI NI NI NI NI
# expect: __eq__ NI NI NI NI NI True
# expect: __ne__ NI NI NI NI NI False
# expect: __gt__ NI NI NI NI NI NI
# expect: __ge__ NI NI NI NI NI NI
# expect: == slice
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ -
# expect: __hash__ TE
# expect: __repr__ 'slice(1, 2, None)'
# expect: __str__ 'slice(1, 2, None)'
# expect: __len__ -
# expect: __iter__ -
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ -
# expect: __radd__ -
# expect: __iadd__ -
# expect: __sub__ -
# expect: __rsub__ -
# expect: __isub__ -
# expect: __mul__ -
# expect: __rmul__ -
# expect: __imul__ -
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ -
# expect: __rmod__ -
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ TE TE TE TE TE TE
# expect: __ror__ TE TE TE TE TE TE
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI False
# expect: __le__ NI NI NI NI NI True
# expect: __eq__ NI NI NI NI NI True
# expect: __ne__ NI NI NI NI NI False
# expect: __gt__ NI NI NI NI NI False
# expect: __ge__ NI NI NI NI NI True
# expect: == NoneType
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ False
# expect: __hash__ +
# expect: __repr__ +
# expect: __str__ +
# expect: __len__ -
# expect: __iter__ -
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ -
# expect: __radd__ -
# expect: __iadd__ -
# expect: __sub__ -
# expect: __rsub__ -
# expect: __isub__ -
# expect: __mul__ -
# expect: __rmul__ -
# expect: __imul__ -
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ -
# expect: __rmod__ -
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ TE TE TE TE TE TE
# expect: __ror__ TE TE TE TE TE TE
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI NI
# expect: __le__ NI NI NI NI NI NI
# expect: __eq__ NI NI NI NI True True
# expect: __ne__ NI NI NI NI False False
# expect: __gt__ NI NI NI NI NI NI
# expect: __ge__ NI NI NI NI NI NI
# expect: == object
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ -
# expect: __hash__ +
# expect: __repr__ +
# expect: __str__ +
# expect: __len__ -
# expect: __iter__ -
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ -
# expect: __radd__ -
# expect: __iadd__ -
# expect: __sub__ -
# expect: __rsub__ -
# expect: __isub__ -
# expect: __mul__ -
# expect: __rmul__ -
# expect: __imul__ -
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ -
# expect: __rmod__ -
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ TE TE TE TE TE TE
# expect: __ror__ TE TE TE TE TE TE
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI NI
# expect: __le__ NI NI NI NI NI NI
# expect: __eq__ NI NI NI NI NI True
# expect: __ne__ NI NI NI NI NI False
# expect: __gt__ NI NI NI NI NI NI
# expect: __ge__ NI NI NI NI NI NI
# expect: == type
# expect: __neg__ -
# expect: __pos__ -
# expect: __invert__ -
# expect: __abs__ -
# expect: __bool__ -
# expect: __hash__ +
# expect: __repr__ "<class 'int'>"
# expect: __str__ "<class 'int'>"
# expect: __len__ -
# expect: __iter__ -
# expect: __int__ -
# expect: __float__ -
# expect: __index__ -
# expect: __add__ -
# expect: __radd__ -
# expect: __iadd__ -
# expect: __sub__ -
# expect: __rsub__ -
# expect: __isub__ -
# expect: __mul__ -
# expect: __rmul__ -
# expect: __imul__ -
# expect: __truediv__ -
# expect: __rtruediv__ -
# expect: __floordiv__ -
# expect: __rfloordiv__ -
# expect: __mod__ -
# expect: __rmod__ -
# expect: __pow__ -
# expect: __rpow__ -
# expect: __lshift__ -
# expect: __rlshift__ -
# expect: __rshift__ -
# expect: __rrshift__ -
# expect: __and__ -
# expect: __rand__ -
# expect: __iand__ -
# expect: __or__ NI NI NI NI UnionType type
# expect: __ror__ NI NI NI NI UnionType type
# expect: __ior__ -
# expect: __xor__ -
# expect: __rxor__ -
# expect: __ixor__ -
# expect: __divmod__ -
# expect: __rdivmod__ -
# expect: __matmul__ -
# expect: __lt__ NI NI NI NI NI NI
# expect: __le__ NI NI NI NI NI NI
# expect: __eq__ NI NI NI NI NI True
# expect: __ne__ NI NI NI NI NI False
# expect: __gt__ NI NI NI NI NI NI
# expect: __ge__ NI NI NI NI NI NI
