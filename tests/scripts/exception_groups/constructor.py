# ExceptionGroup and BaseExceptionGroup: the constructor's checks and
# messages, the class chosen by BaseExceptionGroup, attributes, str/repr.
eg = ExceptionGroup("two problems", [ValueError(1), TypeError("t")])
print(type(eg).__name__, eg.message, eg.exceptions, eg.args)
print(str(eg))
print(repr(eg))
print(str(ExceptionGroup("one", [KeyError("k")])))
print(repr(BaseExceptionGroup("x", (ValueError(),))))
print(type(BaseExceptionGroup("only Exceptions", [ValueError()])).__name__)
print(type(BaseExceptionGroup("with a base one", [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))
print(ExceptionGroup[int])
# exceptions is a tuple even when a list was given; the list is the arg
items = [ValueError(1)]
g = ExceptionGroup("m", items)
items.append(ValueError(2))
print(g.exceptions, g.args[1])
# nesting
inner = ExceptionGroup("inner", [OSError("disk")])
outer = ExceptionGroup("outer", [inner, ValueError(3)])
print(outer.exceptions[0] is inner, repr(outer))

for args in [(1, [ValueError()]), ("m", 5), ("m", []), ("m", [1]), ("m", {ValueError()}), ("m",), ("m", [ValueError()], 3)]:
    for cls in (ExceptionGroup, BaseExceptionGroup):
        try:
            cls(*args)
        except (TypeError, ValueError) as e:
            print(cls.__name__, type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message, excs)
class MyBaseGroup(BaseExceptionGroup):
    pass
print(type(MyGroup("m", [ValueError()])).__name__, type(MyBaseGroup("m", [ValueError()])).__name__)
try:
    MyGroup("m", [SystemExit()])
except TypeError as e:
    print(e)
# a subclass with its own __init__ signature
class Errors(ExceptionGroup):
    def __new__(cls, errors):
        return super().__new__(cls, f"{len(errors)} errors", errors)
    def __init__(self, errors):
        super().__init__(f"{len(errors)} errors", errors)
        self.count = len(errors)
e = Errors([ValueError(1), ValueError(2)])
print(e, e.count, repr(e))
# raise and catch with plain except
try:
    raise ExceptionGroup("raised", [ZeroDivisionError()])
except ExceptionGroup as caught:
    print("caught", caught, caught.exceptions)

# expect: ExceptionGroup two problems (ValueError(1), TypeError('t')) ('two problems', [ValueError(1), TypeError('t')])
# expect: two problems (2 sub-exceptions)
# expect: ExceptionGroup('two problems', [ValueError(1), TypeError('t')])
# expect: one (1 sub-exception)
# expect: ExceptionGroup('x', (ValueError(),))
# expect: ExceptionGroup
# expect: BaseExceptionGroup
# expect: (<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: (<class 'BaseExceptionGroup'>, <class 'BaseException'>, <class 'object'>)
# expect: True False
# expect: True True
# expect: ExceptionGroup[int]
# expect: (ValueError(1),) [ValueError(1), ValueError(2)]
# expect: True ExceptionGroup('outer', [ExceptionGroup('inner', [OSError('disk')]), ValueError(3)])
# expect: ExceptionGroup TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int
# expect: BaseExceptionGroup TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int
# expect: ExceptionGroup TypeError second argument (exceptions) must be a sequence
# expect: BaseExceptionGroup TypeError second argument (exceptions) must be a sequence
# expect: ExceptionGroup ValueError second argument (exceptions) must be a non-empty sequence
# expect: BaseExceptionGroup ValueError second argument (exceptions) must be a non-empty sequence
# expect: ExceptionGroup ValueError Item 0 of second argument (exceptions) is not an exception
# expect: BaseExceptionGroup ValueError Item 0 of second argument (exceptions) is not an exception
# expect: ExceptionGroup TypeError second argument (exceptions) must be a sequence
# expect: BaseExceptionGroup TypeError second argument (exceptions) must be a sequence
# expect: ExceptionGroup TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# expect: BaseExceptionGroup TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# expect: ExceptionGroup TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (3 given)
# expect: BaseExceptionGroup TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (3 given)
# expect: Cannot nest BaseExceptions in an ExceptionGroup
# expect: MyGroup MyBaseGroup
# expect: Cannot nest BaseExceptions in 'MyGroup'
# expect: 2 errors (2 sub-exceptions) 2 Errors('2 errors', [ValueError(1), ValueError(2)])
# expect: caught raised (1 sub-exception) (ZeroDivisionError(),)
