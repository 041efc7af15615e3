"""A generator pipeline in the style of the classic 'generator tricks' talk: lines -> fields -> filters -> sums."""

LOG = """\
81.107.39.38 - - "GET /ply/ HTTP/1.1" 200 7587
81.107.39.38 - - "GET /favicon.ico HTTP/1.1" 404 133
81.107.39.38 - - "GET /ply/bookplug.gif HTTP/1.1" 200 23903
66.249.72.134 - - "GET /index.html HTTP/1.1" 200 4447
12.34.56.78 - - "GET /ply/ply.html HTTP/1.1" 200 97238
12.34.56.78 - - "GET /robots.txt HTTP/1.1" 404 -
81.107.39.38 - - "GET /ply/example.html HTTP/1.1" 200 2359
"""


def lines(text):
    for line in text.splitlines():
        yield line


def fields(lines):
    for line in lines:
        parts = line.split()
        yield {
            "host": parts[0],
            "request": " ".join(parts[3:6]).strip('"'),
            "status": int(parts[6]),
            "bytes": 0 if parts[7] == "-" else int(parts[7]),
        }


def where(records, **conditions):
    for r in records:
        if all(r[k] == v for k, v in conditions.items()):
            yield r


def column(records, name):
    return (r[name] for r in records)


def trace(gen, label):
    for item in gen:
        print(f"  [{label}] {item}")
        yield item


records = list(fields(lines(LOG)))
print("total bytes:", sum(column(records, "bytes")))
print("404s:", [r["request"] for r in where(records, status=404)])
print("hosts:", sorted(set(column(records, "host"))))
big = (r for r in records if r["bytes"] > 5000)
print("largest:", max(big, key=lambda r: r["bytes"])["request"])
print("traced sum:", sum(trace(column(where(fields(lines(LOG)), host="12.34.56.78"), "bytes"), "bytes")))
gen = fields(lines(LOG))
print(type(gen).__name__, next(gen)["host"], next(gen)["status"])
print(sum(1 for _ in gen), "left")
print(next(gen, "exhausted"))
