# __match_args__ must hold strings.
class C:
    __match_args__ = (1,)
match C():
    case C(x):
        pass

# expect runtime error: TypeError: __match_args__ elements must be strings (got int)
