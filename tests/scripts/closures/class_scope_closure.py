x = "global"
def f():
    x = "enclosing"
    class C:
        print(x)
        y = x
        x = "class"
        print(x)
        def m(self):
            return x
    return C
C = f()
print(C.y, C().m(), C.x)
class D:
    v = 1
    def get(self):
        try:
            return v
        except NameError as e:
            return str(e)
print(D().get())

# expect: global
# expect: class
# expect: global enclosing class
# expect: name 'v' is not defined
