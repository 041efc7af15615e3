# Bank-account simulation with custom exceptions, chaining and a transaction log.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.shortfall = amount - account.balance

class FrozenAccount(BankError):
    pass

class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.id = Account.next_id
        Account.next_id += 1
        self.log = []

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.log.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance})"

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError(f"transfer of {amount} failed") from e
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)  # roll back
        raise
    return True

alice = Account("alice", 100)
bob = Account("bob")
carol = Account("carol", 30)
print(alice, bob, carol)

ops = [
    (transfer, alice, bob, 40),
    (transfer, bob, carol, 100),
    (transfer, carol, alice, 30),
]
for fn, a, b, amt in ops:
    try:
        fn(a, b, amt)
        print("ok:", a.owner, "->", b.owner, amt)
    except BankError as e:
        cause = e.__cause__
        print("failed:", e, "| cause:", cause, "| shortfall:", getattr(cause, "shortfall", None))

bob.frozen = True
try:
    transfer(alice, bob, 10)
except FrozenAccount as e:
    print("frozen:", e, "| alice rolled back to", alice.balance)

for bad in (0, -5, "ten"):
    try:
        alice.deposit(bad)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)

total = sum(acc.balance for acc in (alice, bob, carol))
print("total money:", total)
for acc in (alice, bob, carol):
    print(acc.owner, acc.log)

# expect: Account(1, 'alice', 100) Account(2, 'bob', 0) Account(3, 'carol', 30)
# expect: ok: alice -> bob 40
# expect: failed: transfer of 100 failed | cause: bob: cannot withdraw 100, balance 40 | shortfall: 60
# expect: ok: carol -> alice 30
# expect: frozen: account 2 is frozen | alice rolled back to 90
# expect: ValueError: deposit must be positive, got 0
# expect: ValueError: deposit must be positive, got -5
# expect: TypeError: '<=' not supported between instances of 'str' and 'int'
# expect: total money: 130
# expect: alice [('withdraw', 40), ('deposit', 30), ('withdraw', 10), ('deposit', 10)]
# expect: bob [('deposit', 40)]
# expect: carol [('withdraw', 30)]
