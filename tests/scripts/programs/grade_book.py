# Student grades: nested data, statistics, string formatting, sorting, generators and closures.
RAW = """ann: 91 85 77 100
bob: 65 70 58
cy: 88 92 95 79 84
dee: 45
eve: 100 100 99 98"""

def parse(text):
    book = {}
    for line in text.splitlines():
        name, _, scores = line.partition(":")
        book[name.strip()] = [int(s) for s in scores.split()]
    return book

def mean(xs):
    if not xs:
        raise ValueError("mean of empty list")
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / len(xs)) ** 0.5

def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"

def make_curve(points):
    def curve(score):
        return min(100, score + points)
    return curve

book = parse(RAW)
curve = make_curve(5)
print(f"{'name':<6}{'n':>3}{'mean':>8}{'median':>8}{'stdev':>8}  grade  curved")
for name, scores in sorted(book.items(), key=lambda kv: -mean(kv[1])):
    m = mean(scores)
    curved = [curve(s) for s in scores]
    print(f"{name:<6}{len(scores):>3}{m:>8.2f}{median(scores):>8}{stdev(scores):>8.3f}  {letter(m):^5}  {mean(curved):.1f}")
all_scores = [s for scores in book.values() for s in scores]
print("overall:", round(mean(all_scores), 3), "max:", max(all_scores), "min:", min(all_scores))
dist = {}
for s in all_scores:
    dist[letter(s)] = dist.get(letter(s), 0) + 1
for g in "ABCDF":
    print(g, "#" * dist.get(g, 0), dist.get(g, 0))
top = [n for n, sc in book.items() if any(s == 100 for s in sc)]
print("perfect scores:", top, "| all passed:", all(mean(sc) >= 60 for sc in book.values()))
try:
    mean([])
except ValueError as e:
    print("error:", e)
ranked = sorted(book, key=lambda n: (letter(mean(book[n])), n))
print(" > ".join(ranked))

# expect: name    n    mean  median   stdev  grade  curved
# expect: eve     4   99.25    99.5   0.829    A    100.0
# expect: ann     4   88.25    88.0   8.408    B    92.0
# expect: cy      5   87.60      88   5.678    B    92.6
# expect: bob     3   64.33      65   4.922    D    69.3
# expect: dee     1   45.00      45   0.000    F    50.0
# expect: overall: 83.882 max: 100 min: 45
# expect: A ######## 8
# expect: B ### 3
# expect: C ### 3
# expect: D # 1
# expect: F ## 2
# expect: perfect scores: ['ann', 'eve'] | all passed: False
# expect: error: mean of empty list
# expect: eve > ann > cy > bob > dee
