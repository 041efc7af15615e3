"""xml.sax: SAX2 on coil's expat: parse, parseString, make_parser, the
handler classes and exceptions."""

from .xmlreader import InputSource
from .handler import ContentHandler, ErrorHandler
from ._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                          SAXNotSupportedException, SAXReaderNotAvailable)

default_parser_list = ['xml.sax.expatreader']


def parse(source, handler, errorHandler=ErrorHandler()):
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    inpsrc = InputSource()
    if isinstance(string, str):
        inpsrc.setCharacterStream(io.StringIO(string))
    else:
        inpsrc.setByteStream(io.BytesIO(string))
    parser.parse(inpsrc)


def make_parser(parser_list=()):
    for name in list(parser_list) + default_parser_list:
        if name == 'xml.sax.expatreader':
            from . import expatreader
            return expatreader.create_parser()
        try:
            module = __import__(name, {}, {}, ['create_parser'])
            return module.create_parser()
        except ImportError:
            continue
    raise SAXReaderNotAvailable('No parsers found', None)
