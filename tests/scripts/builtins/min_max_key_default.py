# min/max over an iterable or several arguments, with key= and default=.
print(max([3, 1, 4, 1, 5]))                  # expect: 5
print(min(3, 1, 4))                           # expect: 1
print(max("apple", "fig", "banana", key=len))  # expect: banana
print(min([], default="empty"))               # expect: empty
print(max((), key=abs, default=None))         # expect: None
print(max([-7, 3, 5], key=abs))               # expect: -7
# The first of equal items wins.
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]))  # expect: (1, 'a')
print(min([(1, "a"), (1, "b")], key=lambda t: t[0]))  # expect: (1, 'a')
print(max(x * x for x in range(-3, 3)))       # expect: 9
print(max(1, 2, key=None))                    # expect: 2
