# xml.parsers.expat: handlers, ordered attributes, namespaces, incremental
# Parse, the error table, and expat's error positions for junk in the
# prolog/epilog, the XML declaration, names with two colons, DOCTYPEs.
from xml.parsers import expat
import xml.etree.ElementTree as ET

log = []
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: log.append(('start', name, attrs))
p.EndElementHandler = lambda name: log.append(('end', name))
p.CharacterDataHandler = lambda data: log.append(('data', data))
p.CommentHandler = lambda data: log.append(('comment', data))
p.ProcessingInstructionHandler = lambda t, d: log.append(('pi', t, d))
p.XmlDeclHandler = lambda v, e, s: log.append(('decl', v, e, s))
p.StartDoctypeDeclHandler = lambda n, s, pub, sub: log.append(('doctype', n, s, pub, sub))
p.Parse('<?xml version="1.0" encoding="utf-8" standalone="no"?><!DOCTYPE r SYSTEM "r.dtd">'
        '<r a="1" b="2"><!--c--><?t d?>x</r>', True)
for entry in log:
    print(entry)
log = []
p = expat.ParserCreate(namespace_separator=' ')
p.ordered_attributes = True
p.StartElementHandler = lambda name, attrs: log.append(('start', name, attrs))
p.StartNamespaceDeclHandler = lambda prefix, uri: log.append(('ns', prefix, uri))
p.EndNamespaceDeclHandler = lambda prefix: log.append(('end-ns', prefix))
for chunk in ['<r xmlns="urn:d" xml', 'ns:p="urn:p" p:a="1" b="2"><p:c/', '></r>']:
    p.Parse(chunk)
p.Parse('', True)
for entry in log:
    print(entry)
print(expat.ErrorString(4), expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes['mismatched tag'], expat.errors.messages[3])
p = expat.ParserCreate()
try:
    p.Parse('<a>\n <b></a>', True)
except expat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorCode)

cases = []
for junk in ['abc', 'abc def', 'xmlns="u"', '&p;', '?', '"str"', '"unclosed', '(', ')', '%', '%x;', '*', '#',
             '1', 'a=', '<1', '</a>', '<!x', '<!-x', '<!ENTITY', '<![CDATA[x]]>', '&#65;']:
    cases.append(junk + '<r/>')
    cases.append('<r/>' + junk)
cases += ['<?xml?><a/>', '<?xml ?><a/>', '<?xml ersion="1.0"?><a/>', '<?xml version=x"1.0"?><a/>',
          '<?xml versio1.0"?><a/>', '<?xml version="1.0" encoding="8"?><a/>', '<?xml version="1.0" standalone="maybe"?><a/>',
          '<?xml version="1.0" standalone="yes" extra="1"?><a/>', '<?xml version="1.0" encoding="utf-8"?><a/>',
          '<a xmlns:p="u"><p:b:c/></a>', '<a xmlns:p="u"><p:b p:x:y="1"/></a>', '<a>&x:y;</a>', '<a b="1" b/>',
          '<a xmlns:p="u"><p:b p:x="&t;"/></a>', '<!DOCTYPE d [<!ENTI', '<!DOCTYPE d [<!EN\tTITY e "v">]><d/>',
          '<!DOCTYPE d [<!ENTIT:e "v">]><d/>', '<!DOCTYPE d [<!<?x?>]><d/>', '<!DOCTYPE d [<!ENTITY e "v">]><d>&e;</d>']
for doc in cases:
    try:
        ET.fromstring(doc)
        print(repr(doc), 'ok')
    except ET.ParseError as e:
        print(repr(doc), e.code, e.position, e)

