"""A tiny INI-style config parser with sections, types, defaults and interpolation."""
import re

CONFIG = """
# global settings
[DEFAULT]
home = /srv/app
debug = false

[server]
host = 0.0.0.0
port = 8080
workers = 4
log = ${home}/logs/server.log

[database]
url = postgres://db.local:5432/app
timeout = 2.5
retries = 3
; a comment
pool = 5 ; inline comment

[features]
beta = yes
names = alpha, beta, gamma
"""


class ConfigError(Exception):
    pass


def parse(text):
    sections, current = {}, None
    for n, raw in enumerate(text.splitlines(), 1):
        line = re.sub(r"\s[;#].*$", "", raw).strip()
        if not line or line[0] in "#;":
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            current = sections.setdefault(m[1], {})
        elif "=" in line and current is not None:
            key, value = (s.strip() for s in line.split("=", 1))
            current[key] = value
        else:
            raise ConfigError(f"line {n}: cannot parse {raw!r}")
    return sections


def get(sections, section, key, kind=str):
    values = {**sections.get("DEFAULT", {}), **sections[section]}
    value = values[key]
    value = re.sub(r"\$\{(\w+)\}", lambda m: values[m[1]], value)
    if kind is bool:
        if value.lower() in ("1", "yes", "true", "on"):
            return True
        if value.lower() in ("0", "no", "false", "off"):
            return False
        raise ConfigError(f"{section}.{key}: not a boolean: {value!r}")
    if kind is list:
        return [v.strip() for v in value.split(",")]
    return kind(value)


cfg = parse(CONFIG)
print(sorted(cfg))
print(get(cfg, "server", "host"), get(cfg, "server", "port", int) + 1)
print(get(cfg, "server", "log"))
print(get(cfg, "database", "timeout", float) * 2, get(cfg, "database", "pool", int))
print(get(cfg, "features", "beta", bool), get(cfg, "server", "debug", bool))
print(get(cfg, "features", "names", list))
try:
    get(cfg, "server", "host", bool)
except ConfigError as e:
    print("ConfigError:", e)
try:
    get(cfg, "server", "missing")
except KeyError as e:
    print("KeyError:", e)
try:
    parse("[a]\nthis has no equals sign\n")
except ConfigError as e:
    print("ConfigError:", e)
