"""A tiny command dispatcher that builds usage lines from function signatures with inspect."""
import inspect


def greet(name: str, greeting: str = "hello", *, shout: bool = False) -> str:
    """Say hello to someone."""
    text = f"{greeting} {name}"
    return text.upper() if shout else text


def add(*numbers: float) -> float:
    """Add numbers together."""
    return sum(numbers)


def config(key, /, value=None, **options):
    """Show or set a configuration key."""
    return (key, value, options)


COMMANDS = {f.__name__: f for f in (greet, add, config)}


def usage(func):
    sig = inspect.signature(func)
    parts = []
    for p in sig.parameters.values():
        if p.kind is p.VAR_POSITIONAL:
            parts.append(f"[{p.name}...]")
        elif p.kind is p.VAR_KEYWORD:
            parts.append(f"[--{p.name}=...]")
        elif p.kind is p.KEYWORD_ONLY:
            parts.append(f"[--{p.name}]")
        elif p.default is p.empty:
            parts.append(f"<{p.name}>")
        else:
            parts.append(f"[{p.name}={p.default!r}]")
    return f"{func.__name__} {' '.join(parts)}  -- {inspect.getdoc(func)}"


for name, func in COMMANDS.items():
    print(usage(func))
    print("   signature:", inspect.signature(func))

calls = [("greet", ["ann"], {"shout": True}), ("add", [1, 2.5], {}), ("config", ["k"], {"x": 1}),
         ("greet", [], {}), ("greet", ["a", "b", "c"], {}), ("config", [], {"key": 1})]
for name, args, kwargs in calls:
    sig = inspect.signature(COMMANDS[name])
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError as e:
        print(f"{name}: bad call: {e}")
        continue
    bound.apply_defaults()
    print(name, dict(bound.arguments), "->", COMMANDS[name](*bound.args, **bound.kwargs))
p = inspect.signature(greet).parameters["greeting"]
print(repr(p), p.kind, p.kind.description, inspect.signature(greet).return_annotation)
