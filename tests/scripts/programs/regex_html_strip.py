# A realistic use of re, compared with CPython 3.11.
import re

html = """<html><head><title>Test &amp; Page</title>
<script>var x = "<b>not bold</b>";</script></head>
<body class="main"><h1 id='top'>Hello <em>World</em></h1>
<!-- a comment -->
<p>Para&nbsp;one &lt;tag&gt;</p><a href="http://a.com/x?y=1">link</a>
<img src="pic.png" alt="A pic"/></body></html>"""

no_script = re.sub(r'<script\b[^>]*>.*?</script>', '', html, flags=re.S | re.I)
no_comments = re.sub(r'<!--.*?-->', '', no_script, flags=re.S)
text = re.sub(r'<[^>]+>', '', no_comments)
entities = {'amp': '&', 'lt': '<', 'gt': '>', 'nbsp': ' '}
text = re.sub(r'&(\w+);', lambda m: entities.get(m.group(1), m.group(0)), text)
print(re.sub(r'\n\s*\n', '\n', text).strip())
print(re.findall(r'<(\w+)[^>]*>', html))
print(re.findall(r'(\w+)=["\']([^"\']*)["\']', html))
print(re.findall(r'href="([^"]+)"', html), re.search(r'<title>(.*?)</title>', html).group(1))
tags = re.findall(r'</?([a-z0-9]+)', html)
print(len(tags), sorted(set(tags)))

# expect: Test & Page
# expect: Hello World
# expect: Para one <tag>link
# expect: ['html', 'head', 'title', 'script', 'b', 'body', 'h1', 'em', 'p', 'a', 'img']
# expect: [('class', 'main'), ('id', 'top'), ('href', 'http://a.com/x?y=1'), ('src', 'pic.png'), ('alt', 'A pic')]
# expect: ['http://a.com/x?y=1'] Test &amp; Page
# expect: 21 ['a', 'b', 'body', 'em', 'h1', 'head', 'html', 'img', 'p', 'script', 'title']
