def pair():
    value = 0
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set
get, set_ = pair()
print(get())
set_(42)
print(get())
g2, s2 = pair()
print(g2(), get())
print(get.__closure__[0].cell_contents)

# expect: 0
# expect: 42
# expect: 0 42
# expect: 42
