# throw() raises at the suspension point; the generator may handle it and yield again.
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
it = g()
print(next(it))
print(it.throw(ValueError("one")))
print(it.throw(ValueError, "two"))
print(it.throw(ValueError))

# expect: ready
# expect: handled one
# expect: ready
# expect: handled two
# expect: ready
# expect: handled 
# expect: ready
