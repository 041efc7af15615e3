# compile() takes the flag of 'from __future__ import annotations' (doctest passes
# it for a module that has the import): annotations stay source text.
import __future__

flag = __future__.annotations.compiler_flag
print(hex(flag))

# The flag makes compile() treat the text as if it began with the future
# import: annotations are kept as their source text, never evaluated.
src = "def area(side: Length, n: list[int] = []) -> Square | None:\n    return None\n"
ns = {}
exec(compile(src, "<shapes>", "exec", flag), ns)
print(ns["area"].__annotations__)

# Without it the names are looked up when the function is made.
try:
    exec(compile(src, "<shapes>", "exec"), {})
except NameError as e:
    print("NameError:", e)

# Interactive mode (what doctest uses) with the flag, module-level annotation.
g = {}
exec(compile("total: Money = 12", "<example>", "single", flag), g)
print(g["total"], g["__annotations__"])

# dont_inherit makes no difference to an explicit flag.
g2 = {}
exec(compile("rate: Percent = 3", "<ex>", "exec", flag, dont_inherit=True), g2)
print(g2["__annotations__"])

# Flags that are no future feature are still refused.
try:
    compile("1", "<s>", "exec", 0x8000000)
except ValueError as e:
    print("ValueError:", e)

# expect: 0x1000000
# expect: {'side': 'Length', 'n': 'list[int]', 'return': 'Square | None'}
# expect: NameError: name 'Length' is not defined
# expect: 12 {'total': 'Money'}
# expect: {'rate': 'Percent'}
# expect: ValueError: compile(): unrecognised flags
