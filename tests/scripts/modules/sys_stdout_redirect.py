# Replacing sys.stdout redirects print().
import sys
class Buffer:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
        return len(s)
old = sys.stdout
sys.stdout = buf = Buffer()
print("captured", 1)
sys.stdout = old
print(repr(buf.text))  # expect: 'captured 1\n'
