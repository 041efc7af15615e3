class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n
acct = Account()
acct.deposit(5)
print(acct.balance)
acct.balanse

# expect: 15
# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_attr_suggestion.py", line 9, in <module>
# expect stderr: acct.balanse
# expect runtime error: AttributeError: 'Account' object has no attribute 'balanse'. Did you mean: 'balance'?
