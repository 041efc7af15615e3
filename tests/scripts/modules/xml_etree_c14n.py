# xml.etree.ElementTree.canonicalize: C14N 2.0 with its options.
import io
import xml.etree.ElementTree as ET
docs = [
    '<?xml version="1.0"?>\n<!-- head --><?pi data?>\n<doc b="2" a="1"><e1   /><e2 x="&lt;&amp;&quot;"   >text &amp; &lt;x&gt;\r</e2><!-- inner --></doc>\n<!-- tail -->',
    '<a xmlns="urn:a" xmlns:p="urn:p" xmlns:unused="urn:u"><p:b p:y="1" x="2"/><c xmlns=""/></a>',
    '<r xmlns:q="urn:q"><q:e a="q:v">q:name</q:e><s xml:space="preserve">  keep  </s><t>  strip  </t></r>',
    '<doc>\n  <x att="v&#9;\n"/>\n  <y>\n    <z/>\n  </y>\n</doc>',
]
for d in docs:
    print(repr(ET.canonicalize(d)))
    print(repr(ET.canonicalize(d, with_comments=True)))
    print(repr(ET.canonicalize(d, strip_text=True)))
    print(repr(ET.canonicalize(d, rewrite_prefixes=True)))
print(repr(ET.canonicalize(docs[2], qname_aware_tags=['{urn:q}e'], qname_aware_attrs=['a'])))
print(repr(ET.canonicalize(docs[2], qname_aware_tags=['{urn:q}e'], rewrite_prefixes=True)))
print(repr(ET.canonicalize(docs[0], exclude_attrs=['a'], exclude_tags=['e1'])))
out = io.StringIO()
print(ET.canonicalize(docs[1], out=out), repr(out.getvalue()))
print(repr(ET.canonicalize(from_file=io.BytesIO(b'<a><b/></a>'))))
try:
    ET.canonicalize()
except ValueError as e:
    print('ValueError:', e)
lst = []
p = ET.XMLParser(target=ET.C14NWriterTarget(lst.append))
p.feed('<a c="3" b="2"><b/></a>')
p.close()
print(lst)

# expect: '<?pi data?>\n<doc a="1" b="2"><e1></e1><e2 x="&lt;&amp;&quot;">text &amp; &lt;x&gt;\n</e2></doc>'
# expect: '<!-- head -->\n<?pi data?>\n<doc a="1" b="2"><e1></e1><e2 x="&lt;&amp;&quot;">text &amp; &lt;x&gt;\n</e2><!-- inner --></doc>\n<!-- tail -->'
# expect: '<?pi data?>\n<doc a="1" b="2"><e1></e1><e2 x="&lt;&amp;&quot;">text &amp; &lt;x&gt;</e2></doc>'
# expect: '<?pi data?>\n<n0:doc xmlns:n0="" a="1" b="2"><n0:e1></n0:e1><n0:e2 x="&lt;&amp;&quot;">text &amp; &lt;x&gt;\n</n0:e2></n0:doc>'
# expect: '<a xmlns="urn:a"><p:b xmlns:p="urn:p" x="2" p:y="1"></p:b><c xmlns=""></c></a>'
# expect: '<a xmlns="urn:a"><p:b xmlns:p="urn:p" x="2" p:y="1"></p:b><c xmlns=""></c></a>'
# expect: '<a xmlns="urn:a"><p:b xmlns:p="urn:p" x="2" p:y="1"></p:b><c xmlns=""></c></a>'
# expect: '<n0:a xmlns:n0="urn:a"><n2:b xmlns:n1="" xmlns:n2="urn:p" x="2" n2:y="1"></n2:b><n1:c xmlns:n1=""></n1:c></n0:a>'
# expect: '<r><q:e xmlns:q="urn:q" a="q:v">q:name</q:e><s xml:space="preserve">  keep  </s><t>  strip  </t></r>'
# expect: '<r><q:e xmlns:q="urn:q" a="q:v">q:name</q:e><s xml:space="preserve">  keep  </s><t>  strip  </t></r>'
# expect: '<r><q:e xmlns:q="urn:q" a="q:v">q:name</q:e><s xml:space="preserve">  keep  </s><t>strip</t></r>'
# expect: '<n0:r xmlns:n0=""><n1:e xmlns:n1="urn:q" a="q:v">q:name</n1:e><n0:s xml:space="preserve">  keep  </n0:s><n0:t>  strip  </n0:t></n0:r>'
# expect: '<doc>\n  <x att="v&#x9; "></x>\n  <y>\n    <z></z>\n  </y>\n</doc>'
# expect: '<doc>\n  <x att="v&#x9; "></x>\n  <y>\n    <z></z>\n  </y>\n</doc>'
# expect: '<doc><x att="v&#x9; "></x><y><z></z></y></doc>'
# expect: '<n0:doc xmlns:n0="">\n  <n0:x att="v&#x9; "></n0:x>\n  <n0:y>\n    <n0:z></n0:z>\n  </n0:y>\n</n0:doc>'
# expect: '<r><q:e xmlns:q="urn:q" a="q:v">q:name</q:e><s xml:space="preserve">  keep  </s><t>  strip  </t></r>'
# expect: '<n0:r xmlns:n0=""><n1:e xmlns:n1="urn:q" a="q:v">n1:name</n1:e><n0:s xml:space="preserve">  keep  </n0:s><n0:t>  strip  </n0:t></n0:r>'
# expect: '<?pi data?>\n<doc b="2"><e2 x="&lt;&amp;&quot;">text &amp; &lt;x&gt;\n</e2></doc>'
# expect: None '<a xmlns="urn:a"><p:b xmlns:p="urn:p" x="2" p:y="1"></p:b><c xmlns=""></c></a>'
# expect: '<a><b></b></a>'
# expect: ValueError: Either 'xml_data' or 'from_file' must be provided as input
# expect: ['<a', ' b="2" c="3"', '>', '<b', '>', '</b>', '</a>']
