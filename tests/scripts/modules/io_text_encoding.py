# io.text_encoding returns its argument, or the default text encoding for None
import io
print(io.text_encoding('latin-1'), io.text_encoding('utf-16', 3))
print(io.text_encoding(None) in ('utf-8', 'locale'))

# expect: latin-1 utf-16
# expect: True
