"""Bank accounts: inheritance, super(), class attributes, __str__/__repr__, custom exceptions."""


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}: balance {account.balance:.2f}")
        self.amount = amount


class Account:
    interest = 0.0
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.log.append(("withdraw", amount))
        return self

    def available(self):
        return self._balance

    def month_end(self):
        self._balance += self._balance * self.interest

    def __str__(self):
        return f"{type(self).__name__} #{self.id} ({self.owner}): {self._balance:.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance!r})"


class Savings(Account):
    interest = 0.02

    def withdraw(self, amount):
        if len([k for k, _ in self.log if k == "withdraw"]) >= 2:
            raise PermissionError("only two withdrawals a month")
        return super().withdraw(amount)


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return super().available() + self.overdraft

    def month_end(self):
        if self._balance < 0:
            self._balance -= 5
        super().month_end()


accounts = [Account("ann", 50), Savings("bob", 1000), Checking("cy", 20)]
for acct in accounts:
    print(acct)
accounts[0].deposit(25).withdraw(10)
accounts[2].withdraw(100)
for amount in (100, 100, 100):
    try:
        accounts[1].withdraw(amount)
    except PermissionError as e:
        print("PermissionError:", e)
for acct, amount in ((accounts[0], 500), (accounts[2], 50)):
    try:
        acct.withdraw(amount)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.amount)
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in accounts:
    acct.month_end()
print(accounts)
print([str(a) for a in accounts])
print(accounts[1].log, Savings.interest, Checking.interest, Checking.__bases__[0].__name__)
print(isinstance(accounts[2], Account), type(accounts[2]).__mro__[1].__name__)
