# Keys equal at run time (value patterns) are a ValueError (once the
# length check has passed).
class K:
    A = "k"
    B = "k"
match {"k": 1}:
    case {K.A: 1, K.B: 1}:
        print("not reached")
    case _:
        print("too short to look at the keys")
match {"k": 1, "j": 2}:
    case {K.A: 1, K.B: 1}:
        pass

# expect: too short to look at the keys
# expect runtime error: ValueError: mapping pattern checks duplicate key ('k')
