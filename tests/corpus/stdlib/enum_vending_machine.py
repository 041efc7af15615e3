"""A vending machine state machine driven by Enum states and events, with auto() values."""
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    HAS_COINS = auto()
    VENDING = auto()
    OUT_OF_ORDER = auto()

    def __str__(self):
        return self.name.replace("_", " ").lower()


class Event(Enum):
    COIN = "coin"
    SELECT = "select"
    DONE = "done"
    REFUND = "refund"
    KICK = "kick"


TABLE = {
    (State.IDLE, Event.COIN): State.HAS_COINS,
    (State.HAS_COINS, Event.COIN): State.HAS_COINS,
    (State.HAS_COINS, Event.SELECT): State.VENDING,
    (State.HAS_COINS, Event.REFUND): State.IDLE,
    (State.VENDING, Event.DONE): State.IDLE,
}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.coins = 0
        self.log = []

    def fire(self, event_name):
        try:
            event = Event(event_name)
        except ValueError as e:
            self.log.append(f"ignored: {e}")
            return
        if event is Event.KICK:
            self.state = State.OUT_OF_ORDER
        nxt = TABLE.get((self.state, event))
        if nxt is None:
            self.log.append(f"{event.value} not allowed while {self.state}")
            return
        if event is Event.COIN:
            self.coins += 1
        elif event is Event.REFUND:
            self.log.append(f"refund {self.coins}")
            self.coins = 0
        self.log.append(f"{self.state} --{event.name}--> {nxt}")
        self.state = nxt


m = Machine()
for ev in ["select", "coin", "coin", "select", "coin", "done", "coin", "refund", "dance", "kick", "coin"]:
    m.fire(ev)
print("\n".join(m.log))
print(m.state, repr(m.state), m.state.value, [s.value for s in State])
print({s.name: s.value for s in State}, State(2), State["VENDING"] is State.VENDING)
print(sorted(State, key=lambda s: s.name)[0], list(Event.__members__)[:2], Event.COIN in Event)
