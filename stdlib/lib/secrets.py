"""Random numbers and tokens for secrets (the secrets module), written in
coil: every draw comes from os.urandom, the operating system's generator.
"""

import base64
import binascii
import os
from hmac import compare_digest

__all__ = ["choice", "randbelow", "randbits", "token_bytes", "token_hex", "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32  # bytes in a token when the caller does not say


def randbits(k):
    """A non-negative int with k random bits."""
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    nbytes = (k + 7) // 8
    return int.from_bytes(os.urandom(nbytes), 'big') >> (nbytes * 8 - k)


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    k = exclusive_upper_bound.bit_length()
    while True:  # rejection sampling keeps every value equally likely
        r = randbits(k)
        if r < exclusive_upper_bound:
            return r


def choice(seq):
    """A random element of a non-empty sequence."""
    if not seq:
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
