# split() and subgroup() by type, tuple of types and predicate, keep the
# tree's shape and leaf identity, copy traceback/cause/context/notes to the
# new groups, and go through derive().
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(match.exceptions[0] is eg.exceptions[0], match.exceptions[1].exceptions[0] is eg.exceptions[2].exceptions[0])
print(eg.split(OSError))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(repr(eg.subgroup((TypeError, KeyError))))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(lambda e: False))
print(eg.subgroup(BaseExceptionGroup) is eg)
# the predicate also sees the groups themselves
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)
for bad in (5, "ValueError", (ValueError, 3), int):
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(bad).__name__, e)

# metadata is copied
try:
    try:
        raise OSError("root cause")
    except OSError as cause:
        raise ExceptionGroup("with meta", [ValueError(1), TypeError(2)]) from cause
except ExceptionGroup as caught:
    caught.__notes__ = ["a note"]
    part = caught.subgroup(ValueError)
    print(repr(part.__cause__), part.__traceback__ is caught.__traceback__, part.__notes__,
          part.__notes__ is caught.__notes__)

# derive() decides the class of the parts
class Tagged(ExceptionGroup):
    def derive(self, excs):
        t = Tagged(self.message.upper(), excs)
        return t
t = Tagged("tagged", [ValueError(1), ExceptionGroup("plain", [TypeError(2), ValueError(3)])])
m, r = t.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
class NoDerive(ExceptionGroup):
    pass
m, r = NoDerive("nd", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, type(r).__name__)
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("bd", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)

# expect: ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])
# expect: ExceptionGroup('eg', [TypeError(2), ExceptionGroup('inner', [KeyError(4)])])
# expect: True True
# expect: (None, ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])]))
# expect: True None
# expect: ExceptionGroup('eg', [TypeError(2), ExceptionGroup('inner', [KeyError(4)])])
# expect: ExceptionGroup('eg', [ExceptionGroup('inner', [ValueError(3)])])
# expect: None
# expect: True
# expect: ['ExceptionGroup', 'ValueError', 'TypeError', 'ExceptionGroup', 'ValueError', 'KeyError']
# expect: int expected a function, exception type or tuple of exception types
# expect: str expected a function, exception type or tuple of exception types
# expect: tuple expected a function, exception type or tuple of exception types
# expect: type expected a function, exception type or tuple of exception types
# expect: OSError('root cause') True ['a note'] False
# expect: Tagged Tagged('TAGGED', [ValueError(1), ExceptionGroup('plain', [ValueError(3)])]) Tagged Tagged('TAGGED', [ExceptionGroup('plain', [TypeError(2)])])
# expect: ExceptionGroup ExceptionGroup
# expect: derive must return an instance of BaseExceptionGroup
