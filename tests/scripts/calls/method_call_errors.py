class C:
    def m(self, x):
        return x
    def n(self):
        return 1
c = C()
print(c.m(5))
try:
    c.m()
except TypeError as e:
    print(e)
try:
    c.n(1)
except TypeError as e:
    print(e)
try:
    C.m(1)
except TypeError as e:
    print(e)
try:
    c.m(1, x=2)
except TypeError as e:
    print(e)
try:
    C(1)
except TypeError as e:
    print(e)

# expect: 5
# expect: C.m() missing 1 required positional argument: 'x'
# expect: C.n() takes 1 positional argument but 2 were given
# expect: C.m() missing 1 required positional argument: 'x'
# expect: C.m() got multiple values for argument 'x'
# expect: C() takes no arguments
