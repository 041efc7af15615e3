"""xml.etree.cElementTree: the deprecated alias CPython 3.11 still ships."""
from xml.etree.ElementTree import *
