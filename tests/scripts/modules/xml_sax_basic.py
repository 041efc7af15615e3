# xml.sax: saxutils escaping, XMLGenerator, parseString/parse with a
# ContentHandler (plain and with namespaces), SAXParseException.
import io
import xml.sax
from xml.sax import saxutils
from xml.sax.handler import ContentHandler, feature_namespaces

print(saxutils.escape('a < b & c > d "q"'), saxutils.escape('abc', {'b': '&#98;'}))
print(saxutils.unescape('&lt;x&gt; &amp;lt; &amp;'), saxutils.unescape('&foo;', {'&foo;': 'bar'}))
for s in ['plain', 'with "double"', "with 'single'", 'both \' and "', 'nl\nand\ttab\r', '<&>']:
    print(saxutils.quoteattr(s))
print(saxutils.quoteattr('x', {'x': 'y'}))

class Log(ContentHandler):
    def __init__(self):
        super().__init__()
        self.text = []
    def startDocument(self): print('startDocument')
    def endDocument(self): print('endDocument')
    def startElement(self, name, attrs):
        print('start', name, sorted(attrs.items()), attrs.getLength(), attrs.get('id'), 'id' in attrs)
    def endElement(self, name):
        print('end', name, repr(''.join(self.text)))
        self.text = []
    def characters(self, content): self.text.append(content)
    def processingInstruction(self, target, data): print('pi', target, data)

xml.sax.parseString('<?xml version="1.0"?><doc id="1"><a x="1" y="&lt;2&gt;">hi &amp; bye</a><?p d?><b/></doc>', Log())
xml.sax.parseString(b'<doc>\xc3\xa9t\xc3\xa9</doc>', Log())

class NS(ContentHandler):
    def startPrefixMapping(self, prefix, uri): print('prefix', prefix, uri)
    def endPrefixMapping(self, prefix): print('end prefix', prefix)
    def startElementNS(self, name, qname, attrs):
        print('startNS', name, qname, sorted(attrs.items(), key=str), sorted(attrs.getQNames()))
    def endElementNS(self, name, qname): print('endNS', name, qname)
p = xml.sax.make_parser()
p.setFeature(feature_namespaces, True)
p.setContentHandler(NS())
p.parse(io.BytesIO(b'<r xmlns="urn:r" xmlns:p="urn:p"><p:c p:a="1" b="2"/></r>'))

for bad in ['<a><b></a>', '<a>', 'x', '<a x="1" x="2"/>']:
    try:
        xml.sax.parseString(bad, ContentHandler())
    except xml.sax.SAXParseException as e:
        print('SAXParseException:', e, e.getLineNumber(), e.getColumnNumber(), e.getMessage())

out = io.StringIO()
g = saxutils.XMLGenerator(out, encoding='utf-8')
g.startDocument()
g.startElement('root', {'a': '1 "x"'})
g.characters('text <&> é')
g.startElement('empty', {})
g.endElement('empty')
g.processingInstruction('pi', 'data')
g.endElement('root')
g.endDocument()
print(out.getvalue())
out = io.BytesIO()
g = saxutils.XMLGenerator(out, short_empty_elements=True)
g.startDocument()
g.startElement('r', {})
g.startElement('e', {})
g.endElement('e')
g.characters('é€')
g.endElement('r')
g.endDocument()
print(out.getvalue())
out = io.StringIO()
xml.sax.parseString('<a x="1"><b>t &amp; u</b><c/></a>', saxutils.XMLGenerator(out))
print(out.getvalue())

# expect: a &lt; b &amp; c &gt; d "q" a&#98;c
# expect: <x> &lt; & bar
# expect: "plain"
# expect: 'with "double"'
# expect: "with 'single'"
# expect: "both ' and &quot;"
# expect: "nl&#10;and&#9;tab&#13;"
# expect: "&lt;&amp;&gt;"
# expect: "y"
# expect: startDocument
# expect: start doc [('id', '1')] 1 1 True
# expect: start a [('x', '1'), ('y', '<2>')] 2 None False
# expect: end a 'hi & bye'
# expect: pi p d
# expect: start b [] 0 None False
# expect: end b ''
# expect: end doc ''
# expect: endDocument
# expect: startDocument
# expect: start doc [] 0 None False
# expect: end doc 'été'
# expect: endDocument
# expect: prefix None urn:r
# expect: prefix p urn:p
# expect: startNS ('urn:r', 'r') None [] []
# expect: startNS ('urn:p', 'c') None [(('urn:p', 'a'), '1'), ((None, 'b'), '2')] ['b', 'p:a']
# expect: endNS ('urn:p', 'c') None
# expect: endNS ('urn:r', 'r') None
# expect: end prefix p
# expect: end prefix None
# expect: SAXParseException: <unknown>:1:8: mismatched tag 1 8 mismatched tag
# expect: SAXParseException: <unknown>:1:3: no element found 1 3 no element found
# expect: SAXParseException: <unknown>:1:0: syntax error 1 0 syntax error
# expect: SAXParseException: <unknown>:1:9: duplicate attribute 1 9 duplicate attribute
# expect: <?xml version="1.0" encoding="utf-8"?>
# expect: <root a='1 "x"'>text &lt;&amp;&gt; é<empty></empty><?pi data?></root>
# expect: b'<?xml version="1.0" encoding="iso-8859-1"?>\n<r><e/>\xe9&#8364;</r>'
# expect: <?xml version="1.0" encoding="iso-8859-1"?>
# expect: <a x="1"><b>t &amp; u</b><c></c></a>
