"""xml.dom.minicompat: NodeList and EmptyNodeList."""

__all__ = ['NodeList', 'EmptyNodeList', 'StringTypes', 'defproperty']

StringTypes = (str,)


class NodeList(list):
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]

    @property
    def length(self):
        return len(self)

    def __getstate__(self):
        return list(self)

    def __setstate__(self, state):
        if state is None:
            state = []
        self[:] = state


class EmptyNodeList(tuple):
    __slots__ = ()

    def __add__(self, other):
        NL = NodeList()
        NL.extend(other)
        return NL

    def __radd__(self, other):
        NL = NodeList()
        NL.extend(other)
        return NL

    def item(self, index):
        return None

    @property
    def length(self):
        return 0


def defproperty(klass, name, doc):
    get = getattr(klass, ('_get_' + name))
    def set(self, value, name=name):
        raise __import__('xml.dom').dom.NoModificationAllowedErr(
            'attempt to modify read-only attribute ' + repr(name))
    prop = property(get, set, doc=doc)
    setattr(klass, name, prop)
