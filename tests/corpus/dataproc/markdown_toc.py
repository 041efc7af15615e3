"""Build a table of contents from Markdown headings, with slugs and numbering."""
import re

DOC = """
# Introduction
Some text.
## Getting Started
### Installing on Linux
### Installing on Windows & macOS
## Usage
```
# not a heading inside code
```
### Command-line options
### Config files
# Reference
## API: Client.send()
## FAQ
"""


def slugify(title, used):
    slug = re.sub(r"[^\w\s-]", "", title.lower()).strip()
    slug = re.sub(r"[\s]+", "-", slug)
    base, n = slug, 1
    while slug in used:
        slug = f"{base}-{n}"
        n += 1
    used.add(slug)
    return slug


def headings(text):
    in_code = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        m = re.match(r"(#{1,6})\s+(.*)", line)
        if m and not in_code:
            yield len(m.group(1)), m.group(2).strip()


counters = [0] * 6
used = set()
for level, title in headings(DOC):
    counters[level - 1] += 1
    for i in range(level, 6):
        counters[i] = 0
    number = ".".join(str(c) for c in counters[:level])
    print(f"{'  ' * (level - 1)}- {number} [{title}](#{slugify(title, used)})")
print(len(used), "anchors")
