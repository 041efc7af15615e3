"""A bank account class and its unittest suite; one method has a bug, so the
run ends with failures and exit status 1."""
import unittest


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("opening balance cannot be negative")
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount + 1)   # the bug: one unit too many


class AccountTests(unittest.TestCase):
    def setUp(self):
        self.alice = Account("alice", 100)
        self.bob = Account("bob")

    def test_opening_balance(self):
        self.assertEqual(self.alice.balance, 100)
        self.assertEqual(self.bob.balance, 0)

    def test_negative_opening_balance(self):
        with self.assertRaises(ValueError) as ctx:
            Account("eve", -5)
        self.assertIn("negative", str(ctx.exception))

    def test_deposit_and_history(self):
        self.alice.deposit(50)
        self.assertEqual(self.alice.balance, 150)
        self.assertEqual(self.alice.history, [("deposit", 50)])

    def test_bad_deposits(self):
        for amount in (0, -1, -100):
            with self.subTest(amount=amount):
                self.assertRaises(ValueError, self.alice.deposit, amount)

    def test_overdraw(self):
        with self.assertRaises(InsufficientFunds):
            self.bob.withdraw(1)

    def test_transfer(self):
        self.alice.transfer(self.bob, 30)
        self.assertEqual(self.alice.balance, 70)
        self.assertEqual(self.bob.balance, 30)

    def test_transfer_history(self):
        self.alice.transfer(self.bob, 10)
        self.assertListEqual(self.bob.history, [("deposit", 10)])

    def test_statement(self):
        self.alice.deposit(1)
        self.alice.withdraw(2)
        summary = {kind: amount for kind, amount in self.alice.history}
        self.assertDictEqual(summary, {"deposit": 1, "withdraw": 2})

    @unittest.skip("interest is not implemented yet")
    def test_interest(self):
        self.fail("not reached")


if __name__ == "__main__":
    unittest.main()
