# map() and filter() are lazy iterators.
print(list(map(str, [1, 2, 3])))                  # expect: ['1', '2', '3']
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))  # expect: [4, 10]
print(list(filter(None, [0, 1, "", "x", None])))  # expect: [1, 'x']
print(list(filter(lambda n: n % 2, range(6))))    # expect: [1, 3, 5]
calls = []
m = map(lambda x: calls.append(x) or x, [1, 2])
print(calls)                                      # expect: []
print(next(m), calls)                             # expect: 1 [1]
