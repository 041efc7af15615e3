"""A self-checking script in the style of many tutorials: functions and a list of assert-based checks."""


def rotate(lst, k):
    if not lst:
        return []
    k %= len(lst)
    return lst[-k:] + lst[:-k]


def flatten_dict(d, prefix=""):
    out = {}
    for key, value in d.items():
        full = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            out.update(flatten_dict(value, full))
        else:
            out[full] = value
    return out


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


checks = [
    (rotate([1, 2, 3, 4, 5], 2), [4, 5, 1, 2, 3]),
    (rotate([1, 2, 3], -1), [2, 3, 1]),
    (rotate([], 3), []),
    (flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}}), {"a": 1, "b.c": 2, "b.d.e": 3}),
    (balanced("{[()()]}"), True),
    (balanced("([)]"), False),
    (balanced("(("), False),
]
passed = 0
for i, (got, want) in enumerate(checks, 1):
    try:
        assert got == want, f"check {i}: got {got!r}, want {want!r}"
        passed += 1
    except AssertionError as e:
        print("FAILED", e)
print(f"{passed}/{len(checks)} checks passed")
assert balanced("") and not balanced("]"), "edge cases"
print("all good")
