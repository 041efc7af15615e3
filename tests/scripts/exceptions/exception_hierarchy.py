names = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, NameError,
         UnboundLocalError, AttributeError, RecursionError, StopIteration,
         AssertionError, NotImplementedError, OverflowError, FileNotFoundError]
for cls in names:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(SystemExit, Exception))

# expect: ZeroDivisionError ['ArithmeticError', 'Exception', 'BaseException', 'object']
# expect: KeyError ['LookupError', 'Exception', 'BaseException', 'object']
# expect: IndexError ['LookupError', 'Exception', 'BaseException', 'object']
# expect: ValueError ['Exception', 'BaseException', 'object']
# expect: TypeError ['Exception', 'BaseException', 'object']
# expect: NameError ['Exception', 'BaseException', 'object']
# expect: UnboundLocalError ['NameError', 'Exception', 'BaseException', 'object']
# expect: AttributeError ['Exception', 'BaseException', 'object']
# expect: RecursionError ['RuntimeError', 'Exception', 'BaseException', 'object']
# expect: StopIteration ['Exception', 'BaseException', 'object']
# expect: AssertionError ['Exception', 'BaseException', 'object']
# expect: NotImplementedError ['RuntimeError', 'Exception', 'BaseException', 'object']
# expect: OverflowError ['ArithmeticError', 'Exception', 'BaseException', 'object']
# expect: FileNotFoundError ['OSError', 'Exception', 'BaseException', 'object']
# expect: False True
# expect: False
