"""Enum, IntEnum, Flag and auto driving a small traffic-light / order state machine."""
from enum import Enum, IntEnum, Flag, auto, unique


@unique
class Light(Enum):
    RED = "stop"
    AMBER = "prepare"
    GREEN = "go"

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


class OrderState(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


TRANSITIONS = {
    OrderState.NEW: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.CANCELLED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
}


class Order:
    def __init__(self):
        self.state = OrderState.NEW
        self.history = [self.state]

    def advance(self, new):
        if new not in TRANSITIONS.get(self.state, set()):
            raise ValueError(f"cannot go from {self.state.name} to {new.name}")
        self.state = new
        self.history.append(new)


light = Light.RED
for _ in range(4):
    print(light, light.name, light.value, "->", light.next().name)
    light = light.next()
print(Light("go"), Light["AMBER"], Light.RED in Light, len(Light))
try:
    Light("fly")
except ValueError as e:
    print("ValueError:", e)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print(int(Priority.HIGH), Priority(2), repr(Priority.LOW))
p = Perm.READ | Perm.WRITE
print(p, Perm.READ in p, Perm.EXEC in p, Perm.ALL, bool(Perm(0)))
print(repr(Perm.WRITE), [m.name for m in Perm], Perm.ALL.value)
o = Order()
for s in (OrderState.PAID, OrderState.SHIPPED, OrderState.CANCELLED):
    try:
        o.advance(s)
        print("now", o.state.name)
    except ValueError as e:
        print("ValueError:", e)
print([s.name for s in o.history], OrderState.NEW.value, OrderState.CANCELLED.value)
print({s: s.value for s in Light}, Light.RED is Light("stop"))
