# re over a text: findall, sub with a callback, split and compiled search of
# words, numbers and dates in a generated log (issue 12's re benchmark).
import re

lines = []
for i in range(20000):
    lines.append("2024-%02d-%02d 12:%02d:%02d INFO user%d@example.com fetched /item/%d in %d ms"
                 % (i % 12 + 1, i % 28 + 1, i % 60, (i * 7) % 60, i % 97, i, i % 500))
text = "\n".join(lines)
date = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
email = re.compile(r"[\w.]+@[\w.]+\.\w+")
ms = re.compile(r"in (\d+) ms")
years = sum(int(m.group(1)) for m in date.finditer(text))
users = len(set(email.findall(text)))
slow = sum(1 for line in lines if (m := ms.search(line)) and int(m.group(1)) > 400)
masked = email.sub(lambda m: m.group(0)[0] + "***", text)
words = len(re.split(r"\s+", text))
print(years, users, slow, len(masked), words)
