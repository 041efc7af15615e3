"""Batching and windowing generators used in data scripts: chunked reads, moving averages, dedupe."""
from collections import deque
from itertools import islice


def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


def moving_average(values, window):
    buf = deque(maxlen=window)
    total = 0.0
    for v in values:
        if len(buf) == window:
            total -= buf[0]
        buf.append(v)
        total += v
        if len(buf) == window:
            yield round(total / window, 3)


def read_records(text):
    record = {}
    for line in text.splitlines():
        line = line.strip()
        if not line:
            if record:
                yield record
                record = {}
            continue
        key, _, value = line.partition(":")
        record[key.strip()] = value.strip()
    if record:
        yield record


def dedupe(items, key=lambda x: x):
    seen = set()
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            yield item


print(list(batched(range(10), 3)), list(batched("", 2)))
prices = [10, 11, 12, 13, 12, 11, 15, 20, 18]
print(list(moving_average(prices, 3)))
TEXT = """
name: ann
role: admin

name: bob
role: user
shell: zsh


name: ann
role: duplicate
"""
records = list(read_records(TEXT))
print(records)
print(list(dedupe(records, key=lambda r: r["name"])))
print(list(dedupe([3, 1, 3, 2, 1])))
gen = batched(iter(range(7)), 4)
print(next(gen), next(gen), next(gen, "done"))
