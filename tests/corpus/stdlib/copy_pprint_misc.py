"""copy (shallow vs deep, __deepcopy__), pprint of nested data, and reprlib-like truncation."""
import copy
import pprint


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []

    def __repr__(self):
        return f"Node({self.name!r}, {len(self.children)} children)"


nested = {"a": [1, 2, {"b": [3, 4]}], "c": (5, [6])}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["a"][2]["b"].append(99)
print(shallow["a"][2]["b"], deep["a"][2]["b"], shallow is nested, shallow["a"] is nested["a"])
root = Node("root", [Node("x"), Node("y")])
root.children[0].children.append(root)
clone = copy.deepcopy(root)
print(clone, clone.children[0].children[0] is clone, clone is root)
lst = [[0] * 2] * 2
lst[0][0] = 1
print(lst, copy.deepcopy([lst[0], lst[0]])[0] is copy.deepcopy([lst[0], lst[0]])[1])
memo_list = [1]
pair = [memo_list, memo_list]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1])


class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("custom __copy__")
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        print("custom __deepcopy__")
        return Tracked(copy.deepcopy(self.v, memo))


t = Tracked([1])
print(copy.copy(t).v, copy.deepcopy(t).v is t.v)
data = {"name": "coil", "versions": list(range(12)), "meta": {"authors": ["a" * 20, "b" * 20, "c" * 20],
        "license": "MIT", "deps": {"re2c": "3.0", "lemon": "3.40", "gtest": "1.12"}}}
pprint.pprint(data)
pprint.pprint(data, width=50, compact=True)
print(pprint.pformat([list(range(30))], width=40))
pprint.pprint({"z": 1, "a": 2, "m": [3]}, sort_dicts=False)
