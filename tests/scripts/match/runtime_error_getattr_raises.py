# An attribute error other than AttributeError propagates.
class C:
    @property
    def a(self):
        raise KeyError("a")
match C():
    case C(a=1):
        pass

# expect runtime error: KeyError: 'a'
