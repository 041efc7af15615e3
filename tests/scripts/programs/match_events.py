# An event-driven state machine for a vending machine, with enum-like
# classes as value patterns and guards on the state.
class State:
    IDLE = "idle"
    PAYING = "paying"
    VENDING = "vending"
    BROKEN = "broken"

class Coin:
    NICKEL = 5
    DIME = 10
    QUARTER = 25

PRICES = {"cola": 65, "chips": 50, "gum": 25}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.log = []

    def handle(self, event):
        match (self.state, event):
            case (State.BROKEN, ("repair",)):
                self.state = State.IDLE
                return "repaired"
            case (State.BROKEN, _):
                return "out of order"
            case (_, ("kick",)):
                self.state = State.BROKEN
                refund, self.credit = self.credit, 0
                return f"broken! refund {refund}"
            case (State.IDLE | State.PAYING, ("coin", Coin.NICKEL | Coin.DIME | Coin.QUARTER as c)):
                self.state = State.PAYING
                self.credit += c
                return f"credit {self.credit}"
            case (_, ("coin", c)):
                return f"rejected coin {c}"
            case (State.PAYING, ("select", item)) if item not in PRICES:
                return f"no such item {item}"
            case (State.PAYING, ("select", item)) if self.credit >= PRICES[item]:
                self.state = State.VENDING
                self.credit -= PRICES[item]
                self.log.append(item)
                return f"vending {item}"
            case (State.PAYING, ("select", item)):
                return f"need {PRICES[item] - self.credit} more for {item}"
            case (State.VENDING, ("take",)):
                self.state = State.PAYING if self.credit else State.IDLE
                return "enjoy"
            case (State.PAYING | State.VENDING, ("refund",)):
                refund, self.credit = self.credit, 0
                self.state = State.IDLE
                return f"refund {refund}"
            case (state, (name, *args)):
                return f"ignored {name}{tuple(args) if args else ''} while {state}"

m = Machine()
events = [("select", "gum"), ("coin", 25), ("coin", 3), ("select", "cola"), ("coin", 25), ("coin", 10),
          ("coin", 5), ("select", "cola"), ("select", "gum"), ("take",), ("refund",), ("coin", 10),
          ("kick",), ("coin", 25), ("repair",), ("coin", 25), ("select", "tea"), ("select", "gum"),
          ("take",), ("dance", 1, 2)]
for e in events:
    print(f"{m.state:8} {str(e):22} -> {m.handle(e)}")
print(m.log)

# expect: idle     ('select', 'gum')      -> ignored select('gum',) while idle
# expect: idle     ('coin', 25)           -> credit 25
# expect: paying   ('coin', 3)            -> rejected coin 3
# expect: paying   ('select', 'cola')     -> need 40 more for cola
# expect: paying   ('coin', 25)           -> credit 50
# expect: paying   ('coin', 10)           -> credit 60
# expect: paying   ('coin', 5)            -> credit 65
# expect: paying   ('select', 'cola')     -> vending cola
# expect: vending  ('select', 'gum')      -> ignored select('gum',) while vending
# expect: vending  ('take',)              -> enjoy
# expect: idle     ('refund',)            -> ignored refund while idle
# expect: idle     ('coin', 10)           -> credit 10
# expect: paying   ('kick',)              -> broken! refund 10
# expect: broken   ('coin', 25)           -> out of order
# expect: broken   ('repair',)            -> repaired
# expect: idle     ('coin', 25)           -> credit 25
# expect: paying   ('select', 'tea')      -> no such item tea
# expect: paying   ('select', 'gum')      -> vending gum
# expect: vending  ('take',)              -> enjoy
# expect: idle     ('dance', 1, 2)        -> ignored dance(1, 2) while idle
# expect: ['cola', 'gum']
