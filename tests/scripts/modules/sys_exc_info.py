# sys.exc_info() and sys.exception() inside and outside except blocks.
import sys
print(sys.exc_info())  # expect: (None, None, None)
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is not None)  # expect: KeyError True True
    print(sys.exception() is e)                # expect: True
print(sys.exc_info()[0], sys.exception())      # expect: None None
