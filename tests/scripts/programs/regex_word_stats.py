# A realistic use of re, compared with CPython 3.11.
import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.
Don't stop -- we're 100% sure it's fine; e-mail: it@was.org!"""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), Counter(words).most_common(5))
sentences = [s.strip() for s in re.split(r'(?<=[.!?])\s+', TEXT) if s.strip()]
print(len(sentences), [s[:20] for s in sentences])
print(re.findall(r"\b\w+'\w+\b", TEXT))
print(re.findall(r'\b[A-Z]\w*', TEXT))
print(re.sub(r'\s+', ' ', TEXT)[:80])
print(re.findall(r'\d+%', TEXT), re.search(r'[\w.]+@[\w.]+', TEXT).group())
caps = re.sub(r'\b(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), "the quick brown fox")
print(caps)
print(re.split(r'\s*[,;]\s*|\s+--\s+', "a, b ;c -- d"))
vowels = Counter(re.findall(r'[aeiou]', TEXT, re.I))
print(sorted(vowels.items()))

# expect: 59 [('it', 9), ('was', 9), ('the', 8), ('of', 8), ('times', 2)]
# expect: 2 ['It was the best of t', "Don't stop -- we're "]
# expect: ["Don't", "we're", "it's"]
# expect: ['It', 'Light', 'Darkness', 'Don']
# expect: It was the best of times, it was the worst of times, it was the age of wisdom, i
# expect: ['100%'] it@was.org
# expect: The Quick Brown Fox
# expect: ['a', 'b', 'c', 'd']
# expect: [('I', 1), ('a', 15), ('e', 27), ('i', 19), ('o', 19), ('u', 2)]
