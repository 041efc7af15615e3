# xml.etree.ElementTree: tostring/tostringlist/write with encodings, declarations,
# methods, namespaces (ns0.., registered, default_namespace), escaping, indent, dump.
import io
import xml.etree.ElementTree as ET

root = ET.Element('root', {'b': '2', 'a': '1 & "q" <x>\n\t'})
root.text = 'Text & <more>'
c = ET.SubElement(root, 'child', id='c1')
c.text = 'é€ ok'
c.tail = '\n'
ET.SubElement(root, 'empty')
root.append(ET.Comment(' a comment '))
root.append(ET.PI('target', 'data here'))
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='utf-8'))
print(ET.tostring(root, encoding='UTF-8'))
print(ET.tostring(root, encoding='latin-1'))
print(ET.tostring(root, encoding='us-ascii', xml_declaration=True))
print(ET.tostring(root, encoding='unicode', xml_declaration=True))
print(ET.tostring(root, encoding='unicode', short_empty_elements=False))
print(ET.tostring(root, encoding='unicode', method='html'))
print(ET.tostring(root, encoding='unicode', method='text'))
print(ET.tostringlist(root, encoding='unicode'))
print(ET.tostringlist(root))

html = ET.fromstring('<html><head><script>if (a &lt; b &amp;&amp; c) {}</script><style>p>a{}</style></head>'
                     '<body><br/><img src="x.png"/><p class="a&quot;b">x &gt; y</p></body></html>')
print(ET.tostring(html, method='html', encoding='unicode'))

ns = ET.fromstring('<a xmlns="urn:d" xmlns:p="urn:p"><p:b p:x="1" y="2"/><c/></a>')
print(ET.tostring(ns, encoding='unicode'))
print(ET.tostring(ET.fromstring('<a xmlns="urn:d"><c/><e:f xmlns:e="urn:e"/></a>'), encoding='unicode', default_namespace='urn:d'))
ET.register_namespace('pp', 'urn:p')
print(ET.tostring(ns, encoding='unicode'))
x = ET.Element('{http://www.w3.org/1999/xhtml}html', {'{http://www.w3.org/XML/1998/namespace}lang': 'en'})
print(ET.tostring(x, encoding='unicode'))
q = ET.Element(ET.QName('urn:q', 'tag'), {ET.QName('urn:q', 'a'): ET.QName('urn:r', 'v')})
print(ET.tostring(q, encoding='unicode'))
try:
    ET.register_namespace('ns3', 'urn:x')
except ValueError as e:
    print('ValueError:', e)
try:
    ET.tostring(ET.Element('{u}a', y='1'), default_namespace='u')
except ValueError as e:
    print('ValueError:', e)
