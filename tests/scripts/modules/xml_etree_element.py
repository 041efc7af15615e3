# xml.etree.ElementTree.Element: sequence protocol, attributes, copy, iter,
# itertext, and CPython's C Element error messages.
import copy
import xml.etree.ElementTree as ET

e = ET.Element('a', {'x': '1'}, y='2')
print(e.tag, e.attrib, e.text, e.tail, len(e), ET.iselement(e), ET.iselement('a'))
print(repr(e).startswith("<Element 'a' at 0x"))
b = ET.SubElement(e, 'b', z='3')
c = ET.Element('c')
e.append(c)
e.insert(0, ET.Element('first'))
e.extend([ET.Element('d'), ET.Element('e')])
print([x.tag for x in e], e[0].tag, e[-1].tag, [x.tag for x in e[1:3]])
e[0] = ET.Element('zero')
e[1:3] = [ET.Element('p'), ET.Element('q'), ET.Element('r')]
print([x.tag for x in e])
del e[0]
del e[-2:]
print([x.tag for x in e])
e.remove(e[0])
print([x.tag for x in e], b in e)
print(e.get('x'), e.get('nope'), e.get('nope', 'dflt'))
e.set('w', '9')
print(sorted(e.keys()), sorted(e.items()))
print(bool(ET.Element('z')), bool(e))
for f in [lambda: e[10], lambda: e.append('x'), lambda: e.extend(['x']), lambda: e.insert(0, 5),
          lambda: e.remove(ET.Element('nope')), lambda: ET.Element('a', 'x'),
          lambda: ET.SubElement('x', 'b'), lambda: e.__setitem__(10, ET.Element('x')),
          lambda: e.__setitem__(slice(0, 0), ['x']), lambda: e.__delitem__(10)]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
t = ET.fromstring('<r a="1"><s>one<t>two</t>three</s>four<u/></r>')
print([x.tag for x in t.iter()], [x.tag for x in t.iter('t')], [x.tag for x in t.iter('*')])
print(list(t.itertext()), ''.join(t.itertext()))
sh = copy.copy(t)
dp = copy.deepcopy(t)
t[0].text = 'changed'
t.set('a', '2')
print(sh[0].text, sh.get('a'), dp[0].text, dp.get('a'), sh[0] is t[0], dp[0] is t[0])
mk = t.makeelement('m', {'k': 'v'})
print(mk.tag, mk.attrib, len(t))
t.clear()
print(t.tag, t.attrib, t.text, t.tail, len(t))
com = ET.Comment('note')
pi = ET.PI('tgt', 'data')
print(com.tag is ET.Comment, com.text, pi.tag is ET.PI, pi.text, ET.ProcessingInstruction is ET.PI)
qn = ET.QName('urn:x', 'local')
print(repr(qn), str(qn), qn == '{urn:x}local', qn == ET.QName('{urn:x}local'), hash(qn) == hash('{urn:x}local'))
class Mine(ET.Element):
    pass
m = Mine('m')
ET.SubElement(m, 'kid')
print(type(m).__name__, type(m.makeelement('x', {})).__name__, m[0].tag)

# expect: a {'x': '1', 'y': '2'} None None 0 True False
# expect: True
# expect: ['first', 'b', 'c', 'd', 'e'] first e ['b', 'c']
# expect: ['zero', 'p', 'q', 'r', 'd', 'e']
# expect: ['p', 'q', 'r']
# expect: ['q', 'r'] False
# expect: 1 None dflt
# expect: ['w', 'x', 'y'] [('w', '9'), ('x', '1'), ('y', '2')]
# expect: False True
# expect: IndexError child index out of range
# expect: TypeError append() argument must be xml.etree.ElementTree.Element, not str
# expect: TypeError expected an Element, not "str"
# expect: TypeError insert() argument 2 must be xml.etree.ElementTree.Element, not int
# expect: ValueError list.remove(x): x not in list
# expect: TypeError Element() argument 2 must be dict, not str
# expect: TypeError SubElement() argument 1 must be xml.etree.ElementTree.Element, not str
# expect: IndexError child assignment index out of range
# expect: TypeError expected an Element, not "str"
# expect: IndexError child assignment index out of range
# expect: ['r', 's', 't', 'u'] ['t'] ['r', 's', 't', 'u']
# expect: ['one', 'two', 'three', 'four'] onetwothreefour
# expect: changed 2 one 1 True False
# expect: m {'k': 'v'} 2
# expect: r {} None None 0
# expect: True note True tgt data True
# expect: <QName '{urn:x}local'> {urn:x}local True True True
# expect: Mine Element kid
