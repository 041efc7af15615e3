"""KMP search, Z-function, palindromes, anagram groups, run-length encoding, Caesar/Vigenere."""
from collections import defaultdict
from itertools import groupby


def kmp_table(pattern):
    table = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = table[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        table[i] = k
    return table


def kmp_search(text, pattern):
    table, k, hits = kmp_table(pattern), 0, []
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = table[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = table[k - 1]
    return hits


def z_function(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z


def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def unrle(s):
    import re
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, decrypt=False):
    out, ki = [], 0
    for ch in text.upper():
        if ch.isalpha():
            k = ord(key[ki % len(key)]) - 65
            ki += 1
            out.append(chr((ord(ch) - 65 + (-k if decrypt else k)) % 26 + 65))
    return "".join(out)


print(kmp_table("ABABCABAB"), kmp_search("ABABDABACDABABCABABABABCABAB", "ABABCABAB"))
print(z_function("aabxaabxcaabxaabxay"))
for s in ["babad", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(s, "->", longest_palindrome(s))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
print(sorted(groups.values(), key=len, reverse=True))
encoded = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(encoded, unrle(encoded) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
secret = caesar("The Quick Brown Fox!", 13)
print(secret, caesar(secret, -13))
enc = vigenere("Beware the Jabberwock, my son!", "VIGENERECIPHER")
print(enc, vigenere(enc, "VIGENERECIPHER", decrypt=True))
