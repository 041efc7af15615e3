# round() of NaN/inf to an int, and of objects without __round__.
for x in (float("nan"), float("inf")):
    try:
        round(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
# expect: ValueError cannot convert float NaN to integer
# expect: OverflowError cannot convert float infinity to integer
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 2))  # expect: ('rounded', None) ('rounded', 2)
round("x")
# expect runtime error: TypeError: type str doesn't define __round__ method
