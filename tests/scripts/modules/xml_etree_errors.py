# xml.etree.ElementTree.ParseError: expat's messages, codes and positions.
import xml.etree.ElementTree as ET

bad = ['', '   ', 'text', '<a>', '<a></b>', '<a><b></a>', '<a x="1" x="2"/>', '<a>&foo;</a>',
       '<a>&#0;</a>', '<a>&#xZZ;</a>', '<a/><b/>', '<a/>\n  junk', '<a b=1/>', '<a b="<"/>',
       '<a>\n<b>\n</c></a>', '<1a/>', '<a><![CDATA[x</a>', '<a><!-- x', '<a>x<', '<a', '<a b="x',
       ' <?xml version="1.0"?><a/>', '<a>&amp</a>', '<a>& b</a>', '<a>]]></a>', '<a xmlns:x="u"><y:b/></a>',
       '<!DOCTYPE a SYSTEM "x.dtd"><a>&e;</a>', '<a>\x01</a>', '<a b="1"c="2"/>', '<a>--<!-- a -- b --></a>',
       '<?xml?><a/>', '<a xmlns:a=""/>', '<x:a/>', '<a/ >', '< a/>', '</a>', '<a></ a>', '<a>t</a>t',
       '<a>é<b></c></a>', '<a x="1" xmlns:p="u" xmlns:q="u" p:b="1" q:b="2"/>', '<a>&#1114112;</a>']
for doc in bad:
    try:
        ET.fromstring(doc)
        print(repr(doc), 'parsed')
    except ET.ParseError as e:
        print(repr(doc), '->', e, e.code, e.position)
print(issubclass(ET.ParseError, SyntaxError))
p = ET.XMLParser()
p.feed('<a><b>')
try:
    p.feed('</c>')
except ET.ParseError as e:
    print('feed:', e)
try:
    ET.fromstring(b'<a>\xff</a>')
except ET.ParseError as e:
    print('bytes:', e)

# expect: '' -> no element found: line 1, column 0 3 (1, 0)
# expect: '   ' -> no element found: line 1, column 3 3 (1, 3)
# expect: 'text' -> syntax error: line 1, column 0 2 (1, 0)
# expect: '<a>' -> no element found: line 1, column 3 3 (1, 3)
# expect: '<a></b>' -> mismatched tag: line 1, column 5 7 (1, 5)
# expect: '<a><b></a>' -> mismatched tag: line 1, column 8 7 (1, 8)
# expect: '<a x="1" x="2"/>' -> duplicate attribute: line 1, column 9 8 (1, 9)
# expect: '<a>&foo;</a>' -> undefined entity: line 1, column 3 11 (1, 3)
# expect: '<a>&#0;</a>' -> reference to invalid character number: line 1, column 3 14 (1, 3)
# expect: '<a>&#xZZ;</a>' -> not well-formed (invalid token): line 1, column 6 4 (1, 6)
# expect: '<a/><b/>' -> junk after document element: line 1, column 4 9 (1, 4)
# expect: '<a/>\n  junk' -> junk after document element: line 2, column 2 9 (2, 2)
# expect: '<a b=1/>' -> not well-formed (invalid token): line 1, column 5 4 (1, 5)
# expect: '<a b="<"/>' -> not well-formed (invalid token): line 1, column 6 4 (1, 6)
# expect: '<a>\n<b>\n</c></a>' -> mismatched tag: line 3, column 2 7 (3, 2)
# expect: '<1a/>' -> not well-formed (invalid token): line 1, column 1 4 (1, 1)
# expect: '<a><![CDATA[x</a>' -> unclosed CDATA section: line 1, column 17 20 (1, 17)
# expect: '<a><!-- x' -> unclosed token: line 1, column 3 5 (1, 3)
# expect: '<a>x<' -> unclosed token: line 1, column 4 5 (1, 4)
# expect: '<a' -> unclosed token: line 1, column 0 5 (1, 0)
# expect: '<a b="x' -> unclosed token: line 1, column 0 5 (1, 0)
# expect: ' <?xml version="1.0"?><a/>' -> XML or text declaration not at start of entity: line 1, column 1 17 (1, 1)
# expect: '<a>&amp</a>' -> not well-formed (invalid token): line 1, column 7 4 (1, 7)
# expect: '<a>& b</a>' -> not well-formed (invalid token): line 1, column 4 4 (1, 4)
# expect: '<a>]]></a>' -> not well-formed (invalid token): line 1, column 5 4 (1, 5)
# expect: '<a xmlns:x="u"><y:b/></a>' -> unbound prefix: line 1, column 15 27 (1, 15)
# expect: '<!DOCTYPE a SYSTEM "x.dtd"><a>&e;</a>' -> undefined entity &e;: line 1, column 30 11 (1, 30)
# expect: '<a>\x01</a>' -> not well-formed (invalid token): line 1, column 3 4 (1, 3)
# expect: '<a b="1"c="2"/>' -> not well-formed (invalid token): line 1, column 8 4 (1, 8)
# expect: '<a>--<!-- a -- b --></a>' -> not well-formed (invalid token): line 1, column 14 4 (1, 14)
# expect: '<?xml?><a/>' -> XML declaration not well-formed: line 1, column 5 30 (1, 5)
# expect: '<a xmlns:a=""/>' -> must not undeclare prefix: line 1, column 0 28 (1, 0)
# expect: '<x:a/>' -> unbound prefix: line 1, column 0 27 (1, 0)
# expect: '<a/ >' -> not well-formed (invalid token): line 1, column 3 4 (1, 3)
# expect: '< a/>' -> not well-formed (invalid token): line 1, column 1 4 (1, 1)
# expect: '</a>' -> not well-formed (invalid token): line 1, column 1 4 (1, 1)
# expect: '<a></ a>' -> not well-formed (invalid token): line 1, column 5 4 (1, 5)
# expect: '<a>t</a>t' -> junk after document element: line 1, column 8 9 (1, 8)
# expect: '<a>é<b></c></a>' -> mismatched tag: line 1, column 9 7 (1, 9)
# expect: '<a x="1" xmlns:p="u" xmlns:q="u" p:b="1" q:b="2"/>' -> duplicate attribute: line 1, column 0 8 (1, 0)
# expect: '<a>&#1114112;</a>' -> reference to invalid character number: line 1, column 3 14 (1, 3)
# expect: True
# expect: feed: mismatched tag: line 1, column 8
# expect: bytes: not well-formed (invalid token): line 1, column 3
