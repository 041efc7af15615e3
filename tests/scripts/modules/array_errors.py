# array: CPython's OverflowError/TypeError/ValueError/IndexError messages for each type code
# Errors with CPython's messages
import array
cases = [('b',[200]),('b',[-129]),('B',[256]),('B',[-1]),('h',[40000]),('H',[70000]),('i',[2**31]),('I',[-1]),('l',[2**63]),('L',[-1]),('q',[2**63]),('Q',[-1]),('i',[1.5]),('f',['x']),('d',[None]),('u',[1]),('u',['ab']),('x',[]),('i','abc'),('d', 5)]
for c, v in cases:
    try: print(c, array.array(c, v))
    except Exception as e: print(c, type(e).__name__, e)
a = array.array('i', [1,2,3])
for op in [lambda: a[5], lambda: a.__setitem__(0, 'x'), lambda: a.remove(9), lambda: a.index(9), lambda: array.array('i').pop(), lambda: a + array.array('d'), lambda: a.frombytes(b'abc'), lambda: a + [1], lambda: a.tounicode(), lambda: a.fromunicode('x'), lambda: a.__setitem__(slice(0,2), [1]), lambda: a.__setitem__(slice(0,2), array.array('d',[1])), lambda: a * 'x', lambda: a.extend(array.array('b'))]:
    try: print(op())
    except Exception as e: print(type(e).__name__, e)

# expect: b OverflowError signed char is greater than maximum
# expect: b OverflowError signed char is less than minimum
# expect: B OverflowError unsigned byte integer is greater than maximum
# expect: B OverflowError unsigned byte integer is less than minimum
# expect: h OverflowError signed short integer is greater than maximum
# expect: H OverflowError unsigned short is greater than maximum
# expect: i OverflowError signed integer is greater than maximum
# expect: I OverflowError can't convert negative value to unsigned int
# expect: l OverflowError Python int too large to convert to C long
# expect: L OverflowError can't convert negative value to unsigned int
# expect: q OverflowError int too big to convert
# expect: Q OverflowError can't convert negative int to unsigned
# expect: i TypeError 'float' object cannot be interpreted as an integer
# expect: f TypeError must be real number, not str
# expect: d TypeError must be real number, not NoneType
# expect: u TypeError array item must be unicode character
# expect: u TypeError array item must be unicode character
# expect: x ValueError bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# expect: i TypeError cannot use a str to initialize an array with typecode 'i'
# expect: d TypeError 'int' object is not iterable
# expect: IndexError array index out of range
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError array.remove(x): x not in array
# expect: ValueError array.index(x): x not in array
# expect: IndexError pop from empty array
# expect: TypeError bad argument type for built-in operation
# expect: ValueError bytes length not a multiple of item size
# expect: TypeError can only append array (not "list") to array
# expect: ValueError tounicode() may only be called on unicode type arrays
# expect: ValueError fromunicode() may only be called on unicode type arrays
# expect: TypeError can only assign array (not "list") to array slice
# expect: TypeError bad argument type for built-in operation
# expect: TypeError can't multiply sequence by non-int of type 'str'
# expect: TypeError can only extend with array of same kind
