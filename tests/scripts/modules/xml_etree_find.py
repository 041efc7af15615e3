# xml.etree.ElementTree: find/findall/findtext/iterfind with ElementPath.
import xml.etree.ElementTree as ET

doc = ET.fromstring('''<lib xmlns:x="urn:x">
 <shelf name="a"><book id="1" lang="en"><title>One</title><year>2001</year></book>
  <book id="2"><title>Two</title></book><x:book id="3"><x:title>Three</x:title></x:book></shelf>
 <shelf name="b"><book id="4" lang="fr"><title>Four</title><year>2004</year></book><mag/></shelf>
</lib>''')
paths = ['shelf', 'shelf/book', './shelf/book/title', '*/book', '*', './/title', './/book[@lang]',
         ".//book[@lang='fr']", ".//book[@lang!='fr']", './/book[year]', ".//book[title='Two']", ".//book[title!='Two']",
         'shelf/book[1]', 'shelf/book[2]', 'shelf/book[last()]', 'shelf/book[last()-1]', './/title/..',
         './/{urn:x}book', './/{urn:x}*', './/{*}title', './/{}book', ".//title[.='One']", ".//title[.!='One']",
         'shelf[@name="b"]/book', '.', 'shelf/', './/*[@id]', 'nothing', './/book/title/../year']
for p in paths:
    print(p, [(el.tag, el.get('id') or el.get('name') or el.text) for el in doc.findall(p)])
print(doc.find('shelf').get('name'), doc.find('nope'), doc.find('.//year').text)
print(doc.findtext('.//title'), repr(doc.findtext('.//mag')), doc.findtext('nope'), doc.findtext('nope', 'dflt'))
print([e.get('id') for e in doc.iterfind('.//book')])
ns = {'x': 'urn:x'}
print([e.tag for e in doc.findall('.//x:book', ns)], doc.findtext('.//x:title', namespaces=ns))
d = ET.fromstring('<a xmlns="urn:d"><b>1</b><b>2</b></a>')
print(len(d.findall('b', {'': 'urn:d'})), len(d.findall('b')), len(d.findall('{urn:d}b')))
for bad in ['/abs', 'a[', 'a[0]', 'a[@x=', 'q:b', 'a[last()+1]', 'a[foo()]', 'a[last()-0]', 'a[@x and @y]']:
    try:
        print(bad, doc.findall(bad))
    except (SyntaxError, TypeError, KeyError) as ex:
        print(bad, type(ex).__name__, ex)
tree = ET.ElementTree(doc)
print(len(tree.findall('shelf')), tree.find('shelf/book').get('id'), tree.findtext('shelf/book/title'))
print([e.tag for e in tree.iter('title')])

# expect: shelf [('shelf', 'a'), ('shelf', 'b')]
# expect: shelf/book [('book', '1'), ('book', '2'), ('book', '4')]
# expect: ./shelf/book/title [('title', 'One'), ('title', 'Two'), ('title', 'Four')]
# expect: */book [('book', '1'), ('book', '2'), ('book', '4')]
# expect: * [('shelf', 'a'), ('shelf', 'b')]
# expect: .//title [('title', 'One'), ('title', 'Two'), ('title', 'Four')]
# expect: .//book[@lang] [('book', '1'), ('book', '4')]
# expect: .//book[@lang='fr'] [('book', '4')]
# expect: .//book[@lang!='fr'] [('book', '1')]
# expect: .//book[year] [('book', '1'), ('book', '4')]
# expect: .//book[title='Two'] [('book', '2')]
# expect: .//book[title!='Two'] [('book', '1'), ('book', '4')]
# expect: shelf/book[1] [('book', '1'), ('book', '4')]
# expect: shelf/book[2] [('book', '2')]
# expect: shelf/book[last()] [('book', '2'), ('book', '4')]
# expect: shelf/book[last()-1] [('book', '1')]
# expect: .//title/.. [('book', '1'), ('book', '2'), ('book', '4')]
# expect: .//{urn:x}book [('{urn:x}book', '3')]
# expect: .//{urn:x}* [('{urn:x}book', '3'), ('{urn:x}title', 'Three')]
# expect: .//{*}title [('title', 'One'), ('title', 'Two'), ('{urn:x}title', 'Three'), ('title', 'Four')]
# expect: .//{}book [('book', '1'), ('book', '2'), ('book', '4')]
# expect: .//title[.='One'] [('title', 'One')]
# expect: .//title[.!='One'] [('title', 'Two'), ('title', 'Four')]
# expect: shelf[@name="b"]/book [('book', '4')]
# expect: . [('lib', '\n ')]
# expect: shelf/ [('book', '1'), ('book', '2'), ('{urn:x}book', '3'), ('book', '4'), ('mag', None)]
# expect: .//*[@id] [('book', '1'), ('book', '2'), ('{urn:x}book', '3'), ('book', '4')]
# expect: nothing []
# expect: .//book/title/../year [('year', '2001'), ('year', '2004')]
# expect: a None 2001
# expect: One '' None dflt
# expect: ['1', '2', '4']
# expect: ['{urn:x}book'] Three
# expect: 2 0 2
# expect: /abs SyntaxError cannot use absolute path on element
# expect: a[ TypeError 'NoneType' object is not callable
# expect: a[0] SyntaxError XPath position >= 1 expected
# expect: a[@x= TypeError 'NoneType' object is not callable
# expect: q:b []
# expect: a[last()+1] SyntaxError XPath offset from last() must be negative
# expect: a[foo()] SyntaxError unsupported function
# expect: a[last()-0] SyntaxError XPath offset from last() must be negative
# expect: a[@x and @y] SyntaxError invalid predicate
# expect: 2 1 One
# expect: ['title', 'title', 'title']
