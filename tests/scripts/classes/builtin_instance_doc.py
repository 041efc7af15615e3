# Every object has a __doc__: instances of built-in types answer from their
# type (code such as email's _extend_docstrings reads attr.__doc__ of every
# class attribute, strings included). A user class without a docstring and
# its instances give None; one with a docstring gives it.
values = ['text', 7, 2.5, None, True, [], {}, (), b'', set(), range(3), 1j,
          frozenset(), bytearray(), slice(2), (n for n in ()), Ellipsis]
print(all(isinstance(v.__doc__, (str, type(None))) for v in values))


class Plain:
    pass


class Documented:
    """Has one."""


print(Plain.__doc__, Plain().__doc__, Documented().__doc__)
for name, attr in list(vars(Documented).items()):
    if attr.__doc__ and attr.__doc__.startswith('+'):
        print('never', name)
print(getattr(42, '__doc__', 'missing') != 'missing', hasattr('', '__doc__'))

# expect: True
# expect: None None Has one.
# expect: True True
