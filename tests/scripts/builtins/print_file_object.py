# print(file=obj) calls obj.write once per piece (args, separators, end).
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")

c = Collector()
print("a", 1, None, sep="|", file=c, flush=True)
print(c.parts)  # expect: ['a', '|', '1', '|', 'None', '\n', '<flush>']
