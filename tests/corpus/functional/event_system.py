"""An observer/event-emitter built from closures and bound methods, with once() and weak references."""
import weakref
from collections import defaultdict


class Emitter:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, event, handler=None):
        if handler is None:
            return lambda fn: self.on(event, fn)
        self._handlers[event].append(handler)
        return handler

    def once(self, event, handler):
        def wrapper(*args):
            self.off(event, wrapper)
            return handler(*args)
        return self.on(event, wrapper)

    def off(self, event, handler):
        self._handlers[event].remove(handler)

    def emit(self, event, *args):
        results = []
        for h in list(self._handlers[event]):
            results.append(h(*args))
        return results


bus = Emitter()


@bus.on("greet")
def hello(name):
    return f"hello {name}"


class Logger:
    def __init__(self):
        self.lines = []

    def record(self, name):
        self.lines.append(name)
        return len(self.lines)


log = Logger()
bus.on("greet", log.record)
bus.once("greet", lambda name: f"first-time {name}")
print(bus.emit("greet", "ann"))
print(bus.emit("greet", "bob"))
bus.off("greet", hello)
print(bus.emit("greet", "cy"), log.lines, bus.emit("nothing"))
try:
    bus.off("greet", hello)
except ValueError as e:
    print("ValueError:", e)


class Listener:
    pass


obj = Listener()
ref = weakref.ref(obj)
print(ref() is obj)
finalized = []
weakref.finalize(obj, finalized.append, "obj collected")
del obj
print(ref(), finalized)
cache = weakref.WeakValueDictionary()
item = Listener()
cache["k"] = item
print(len(cache))
del item
print(len(cache))
