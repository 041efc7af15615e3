"""A gradebook: parse scores, compute statistics, letter grades and a ranked report."""
import statistics

RAW = """
alice: 88, 92, 79, 95
bob: 72, 65, 80
carol: 95, 98, 100, 91, 97
dave: 55, 61, 58
erin: 82, 85, absent, 90
frank:
"""


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


students = {}
for line in RAW.strip().splitlines():
    name, _, rest = line.partition(":")
    scores = []
    for token in rest.split(","):
        token = token.strip()
        if token.isdigit():
            scores.append(int(token))
        elif token:
            print(f"warning: {name}: ignoring {token!r}")
    students[name.strip().title()] = scores

rows = []
for name, scores in students.items():
    if not scores:
        print(f"warning: {name} has no scores")
        continue
    avg = statistics.mean(scores)
    rows.append((name, len(scores), avg, statistics.median(scores), min(scores), max(scores), letter(avg)))

rows.sort(key=lambda r: r[2], reverse=True)
print(f"{'#':>2} {'Name':<6} {'n':>2} {'Mean':>6} {'Med':>5} {'Lo':>3} {'Hi':>3} Gr")
for rank, (name, n, avg, med, lo, hi, gr) in enumerate(rows, 1):
    print(f"{rank:>2} {name:<6} {n:>2} {avg:>6.2f} {med:>5} {lo:>3} {hi:>3} {gr}")
all_scores = [s for scores in students.values() for s in scores]
print(f"class mean {statistics.mean(all_scores):.3f}, stdev {statistics.stdev(all_scores):.3f}, "
      f"pstdev {statistics.pstdev(all_scores):.3f}")
print("mode of letters:", statistics.mode(r[-1] for r in rows))
print("quantiles:", statistics.quantiles(all_scores, n=4))
dist = {}
for r in rows:
    dist[r[-1]] = dist.get(r[-1], 0) + 1
print(" ".join(f"{g}:{dist.get(g, 0)}" for g in "ABCDF"))
