try:
    undefined_thing
except NameError as e:
    print(e)
def f():
    return also_missing + 1
try:
    f()
except NameError as e:
    print(e)
print(prnt)

# expect: name 'undefined_thing' is not defined
# expect: name 'also_missing' is not defined
# expect runtime error: NameError: name 'prnt' is not defined. Did you mean: 'print'?
