# close() raises GeneratorExit at the suspension point and runs finally blocks.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
it = g()
print(next(it))
print(it.close())
print(next(it, "closed"))
it2 = g()
it2.close()
print("closing a fresh generator runs nothing")

# expect: 1
# expect: finally ran
# expect: None
# expect: closed
# expect: closing a fresh generator runs nothing
