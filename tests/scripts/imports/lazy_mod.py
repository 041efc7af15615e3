# test: module
# A module with PEP 562's __getattr__: names made on first use.
loaded = []


def __getattr__(name):
    if name.startswith("lazy_"):
        loaded.append(name)
        value = name.upper()
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
