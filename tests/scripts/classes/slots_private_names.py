# A private name in __slots__ is mangled with the class name, as any
# private attribute is, so methods of the class can set it.
class Account:
    __slots__ = ('owner', '__balance')

    def __init__(self, owner):
        self.owner = owner
        self.__balance = 10

    def balance(self):
        return self.__balance


a = Account('ann')
print(a.owner, a.balance(), a._Account__balance, Account.__slots__)
try:
    a.__balance = 5
except AttributeError as e:
    print(e)
# expect: ann 10 10 ('owner', '__balance')
# expect: 'Account' object has no attribute '__balance'
