# Literal patterns: ints (negative too), floats, strings, bytes, None/True/False
# (compared with `is`), and == for the rest (1 matches 1.0 and True).
def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "spam" | "eggs":
            return "food"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other " + repr(x)

for v in [0, 0.0, -1, -1.0, 2.5, "spam", "eggs", b"raw", None, True, False, 1, "", [], 10 ** 20]:
    print(repr(v), describe(v))

# True/False/None compare by identity: 1 is not True.
match 1:
    case True:
        print("is True")
    case 1:
        print("equals 1")
# a literal pattern on a big int and on a string with escapes
match 2 ** 70:
    case 1180591620717411303424:
        print("big")
match "a\tb":
    case "a\tb":
        print("escaped")

# expect: 0 zero
# expect: 0.0 zero
# expect: -1 minus one
# expect: -1.0 minus one
# expect: 2.5 two and a half
# expect: 'spam' food
# expect: 'eggs' food
# expect: b'raw' bytes
# expect: None None
# expect: True True
# expect: False zero
# expect: 1 other 1
# expect: '' other ''
# expect: [] other []
# expect: 100000000000000000000 other 100000000000000000000
# expect: equals 1
# expect: big
# expect: escaped
