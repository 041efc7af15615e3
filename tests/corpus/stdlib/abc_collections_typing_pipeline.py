"""A data pipeline whose stages are ABCs, with typing hints and collections.abc checks on inputs."""
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Callable, Mapping
from typing import Any


class Stage(ABC):
    @abstractmethod
    def process(self, items: Iterable[Any]) -> Iterator[Any]:
        ...

    def __or__(self, other: "Stage") -> "Pipeline":
        return Pipeline([self, other])


class Pipeline(Stage):
    def __init__(self, stages):
        self.stages = list(stages)

    def process(self, items):
        for stage in self.stages:
            items = stage.process(items)
        return items

    def __or__(self, other):
        return Pipeline(self.stages + [other])


class Map(Stage):
    def __init__(self, fn: Callable[[Any], Any]):
        if not isinstance(fn, Callable):
            raise TypeError(f"Map needs a callable, got {type(fn).__name__}")
        self.fn = fn

    def process(self, items):
        return (self.fn(x) for x in items)


class Filter(Map):
    def process(self, items):
        return (x for x in items if self.fn(x))


class Lookup(Stage):
    def __init__(self, table: Mapping):
        if not isinstance(table, Mapping):
            raise TypeError("Lookup needs a mapping")
        self.table = table

    def process(self, items):
        for x in items:
            yield self.table.get(x, f"?{x}")


names = {1: "one", 4: "four", 9: "nine", 16: "sixteen"}
p = Map(lambda x: x * x) | Filter(lambda x: x % 2 == 0 or x < 10) | Lookup(names)
out = p.process(range(1, 6))
print(isinstance(out, Iterator), isinstance(p, Stage), list(out))
for bad in (lambda: Map(3), lambda: Lookup([1, 2]), lambda: Stage()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print([isinstance(x, Iterable) for x in ([], "s", 5, {}, (i for i in []))])
print(len(p.stages), [type(s).__name__ for s in p.stages])
