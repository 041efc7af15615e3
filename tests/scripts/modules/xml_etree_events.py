# xml.etree.ElementTree: iterparse, XMLPullParser, XMLParser(target=...),
# TreeBuilder options, parse()/write() with files.
import io, os, tempfile
import xml.etree.ElementTree as ET

DOC = b'''<?xml version="1.0"?>
<root xmlns="urn:r" xmlns:p="urn:p"><!-- c --><p:item n="1">one</p:item><?pi data?><item n="2"/></root>'''
for events in [None, ('start', 'end'), ('start', 'end', 'start-ns', 'end-ns'), ('comment', 'pi', 'end')]:
    it = ET.iterparse(io.BytesIO(DOC), events)
    out = []
    for ev, el in it:
        tag = getattr(el, 'tag', el)
        out.append((ev, el if ev in ('start-ns', 'end-ns') else getattr(tag, '__name__', tag)))
    print(events, out, it.root.tag)
try:
    ET.iterparse(io.BytesIO(DOC), ('bogus',))
except ValueError as e:
    print('ValueError:', e)
it = ET.iterparse(io.BytesIO(b'<a><b/></c>'))
try:
    for ev, el in it:
        print(ev, el.tag)
except ET.ParseError as e:
    print('ParseError:', e)

pp = ET.XMLPullParser(['start', 'end'])
for chunk in ['<feed><entry>', 'x</entry><ent', 'ry/>', '</feed>']:
    pp.feed(chunk)
    print([(ev, el.tag) for ev, el in pp.read_events()])
pp.close()
try:
    pp.feed('more')
except ValueError as e:
    print('ValueError:', e)
pp = ET.XMLPullParser()
pp.feed('<a></b>')
try:
    list(pp.read_events())
except ET.ParseError as e:
    print('ParseError:', e)

class Target:
    def __init__(self): self.log = []
    def start(self, tag, attrib): self.log.append(('start', tag, attrib))
    def end(self, tag): self.log.append(('end', tag))
    def data(self, data): self.log.append(('data', data))
    def comment(self, text): self.log.append(('comment', text))
    def pi(self, target, data): self.log.append(('pi', target, data))
    def start_ns(self, prefix, uri): self.log.append(('start-ns', prefix, uri))
    def end_ns(self, prefix): self.log.append(('end-ns', prefix))
    def close(self): return self.log
p = ET.XMLParser(target=Target())
p.feed('<a xmlns:q="urn:q" q:k="v"><!--hi--><?t d?>text<q:b/></a>')
for entry in p.close():
    print(entry)
class Counter:
    depth = maxdepth = 0
    def start(self, tag, attrib):
        self.depth += 1
        self.maxdepth = max(self.maxdepth, self.depth)
    def end(self, tag): self.depth -= 1
    def close(self): return self.maxdepth
p = ET.XMLParser(target=Counter())
p.feed('<a><b><c/></b><d/></a>')
print('maxdepth', p.close())

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed('<a><!--c--><?p x?>t</a>')
r = p.close()
print([(ch.tag is ET.Comment, ch.tag is ET.PI, ch.text, ch.tail) for ch in r])
tb = ET.TreeBuilder()
tb.start('x', {'a': '1'}); tb.data('hel'); tb.data('lo'); tb.start('y', {}); tb.end('y'); tb.data('tail'); tb.end('x')
x = tb.close()
print(x.tag, x.text, x[0].tail, ET.tostring(x))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'doc.xml')
    tree = ET.ElementTree(ET.fromstring('<a><b>é</b></a>'))
    tree.write(path)
    print(open(path, 'rb').read())
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(open(path, 'rb').read())
    tree.write(path, encoding='unicode')
    print(open(path, 'rb').read())
    t2 = ET.parse(path)
    print(t2.getroot().tag, t2.find('b').text)
    with open(path, 'rb') as f:
        print(ET.parse(f).getroot()[0].text)
    print([(ev, el.tag) for ev, el in ET.iterparse(path)])
    try:
        ET.parse(os.path.join(d, 'missing.xml'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)

# expect: None [('end', '{urn:p}item'), ('end', '{urn:r}item'), ('end', '{urn:r}root')] {urn:r}root
# expect: ('start', 'end') [('start', '{urn:r}root'), ('start', '{urn:p}item'), ('end', '{urn:p}item'), ('start', '{urn:r}item'), ('end', '{urn:r}item'), ('end', '{urn:r}root')] {urn:r}root
# expect: ('start', 'end', 'start-ns', 'end-ns') [('start-ns', ('', 'urn:r')), ('start-ns', ('p', 'urn:p')), ('start', '{urn:r}root'), ('start', '{urn:p}item'), ('end', '{urn:p}item'), ('start', '{urn:r}item'), ('end', '{urn:r}item'), ('end', '{urn:r}root'), ('end-ns', None), ('end-ns', None)] {urn:r}root
# expect: ('comment', 'pi', 'end') [('comment', 'Comment'), ('end', '{urn:p}item'), ('pi', 'ProcessingInstruction'), ('end', '{urn:r}item'), ('end', '{urn:r}root')] {urn:r}root
# expect: ValueError: unknown event 'bogus'
# expect: end b
# expect: ParseError: mismatched tag: line 1, column 9
# expect: [('start', 'feed'), ('start', 'entry')]
# expect: [('end', 'entry')]
# expect: [('start', 'entry'), ('end', 'entry')]
# expect: [('end', 'feed')]
# expect: ValueError: feed() called after end of stream
# expect: ParseError: mismatched tag: line 1, column 5
# expect: ('start-ns', 'q', 'urn:q')
# expect: ('start', 'a', {'{urn:q}k': 'v'})
# expect: ('comment', 'hi')
# expect: ('pi', 't', 'd')
# expect: ('data', 'text')
# expect: ('start', '{urn:q}b', {})
# expect: ('end', '{urn:q}b')
# expect: ('end', 'a')
# expect: ('end-ns', 'q')
# expect: maxdepth 3
# expect: [(True, False, 'c', None), (False, True, 'p x', 't')]
# expect: x hello tail b'<x a="1">hello<y />tail</x>'
# expect: b'<a><b>&#233;</b></a>'
# expect: b"<?xml version='1.0' encoding='utf-8'?>\n<a><b>\xc3\xa9</b></a>"
# expect: b'<a><b>\xc3\xa9</b></a>'
# expect: a é
# expect: é
# expect: [('end', 'b'), ('end', 'a')]
# expect: FileNotFoundError 2
