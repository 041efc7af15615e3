"""Arrays of numbers or characters of one C type (written in coil).

CPython's array is a C module over a raw buffer; here an array keeps its
items in a list, checked and converted as the C type would store them
(integers range-checked with CPython's messages, 'f' rounded to single
precision), and the bytes are made with struct in the machine's native
sizes and byte order. Not there: the buffer protocol (memoryview(a),
a bytes-like array passed to C functions).
"""

import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (minimum, maximum, message for too small, message for too large), with
# the words of CPython's converters for each C type.
_INT_RANGES = {
    'b': (-2**7, 2**7 - 1, 'signed char is less than minimum',
          'signed char is greater than maximum'),
    'B': (0, 2**8 - 1, 'unsigned byte integer is less than minimum',
          'unsigned byte integer is greater than maximum'),
    'h': (-2**15, 2**15 - 1, 'signed short integer is less than minimum',
          'signed short integer is greater than maximum'),
    'H': (0, 2**16 - 1, 'unsigned short is less than minimum',
          'unsigned short is greater than maximum'),
    'i': (-2**31, 2**31 - 1, 'signed integer is less than minimum',
          'signed integer is greater than maximum'),
    'I': (0, 2**32 - 1, "can't convert negative value to unsigned int",
          'unsigned int is greater than maximum'),
    'l': (-2**63, 2**63 - 1, 'Python int too large to convert to C long',
          'Python int too large to convert to C long'),
    'L': (0, 2**64 - 1, "can't convert negative value to unsigned int",
          'Python int too large to convert to C unsigned long'),
    'q': (-2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2**64 - 1, "can't convert negative int to unsigned",
          'int too big to convert'),
}


def _index(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return index(value)


def _converter(typecode):
    """The function that checks an item and gives the value stored."""
    if typecode in _INT_RANGES:
        low, high, too_small, too_large = _INT_RANGES[typecode]

        def convert(value):
            value = _index(value)
            if value < low:
                raise OverflowError(too_small)
            if value > high:
                raise OverflowError(too_large)
            return value
        return convert
    if typecode == 'u':
        def convert(value):
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError('array item must be unicode character')
            return value
        return convert

    def convert(value):
        if not isinstance(value, float):
            if isinstance(value, (str, bytes, bytearray)) or not (
                    hasattr(type(value), '__float__') or hasattr(type(value), '__index__')):
                raise TypeError('must be real number, not %s' % type(value).__name__)
            value = float(value)
        if typecode == 'f':
            # What a C float holds (OverflowError beyond its range).
            try:
                value = _struct.unpack('f', _struct.pack('f', value))[0]
            except (OverflowError, _struct.error):
                raise OverflowError('float too large to pack with f format') from None
        return value
    return convert


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate type.
    """

    __slots__ = ('_typecode', '_items', '_convert')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        self._convert = _converter(typecode)
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == 'u' and typecode != 'u':
                raise TypeError('cannot use a unicode array to initialize an array '
                                'with typecode %r' % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)
        return self

    def __init__(self, *args):
        pass

    # -- attributes

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._typecode

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._typecode]

    # -- the sequence protocol

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, value):
        return value in self._items

    def _same_kind(self, other):
        return self._typecode == other._typecode

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self._typecode)
            result._items = self._items[index]
            return result
        try:
            return self._items[index]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if not self._same_kind(value):
                raise TypeError('bad argument type for built-in operation')
            self._items[index] = list(value._items)
            return
        value = self._convert(value)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if not self._same_kind(other):
            raise TypeError('bad argument type for built-in operation')
        result = array(self._typecode)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if not self._same_kind(other):
            raise TypeError('can only extend with array of same kind')
        self._items += other._items
        return self

    def __mul__(self, count):
        if not hasattr(type(count), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(count).__name__)
        result = array(self._typecode)
        result._items = self._items * count
        return result

    __rmul__ = __mul__

    def __imul__(self, count):
        if not hasattr(type(count), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(count).__name__)
        self._items *= count
        return self

    # -- comparisons: item by item, as sequences

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    # -- methods

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(self._convert(v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if not self._same_kind(bb):
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        convert = self._convert
        self._items.extend([convert(v) for v in bb])

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        self._items.insert(_index(i), self._convert(v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array."""
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array."""
        stop = len(self._items) if stop is None else stop
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return self._items.count(v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def buffer_info(self):
        """Return a tuple (address, length); coil's arrays have no fixed
        address, so the first is the object's id."""
        return (id(self), len(self._items))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _ITEMSIZE[self._typecode]
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def _format(self, count):
        return '=%d%s' % (count, 'I' if self._typecode == 'u' else self._typecode)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes."""
        items = self._items
        if self._typecode == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(self._format(len(items)), *items)

    def frombytes(self, buffer, /):
        """Appends items from the bytes-like object, as machine values."""
        data = bytes(memoryview(buffer)) if not isinstance(buffer, bytes) else buffer
        size = _ITEMSIZE[self._typecode]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack(self._format(len(data) // size), data)
        if self._typecode == 'u':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list_, /):
        """Append items to array from list."""
        if not isinstance(list_, list):
            raise TypeError('arg must be list')
        convert = self._convert
        self._items.extend([convert(v) for v in list_])

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % type(ustr).__name__)
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(ustr)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        size = _ITEMSIZE[self._typecode]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError('read() didn\'t return enough bytes')

    # -- copying, pickling, printing

    def __copy__(self):
        result = array(self._typecode)
        result._items = list(self._items)
        return result

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce__(self):
        # What CPython's array gives protocols 0-2 (and copy): the type code
        # and the items as a list (a str for 'u').
        items = self.tounicode() if self._typecode == 'u' else self.tolist()
        return (type(self), (self._typecode, items))

    def __repr__(self):
        name = type(self).__name__ if type(self) is not array else 'array'
        if not self._items:
            return '%s(%r)' % (name, self._typecode)
        if self._typecode == 'u':
            return '%s(%r, %r)' % (name, self._typecode, self.tounicode())
        return '%s(%r, %r)' % (name, self._typecode, self._items)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


array.__module__ = 'array'
ArrayType = array
