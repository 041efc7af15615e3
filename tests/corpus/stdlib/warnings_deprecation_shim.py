"""A library keeping old names alive with DeprecationWarning shims, and a caller silencing or recording them."""
import functools
import warnings


def deprecated(new_name):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(f"{func.__name__}() is deprecated, use {new_name}() instead",
                          DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        return wrapper
    return decorate


def total(values):
    return sum(values)


@deprecated("total")
def add_all(values):
    return total(values)


def parse_port(text):
    port = int(text)
    if port < 1024:
        warnings.warn(f"port {port} needs root", RuntimeWarning)
    return port


print(add_all([1, 2, 3]))
print(add_all([4]))
print([parse_port(p) for p in ("80", "8080", "443")])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    add_all([1])
    parse_port("22")
    parse_port("22")
for w in log:
    print(f"{w.category.__name__}: {w.message} (line {w.lineno})")

with warnings.catch_warnings():
    warnings.simplefilter("ignore", RuntimeWarning)
    print(parse_port("21"))

warnings.filterwarnings("error", category=RuntimeWarning, message="port 2")
try:
    parse_port("25")
except RuntimeWarning as e:
    print("refused:", e)
print(parse_port("53"))
