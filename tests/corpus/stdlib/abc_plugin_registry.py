"""A plugin system: abstract exporters registered by name, virtual subclasses and a duck-typed check."""
from abc import ABC, abstractmethod
import json


class Exporter(ABC):
    registry = {}

    def __init_subclass__(cls, /, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt:
            Exporter.registry[fmt] = cls

    @abstractmethod
    def export(self, rows):
        """Turn rows (dicts) into text."""

    @property
    @abstractmethod
    def extension(self):
        ...

    def filename(self, stem):
        return f"{stem}.{self.extension}"


class CsvExporter(Exporter, fmt="csv"):
    extension = "csv"

    def export(self, rows):
        keys = list(rows[0])
        lines = [",".join(keys)]
        lines += [",".join(str(r[k]) for k in keys) for r in rows]
        return "\n".join(lines)


class JsonExporter(Exporter, fmt="json"):
    @property
    def extension(self):
        return "json"

    def export(self, rows):
        return json.dumps(rows, sort_keys=True)


class BrokenExporter(Exporter, fmt="broken"):
    def export(self, rows):
        return ""


rows = [{"name": "ada", "score": 3}, {"name": "bob", "score": 5}]
for fmt in sorted(Exporter.registry):
    cls = Exporter.registry[fmt]
    try:
        exp = cls()
    except TypeError as e:
        print(f"{fmt}: cannot use: {e}")
        continue
    print(exp.filename("report"))
    print(exp.export(rows))


class LegacyWriter:
    extension = "txt"

    def export(self, rows):
        return "\n".join(map(str, rows))


Exporter.register(LegacyWriter)
print(isinstance(LegacyWriter(), Exporter), issubclass(LegacyWriter, Exporter), LegacyWriter.__mro__[1].__name__)
print(sorted(Exporter.__abstractmethods__), BrokenExporter.__abstractmethods__)
try:
    Exporter()
except TypeError as e:
    print(e)
