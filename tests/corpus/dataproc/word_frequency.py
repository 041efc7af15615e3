"""Word frequencies of a text with Counter, stop words, n-grams and a histogram."""
from collections import Counter
import string

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""

STOP = {"it", "was", "the", "of", "we", "to", "all", "us"}

table = str.maketrans("", "", string.punctuation)
words = TEXT.lower().translate(table).split()
counts = Counter(words)
print("total words:", len(words), "distinct:", len(counts))
print(counts.most_common(5))
content = Counter(w for w in words if w not in STOP)
for word, n in content.most_common(8):
    print(f"{word:<12}{'*' * n} {n}")
bigrams = Counter(zip(words, words[1:]))
print([" ".join(b) for b, _ in bigrams.most_common(3)])
lengths = Counter(len(w) for w in words)
for length in sorted(lengths):
    print(f"{length:>2} letters: {lengths[length]:>3}")
first_letters = Counter(w[0] for w in words)
print(sorted(first_letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
c2 = Counter("abracadabra")
c3 = Counter("alakazam")
print(c2 + c3, c2 - c3, c2 & c3, sep="\n")
print((c2 | c3).most_common(2), sum(c2.values()), c2.total())
