"""Accounts with an abstract interest policy and a template method."""
from abc import ABC, abstractmethod


class Account(ABC):
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    @abstractmethod
    def interest_rate(self):
        raise NotImplementedError

    @classmethod
    @abstractmethod
    def kind(cls):
        ...

    def month_end(self):
        interest = round(self.balance * self.interest_rate() / 12, 2)
        self.balance += interest
        self.history.append(("interest", interest))
        return interest

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds ({self.balance:.2f} < {amount:.2f})")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"{self.kind()}({self.owner!r}, {self.balance:.2f})"


class Savings(Account):
    def interest_rate(self):
        return 0.03 if self.balance < 10_000 else 0.035

    @classmethod
    def kind(cls):
        return "Savings"


class Checking(Account):
    def interest_rate(self):
        return 0.0

    @classmethod
    def kind(cls):
        return "Checking"


class Premium(Savings):
    def interest_rate(self):
        return super().interest_rate() + 0.01


accounts = [Savings("ann", 5000), Checking("bo", 120), Premium("cy", 20000)]
for month in range(1, 4):
    total = sum(a.month_end() for a in accounts)
    print(f"month {month}: interest paid {total:.2f}")
print(accounts)
for a, amt in ((accounts[1], 500), (accounts[0], 100)):
    try:
        a.withdraw(amt)
        print("ok", a)
    except ValueError as e:
        print("error:", e)
print([h for h in accounts[0].history if h[0] == "withdraw"], Premium.__mro__[2].__name__)
for cls in (Account, Savings):
    try:
        print(cls("x"))
    except TypeError as e:
        print(type(e).__name__, e)
