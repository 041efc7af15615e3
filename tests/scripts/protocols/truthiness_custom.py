class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Plain:
    pass
print(bool(Empty()), bool(Falsy()), bool(Plain()))
print("yes" if Empty() else "no", not Falsy())
while Falsy():
    print("never")
print([x for x in [Empty(), Plain(), Falsy()] if x].__len__())

# expect: False False True
# expect: no True
# expect: 1
