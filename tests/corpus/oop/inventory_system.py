"""An inventory system with composition, class-level registries, __eq__/__hash__, and sorting reports."""
from collections import defaultdict


class Product:
    _catalog = {}

    def __init__(self, sku, name, price, category):
        if sku in Product._catalog:
            raise ValueError(f"duplicate SKU {sku}")
        self.sku, self.name, self.price, self.category = sku, name, price, category
        Product._catalog[sku] = self

    @classmethod
    def lookup(cls, sku):
        try:
            return cls._catalog[sku]
        except KeyError:
            raise LookupError(f"unknown SKU {sku}") from None

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"<{self.sku} {self.name}>"


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.stock = defaultdict(int)

    def receive(self, sku, qty):
        self.stock[Product.lookup(sku)] += qty

    def ship(self, sku, qty):
        product = Product.lookup(sku)
        if self.stock[product] < qty:
            raise RuntimeError(f"{self.name}: only {self.stock[product]} of {product.name}")
        self.stock[product] -= qty

    def value(self):
        return sum(p.price * q for p, q in self.stock.items())

    def report(self):
        lines = [f"== {self.name} =="]
        for p, q in sorted(self.stock.items(), key=lambda pq: (pq[0].category, -pq[1])):
            if q:
                lines.append(f"{p.category:<10}{p.name:<12}{q:>5} x {p.price:>7.2f} = {p.price * q:>9.2f}")
        lines.append(f"{'total':<27}{self.value():>22.2f}")
        return "\n".join(lines)


for args in [("T1", "hammer", 12.5, "tools"), ("T2", "wrench", 9.99, "tools"),
             ("F1", "bolt", 0.1, "fasteners"), ("F2", "washer", 0.02, "fasteners"),
             ("P1", "paint", 23.0, "supplies")]:
    Product(*args)
try:
    Product("T1", "dup", 1, "x")
except ValueError as e:
    print("ValueError:", e)
north, south = Warehouse("North"), Warehouse("South")
for wh, sku, qty in [(north, "T1", 10), (north, "F1", 500), (north, "F2", 1000), (south, "T2", 4),
                     (south, "P1", 7), (north, "T2", 3)]:
    wh.receive(sku, qty)
north.ship("F1", 120)
for wh, sku, qty in [(south, "T2", 10), (north, "ZZ", 1)]:
    try:
        wh.ship(sku, qty)
    except (RuntimeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
print(north.report())
print(south.report())
print(Product.lookup("T1") == Product.lookup("T1"), len({Product.lookup("T1"), Product.lookup("T2")}))
