# String-keyed dicts: word counts, symbol tables, records as dicts,
# lookups with get/in, updates and iteration over items.
def make_words(n):
    syllables = ["ka", "lo", "mi", "ter", "un", "pra", "so", "vel", "di", "an"]
    words = []
    x = 7
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        words.append(syllables[x % 10] + syllables[(x >> 8) % 10] + syllables[(x >> 16) % 10])
    return words


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def records(words):
    rows = []
    for i, w in enumerate(words):
        rows.append({"name": w, "id": i, "len": len(w), "tag": w[:2]})
    by_tag = {}
    for row in rows:
        tag = row["tag"]
        if tag in by_tag:
            by_tag[tag] += row["len"]
        else:
            by_tag[tag] = row["len"]
    return by_tag


def symbols(n):
    table = {}
    for i in range(n):
        table["sym_" + str(i)] = i
    hits = 0
    for i in range(0, 2 * n, 3):
        if ("sym_" + str(i)) in table:
            hits += 1
    total = 0
    for k, v in table.items():
        if k.endswith("7"):
            total += v
    return hits, total


words = make_words(300000)
counts = count(words)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(len(counts), top)
print(sorted(records(words).items())[:3])
print(symbols(200000))
