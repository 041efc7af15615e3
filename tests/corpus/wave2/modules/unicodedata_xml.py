# unicodedata lookups and normalization, then an xml.etree document built,
# serialized, parsed back and queried with find/findall/iter.
import unicodedata
import xml.etree.ElementTree as ET

for ch in "Aé€٣ ß\u0301":
    print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.numeric(ch, None), unicodedata.combining(ch))
print(unicodedata.lookup("SNOWMAN"), unicodedata.normalize("NFD", "é") == "e\u0301", len(unicodedata.normalize("NFC", "e\u0301")))
print(unicodedata.normalize("NFKC", "ﬁ①"), unicodedata.decimal("7"), unicodedata.digit("²"), unicodedata.bidirectional("a"))


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


print(strip_accents("Crème brûlée à la façon"))
library = ET.Element("library", {"city": "Oslo"})
for title, year, tags in [("Dune", 1965, ["sf"]), ("Emma", 1815, ["classic", "romance"]), ("Ubik", 1969, ["sf"])]:
    book = ET.SubElement(library, "book", year=str(year))
    ET.SubElement(book, "title").text = title
    for t in tags:
        ET.SubElement(book, "tag").text = t
xml_text = ET.tostring(library, encoding="unicode")
print(xml_text)
root = ET.fromstring(xml_text)
print(root.tag, root.attrib, len(root), [b.find("title").text for b in root.findall("book")])
print([b.findtext("title") for b in root.iter("book") if int(b.get("year")) > 1900])
print([t.text for t in root.iter("tag")], root.find("book[@year='1815']/title").text, root.findall(".//tag")[-1].text)
doc = ET.fromstring("<a x='1'><b>text<c/>tail</b><!-- c --><d/></a>")
b = doc.find("b")
print(b.text, b.find("c").tail, [child.tag for child in doc], doc.get("x"), doc.get("y", "none"))
doc.remove(doc.find("d"))
doc.set("y", "2")
print(ET.tostring(doc).decode())
try:
    ET.fromstring("<open>")
except ET.ParseError as e:
    print("ParseError:", e)
