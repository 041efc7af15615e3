# A tiny linter: unused imports, bare excepts, mutable defaults.
import ast
import sys

SRC = '''
import os, sys
from collections import OrderedDict, defaultdict
import json as j

def f(a, b=[]):
    try:
        return os.path.join(a, b)
    except:
        pass

class K:
    def method(self, x={}):
        d = defaultdict(list)
        return d

async def g():
    for i in range(3):
        yield i
'''


class Linter(ast.NodeVisitor):
    def __init__(self):
        self.imported = {}
        self.used = set()
        self.problems = []

    def visit_Import(self, node):
        for a in node.names:
            self.imported[a.asname or a.name.split('.')[0]] = node.lineno

    def visit_ImportFrom(self, node):
        for a in node.names:
            self.imported[a.asname or a.name] = node.lineno

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.used.add(node.id)

    def visit_ExceptHandler(self, node):
        if node.type is None:
            self.problems.append((node.lineno, node.col_offset, 'bare except'))
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        for d in node.args.defaults + node.args.kw_defaults:
            if isinstance(d, (ast.List, ast.Dict, ast.Set)):
                self.problems.append((d.lineno, d.col_offset, f'mutable default in {node.name}()'))
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef


tree = ast.parse(SRC, filename='<lint>')
lint = Linter()
lint.visit(tree)
for name, line in sorted(lint.imported.items()):
    if name not in lint.used:
        lint.problems.append((line, 0, f'unused import {name}'))
for p in sorted(lint.problems):
    print('%d:%d: %s' % p)
print(sum(isinstance(n, ast.FunctionDef) for n in ast.walk(tree)), 'functions')
print([n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))])
print(ast.get_source_segment(SRC, tree.body[3]))

# expect: 2:0: unused import sys
# expect: 3:0: unused import OrderedDict
# expect: 4:0: unused import j
# expect: 6:11: mutable default in f()
# expect: 9:4: bare except
# expect: 13:23: mutable default in method()
# expect: 2 functions
# expect: ['f', 'K', 'g']
# expect: def f(a, b=[]):
# expect:     try:
# expect:         return os.path.join(a, b)
# expect:     except:
# expect:         pass
