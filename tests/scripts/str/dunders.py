# The special methods of str can be called directly.
print("ab".__len__(), "ab".__getitem__(1), "ab".__contains__("b"))  # expect: 2 b True
print("a".__add__("b"), "ab".__mul__(2), "ab".__rmul__(2), "%s!".__mod__(1))  # expect: ab abab abab 1!
print("a".__eq__("a"), "a".__eq__(1), "a".__lt__("b"), "a".__ge__("b"))  # expect: True NotImplemented True False
print("x".__repr__(), "x".__str__(), "x".__format__(">3"), "ab".__hash__() == hash("ab"))  # expect: 'x' x   x True
print(str.upper("q"), str.join("-", ["a", "b"]), list("ab".__iter__()))  # expect: Q a-b ['a', 'b']
