class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} positional arguments")
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in self.fields:
                raise TypeError(f"unexpected field {name!r}")
            setattr(self, name, value)
        for name in self.fields:
            if not hasattr(self, name):
                setattr(self, name, None)
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({args})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.fields)
    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

class Product(Record):
    fields = ("sku", "name", "price", "qty")
    @property
    def value(self):
        return self.price * self.qty

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, product):
        if product.sku in self._items:
            self._items[product.sku].qty += product.qty
        else:
            self._items[product.sku] = product
    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"no product {sku}") from None
    def __delitem__(self, sku):
        del self._items[sku]
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        yield from self._items.values()
    def low_stock(self, threshold=5):
        return [p.name for p in self if p.qty < threshold]
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Price':>8}{'Qty':>5}{'Value':>10}"]
        for p in sorted(self, key=lambda p: (-p.value, p.sku)):
            lines.append(f"{p.sku:<6}{p.name:<12}{p.price:>8.2f}{p.qty:>5}{p.value:>10,.2f}")
        lines.append(f"{'':<31}{sum(p.value for p in self):>10,.2f}")
        return "\n".join(lines)

inv = Inventory()
inv.add(Product("A1", "widget", 2.5, 100))
inv.add(Product("B2", "gadget", price=12.0, qty=3))
inv.add(Product("C3", "doohickey", 1234.5, 2))
inv.add(Product("A1", "widget", 2.5, 20))
print(inv.report())
print(inv["A1"], inv["A1"] == Product("A1", "widget", 2.5, 120), inv["A1"] == 5)
print(inv.low_stock(), len(inv))
try:
    inv["Z9"]
except KeyError as e:
    print("KeyError:", e)
del inv["B2"]
print([p.astuple() for p in inv])
try:
    Product(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    Product(colour="red")
except TypeError as e:
    print(e)
print(Product("X"))

# expect: SKU   Name           Price  Qty     Value
# expect: C3    doohickey    1234.50    2  2,469.00
# expect: A1    widget          2.50  120    300.00
# expect: B2    gadget         12.00    3     36.00
# expect:                                  2,805.00
# expect: Product(sku='A1', name='widget', price=2.5, qty=120) True False
# expect: ['gadget', 'doohickey'] 3
# expect: KeyError: 'no product Z9'
# expect: [('A1', 'widget', 2.5, 120), ('C3', 'doohickey', 1234.5, 2)]
# expect: Product takes 4 positional arguments
# expect: unexpected field 'colour'
# expect: Product(sku='X', name=None, price=None, qty=None)
