# Lists and dicts: append, indexing, dict get/set, iteration, sorting.
def build(n):
    xs = []
    for i in range(n):
        xs.append((i * 7919) % 10007)
    return xs

def histogram(xs):
    counts = {}
    for x in xs:
        key = x % 1000
        counts[key] = counts.get(key, 0) + 1
    return counts

def by_count(item):
    return (-item[1], item[0])

def work(n):
    xs = build(n)
    total = 0
    for i in range(len(xs)):
        total += xs[i] * (i % 3) - xs[-1 - i]
    counts = histogram(xs)
    top = sorted(counts.items(), key=by_count)[:3]
    pairs = sorted([(xs[i], i) for i in range(50000)])
    index = {}
    for k, v in pairs:
        index[k] = v
    hits = 0
    for x in xs:
        if x in index:
            hits += 1
    evens = [x for x in xs if x % 2 == 0]
    return total, top, len(index), hits, sum(evens), min(xs), max(xs)

print(work(500000))
