class Account:
    def __init__(self, owner):
        self.owner = owner
    def close(self):
        return self.balance
a = Account("ann")
a.close()

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_method.py", line 7, in <module>
# expect stderr: a.close()
# expect stderr: File "uncaught_method.py", line 5, in close
# expect stderr: return self.balance
# expect runtime error: AttributeError: 'Account' object has no attribute 'balance'
