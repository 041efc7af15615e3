l = [3, 1, 2]
l.append(5); l.extend([0, 9]); l.insert(1, 7)
print(l, len(l))
print(l.pop(), l.pop(0), l)
l.remove(2)
l.sort()
print(l, sorted(l, reverse=True), l.index(5), l.count(1))
l.reverse()
print(l, l[::-1], l + [1], l * 2)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [] or "empty", list("abc"), list(range(3)))
c = l.copy(); c.clear()
print(c, l, min(l), max(l), sum(l))
print([[0] * 2] * 2, list(map(str, l)), list(filter(None, [0, 1, '', 'a'])))
nested = [1, [2, [3]]]
print(nested, str(nested), repr(['a', "b'c"]))

# expect: [3, 7, 1, 2, 5, 0, 9] 7
# expect: 9 3 [7, 1, 2, 5, 0]
# expect: [0, 1, 5, 7] [7, 5, 1, 0] 2 1
# expect: [7, 5, 1, 0] [0, 1, 5, 7] [7, 5, 1, 0, 1] [7, 5, 1, 0, 7, 5, 1, 0]
# expect: True True empty ['a', 'b', 'c'] [0, 1, 2]
# expect: [] [7, 5, 1, 0] 0 7 13
# expect: [[0, 0], [0, 0]] ['7', '5', '1', '0'] [1, 'a']
# expect: [1, [2, [3]]] [1, [2, [3]]] ['a', "b'c"]
