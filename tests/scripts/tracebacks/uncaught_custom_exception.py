class BankError(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise BankError(f"insufficient funds: {balance} < {amount}")
    return balance - amount
withdraw(10, 50)

# expect stderr: Traceback (most recent call last):
# expect stderr: File "uncaught_custom_exception.py", line 7, in <module>
# expect stderr: withdraw(10, 50)
# expect stderr: File "uncaught_custom_exception.py", line 5, in withdraw
# expect stderr: raise BankError(f"insufficient funds: {balance} < {amount}")
# expect runtime error: BankError: insufficient funds: 10 < 50
