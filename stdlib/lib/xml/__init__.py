"""xml: coil's XML packages, written in coil on its own parser
(xml.parsers.expat): xml.etree.ElementTree, xml.sax.saxutils and
xml.dom.minidom."""
