"""xml.etree: ElementTree, ElementPath."""
