# The __main__ module has CPython's globals (__package__, __loader__, __spec__, __annotations__, __cached__), in its order.
print(sorted(k for k in globals() if k not in ("__file__",)))
print(__package__, __spec__, __cached__, __annotations__, __doc__, __name__)
x: int = 3
print(__annotations__, list(globals())[:6])
import sys
m = sys.modules["__main__"]
print(m.__package__, m.__spec__, sorted(vars(m))[:5])

# expect: ['__annotations__', '__builtins__', '__cached__', '__doc__', '__loader__', '__name__', '__package__', '__spec__']
# expect: None None None {} None __main__
# expect: {'x': <class 'int'>} ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__']
# expect: None None ['__annotations__', '__builtins__', '__cached__', '__doc__', '__file__']
