# test: module
"""A sibling module for the import tests."""
GREETING = "hello from helper"
counter = 0
def square(x):
    return x * x
def bump():
    global counter
    counter += 1
    return counter
class Shape:
    def __init__(self, sides):
        self.sides = sides
    def describe(self):
        return f"{self.sides} sides"
print("helper_mod loaded, __name__ =", __name__)
if __name__ == "__main__":
    print("never printed on import")
