# bool has its own __new__: its errors name bool; int.__new__(bool) stays refused.
print(bool.__new__(bool), bool.__new__(bool, [1]), bool.__new__(bool, 0))
for args in [(1,), (int,), (int, 1), (bool, 1, 2), ()]:
    try:
        print(bool.__new__(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    int.__new__(bool, 1)
except TypeError as e:
    print("TypeError:", e)
print(int.__new__(int, "7"), bool.__new__ is int.__new__)

# expect: False True False
# expect: TypeError: bool.__new__(X): X is not a type object (int)
# expect: TypeError: bool.__new__(int): int is not a subtype of bool
# expect: TypeError: bool.__new__(int): int is not a subtype of bool
# expect: TypeError: bool expected at most 1 argument, got 2
# expect: TypeError: bool.__new__(): not enough arguments
# expect: TypeError: int.__new__(bool) is not safe, use bool.__new__()
# expect: 7 False
