# xml.etree.ElementInclude: xi:include of XML and text through a loader,
# tails, recursion and depth errors; xml.etree.cElementTree (3.11's alias).
import xml.etree.ElementTree as ET
from xml.etree import ElementInclude
import xml.etree.cElementTree as cET
print(cET.Element is ET.Element, cET.fromstring('<a>c</a>').text)
FILES = {
    'part.xml': '<part n="1"><sub>deep</sub></part>',
    'note.txt': 'plain text & more',
    'nested.xml': '<n xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="part.xml"/></n>',
    'self.xml': '<s xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="self.xml"/></s>',
}
def loader(href, parse, encoding=None):
    print('load', href, parse, encoding)
    data = FILES[href]
    return ET.fromstring(data) if parse == 'xml' else data
doc = ET.fromstring('<doc xmlns:xi="http://www.w3.org/2001/XInclude">start<xi:include href="note.txt" parse="text"/>'
                    '<a/><xi:include href="part.xml"/>tail1<xi:include href="note.txt" parse="text" encoding="latin-1"/>tail2'
                    '<xi:include href="nested.xml"/></doc>')
ElementInclude.include(doc, loader=loader)
print(ET.tostring(doc, encoding='unicode'))
for src, kw in [('<r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="self.xml"/></r>', {}),
                ('<r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="nested.xml"/></r>', {'max_depth': 1}),
                ('<r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="x" parse="bogus"/></r>', {}),
                ('<r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:fallback/></r>', {}),
                ('<r/>', {'max_depth': -1})]:
    try:
        ElementInclude.include(ET.fromstring(src), loader=loader, **kw)
        print('ok')
    except (ElementInclude.FatalIncludeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(ElementInclude.LimitedRecursiveIncludeError, ElementInclude.FatalIncludeError), ElementInclude.XINCLUDE_INCLUDE)

# expect: True c
# expect: load note.txt text None
# expect: load part.xml xml None
# expect: load note.txt text latin-1
# expect: load nested.xml xml None
# expect: load part.xml xml None
# expect: <doc>startplain text &amp; more<a /><part n="1"><sub>deep</sub></part>tail1plain text &amp; moretail2<n><part n="1"><sub>deep</sub></part></n></doc>
# expect: load self.xml xml None
# expect: FatalIncludeError recursive include of self.xml
# expect: load nested.xml xml None
# expect: LimitedRecursiveIncludeError maximum xinclude depth reached when including file part.xml
# expect: FatalIncludeError unknown parse type in xi:include tag ('bogus')
# expect: FatalIncludeError xi:fallback tag must be child of xi:include ('{http://www.w3.org/2001/XInclude}fallback')
# expect: ValueError expected non-negative depth or None for 'max_depth', got -1
# expect: True {http://www.w3.org/2001/XInclude}include