# expect: ('decl', '1.0', 'utf-8', 0)
# expect: ('doctype', 'r', 'r.dtd', None, 0)
# expect: ('start', 'r', {'a': '1', 'b': '2'})
# expect: ('comment', 'c')
# expect: ('pi', 't', 'd')
# expect: ('data', 'x')
# expect: ('end', 'r')
# expect: ('ns', None, 'urn:d')
# expect: ('ns', 'p', 'urn:p')
# expect: ('start', 'urn:d r', ['urn:p a', '1', 'b', '2'])
# expect: ('start', 'urn:p c', [])
# expect: ('end-ns', 'p')
# expect: ('end-ns', None)
# expect: not well-formed (invalid token) mismatched tag 7 no element found
# expect: mismatched tag: line 2, column 6 7 2 6 2 6 7
# expect: 'abc<r/>' 4 (1, 3) not well-formed (invalid token): line 1, column 3
# expect: '<r/>abc' 9 (1, 4) junk after document element: line 1, column 4
# expect: 'abc def<r/>' 2 (1, 0) syntax error: line 1, column 0
# expect: '<r/>abc def' 9 (1, 4) junk after document element: line 1, column 4
# expect: 'xmlns="u"<r/>' 4 (1, 5) not well-formed (invalid token): line 1, column 5
# expect: '<r/>xmlns="u"' 4 (1, 9) not well-formed (invalid token): line 1, column 9
# expect: '&p;<r/>' 4 (1, 0) not well-formed (invalid token): line 1, column 0
# expect: '<r/>&p;' 4 (1, 4) not well-formed (invalid token): line 1, column 4
# expect: '?<r/>' 4 (1, 0) not well-formed (invalid token): line 1, column 0
# expect: '<r/>?' 4 (1, 4) not well-formed (invalid token): line 1, column 4
# expect: '"str"<r/>' 4 (1, 5) not well-formed (invalid token): line 1, column 5
# expect: '<r/>"str"' 9 (1, 4) junk after document element: line 1, column 4
# expect: '"unclosed<r/>' 5 (1, 0) unclosed token: line 1, column 0
# expect: '<r/>"unclosed' 5 (1, 4) unclosed token: line 1, column 4
# expect: '(<r/>' 2 (1, 0) syntax error: line 1, column 0
# expect: '<r/>(' 9 (1, 4) junk after document element: line 1, column 4
# expect: ')<r/>' 4 (1, 1) not well-formed (invalid token): line 1, column 1
# expect: '<r/>)' 9 (1, 4) junk after document element: line 1, column 4
# expect: '%<r/>' 4 (1, 1) not well-formed (invalid token): line 1, column 1
# expect: '<r/>%' 5 (1, 4) unclosed token: line 1, column 4
# expect: '%x;<r/>' 10 (1, 0) illegal parameter entity reference: line 1, column 0
# expect: '<r/>%x;' 9 (1, 4) junk after document element: line 1, column 4
# expect: '*<r/>' 4 (1, 0) not well-formed (invalid token): line 1, column 0
# expect: '<r/>*' 4 (1, 4) not well-formed (invalid token): line 1, column 4
# expect: '#<r/>' 4 (1, 1) not well-formed (invalid token): line 1, column 1
# expect: '<r/>#' 5 (1, 4) unclosed token: line 1, column 4
# expect: '1<r/>' 4 (1, 1) not well-formed (invalid token): line 1, column 1
# expect: '<r/>1' 9 (1, 4) junk after document element: line 1, column 4
# expect: 'a=<r/>' 4 (1, 1) not well-formed (invalid token): line 1, column 1
# expect: '<r/>a=' 4 (1, 5) not well-formed (invalid token): line 1, column 5
# expect: '<1<r/>' 4 (1, 1) not well-formed (invalid token): line 1, column 1
# expect: '<r/><1' 4 (1, 5) not well-formed (invalid token): line 1, column 5
# expect: '</a><r/>' 4 (1, 1) not well-formed (invalid token): line 1, column 1
# expect: '<r/></a>' 4 (1, 5) not well-formed (invalid token): line 1, column 5
# expect: '<!x<r/>' 4 (1, 3) not well-formed (invalid token): line 1, column 3
# expect: '<r/><!x' 5 (1, 4) unclosed token: line 1, column 4
# expect: '<!-x<r/>' 4 (1, 3) not well-formed (invalid token): line 1, column 3
# expect: '<r/><!-x' 4 (1, 7) not well-formed (invalid token): line 1, column 7
# expect: '<!ENTITY<r/>' 4 (1, 8) not well-formed (invalid token): line 1, column 8
# expect: '<r/><!ENTITY' 5 (1, 4) unclosed token: line 1, column 4
# expect: '<![CDATA[x]]><r/>' 2 (1, 0) syntax error: line 1, column 0
# expect: '<r/><![CDATA[x]]>' 9 (1, 4) junk after document element: line 1, column 4
# expect: '&#65;<r/>' 4 (1, 0) not well-formed (invalid token): line 1, column 0
# expect: '<r/>&#65;' 4 (1, 4) not well-formed (invalid token): line 1, column 4
# expect: '<?xml?><a/>' 30 (1, 5) XML declaration not well-formed: line 1, column 5
# expect: '<?xml ?><a/>' 30 (1, 5) XML declaration not well-formed: line 1, column 5
# expect: '<?xml ersion="1.0"?><a/>' 30 (1, 6) XML declaration not well-formed: line 1, column 6
# expect: '<?xml version=x"1.0"?><a/>' 30 (1, 14) XML declaration not well-formed: line 1, column 14
# expect: '<?xml versio1.0"?><a/>' 30 (1, 16) XML declaration not well-formed: line 1, column 16
# expect: '<?xml version="1.0" encoding="8"?><a/>' 30 (1, 30) XML declaration not well-formed: line 1, column 30
# expect: '<?xml version="1.0" standalone="maybe"?><a/>' 30 (1, 32) XML declaration not well-formed: line 1, column 32
# expect: '<?xml version="1.0" standalone="yes" extra="1"?><a/>' 30 (1, 37) XML declaration not well-formed: line 1, column 37
# expect: '<?xml version="1.0" encoding="utf-8"?><a/>' ok
# expect: '<a xmlns:p="u"><p:b:c/></a>' 4 (1, 19) not well-formed (invalid token): line 1, column 19
# expect: '<a xmlns:p="u"><p:b p:x:y="1"/></a>' 4 (1, 23) not well-formed (invalid token): line 1, column 23
# expect: '<a>&x:y;</a>' 4 (1, 5) not well-formed (invalid token): line 1, column 5
# expect: '<a b="1" b/>' 4 (1, 10) not well-formed (invalid token): line 1, column 10
# expect: '<a xmlns:p="u"><p:b p:x="&t;"/></a>' 11 (1, 15) undefined entity: line 1, column 15
# expect: '<!DOCTYPE d [<!ENTI' 5 (1, 13) unclosed token: line 1, column 13
# expect: '<!DOCTYPE d [<!EN\tTITY e "v">]><d/>' 2 (1, 13) syntax error: line 1, column 13
# expect: '<!DOCTYPE d [<!ENTIT:e "v">]><d/>' 4 (1, 20) not well-formed (invalid token): line 1, column 20
# expect: '<!DOCTYPE d [<!<?x?>]><d/>' 4 (1, 15) not well-formed (invalid token): line 1, column 15
# expect: '<!DOCTYPE d [<!ENTITY e "v">]><d>&e;</d>' ok
