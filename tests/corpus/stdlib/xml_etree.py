"""Parse and build XML with xml.etree.ElementTree: find/findall, attributes, iteration, serialisation."""
import xml.etree.ElementTree as ET

XML = """<?xml version="1.0"?>
<library>
  <book id="b1" lang="en">
    <title>Dune</title><author>Frank Herbert</author><year>1965</year>
    <tags><tag>sf</tag><tag>classic</tag></tags>
  </book>
  <book id="b2" lang="pl">
    <title>Solaris</title><author>Stanislaw Lem</author><year>1961</year>
    <tags><tag>sf</tag></tags>
  </book>
  <magazine id="m1"><title>Analog</title></magazine>
</library>"""

root = ET.fromstring(XML)
print(root.tag, len(root), [child.tag for child in root])
for book in root.findall("book"):
    tags = [t.text for t in book.iter("tag")]
    print(book.get("id"), book.attrib["lang"], book.findtext("title"), int(book.find("year").text), tags)
print([t.text for t in root.iter("title")], root.find("magazine").get("missing", "n/a"))
print([b.get("id") for b in root.findall(".//book[@lang='en']")], root.find(".//tag").text)
old = [b for b in root.findall("book") if int(b.findtext("year")) < 1963]
print([b.findtext("title") for b in old])

catalog = ET.Element("catalog", version="2")
for i, (name, price) in enumerate([("pen", "1.50"), ("ink & paper", "4.00")], 1):
    item = ET.SubElement(catalog, "item", sku=f"S{i}")
    ET.SubElement(item, "name").text = name
    ET.SubElement(item, "price", currency="EUR").text = price
print(ET.tostring(catalog, encoding="unicode"))
catalog[0].set("sku", "CHANGED")
catalog.remove(catalog[1])
print(ET.tostring(catalog, encoding="unicode"))
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError:", e)
