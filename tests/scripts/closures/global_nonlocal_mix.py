x = "g"
def outer():
    x = "o"
    def inner():
        global x
        x = "set global"
    inner()
    return x
print(outer(), x)
def o2():
    y = 1
    def i2():
        y = 2
        def i3():
            nonlocal y
            y = 3
        i3()
        return y
    return i2(), y
print(o2())

# expect: o set global
# expect: (3, 1)
