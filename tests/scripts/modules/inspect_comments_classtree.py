#!/usr/bin/env python3
# The comment block at the top of a module, found by getcomments().
# It may span lines.

# Not part of it (after a blank line).
import inspect
import sys


class Base:
    pass


    # Indented deeper than the class below: not its comment.
class Left(Base):
    #
    # Helper (the lone '#' lines around it are dropped).
    #
    def helper(self):
        pass

    def bare(self):
        pass


class Right(Base):
    pass


# Two bases: it appears under both unless unique=True.
class Both(Left, Right):
    pass


def show(tree, depth=0):
    for node in tree:
        if isinstance(node, list):
            show(node, depth + 1)
        else:
            cls, bases = node
            print('  ' * depth + cls.__name__, [b.__name__ for b in bases])


print(repr(inspect.getcomments(sys.modules[__name__])))
print(repr(inspect.getcomments(Left.helper)))
print(repr(inspect.getcomments(Left.bare)))
print(repr(inspect.getcomments(Both)))
print(repr(inspect.getcomments(Left)))
print(inspect.getcomments(len), inspect.indentsize('\t  x'))
show(inspect.getclasstree([Base, Left, Right, Both]))
print('--')
show(inspect.getclasstree([Left, Right, Both], unique=True))

# expect: '# The comment block at the top of a module, found by getcomments().\n# It may span lines.\n'
# expect: "# Helper (the lone '#' lines around it are dropped).\n"
# expect: None
# expect: '# Two bases: it appears under both unless unique=True.\n'
# expect: None
# expect: None 10
# expect: object []
# expect:   Base ['object']
# expect:     Left ['Base']
# expect:       Both ['Left', 'Right']
# expect:     Right ['Base']
# expect:       Both ['Left', 'Right']
# expect: --
# expect: Base ['object']
# expect:   Left ['Base']
# expect:     Both ['Left', 'Right']
# expect:   Right ['Base']
