# __slots__ limits instance attributes; __class__ can be reassigned between
# plain classes.
class Pair:
    __slots__ = ("left", "right")

    def __init__(self, left):
        self.left = left


p = Pair(1)
print(p.left)
try:
    p.right
except AttributeError as e:
    print(e)
try:
    p.other = 3
except AttributeError as e:
    print(e)
p.right = 2
print(p.left, p.right)


class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
try:
    pet.__class__ = 5
except TypeError as e:
    print(e)

# expect: 1
# expect: 'Pair' object has no attribute 'right'
# expect: 'Pair' object has no attribute 'other'
# expect: 1 2
# expect: meow
# expect: woof Dog True
# expect: __class__ must be set to a class, not 'int' object
