# More positional sub-patterns than __match_args__ allows.
from dataclasses import dataclass
@dataclass
class P:
    x: int
match P(1):
    case P(a, b):
        pass

# expect runtime error: TypeError: P() accepts 1 positional sub-pattern (2 given)
