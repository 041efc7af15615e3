# Building strings in loops: +=, join, f-strings and replace give the same text.
parts = []
s = ""
for i in range(2000):
    piece = f"{i % 10}"
    s += piece
    parts.append(piece)
joined = "".join(parts)
print(len(s), s == joined, s[:12], s[-3:])     # expect: 2000 True 012345678901 789
words = " ".join(f"w{i}:{i * 2}" for i in range(5))
print(words)                                   # expect: w0:0 w1:2 w2:4 w3:6 w4:8
print(",".join(w.split(":")[1] for w in words.split()))  # expect: 0,2,4,6,8
print(s.count("7"), len(s) - len(s.replace("7", "")))  # expect: 200 200
