def f():
    values = [3, 8, 1]
    _ = [top := v for v in values if v > 2]
    return top
print(f())
total = 0
print([total := total + v for v in range(5)], total)

# expect: 8
# expect: [0, 1, 3, 6, 10] 10
