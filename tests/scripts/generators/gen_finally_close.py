def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g()
print(next(it))
it.close()
print("closed")
for v in g():
    print(v)

# expect: 1
# expect: cleanup
# expect: closed
# expect: 1
# expect: 2
# expect: cleanup
