# abs() of ints, floats, bools, big ints and objects with __abs__.
print(abs(-3), abs(3), abs(-2.5), abs(-0.0))  # expect: 3 3 2.5 0.0
print(abs(True), abs(-2**47), abs(-2**100))    # expect: 1 140737488355328 1267650600228229401496703205376
class V:
    def __abs__(self):
        return "magnitude"
print(abs(V()))                                # expect: magnitude
abs("x")
# expect runtime error: TypeError: bad operand type for abs(): 'str'
