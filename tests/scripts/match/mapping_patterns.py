# Mapping patterns: keys are looked up with get(), extra keys are allowed,
# **rest collects the others in a new dict; only mappings match.
def route(msg):
    match msg:
        case {"action": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(text)}:
            return f"say {text!r}"
        case {"action": action, **rest} if rest:
            return f"{action} with {sorted(rest.items())}"
        case {"action": action}:
            return f"bare {action}"
        case {}:
            return "a mapping without action"
        case _:
            return "not a mapping"

for m in [{"action": "move", "x": 1, "y": 2, "speed": 3}, {"action": "say", "text": "hi"},
          {"action": "say", "text": 5}, {"action": "jump", "height": 2}, {"action": "wait"},
          {"other": 1}, {}, [("action", "move")], "action"]:
    print(route(m))

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print(rest)
match {1: "one", 2.5: "x", None: "n", True: "t"}:
    case {1: one, None: n}:
        print(one, n)

# value patterns as keys
class Keys:
    A = "alpha"
match {"alpha": 10}:
    case {Keys.A: v}:
        print("dotted key", v)

# get() is what is called, so defaultdict's default factory does not run
from collections import defaultdict, OrderedDict, Counter
d = defaultdict(list, {"x": 1})
match d:
    case {"missing": _}:
        print("found?")
    case {"x": x}:
        print("defaultdict x", x, dict(d))
match OrderedDict(a=1):
    case {"a": a}:
        print("OrderedDict", a)
match Counter("aab"):
    case {"a": n, **others}:
        print("Counter", n, others)
# **rest on an empty mapping pattern still needs a mapping
match {"k": 1}:
    case {**rest}:
        print("all", rest, type(rest).__name__)
class M(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
match M(a=1, b=2):
    case {"b": b, "a": a}:
        print(a, b)

# expect: move to 1,2
# expect: say 'hi'
# expect: say with [('text', 5)]
# expect: jump with [('height', 2)]
# expect: bare wait
# expect: a mapping without action
# expect: a mapping without action
# expect: not a mapping
# expect: not a mapping
# expect: {'b': 2, 'c': 3}
# expect: t n
# expect: dotted key 10
# expect: defaultdict x 1 {'x': 1}
# expect: OrderedDict 1
# expect: Counter 2 {'b': 1}
# expect: all {'k': 1} dict
# expect: get b
# expect: get a
# expect: 1 2
