# a op b tries a.__op__(b), then b.__rop__(a); a subclass's overriding
# __rop__ goes first; NotImplemented from both gives CPython's TypeError.
class Base:
    def __add__(self, o):
        return f"Base.add({type(o).__name__})"

    def __radd__(self, o):
        return f"Base.radd({type(o).__name__})"


class Sub(Base):
    def __radd__(self, o):
        return f"Sub.radd({type(o).__name__})"


class Sub2(Base):
    pass


print(Base() + Sub(), Sub() + Base(), Base() + Sub2(), 1 + Base(), Base() + Base())


class R:
    def __rsub__(self, o): return f"rsub {o}"
    def __rpow__(self, o): return f"rpow {o}"
    def __rtruediv__(self, o): return f"rtruediv {o}"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rmatmul__(self, o): return "rmatmul"
    def __rmul__(self, o): return "rmul"


r = R()
print(5 - r, 2 ** r, 1 / r, 1 // r, 1 % r, 1 << r, 1 >> r)
print(1 & r, 1 | r, 1 ^ r, [1] @ r, "s" * r, 1.5 - r)


class Only:
    def __add__(self, o):
        return NotImplemented


for op in [lambda: Only() + 1, lambda: 1 + Only(), lambda: Only() - Only(),
           lambda: Only() * "s", lambda: Only() ** 2, lambda: Only() @ Only(),
           lambda: Only() < 1, lambda: 2 >= Only(), lambda: -Only(), lambda: ~Only(),
           lambda: +Only(), lambda: abs(Only()), lambda: "a" + Only(), lambda: [1] + Only()]:
    try:
        op()
    except TypeError as e:
        print(e)

# expect: Sub.radd(Base) Base.add(Base) Base.add(Sub2) Base.radd(int) Base.add(Base)
# expect: rsub 5 rpow 2 rtruediv 1 rfloordiv rmod rlshift rrshift
# expect: rand ror rxor rmatmul rmul rsub 1.5
# expect: unsupported operand type(s) for +: 'Only' and 'int'
# expect: unsupported operand type(s) for +: 'int' and 'Only'
# expect: unsupported operand type(s) for -: 'Only' and 'Only'
# expect: can't multiply sequence by non-int of type 'Only'
# expect: unsupported operand type(s) for ** or pow(): 'Only' and 'int'
# expect: unsupported operand type(s) for @: 'Only' and 'Only'
# expect: '<' not supported between instances of 'Only' and 'int'
# expect: '>=' not supported between instances of 'int' and 'Only'
# expect: bad operand type for unary -: 'Only'
# expect: bad operand type for unary ~: 'Only'
# expect: bad operand type for unary +: 'Only'
# expect: bad operand type for abs(): 'Only'
# expect: can only concatenate str (not "Only") to str
# expect: can only concatenate list (not "Only") to list
