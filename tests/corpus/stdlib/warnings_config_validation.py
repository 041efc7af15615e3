"""Validating a configuration: unknown keys warn, bad values raise, and the report lists both."""
import warnings

DEFAULTS = {"host": "localhost", "port": 8000, "debug": False, "workers": 2}


class ConfigWarning(UserWarning):
    pass


def load(raw):
    cfg = dict(DEFAULTS)
    for key, value in raw.items():
        if key not in DEFAULTS:
            warnings.warn(f"unknown option {key!r} ignored", ConfigWarning)
            continue
        expected = type(DEFAULTS[key])
        if not isinstance(value, expected):
            try:
                value = expected(value)
            except ValueError:
                raise ValueError(f"{key}: cannot convert {value!r} to {expected.__name__}") from None
            warnings.warn(f"{key} given as {type(raw[key]).__name__}, converted", ConfigWarning, stacklevel=2)
        cfg[key] = value
    if cfg["workers"] > 8:
        warnings.warn("more than 8 workers", ResourceWarning)
    return cfg


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    cfg = load({"host": "example.org", "port": "8080", "colour": "blue", "workers": 16})
print(cfg)
for w in caught:
    print(f"- {w.category.__name__}: {w.message}")
try:
    load({"port": "eighty"})
except ValueError as e:
    print("error:", e)
print(issubclass(ConfigWarning, Warning), [f[0] for f in warnings.filters[:3]])
cfg = load({"debug": 1, "extra": True})
print(cfg["debug"])
