# An MRO conflict names the heads of the sequences left to merge, on two lines, as CPython does.
class Base: pass
class Left(Base): pass
class Right(Base): pass
for bases in [(Left, Base, Right), (Base, Left), (object, Base)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print(repr(str(e)))
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)

# expect: 'Cannot create a consistent method resolution\norder (MRO) for bases Base, Right'
# expect: 'Cannot create a consistent method resolution\norder (MRO) for bases Base, Left'
# expect: 'Cannot create a consistent method resolution\norder (MRO) for bases object, Base'
# expect: Cannot create a consistent method resolution
# expect: order (MRO) for bases A, B
