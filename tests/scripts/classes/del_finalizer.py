# __del__ runs when an instance is dropped: at `del`, when its name is rebound,
# when the function holding it returns, when the collector finds it in a cycle,
# and for what is left at exit (in order of creation); once per object.
import gc

class Tracked:
    def __init__(self, name):
        self.name = name
        print("make", name)
    def __del__(self):
        print("drop", self.name)

class Child(Tracked):
    pass

a = Tracked("a")
del a
print("after del a")

b = Tracked("b1")
b = Tracked("b2")
print("after rebind b")

def local_life():
    t = Tracked("local")
    print("in function")
    return 42
print("returned", local_life())

def rebind_local():
    x = Tracked("x1")
    x = None
    print("x rebound to None")
rebind_local()

def closure():
    c = Tracked("cell")
    def inner():
        nonlocal c
        del c
        print("cell deleted")
    inner()
closure()

ch = Child("child")
del ch
print("after del child")

class Cyclic(Tracked):
    pass
cy = Cyclic("cycle")
cy.self_ref = cy
del cy
gc.collect()
print("after collect")

class Phoenix:
    def __del__(self):
        global saved
        saved = self
        print("phoenix __del__")
p = Phoenix()
del p
print("saved is a Phoenix:", type(saved).__name__)
del saved
gc.collect()
print("no second __del__")

class Loud:
    def __del__(self):
        raise ValueError("from __del__")
l = Loud()
del l
print("after Loud")

keep1 = Tracked("keep1")
keep2 = Tracked("keep2")
holder = [Tracked("in list")]
print("end of script")

# expect: make a
# expect: drop a
# expect: after del a
# expect: make b1
# expect: make b2
# expect: drop b1
# expect: after rebind b
# expect: make local
# expect: in function
# expect: drop local
# expect: returned 42
# expect: make x1
# expect: drop x1
# expect: x rebound to None
# expect: make cell
# expect: drop cell
# expect: cell deleted
# expect: make child
# expect: drop child
# expect: after del child
# expect: make cycle
# expect: drop cycle
# expect: after collect
# expect: phoenix __del__
# expect: saved is a Phoenix: Phoenix
# expect: no second __del__
# expect: after Loud
# expect: make keep1
# expect: make keep2
# expect: make in list
# expect: end of script
# expect: drop b2
# expect: drop keep1
# expect: drop keep2
# expect: drop in list
# expect stderr: ValueError: from __del__
