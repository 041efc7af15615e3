# A tiny command interpreter for a key-value store with transactions,
# driven by a script of commands; every command is parsed with match.
class Store:
    def __init__(self):
        self.data = {}
        self.transactions = []

    def run(self, line):
        match line.split():
            case []:
                return None
            case ["SET", key, value]:
                self.record(key)
                self.data[key] = value
                return "OK"
            case ["GET", key]:
                return self.data.get(key, "NULL")
            case ["DEL", *keys] if keys:
                removed = 0
                for key in keys:
                    if key in self.data:
                        self.record(key)
                        del self.data[key]
                        removed += 1
                return removed
            case ["INCR" | "DECR" as op, key, *rest]:
                match rest:
                    case []:
                        step = 1
                    case [n] if n.lstrip("-").isdigit():
                        step = int(n)
                    case _:
                        return f"ERR bad step {rest}"
                current = self.data.get(key, "0")
                if not current.lstrip("-").isdigit():
                    return "ERR not an integer"
                self.record(key)
                value = int(current) + (step if op == "INCR" else -step)
                self.data[key] = str(value)
                return value
            case ["BEGIN"]:
                self.transactions.append({})
                return "OK"
            case ["ROLLBACK"]:
                if not self.transactions:
                    return "ERR no transaction"
                for key, old in self.transactions.pop().items():
                    if old is None:
                        self.data.pop(key, None)
                    else:
                        self.data[key] = old
                return "OK"
            case ["COMMIT"]:
                if not self.transactions:
                    return "ERR no transaction"
                self.transactions.clear()
                return "OK"
            case ["KEYS", pattern]:
                match pattern:
                    case "*":
                        return sorted(self.data)
                    case str(p) if p.endswith("*"):
                        return sorted(k for k in self.data if k.startswith(p[:-1]))
                    case _:
                        return [pattern] if pattern in self.data else []
            case [command, *_]:
                return f"ERR unknown command {command!r}"

    def record(self, key):
        if self.transactions and key not in self.transactions[-1]:
            self.transactions[-1][key] = self.data.get(key)

SCRIPT = """
SET a 10
SET b 20
GET a
INCR a
INCR a 5
DECR b 3
BEGIN
SET a 99
DEL b c
GET b
ROLLBACK
GET a
GET b
BEGIN
SET user:1 ada
SET user:2 bob
COMMIT
KEYS user:*
KEYS *
INCR user:1
INCR a x
DEL
FLY away
ROLLBACK
"""
store = Store()
for line in SCRIPT.strip().splitlines():
    print(f"{line:15} -> {store.run(line)}")

# expect: SET a 10        -> OK
# expect: SET b 20        -> OK
# expect: GET a           -> 10
# expect: INCR a          -> 11
# expect: INCR a 5        -> 16
# expect: DECR b 3        -> 17
# expect: BEGIN           -> OK
# expect: SET a 99        -> OK
# expect: DEL b c         -> 1
# expect: GET b           -> NULL
# expect: ROLLBACK        -> OK
# expect: GET a           -> 16
# expect: GET b           -> 17
# expect: BEGIN           -> OK
# expect: SET user:1 ada  -> OK
# expect: SET user:2 bob  -> OK
# expect: COMMIT          -> OK
# expect: KEYS user:*     -> ['user:1', 'user:2']
# expect: KEYS *          -> ['a', 'b', 'user:1', 'user:2']
# expect: INCR user:1     -> ERR not an integer
# expect: INCR a x        -> ERR bad step ['x']
# expect: DEL             -> ERR unknown command 'DEL'
# expect: FLY away        -> ERR unknown command 'FLY'
# expect: ROLLBACK        -> ERR no transaction
