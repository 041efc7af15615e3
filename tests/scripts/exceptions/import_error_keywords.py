# ImportError(msg, name=..., path=...) and its subclasses keep name, path and msg; other keywords are refused
e = ImportError('x', name='y', path='p'); print(e.name, e.path, e.msg, e.args, str(e))
e = ModuleNotFoundError('x', name='y'); print(e.name, e.path, e.msg, e.args)
e = ImportError(); print(e.name, e.path, e.msg, e.args)
e = ImportError('a', 'b'); print(e.msg, e.args)
class MyErr(ImportError): pass
e = MyErr('z', name='n'); print(e.name, e.path)
class E2(ImportError):
    def __init__(self, m, **kw):
        super().__init__(m, **kw)
print(E2('q', path='pp').path, E2('q').name)
for make in [lambda: ImportError('x', bad=1), lambda: ModuleNotFoundError(foo=1), lambda: E2('q', other=2), lambda: ValueError('x', name='y'),
             lambda: ImportError(bad=1), lambda: ImportError('m', name='n', path='p', bad=1), lambda: ImportError(name='n', bad=1)]:
    try: make()
    except TypeError as t: print('TypeError', t)
try:
    raise ModuleNotFoundError("No module named 'zz'", name='zz')
except ImportError as err:
    print(type(err).__name__, err, err.name)

# expect: y p x ('x',) x
# expect: y None x ('x',)
# expect: None None None ()
# expect: None ('a', 'b')
# expect: n None
# expect: pp None
# expect: TypeError 'bad' is an invalid keyword argument for ImportError()
# expect: TypeError 'foo' is an invalid keyword argument for ImportError()
# expect: TypeError 'other' is an invalid keyword argument for ImportError()
# expect: TypeError ValueError() takes no keyword arguments
# expect: TypeError 'bad' is an invalid keyword argument for ImportError()
# expect: TypeError ImportError() takes at most 2 keyword arguments (3 given)
# expect: TypeError 'bad' is an invalid keyword argument for ImportError()
# expect: ModuleNotFoundError No module named 'zz' zz
