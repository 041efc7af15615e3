# User-defined descriptors: __set_name__ (optional), data descriptors win over
# the instance dict, non-data descriptors lose to it, access through the class.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be >= 0")
        setattr(obj, self.name, value)


class Lazy:
    # Non-data descriptor: computes once, then the instance attribute shadows it.
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        print("computed", self.fn.__name__)
        return value


class NoSetName:
    def __get__(self, obj, objtype=None):
        return ("get", obj is None, objtype.__name__)


class Item:
    price = Field()
    qty = Field()
    info = NoSetName()

    def __init__(self, price):
        self.price = price

    @Lazy
    def label(self):
        return f"item@{self.price}"


it = Item(5)
print(it.price, it.qty)
it.qty = 3
print(it.qty, sorted(it.__dict__))
try:
    it.price = -1
except ValueError as e:
    print(e)
print(it.label, it.label)
print(type(Item.price).__name__, Item.info, it.info)
it.__dict__["price"] = 99
print(it.price)

# expect: set_name Item price
# expect: set_name Item qty
# expect: 5 unset
# expect: 3 ['_price', '_qty']
# expect: price must be >= 0
# expect: computed label
# expect: item@5 item@5
# expect: Field ('get', True, 'Item') ('get', False, 'Item')
# expect: 5
