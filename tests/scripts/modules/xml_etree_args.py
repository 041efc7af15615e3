# xml.etree.ElementTree: argument errors with the C Element's messages, and
# an unknown encoding (LookupError from the codecs registry, as pyexpat).
import xml.etree.ElementTree as ET
e=ET.Element('a')
for f in [lambda: ET.Element(), lambda: ET.Element('a', {}, {}), lambda: e.get(), lambda: e.set('a'), lambda: e.find(), lambda: e.iter(1,2), lambda: ET.SubElement(e), lambda: e.append(), lambda: e.insert(0), lambda: e.remove(), lambda: ET.Element('a', attrib='x'), lambda: e.makeelement('x'), lambda: e.extend(5)]:
    try: f()
    except Exception as ex: print(type(ex).__name__, ex)
for data, parser in [(b"<?xml version='1.0' encoding='bogus'?><a/>", None), (b'<a/>', ET.XMLParser(encoding='bogus'))]:
    try:
        ET.fromstring(data, parser)
    except LookupError as ex:
        print('LookupError', ex)
print(ET.Element('a', attrib={'k': 'v'}).attrib, ET.Element('a', {'k': 'v'}, attrib='x').attrib)
print([x.tag for x in ET.fromstring('<a><b/><c><b/></c></a>').iter(tag='b')])

# expect: TypeError Element() takes at least 1 argument (0 given)
# expect: TypeError Element() takes at most 2 arguments (3 given)
# expect: TypeError get() missing required argument 'key' (pos 1)
# expect: TypeError set expected 2 arguments, got 1
# expect: TypeError find() missing required argument 'path' (pos 1)
# expect: TypeError iter() takes at most 1 argument (2 given)
# expect: TypeError SubElement() takes at least 2 arguments (1 given)
# expect: TypeError Element.append() takes exactly one argument (0 given)
# expect: TypeError insert expected 2 arguments, got 1
# expect: TypeError Element.remove() takes exactly one argument (0 given)
# expect: TypeError attrib must be dict, not str
# expect: TypeError makeelement expected 2 arguments, got 1
# expect: TypeError expected sequence, not "int"
# expect: LookupError unknown encoding: bogus
# expect: LookupError unknown encoding: bogus
# expect: {'k': 'v'} {'k': 'v', 'attrib': 'x'}
# expect: ['b', 'b']
