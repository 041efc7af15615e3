# compile(..., "single") echoes expression values through sys.displayhook,
# which writes repr(value) to sys.stdout (so it can be captured or replaced)
# and sets builtins._; a property takes its getter's docstring.
import builtins
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


print(sys.displayhook is sys.__displayhook__)  # expect: True
code = compile("6 * 7", "<input>", "single")
exec(code)                      # expect: 42
print(builtins._)               # expect: 42
saved = sys.stdout
sys.stdout = Capture()
exec(compile("'text'", "<input>", "single"))
exec(compile("None", "<input>", "single"))
captured = sys.stdout.parts
sys.stdout = saved
print(captured)                 # expect: ["'text'", '\n']

seen = []
sys.displayhook = seen.append
exec(compile("[1, 2]", "<input>", "single"))
exec(compile("None", "<input>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)                     # expect: [[1, 2], None]
sys.__displayhook__(None)
sys.__displayhook__((1,))       # expect: (1,)


class Box:
    @property
    def size(self):
        """The box's size."""
        return 3

    described = property(lambda self: 1, doc="given")


print(Box.size.__doc__)         # expect: The box's size.
print(Box.described.__doc__)    # expect: given
print(property().__doc__)       # expect: None
