# A dataclass's generated methods live in the class's module (globals, __module__,
# __qualname__ as CPython 3.11 makes them), so doctest's finder lists them.
import doctest
import sys
from dataclasses import dataclass, field


@dataclass(order=True, frozen=True)
class Ticket:
    """A numbered ticket.

    >>> Ticket(3, "late") < Ticket(4)
    True
    """
    number: int
    note: str = field(default="", compare=False)


here = sys.modules[__name__].__dict__
# The generated methods belong to the class's module, as CPython 3.11 makes
# them: their globals are the module's dict and __module__ its name.
for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__"):
    fn = getattr(Ticket, name)
    print(name, fn.__module__, fn.__globals__ is here, fn.__qualname__)

# doctest's finder keeps functions whose globals are the module's, so the
# generated methods show up among the items without tests.
finder = doctest.DocTestFinder(exclude_empty=False)
tests = finder.find(sys.modules[__name__], "tickets")
print(sorted(t.name for t in tests))
print([(t.name, len(t.examples)) for t in tests if t.examples])
print(repr(Ticket(1, "x")))

# expect: __init__ __main__ True Ticket.__init__
# expect: __repr__ __main__ False Ticket.__repr__
# expect: __eq__ __main__ True Ticket.__eq__
# expect: __lt__ __main__ True Ticket.__lt__
# expect: __hash__ __main__ True Ticket.__hash__
# expect: __setattr__ __main__ True Ticket.__setattr__
# expect: ['tickets', 'tickets.Ticket', 'tickets.Ticket.__delattr__', 'tickets.Ticket.__eq__', 'tickets.Ticket.__ge__', 'tickets.Ticket.__gt__', 'tickets.Ticket.__hash__', 'tickets.Ticket.__init__', 'tickets.Ticket.__le__', 'tickets.Ticket.__lt__', 'tickets.Ticket.__repr__', 'tickets.Ticket.__setattr__']
# expect: [('tickets.Ticket', 1)]
# expect: Ticket(number=1, note='x')
