# A class without __match_args__ takes no positional sub-patterns.
class C:
    pass
match C():
    case C(x):
        pass

# expect runtime error: TypeError: C() accepts 0 positional sub-patterns (1 given)
