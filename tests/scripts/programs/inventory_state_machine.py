# An order-processing state machine with transitions table, validation and an audit log.
TRANSITIONS = {
    "new": {"pay": "paid", "cancel": "cancelled"},
    "paid": {"ship": "shipped", "refund": "refunded"},
    "shipped": {"deliver": "delivered", "lose": "lost"},
    "lost": {"refund": "refunded"},
}

class TransitionError(Exception):
    def __init__(self, order, action):
        self.order, self.action = order, action
        allowed = sorted(TRANSITIONS.get(order.state, {}))
        super().__init__(f"order {order.oid}: cannot {action} when {order.state} (allowed: {allowed or 'none'})")

class Order:
    _next = 100
    def __init__(self, items):
        Order._next += 1
        self.oid = Order._next
        self.items = dict(items)
        self.state = "new"
        self.log = []

    @property
    def total(self):
        return sum(qty * price for qty, price in self.items.values())

    def apply(self, action):
        table = TRANSITIONS.get(self.state, {})
        if action not in table:
            raise TransitionError(self, action)
        old, self.state = self.state, table[action]
        self.log.append(f"{old}->{self.state}")
        return self

orders = [Order({"pen": (3, 1.5), "ink": (1, 7.25)}), Order({"book": (2, 12.0)}), Order({})]
script = [(0, "pay"), (0, "ship"), (1, "ship"), (1, "cancel"), (0, "lose"), (0, "refund"),
          (2, "pay"), (0, "deliver"), (1, "pay")]
for idx, action in script:
    order = orders[idx]
    try:
        order.apply(action)
    except TransitionError as e:
        print("ERR", e)
    else:
        print(f"ok  order {order.oid}: {action} -> {order.state}")
for o in orders:
    print(o.oid, o.state, f"${o.total:.2f}", " | ".join(o.log) or "-")
summary = {}
for o in orders:
    summary.setdefault(o.state, []).append(o.oid)
print(dict(sorted(summary.items())))
terminal = [s for s in {t for m in TRANSITIONS.values() for t in m.values()} if s not in TRANSITIONS]
print(sorted(terminal))

# expect: ok  order 101: pay -> paid
# expect: ok  order 101: ship -> shipped
# expect: ERR order 102: cannot ship when new (allowed: ['cancel', 'pay'])
# expect: ok  order 102: cancel -> cancelled
# expect: ok  order 101: lose -> lost
# expect: ok  order 101: refund -> refunded
# expect: ok  order 103: pay -> paid
# expect: ERR order 101: cannot deliver when refunded (allowed: none)
# expect: ERR order 102: cannot pay when cancelled (allowed: none)
# expect: 101 refunded $11.75 new->paid | paid->shipped | shipped->lost | lost->refunded
# expect: 102 cancelled $24.00 new->cancelled
# expect: 103 paid $0.00 new->paid
# expect: {'cancelled': [102], 'paid': [103], 'refunded': [101]}
# expect: ['cancelled', 'delivered', 'refunded']
