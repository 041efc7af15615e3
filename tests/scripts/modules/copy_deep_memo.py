# copy.deepcopy copies all the way down, once per object: shared and
# recursive references keep their shape, and the memo records the copies.
import copy

a = [1, [2, 3], {'k': [4]}]
c = copy.deepcopy(a)
a[1].append(9)
a[2]['k'].append(5)
print(c)
shared = [0]
pair = [shared, shared]
copied = copy.deepcopy(pair)
print(copied[0] is copied[1], copied[0] is not shared)
loop = [1]
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print(loop_copy[1] is loop_copy, loop_copy is not loop)
t = (1, 2, 'x')
print(copy.deepcopy(t) is t)
t2 = (1, [2])
t2c = copy.deepcopy(t2)
print(t2c, t2c is t2, t2c[1] is t2[1])
memo = {}
x = [1]
y = copy.deepcopy({'a': x, 'b': x}, memo)
print(y['a'] is y['b'], memo[id(x)] is y['a'])
print(copy.deepcopy(x, {id(x): 'preset'}))


class Tree:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []

    def add(self, value):
        child = Tree(value, self)
        self.children.append(child)
        return child


root = Tree('root')
root.add('a').add('a1')
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone.children[0].children[0].value)
print(clone is not root, clone.children[0] is not root.children[0])

# expect: [1, [2, 3], {'k': [4]}]
# expect: True True
# expect: True True
# expect: True
# expect: (1, [2]) False False
# expect: True True
# expect: preset
# expect: True a1
# expect: True True
