"""hashlib (coil): the secure hash and message digest algorithms of
_hashlib, which takes MD5, SHA-1, SHA-2, SHA-3 and SHAKE from OpenSSL's
libcrypto and implements BLAKE2 itself."""

import _hashlib
from _hashlib import pbkdf2_hmac, blake2b, blake2s

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(_hashlib._names)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac')


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if name == 'blake2b':
        return blake2b(data, **kwargs)
    if name == 'blake2s':
        return blake2s(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def _constructor(name):
    def constructor(string=b'', *, usedforsecurity=True):
        return _hashlib.new(name, string)
    constructor.__name__ = constructor.__qualname__ = 'openssl_' + name
    constructor.__doc__ = 'Returns a %s hash object; optionally initialized with a string' % name
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')
del _constructor
