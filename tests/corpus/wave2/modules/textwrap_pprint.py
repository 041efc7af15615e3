# textwrap and pprint for a report generator: wrap/fill/shorten/indent/dedent
# and pprint of nested data with width and depth limits.
import pprint
import textwrap

para = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
print(textwrap.fill(para, width=30))
print(textwrap.wrap(para, 25)[:3])
print(textwrap.fill(para, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(para, width=50), "|", textwrap.shorten("short", 10), "|", textwrap.shorten(para, 30, placeholder=" ..."))
code = """
    def f():
        return 1
"""
print(textwrap.dedent(code), textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n\nb", "+", lambda l: True), sep="|")
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("a  b   c", 3, drop_whitespace=False), textwrap.wrap("", 5))
data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "id": i} for i in range(3)],
        "settings": {"theme": "dark", "size": (1920, 1080), "flags": set()}, "long": list(range(30))}
pprint.pprint(data)
pprint.pprint(data, width=120, compact=True)
pprint.pprint(data, depth=2)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
print(pprint.pformat("x" * 100, width=40))
pprint.pprint([[1, 2, [3, 4, [5, [6]]]]], depth=3)
print(pprint.isreadable([1, "a"]), pprint.isrecursive([1]), pprint.saferepr({"k": [1, 2]}))
