# xml.dom.minidom: parseString, the node tree (types, names, values,
# siblings), attributes, namespaces, toxml/toprettyxml, building documents,
# DOM exceptions.
from xml.dom import minidom
import xml.dom
d = minidom.parseString('<?xml version="1.0"?><!DOCTYPE a><a xmlns:p="u" x="1">t<![CDATA[c]]>y<!--c--><?pi d?><p:b p:q="2"/></a>')
a = d.documentElement
print([(n.nodeType, n.nodeName, n.nodeValue) for n in d.childNodes])
print([(n.nodeType, n.nodeName, n.nodeValue) for n in a.childNodes])
print(a.attributes.items(), a.attributes.length, list(a.attributes.keys()))
b = a.childNodes[-1]
print(b.namespaceURI, b.prefix, b.localName, b.tagName, b.attributes.item(0).namespaceURI, b.attributes.item(0).name)
print(repr(a.childNodes[0]), type(a.childNodes).__name__)
print(d.toxml())
print(d.toprettyxml())
print(d.toxml('utf-8'))
print(d.version, d.encoding, d.standalone, d.doctype.name)
print(a.attributes['x'].value, repr(a.getAttribute('nope')), a.hasAttribute('x'))
x = d.createElement('new'); x.setAttribute('k', 'v'); x.appendChild(d.createTextNode('hi <&>')); a.appendChild(x)
print(a.toxml())
print(minidom.Node.ELEMENT_NODE, minidom.Node.TEXT_NODE)
d = minidom.parseString('<!DOCTYPE a [<!ENTITY e "v">]><a>&e;</a>')
print(d.toxml(), repr(d.doctype.internalSubset), d.doctype.entities.length)
d = minidom.parseString('<!DOCTYPE a PUBLIC "p" "s"><a xmlns="u" xmlns:q="w"> <b q:x="1"/> </a>')
print(d.toxml())
a = d.documentElement
print(a.namespaceURI, a.prefix, a.localName, [(x.name, x.namespaceURI, x.prefix, x.localName) for x in a.attributes.values()])
b = a.getElementsByTagName('b')[0]
print(b.namespaceURI, b.attributes.item(0).namespaceURI)
print(repr(d.toprettyxml(indent='  ')))
e = minidom.parseString('<a><b>x</b><b>y</b><c><b>z</b></c></a>')
print(len(e.getElementsByTagName('b')), e.getElementsByTagName('b').length, [n.firstChild.data for n in e.getElementsByTagName('b')])
print(repr(e.toprettyxml()))
print(repr(e.documentElement.toprettyxml(indent=' ', newl='|')))
t = e.createTextNode('0123456789abc')
print(repr(t))
try:
    e.documentElement.removeChild(t)
except xml.dom.NotFoundErr as ex:
    print(type(ex).__name__, repr(ex), ex.code)
try:
    e.appendChild(e.createElement('x'))
except xml.dom.HierarchyRequestErr as ex:
    print(type(ex).__name__, ex)
