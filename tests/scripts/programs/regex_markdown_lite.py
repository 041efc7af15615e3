# A realistic use of re, compared with CPython 3.11.
import re

MD = """# Title here
Some *emphasis*, **strong** text and `code`.
## Sub section
A [link](http://x.org) and another [one](https://y.com/a_b).
- item one
- item **two**

Plain paragraph with a_snake_case name.
"""

def inline(text):
    text = re.sub(r'`([^`]+)`', r'<code>\1</code>', text)
    text = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', text)
    text = re.sub(r'(?<!\*)\*(?!\*)(.+?)\*', r'<i>\1</i>', text)
    text = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', lambda m: f'<a href="{m[2]}">{m[1]}</a>', text)
    return text

out = []
in_list = False
for line in MD.splitlines():
    h = re.match(r'(#{1,6})\s+(.*)', line)
    li = re.match(r'[-*]\s+(.*)', line)
    if in_list and not li:
        out.append('</ul>')
        in_list = False
    if h:
        level = len(h.group(1))
        slug = re.sub(r'[^\w]+', '-', h.group(2).lower()).strip('-')
        out.append(f'<h{level} id="{slug}">{inline(h.group(2))}</h{level}>')
    elif li:
        if not in_list:
            out.append('<ul>')
            in_list = True
        out.append(f'  <li>{inline(li.group(1))}</li>')
    elif line.strip():
        out.append(f'<p>{inline(line)}</p>')
print('\n'.join(out))
toc = [(len(m[1]), m[2]) for m in re.finditer(r'^(#+)\s+(.+)$', MD, re.M)]
print(toc)

# expect: <h1 id="title-here">Title here</h1>
# expect: <p>Some <i>emphasis</i>, <b>strong</b> text and <code>code</code>.</p>
# expect: <h2 id="sub-section">Sub section</h2>
# expect: <p>A <a href="http://x.org">link</a> and another <a href="https://y.com/a_b">one</a>.</p>
# expect: <ul>
# expect:   <li>item one</li>
# expect:   <li>item <b>two</b></li>
# expect: </ul>
# expect: <p>Plain paragraph with a_snake_case name.</p>
# expect: [(1, 'Title here'), (2, 'Sub section')]
