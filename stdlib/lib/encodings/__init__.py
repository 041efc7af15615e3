"""Standard "encodings" package: the names of codecs (written in coil).

coil's codecs are built in (vm/objects/codecs.cpp, stdlib/lib/codecs.py),
so this package holds only what programs and locale.py read from
CPython's: normalize_encoding() and the alias table (encodings.aliases).
The codec submodules (encodings.utf_8, ...) are not there.
"""

__all__ = ['normalize_encoding']


def normalize_encoding(encoding):

    """ Normalize an encoding name.

        Normalization works as follows: all non-alphanumeric
        characters except the dot used for Python package names are
        collapsed and replaced with a single underscore, e.g. '  -;#'
        becomes '_'. Leading and trailing underscores are removed.

        Note that encoding names should be ASCII only.

    """
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")

    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)
