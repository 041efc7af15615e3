# sys.set_int_max_str_digits/get_int_max_str_digits: str, int(), format and %d follow the VM's limit
# sys.set_int_max_str_digits / get_int_max_str_digits: the limit on int <-> decimal text.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
big = 10 ** 5000
for action in [lambda: str(big), lambda: int("1" * 5000), lambda: f"{big:d}", lambda: "%d" % big, lambda: repr(big)]:
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(6000)
print(len(str(big)), int("1" * 5000) % 7, len(f"{big:,}"), len("%d" % big), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 100000)), sys.get_int_max_str_digits())
for bad in [lambda: sys.set_int_max_str_digits(100), lambda: sys.set_int_max_str_digits(-1), lambda: sys.set_int_max_str_digits("x"),
            lambda: sys.set_int_max_str_digits(), lambda: sys.set_int_max_str_digits(1000, 2), lambda: sys.set_int_max_str_digits(digits=1000)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(len(str(10 ** 639)), hex(10 ** 2000)[:6])
try:
    str(10 ** 640)
except ValueError as e:
    print(e)

# expect: 4300 4300
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: 5001 4 6667 5001 6000
# expect: 100001 0
# expect: ValueError maxdigits must be 0 or larger than 640
# expect: ValueError maxdigits must be 0 or larger than 640
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)
# expect: TypeError set_int_max_str_digits() takes at most 1 argument (2 given)
# expect: TypeError set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)
# expect: 640 0xe7b6
# expect: Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
