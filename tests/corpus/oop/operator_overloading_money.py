"""A Money value type with currency checks, total ordering and rich comparisons."""
from functools import total_ordering


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = int(cents)
        self.currency = currency

    @classmethod
    def of(cls, amount, currency="EUR"):
        whole, _, frac = str(amount).partition(".")
        sign = -1 if whole.startswith("-") else 1
        cents = abs(int(whole)) * 100 + int((frac + "00")[:2])
        return cls(sign * cents, currency)

    def _same(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._same(other):
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        if not self._same(other):
            return NotImplemented
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, Money):
            return NotImplemented
        return Money(round(self.cents * factor), self.currency)

    __rmul__ = __mul__

    def split(self, parts):
        base, extra = divmod(self.cents, parts)
        return [Money(base + (1 if i < extra else 0), self.currency) for i in range(parts)]

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.cents == 0
        return self._same(other) and self.cents == other.cents

    def __lt__(self, other):
        if not self._same(other):
            return NotImplemented
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.currency}"

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"


prices = [Money.of("19.99"), Money.of("5.5"), Money.of("100"), Money.of("-3.05")]
print([str(p) for p in prices])
print(sum(prices), max(prices), min(prices), sorted(prices)[1])
print(Money.of("10") * 3, 0.5 * Money.of("9.99"), -prices[0], prices[0] - prices[1])
print([str(m) for m in Money.of("100").split(3)])
print(prices[0] >= prices[1], prices[0] <= prices[1], prices[2] != prices[3])
print(len({Money.of("1"), Money(100), Money(100, "USD")}))
try:
    Money.of("1") + Money.of("1", "USD")
except CurrencyMismatch as e:
    print("CurrencyMismatch:", e, isinstance(e, TypeError))
try:
    Money.of("1") * Money.of("2")
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) < 5
except TypeError as e:
    print("TypeError:", e)