try:
    e.createTextNode(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e.createComment('a--b').toxml()
except ValueError as ex:
    print(type(ex).__name__, ex)
print(e.documentElement.firstChild.nextSibling.previousSibling.firstChild.data, e.documentElement.lastChild.tagName,
      e.documentElement.parentNode is e, e.parentNode)
print(e.childNodes[0].childNodes.item(0).tagName, e.childNodes[0].childNodes.item(10))
impl = minidom.getDOMImplementation()
doc = impl.createDocument(None, 'root', None)
print(doc.toxml(), doc.documentElement.tagName)
root = doc.documentElement
for i in range(3):
    item = doc.createElement('item')
    item.setAttribute('n', str(i))
    item.appendChild(doc.createTextNode('v%d' % i))
    root.appendChild(item)
root.insertBefore(doc.createComment('first'), root.firstChild)
root.replaceChild(doc.createElement('two'), root.childNodes[2])
root.removeChild(root.lastChild)
print(root.toxml())
print(doc.toprettyxml(indent='  ', encoding='utf-8'))
c = root.cloneNode(True)
print(c.toxml(), c.parentNode, root.cloneNode(False).toxml())
el = doc.createElement('m')
el.setAttribute('a', '1'); el.setAttribute('b', '2'); el.removeAttribute('a')
print(el.toxml(), el.hasAttribute('a'), el.getAttribute('b'))
try:
    el.removeAttribute('zz')
except xml.dom.NotFoundErr:
    print('NotFoundErr')
txt = doc.createTextNode('abcdef')
txt.appendData('gh'); txt.insertData(0, '>'); txt.deleteData(1, 2); txt.replaceData(0, 1, '<')
print(txt.data, txt.length, txt.substringData(1, 3))
el.appendChild(txt)
el.appendChild(doc.createTextNode('more'))
el.appendChild(doc.createTextNode(''))
print(len(el.childNodes), el.toxml())
el.normalize()
print(len(el.childNodes), el.firstChild.data)
bad = ['<a>', '<a></b>', '', '<a x="1" x="2"/>']
for doc in bad:
    try:
        minidom.parseString(doc)
    except Exception as ex:
        print(type(ex).__name__, ex)
d = minidom.parseString(b'<?xml version="1.0" encoding="utf-8" standalone="yes"?><r>\xc3\xa9</r>')
print(d.version, d.encoding, d.standalone, d.documentElement.firstChild.data)
print(d.toxml(), d.toxml(encoding='latin-1'), d.toxml(encoding='ascii', standalone=True))

# expect: [(10, 'a', None), (1, 'a', None)]
# expect: [(3, '#text', 't'), (4, '#cdata-section', 'c'), (3, '#text', 'y'), (8, '#comment', 'c'), (7, 'pi', 'd'), (1, 'p:b', None)]
# expect: [('xmlns:p', 'u'), ('x', '1')] 2 ['xmlns:p', 'x']
# expect: u p b p:b u p:q
# expect: <DOM Text node "'t'"> NodeList
# expect: <?xml version="1.0" ?><!DOCTYPE a><a xmlns:p="u" x="1">t<![CDATA[c]]>y<!--c--><?pi d?><p:b p:q="2"/></a>
# expect: <?xml version="1.0" ?>
# expect: <!DOCTYPE a>
# expect: <a xmlns:p="u" x="1">
# expect: 	t
# expect: <![CDATA[c]]>	y
# expect: 	<!--c-->
# expect: 	<?pi d?>
# expect: 	<p:b p:q="2"/>
# expect: </a>
# expect:
# expect: b'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE a><a xmlns:p="u" x="1">t<![CDATA[c]]>y<!--c--><?pi d?><p:b p:q="2"/></a>'
# expect: 1.0 None None a
# expect: 1 '' True
# expect: <a xmlns:p="u" x="1">t<![CDATA[c]]>y<!--c--><?pi d?><p:b p:q="2"/><new k="v">hi &lt;&amp;&gt;</new></a>
# expect: 1 3
# expect: <?xml version="1.0" ?><!DOCTYPE a [<!ENTITY e "v">]><a>v</a> '<!ENTITY e "v">' 1
# expect: <?xml version="1.0" ?><!DOCTYPE a  PUBLIC 'p'  's'><a xmlns="u" xmlns:q="w"> <b q:x="1"/> </a>
# expect: u None a [('xmlns', 'http://www.w3.org/2000/xmlns/', None, 'xmlns'), ('xmlns:q', 'http://www.w3.org/2000/xmlns/', 'xmlns', 'q')]
# expect: u w
# expect: '<?xml version="1.0" ?>\n<!DOCTYPE a\n  PUBLIC \'p\'\n  \'s\'>\n<a xmlns="u" xmlns:q="w">\n   \n  <b q:x="1"/>\n   \n</a>\n'
# expect: 3 3 ['x', 'y', 'z']
# expect: '<?xml version="1.0" ?>\n<a>\n\t<b>x</b>\n\t<b>y</b>\n\t<c>\n\t\t<b>z</b>\n\t</c>\n</a>\n'
# expect: '<a>| <b>x</b>| <b>y</b>| <c>|  <b>z</b>| </c>|</a>|'
# expect: <DOM Text node "'0123456789'...">
# expect: NotFoundErr NotFoundErr() 8
# expect: HierarchyRequestErr two document elements disallowed
# expect: TypeError node contents must be a string
# expect: ValueError '--' is not allowed in a comment node
# expect: x c True None
# expect: b None
# expect: <?xml version="1.0" ?><root/> root
# expect: <root><!--first--><item n="0">v0</item><two/></root>
# expect: b'<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <!--first-->\n  <item n="0">v0</item>\n  <two/>\n</root>\n'
# expect: <root><!--first--><item n="0">v0</item><two/></root> None <root/>
# expect: <m b="2"/> False 2
# expect: NotFoundErr
# expect: <cdefgh 7 cde
# expect: 3 <m b="2">&lt;cdefghmore</m>
# expect: 1 <cdefghmore
# expect: ExpatError no element found: line 1, column 3
# expect: ExpatError mismatched tag: line 1, column 5
# expect: ExpatError no element found: line 1, column 0
# expect: ExpatError duplicate attribute: line 1, column 9
# expect: 1.0 utf-8 True é
# expect: <?xml version="1.0" ?><r>é</r> b'<?xml version="1.0" encoding="latin-1"?><r>\xe9</r>' b'<?xml version="1.0" encoding="ascii" standalone="yes"?><r>&#233;</r>'
