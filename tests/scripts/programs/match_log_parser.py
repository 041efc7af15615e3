# Parsing log lines: split fields, then classify each record with sequence
# and mapping patterns; aggregate with a Counter.
from collections import Counter, defaultdict

LOG = """\
2024-01-05 10:00:01 INFO  server started port=8080
2024-01-05 10:00:02 INFO  request GET /index.html 200 12ms
2024-01-05 10:00:03 WARN  request GET /missing 404 3ms
2024-01-05 10:00:04 INFO  request POST /api/items 201 45ms
2024-01-05 10:00:05 ERROR request POST /api/items 500 120ms
2024-01-05 10:00:06 ERROR db timeout after=30s
2024-01-05 10:00:07 DEBUG cache hit key=user:1
2024-01-05 10:00:08 INFO  request GET /index.html 200 9ms
garbage line
2024-01-05 10:00:09 INFO  server stopping
"""

def parse(line):
    match line.split():
        case [date, time, level, "request", method, path, status, duration] if duration.endswith("ms"):
            return {"kind": "request", "level": level, "method": method, "path": path,
                    "status": int(status), "ms": int(duration[:-2]), "at": f"{date} {time}"}
        case [date, time, level, component, *words]:
            fields = dict(w.split("=", 1) for w in words if "=" in w)
            text = [w for w in words if "=" not in w]
            return {"kind": "event", "level": level, "component": component, "text": " ".join(text),
                    "fields": fields, "at": f"{date} {time}"}
        case _:
            return {"kind": "junk", "raw": line}

stats = Counter()
slow = []
by_path = defaultdict(list)
for line in LOG.splitlines():
    record = parse(line)
    match record:
        case {"kind": "request", "status": status, "path": path, "ms": ms} if status >= 500:
            stats["server errors"] += 1
            by_path[path].append(ms)
        case {"kind": "request", "status": 400 | 401 | 403 | 404 as status}:
            stats[f"client error {status}"] += 1
        case {"kind": "request", "path": path, "ms": ms}:
            stats["ok"] += 1
            by_path[path].append(ms)
            if ms > 40:
                slow.append((path, ms))
        case {"kind": "event", "level": "ERROR", "component": comp, "fields": {"after": after}}:
            stats[f"{comp} error"] += 1
            print(f"{comp} failed after {after}")
        case {"kind": "event", "component": "server", "text": text}:
            print("server:", text)
        case {"kind": "event", "level": "DEBUG"}:
            stats["debug"] += 1
        case {"kind": "junk", "raw": raw}:
            print("unparsable:", repr(raw))
for key in sorted(stats):
    print(f"{key}: {stats[key]}")
print("slow:", slow)
for path, times in sorted(by_path.items()):
    print(path, len(times), sum(times) / len(times))

# expect: server: started
# expect: db failed after 30s
# expect: unparsable: 'garbage line'
# expect: server: stopping
# expect: client error 404: 1
# expect: db error: 1
# expect: debug: 1
# expect: ok: 3
# expect: server errors: 1
# expect: slow: [('/api/items', 45)]
# expect: /api/items 2 82.5
# expect: /index.html 2 10.5