for bad in [ET.Element('a', x=1), ET.Element(1)]:
    try:
        ET.tostring(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    ET.tostring(root, method='bogus')
except ValueError as e:
    print('ValueError:', e)

tree = ET.ElementTree(ET.fromstring('<r><a><b>1</b><b>2</b></a><c/></r>'))
ET.indent(tree)
print(ET.tostring(tree.getroot(), encoding='unicode'))
ET.indent(tree, space='\t', level=1)
print(repr(ET.tostring(tree.getroot(), encoding='unicode')))
try:
    ET.indent(tree, level=-1)
except ValueError as e:
    print('ValueError:', e)

for enc in [None, 'unicode', 'utf-8', 'iso-8859-1']:
    out = io.StringIO() if enc == 'unicode' else io.BytesIO()
    tree.write(out, encoding=enc, xml_declaration=None if enc != 'utf-8' else True)
    print(enc, repr(out.getvalue()))
ET.dump(ET.fromstring('<a><b>dumped</b></a>'))
e = ET.fromstring('<a>x</a>')
e.tail = 'tail\n'
ET.dump(e)

# expect: b'<root b="2" a="1 &amp; &quot;q&quot; &lt;x&gt;&#10;&#09;">Text &amp; &lt;more&gt;<child id="c1">&#233;&#8364; ok</child>\n<empty /><!-- a comment --><?target data here?></root>'
# expect: <root b="2" a="1 &amp; &quot;q&quot; &lt;x&gt;&#10;&#09;">Text &amp; &lt;more&gt;<child id="c1">é€ ok</child>
# expect: <empty /><!-- a comment --><?target data here?></root>
# expect: b'<root b="2" a="1 &amp; &quot;q&quot; &lt;x&gt;&#10;&#09;">Text &amp; &lt;more&gt;<child id="c1">\xc3\xa9\xe2\x82\xac ok</child>\n<empty /><!-- a comment --><?target data here?></root>'
# expect: b'<root b="2" a="1 &amp; &quot;q&quot; &lt;x&gt;&#10;&#09;">Text &amp; &lt;more&gt;<child id="c1">\xc3\xa9\xe2\x82\xac ok</child>\n<empty /><!-- a comment --><?target data here?></root>'
# expect: b'<?xml version=\'1.0\' encoding=\'latin-1\'?>\n<root b="2" a="1 &amp; &quot;q&quot; &lt;x&gt;&#10;&#09;">Text &amp; &lt;more&gt;<child id="c1">\xe9&#8364; ok</child>\n<empty /><!-- a comment --><?target data here?></root>'
# expect: b'<?xml version=\'1.0\' encoding=\'us-ascii\'?>\n<root b="2" a="1 &amp; &quot;q&quot; &lt;x&gt;&#10;&#09;">Text &amp; &lt;more&gt;<child id="c1">&#233;&#8364; ok</child>\n<empty /><!-- a comment --><?target data here?></root>'
# expect: <?xml version='1.0' encoding='utf-8'?>
# expect: <root b="2" a="1 &amp; &quot;q&quot; &lt;x&gt;&#10;&#09;">Text &amp; &lt;more&gt;<child id="c1">é€ ok</child>
# expect: <empty /><!-- a comment --><?target data here?></root>
# expect: <root b="2" a="1 &amp; &quot;q&quot; &lt;x&gt;&#10;&#09;">Text &amp; &lt;more&gt;<child id="c1">é€ ok</child>
# expect: <empty></empty><!-- a comment --><?target data here?></root>
# expect: <root b="2" a="1 &amp; &quot;q&quot; <x&gt;
# expect: 	">Text &amp; &lt;more&gt;<child id="c1">é€ ok</child>
# expect: <empty></empty><!-- a comment --><?target data here?></root>
# expect: Text & <more>é€ ok
# expect:  a comment target data here
# expect: ['<root', ' b="2"', ' a="1 &amp; &quot;q&quot; &lt;x&gt;&#10;&#09;"', '>', 'Text &amp; &lt;more&gt;', '<child', ' id="c1"', '>', 'é€ ok', '</child>', '\n', '<empty', ' />', '<!-- a comment -->', '<?target data here?>', '</root>']
# expect: [b'<root b="2" a="1 &amp; &quot;q&quot; &lt;x&gt;&#10;&#09;">Text &amp; &lt;more&gt;<child id="c1">&#233;&#8364; ok</child>\n<empty /><!-- a comment --><?target data here?></root>']
# expect: <html><head><script>if (a < b && c) {}</script><style>p>a{}</style></head><body><br><img src="x.png"><p class="a&quot;b">x &gt; y</p></body></html>
# expect: <ns0:a xmlns:ns0="urn:d" xmlns:ns1="urn:p"><ns1:b ns1:x="1" y="2" /><ns0:c /></ns0:a>
# expect: <a xmlns="urn:d" xmlns:ns1="urn:e"><c /><ns1:f /></a>
# expect: <ns0:a xmlns:ns0="urn:d" xmlns:pp="urn:p"><pp:b pp:x="1" y="2" /><ns0:c /></ns0:a>
# expect: <html:html xmlns:html="http://www.w3.org/1999/xhtml" xml:lang="en" />
# expect: <ns0:tag xmlns:ns0="urn:q" xmlns:ns1="urn:r" ns0:a="ns1:v" />
# expect: ValueError: Prefix format reserved for internal use
# expect: ValueError: cannot use non-qualified names with default_namespace option
# expect: TypeError: cannot serialize 1 (type int)
# expect: TypeError: cannot serialize 1 (type int)
# expect: ValueError: unknown method 'bogus'
# expect: <r>
# expect:   <a>
# expect:     <b>1</b>
# expect:     <b>2</b>
# expect:   </a>
# expect:   <c />
# expect: </r>
# expect: '<r>\n\t\t<a>\n\t\t\t<b>1</b>\n\t\t\t<b>2</b>\n\t\t</a>\n\t\t<c />\n\t</r>'
# expect: ValueError: Initial indentation level must be >= 0, got -1
# expect: None b'<r>\n\t\t<a>\n\t\t\t<b>1</b>\n\t\t\t<b>2</b>\n\t\t</a>\n\t\t<c />\n\t</r>'
# expect: unicode '<r>\n\t\t<a>\n\t\t\t<b>1</b>\n\t\t\t<b>2</b>\n\t\t</a>\n\t\t<c />\n\t</r>'
# expect: utf-8 b"<?xml version='1.0' encoding='utf-8'?>\n<r>\n\t\t<a>\n\t\t\t<b>1</b>\n\t\t\t<b>2</b>\n\t\t</a>\n\t\t<c />\n\t</r>"
# expect: iso-8859-1 b"<?xml version='1.0' encoding='iso-8859-1'?>\n<r>\n\t\t<a>\n\t\t\t<b>1</b>\n\t\t\t<b>2</b>\n\t\t</a>\n\t\t<c />\n\t</r>"
# expect: <a><b>dumped</b></a>
# expect: <a>x</a>tail
