# xml.etree.ElementTree: parsing documents into trees (text, tail, attributes,
# entities, CDATA, comments/PIs skipped, namespaces, encodings, DOCTYPE).
import xml.etree.ElementTree as ET

def show(e, depth=0):
    print('  ' * depth + repr(e.tag), e.attrib, repr(e.text), repr(e.tail))
    for c in e:
        show(c, depth + 1)

docs = [
    '<root><a x="1" y=\'2\'>text<b/>tail</a>\n  <c>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;</c></root>',
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- lead --><doc><![CDATA[<raw> & ]]>x<!--c-->y<?pi z?></doc>\n',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><html><body/></html>',
    '<!DOCTYPE d [<!ENTITY who "World"><!ENTITY greet "Hello, &who;!">]><d a="&who;">&greet; <e>&who;</e></d>',
    '<a xmlns="urn:default" xmlns:p="urn:p"><p:b p:attr="1" plain="2"/><c xmlns=""/></a>',
    '<a>\r\nline1\rline2\n</a>',
    '<a b="tab\there\nnl" c="&#9;&#10;"/>',
    '<a>  spaced  <b> inner </b>  </a>',
    '<日本 属性="値">テキスト</日本>',
]
for d in docs:
    show(ET.fromstring(d))
for b in [b'<a>\xc3\xa9</a>', b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>',
          b'\xef\xbb\xbf<a>bom</a>', '<a>utf16 \u20ac</a>'.encode('utf-16')]:
    show(ET.fromstring(b))
root = ET.fromstringlist(['<r><x', '>1</', 'x><y/>', '</r>'])
show(root)
tree, ids = ET.XMLID('<r><i id="one"/><i id="two">2</i><i/></r>')
print(sorted(ids), ids['two'].text)
p = ET.XMLParser()
for chunk in ['<r a="', '1"><b', '>t', 'ext</b><', '/r>']:
    p.feed(chunk)
show(p.close())

# expect: 'root' {} None None
# expect:   'a' {'x': '1', 'y': '2'} 'text' '\n  '
# expect:     'b' {} None 'tail'
# expect:   'c' {} '<>&"\'AB' None
# expect: 'doc' {} '<raw> & xy' None
# expect: 'html' {} None None
# expect:   'body' {} None None
# expect: 'd' {'a': 'World'} 'Hello, World! ' None
# expect:   'e' {} 'World' None
# expect: '{urn:default}a' {} None None
# expect:   '{urn:p}b' {'{urn:p}attr': '1', 'plain': '2'} None None
# expect:   'c' {} None None
# expect: 'a' {} '\nline1\nline2\n' None
# expect: 'a' {'b': 'tab here nl', 'c': '\t\n'} None None
# expect: 'a' {} '  spaced  ' None
# expect:   'b' {} ' inner ' '  '
# expect: '日本' {'属性': '値'} 'テキスト' None
# expect: 'a' {} 'é' None
# expect: 'a' {} 'é' None
# expect: 'a' {} 'bom' None
# expect: 'a' {} 'utf16 €' None
# expect: 'r' {} None None
# expect:   'x' {} '1' None
# expect:   'y' {} None None
# expect: ['one', 'two'] 2
# expect: 'r' {'a': '1'} None None
# expect:   'b' {} 'text' None
