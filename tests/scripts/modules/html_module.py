# html: escape, unescape (named, numeric and invalid character references) and
# html.parser.HTMLParser collecting tags, attributes, data and comments.
import html
from html.parser import HTMLParser
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; &amp; &quot;q&quot; &#39;s &eacute; &#x263A; &notit; &amp &copy2023 &#0; &#x110000;"))
class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
        print("start", tag, attrs)
    def handle_endtag(self, tag):
        print("end", tag)
    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())
    def handle_comment(self, data):
        print("comment", repr(data))
    def handle_entityref(self, name):
        print("entity", name)
p = LinkParser()
p.feed('<!DOCTYPE html><html><body><!-- note --><p class="x">Hello &amp; <a href="/a?b=1&amp;c=2">link</a><br/>'
       '<img src=pic.png alt="A &lt;pic&gt;"></p><script>if (a < b) {}</script></body></html>')
p.close()
print(p.links, p.text)

# expect: &lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt; &lt;b&gt;
# expect: <p> & "q" 's é ☺ ¬it; & ©2023 � �
# expect: start html []
# expect: start body []
# expect: comment ' note '
# expect: start p [('class', 'x')]
# expect: start a [('href', '/a?b=1&c=2')]
# expect: end a
# expect: start br []
# expect: end br
# expect: start img [('src', 'pic.png'), ('alt', 'A <pic>')]
# expect: end p
# expect: start script []
# expect: end script
# expect: end body
# expect: end html
# expect: ['/a?b=1&c=2'] ['Hello &', 'link', 'if (a < b) {}']
