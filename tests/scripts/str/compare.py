# Comparison is by code point; str never equals other types.
print("a" < "b", "ab" < "abc", "B" < "a", "é" > "z", "😀" > "\uffff")  # expect: True True True True True
print("abc" == "abc", "abc" != "abd", "a" == 1, "1" == 1)  # expect: True True False False
print(sorted(["b", "A", "é", "a", "Z", "😀", "ab"]))       # expect: ['A', 'Z', 'a', 'ab', 'b', 'é', '😀']
print(max("hello"), min("hello"), "a" <= "a", "b" >= "c")  # expect: o e True False
try:
    "a" < 1
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'
print({"a": 1}["a"], "x" in {"x", "y"}, hash("abc") == hash("ab" + "c"))  # expect: 1 True True
