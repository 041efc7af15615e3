# Merging layered configuration dictionaries with match: defaults, a file,
# environment-style overrides with typed parsing, and validation.
DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8000, "workers": 1},
    "log": {"level": "info", "file": None},
    "features": ["basic"],
}
FILE = {
    "server": {"port": 9000, "tls": {"cert": "a.pem", "key": "a.key"}},
    "log": {"level": "debug"},
    "features": {"add": ["metrics", "tracing"], "remove": ["basic"]},
}
ENV = ["SERVER__WORKERS=4", "LOG__FILE=/var/log/app.log", "SERVER__TLS__ENABLED=yes",
       "FEATURES__ADD=cache", "BROKEN", "SERVER__PORT=notanumber"]

def merge(base, override):
    match base, override:
        case dict(), dict():
            out = dict(base)
            for k, v in override.items():
                out[k] = merge(base[k], v) if k in base else v
            return out
        case list(), {"add": [*add], "remove": [*remove]}:
            return [x for x in base if x not in remove] + [x for x in add if x not in base]
        case list(), {"add": str(one)}:
            return base + [one]
        case list(), {"add": [*add]}:
            return base + add
        case _, _:
            return override

def parse_value(text):
    match text.lower():
        case "yes" | "true" | "on":
            return True
        case "no" | "false" | "off":
            return False
        case "none" | "null":
            return None
        case t if t.isdigit():
            return int(t)
        case _:
            return text

def env_layer(lines):
    layer = {}
    for line in lines:
        match line.split("=", 1):
            case [key, value]:
                *path, last = key.lower().split("__")
                node = layer
                for part in path:
                    node = node.setdefault(part, {})
                if last == "add":
                    node[last] = parse_value(value)
                else:
                    node[last] = parse_value(value)
            case [bad]:
                print("ignoring", repr(bad))
    return layer

def validate(cfg, path=""):
    problems = []
    for key, value in cfg.items():
        where = f"{path}.{key}" if path else key
        match where, value:
            case "server.port", int(p) if 0 < p < 65536:
                pass
            case "server.port", bad:
                problems.append(f"{where}: bad port {bad!r}")
            case "log.level", "debug" | "info" | "warning" | "error":
                pass
            case "log.level", other:
                problems.append(f"{where}: unknown level {other!r}")
            case _, dict() as sub:
                problems += validate(sub, where)
    return problems

cfg = merge(merge(DEFAULTS, FILE), env_layer(ENV))
import pprint
pprint.pprint(cfg)
print(validate(cfg))

# expect: ignoring 'BROKEN'
# expect: {'features': ['metrics', 'tracing', 'cache'],
# expect:  'log': {'file': '/var/log/app.log', 'level': 'debug'},
# expect:  'server': {'host': '127.0.0.1',
# expect:             'port': 'notanumber',
# expect:             'tls': {'cert': 'a.pem', 'enabled': True, 'key': 'a.key'},
# expect:             'workers': 4}}
# expect: ["server.port: bad port 'notanumber'"]
