# __getattr__ and __setattr__ assigned to a class after its attribute
# instructions cached their lookups: the caches must notice.
class G:
    def __init__(self):
        self.a = 1
def read_b(o):
    return o.b
def write_c(o, v):
    o.c = v
g = G()
try:
    read_b(g)
except AttributeError as e:
    print("AttributeError:", e)
write_c(g, 3)
G.__getattr__ = lambda self, name: "computed " + name
print(read_b(g), g.c)
G.__setattr__ = lambda self, name, value: print("intercepted", name, value)
write_c(g, 4)
print(g.c)

# expect: AttributeError: 'G' object has no attribute 'b'
# expect: computed b 3
# expect: intercepted c 4
# expect: 3
