def walk(tree, depth=0, out=None):
    if out is None:
        out = []
    name, children = tree
    out.append("  " * depth + name)
    for c in children:
        walk(c, depth + 1, out)
    return out
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print("\n".join(walk(t)))
def flatten(x, *, _depth=0):
    if not isinstance(x, list):
        return [x]
    return [y for item in x for y in flatten(item, _depth=_depth + 1)]
print(flatten([1, [2, [3, [4, [5]]]], 6]))

# expect: root
# expect:   a
# expect:     a1
# expect:     a2
# expect:   b
# expect: [1, 2, 3, 4, 5, 6]
