# A new function's __module__ is its globals' __name__ when it is made: renamed, deleted and re-added, or absent from exec's globals
def f(): pass
print(f.__module__)
g = {"x": 1}
exec("def h(): pass", g)
print(g["h"].__module__)
g2 = {"x": 1, "__name__": "named"}
exec("def h(): pass", g2)
print(g2["h"].__module__)
globals()["__name__"] = "renamed"
def k(): pass
print(k.__module__)
del globals()["__name__"]
def m(): pass
print(m.__module__)
globals()["__name__"] = "again"
def n(): pass
print(n.__module__)

# expect: __main__
# expect: None
# expect: named
# expect: renamed
# expect: None
# expect: again
