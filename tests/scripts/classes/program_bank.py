class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def apply_interest(self):
        gained = round(self._balance * self.interest, 2)
        self._balance += gained
        return gained
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"
    def __str__(self):
        return f"#{self.id} {self.owner}: {self._balance:,.2f}"
    def __lt__(self, other):
        return self._balance < other._balance
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __hash__(self):
        return hash(self.id)

class Savings(Account):
    interest = 0.02
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("too many withdrawals")
        return super().withdraw(amount)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def __len__(self):
        return len(self.accounts)
    def __iter__(self):
        return iter(sorted(self.accounts.values()))
    def __contains__(self, acct):
        return acct.id in self.accounts
    def total(self):
        return sum(a.balance for a in self)
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print(f"transfer failed: {e} ({e.needed - e.available} short)")
            return False
        dst.deposit(amount)
        return True

bank = Bank("Coil Bank")
a = bank.open(Savings, "ann", 1000)
b = bank.open(Checking, "bob", 50, overdraft=200)
c = bank.open(Account, "cy")
print(len(bank), a in bank, Account("zed") in bank)
bank.transfer(a, b, 300)
bank.transfer(b, c, 600)
bank.transfer(b, c, 500)
try:
    c.deposit(-5)
except ValueError as e:
    print("error:", e)
a.withdraw(10)
try:
    a.withdraw(10)
except PermissionError as e:
    print(type(e).__name__, e)
print(a.apply_interest(), b.apply_interest())
for acct in bank:
    print(acct, repr(acct), acct.history)
print(f"total {bank.total():.2f}", max(bank).owner, min(bank, key=lambda x: x.owner).owner)
print(sorted(bank, reverse=True)[0] == a, {a, a, b} == {a, b})
try:
    a.balance = 5
except AttributeError as e:
    print(e)

# expect: 3 True False
# expect: transfer failed: need 600, have 550 (50 short)
# expect: error: deposit must be positive
# expect: PermissionError too many withdrawals
# expect: 13.8 -0.0
# expect: #2 bob: -150.00 Checking('bob', -150.0) [('deposit', 300), ('withdraw', 500)]
# expect: #3 cy: 500.00 Account('cy', 500) [('deposit', 500)]
# expect: #1 ann: 703.80 Savings('ann', 703.8) [('withdraw', 300), ('withdraw', 10)]
# expect: total 1053.80 ann ann
# expect: True True
# expect: property 'balance' of 'Savings' object has no setter
