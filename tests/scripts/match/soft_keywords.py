# `match`, `case` and `_` stay usable as ordinary names.
match = 1
case = 2
_ = 3
print(match, case, _)
match = [10, 20, 30]
print(match[0], match[-1])
match[1] = 25
print(match)
def match(*args):
    return args
print(match(1, 2))
print(match (3))
match = 5
print(match - 1, match * 2, -match)
match -1
case = {"k": 1}
print(case["k"])
class case:
    match = "attr"
print(case.match)
match = lambda x: x + 1
print(match(1))
match (2):
    case 2:
        print("match statement with a parenthesized subject")
match [1, 2]:
    case [1, 2]:
        print("match statement with a list subject")
match -5:
    case -5:
        print("negative subject")
match = 3
match match:
    case case if case == 3:
        print("match on a variable named match, captured as case:", case)
def f(match, case):
    match match, case:
        case (1, 2):
            return "tuple subject"
    return None
print(f(1, 2))
print([match for match in range(3)])

# expect: 1 2 3
# expect: 10 30
# expect: [10, 25, 30]
# expect: (1, 2)
# expect: (3,)
# expect: 4 10 -5
# expect: 1
# expect: attr
# expect: 2
# expect: match statement with a parenthesized subject
# expect: match statement with a list subject
# expect: negative subject
# expect: match on a variable named match, captured as case: 3
# expect: tuple subject
# expect: [0, 1, 2]
