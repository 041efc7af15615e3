# The same attribute by position and by keyword.
class C:
    __match_args__ = ("a",)
    a = 1
match C():
    case C(x, a=y):
        pass

# expect runtime error: TypeError: C() got multiple sub-patterns for attribute 'a'
