# BaseException.__reduce__: (type, args) plus the instance dict when there is one; copy uses it.
class E(Exception):
    def __init__(self, code):
        super().__init__(code, "msg")
        self.code = code
e = E(5)
r = e.__reduce__()
print(r[0].__name__, r[1], r[2])
print(ValueError("x").__reduce__(), KeyError().__reduce__())
import copy
class F(Exception):
    pass
f = F(1, 2)
f.note = "n"
c = copy.copy(f)
print(type(c).__name__, c.args, c.note, c is f)

# expect: E (5, 'msg') {'code': 5}
# expect: (<class 'ValueError'>, ('x',)) (<class 'KeyError'>, ())
# expect: F (1, 2) n False
