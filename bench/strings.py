# String building: concatenation, join, f-strings and str methods.
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s

def words(n):
    parts = []
    for i in range(n):
        parts.append(f"w{i}:{i * 2}")
    return " ".join(parts)

def transform(text):
    out = []
    for word in text.split(" "):
        name, value = word.split(":")
        out.append(name.upper().replace("W", "word-") + "=" + value)
    return ",".join(out)

def run(n):
    s = build(n)
    text = words(n)
    t = transform(text)
    count = 0
    for piece in t.split(","):
        if piece[:6] == "word-1":
            count += 1
    sevens = len(s) - len(s.replace("7", ""))
    return len(s), len(text), len(t), count, t[:30], sevens

print(run(300000))
