#!/usr/bin/env python3
"""Differential testing: random programs run under coil and python3.

Each program is made of independent *units* (a function, a class, a
generator protocol exchange, an exception maze, a coroutine run on the event
loop...), drawn from a small grammar of the language and written so that
every run terminates and prints deterministic output (no ids, no set order
of strings, no wall-clock times). A program whose stdout, exit status or
uncaught exception type differs between the two interpreters is reported,
shrunk first by dropping units, then single lines, while it still differs
the same way.

  tests/fuzz/difftest.py --coil build/coil --count 200 --seed 1
  tests/fuzz/difftest.py --coil build/coil --show 17 --seed 1   # print one

Program i of seed S is always the same text, so a report names it by
(seed, index) and `--show` prints it again.
"""

import argparse
import concurrent.futures
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

TIMEOUT = 20  # seconds per run; generated programs finish in milliseconds


# ---- expressions ------------------------------------------------------------

class Exprs:
    """Typed random expressions over the names a unit has in scope."""

    def __init__(self, rng, ints=(), strs=(), lists=()):
        self.r = rng
        self.ints = list(ints)
        self.strs = list(strs)
        self.lists = list(lists)

    def nested(self, *ints):
        """The names of this scope plus `ints`, for a nested block (names the
        block assigns do not leak back out)."""
        return Exprs(self.r, self.ints + list(ints), self.strs, self.lists)

    def int_(self, d=2):
        r = self.r
        if d <= 0 or r.random() < 0.3:
            if self.ints and r.random() < 0.6:
                return r.choice(self.ints)
            return str(r.choice([0, 1, 2, 3, 5, 7, 10, 42, -1, -3, 255, 1000, 2**40]))
        k = r.randrange(12)
        a, b = self.int_(d - 1), self.int_(d - 1)
        if k == 0:
            return f"({a} {r.choice(['+', '-', '*'])} {b})"
        if k == 1:
            return f"({a} {r.choice(['//', '%'])} {b})"  # may divide by zero
        if k == 2:
            return f"({a} {r.choice(['&', '|', '^'])} {b})"
        if k == 3:
            return f"({a} {r.choice(['<<', '>>'])} {r.randrange(0, 9)})"
        if k == 4:
            return f"({a} ** {r.randrange(0, 5)})"
        if k == 5:
            return f"({a} if {self.bool_(d - 1)} else {b})"
        if k == 6:
            return f"len({self.str_(d - 1)})"
        if k == 7:
            return f"{r.choice(['abs', '-', '~', '+'])}({a})"
        if k == 8:
            return f"{r.choice(['min', 'max'])}({a}, {b})"
        if k == 9:
            return f"sum({self.list_(d - 1)})"
        if k == 10:
            return f"int({self.str_(d - 1)}.count('a'))"
        return f"divmod({a}, {b})[{r.randrange(2)}]"

    def str_(self, d=2):
        r = self.r
        if d <= 0 or r.random() < 0.3:
            if self.strs and r.random() < 0.6:
                return r.choice(self.strs)
            return repr(r.choice(["", "a", "abc", "Hello", "x y z", "banana", "é", "a,b,,c", " pad "]))
        k = r.randrange(10)
        if k == 0:
            return f"({self.str_(d - 1)} + {self.str_(d - 1)})"
        if k == 1:
            return f"({self.str_(d - 1)} * {r.randrange(0, 4)})"
        if k == 2:
            return f"{self.str_(d - 1)}.{r.choice(['upper', 'lower', 'strip', 'title', 'swapcase', 'capitalize'])}()"
        if k == 3:
            lo, hi = r.randrange(-4, 4), r.randrange(-4, 6)
            step = r.choice(["", ":2", ":-1"])
            return f"{self.str_(d - 1)}[{lo}:{hi}{step}]"
        if k == 4:
            return f"str({self.int_(d - 1)})"
        if k == 5:
            return f"repr({self.list_(d - 1)})"
        if k == 6:
            spec = r.choice(["", ">6", "<5", "^7", "05d", "x", "+d", ",", "b"])
            # format() rather than an f-string: the operand may hold quotes.
            return f"format({self.int_(d - 1)}, {spec!r})"
        if k == 7:
            return f"'-'.join({self.str_(d - 1)}.split({r.choice(['None', repr(','), repr(' ')])}))"
        if k == 8:
            return f"{self.str_(d - 1)}.replace({r.choice(['a', 'b', ' '])!r}, {r.choice(['', 'X', '--'])!r})"
        return f"({self.str_(d - 1)} if {self.bool_(d - 1)} else {self.str_(d - 1)})"

    def list_(self, d=2):
        r = self.r
        if d <= 0 or r.random() < 0.3:
            if self.lists and r.random() < 0.6:
                return r.choice(self.lists)
            n = r.randrange(0, 5)
            return "[" + ", ".join(self.int_(0) for _ in range(n)) + "]"
        k = r.randrange(8)
        v = r.choice("xyz")
        if k == 0:
            return f"[{v} * 2 for {v} in {self.list_(d - 1)} if {v} % 3]"
        if k == 1:
            return f"sorted({self.list_(d - 1)}, reverse={r.choice(['True', 'False'])})"
        if k == 2:
            return f"({self.list_(d - 1)} + {self.list_(d - 1)})"
        if k == 3:
            return f"list(range({r.randrange(-3, 4)}, {r.randrange(0, 12)}, {r.choice([1, 2, 3, -1])}))"
        if k == 4:
            return f"{self.list_(d - 1)}[{r.randrange(-3, 3)}:{r.randrange(-2, 5)}]"
        if k == 5:
            return f"[len(w) for w in {self.str_(d - 1)}.split()]"
        if k == 6:
            return f"list(map(abs, {self.list_(d - 1)}))"
        return f"sorted(set({self.list_(d - 1)}))"

    def bool_(self, d=2):
        r = self.r
        k = r.randrange(6)
        if d <= 0 or k == 0:
            return f"({self.int_(0)} {r.choice(['<', '<=', '==', '!=', '>', '>='])} {self.int_(0)})"
        if k == 1:
            return f"({self.bool_(d - 1)} {r.choice(['and', 'or'])} {self.bool_(d - 1)})"
        if k == 2:
            return f"(not {self.bool_(d - 1)})"
        if k == 3:
            return f"({self.str_(d - 1)} in {self.str_(d - 1)})"
        if k == 4:
            return f"({self.int_(d - 1)} in {self.list_(d - 1)})"
        return f"bool({self.list_(d - 1)})"

    def any_(self, d=2):
        return self.r.choice([self.int_, self.str_, self.list_, self.bool_])(d)


# ---- statements -------------------------------------------------------------

class Block:
    """An indented block of lines under construction."""

    def __init__(self):
        self.lines = []

    def add(self, line, depth):
        self.lines.append("    " * depth + line)

    def text(self):
        return "\n".join(self.lines)


class Unit:
    """One self-contained piece of a program; names are suffixed with its index
    so units can be removed independently while shrinking."""

    def __init__(self, rng, n):
        self.r = rng
        self.n = n
        self.b = Block()

    def name(self, base):
        return f"{base}{self.n}"

    def guarded(self, expr, depth, label):
        """print(label, expr), or the exception type it raised."""
        b = self.b
        b.add("try:", depth)
        b.add(f"print({label!r}, {expr})", depth + 1)
        b.add("except Exception as e:", depth)
        b.add(f"print({label!r}, 'raised', type(e).__name__)", depth + 1)

    def body(self, depth, ex, loops=0, in_func=False, in_gen=False, budget=4):
        """A few random statements at `depth`. `ex` knows the names in scope;
        ints assigned here become available to later statements."""
        r, b = self.r, self.b
        count = r.randrange(1, 4)
        for _ in range(count):
            k = r.randrange(11) if budget > 0 else r.randrange(3)
            if k == 0:
                self._assign_int(r.choice(["a", "b", "c"]), depth, ex)
            elif k == 1:
                self.guarded(ex.any_(), depth, f"e{self.n}")
            elif k == 2 and ex.ints:
                v = r.choice(ex.ints)
                op = r.choice(["+=", "-=", "*=", "|=", "^="])
                b.add(f"{v} {op} {ex.int_(1)}", depth)
            elif k == 3:
                b.add(f"if {ex.bool_()}:", depth)
                self.body(depth + 1, ex.nested(), loops, in_func, in_gen, budget - 1)
                if r.random() < 0.5:
                    b.add(f"elif {ex.bool_(1)}:", depth)
                    self.body(depth + 1, ex.nested(), loops, in_func, in_gen, budget - 1)
                if r.random() < 0.5:
                    b.add("else:", depth)
                    self.body(depth + 1, ex.nested(), loops, in_func, in_gen, budget - 1)
            elif k == 4:
                v = f"i{depth}"
                b.add(f"for {v} in {r.choice(['range(4)', ex.list_(1), 'range(1, 6, 2)'])}:", depth)
                inner = ex.nested(v)
                self.body(depth + 1, inner, loops + 1, in_func, in_gen, budget - 1)
                if r.random() < 0.3:
                    b.add("else:", depth)
                    b.add(f"print('for-else {self.n}')", depth + 1)
            elif k == 5:
                w = f"w{depth}"
                b.add(f"{w} = 0", depth)
                b.add(f"while {w} < {r.randrange(1, 5)}:", depth)
                b.add(f"{w} += 1", depth + 1)
                self.body(depth + 1, ex.nested(w), loops + 1, in_func, in_gen, budget - 1)
            elif k == 6 and loops:
                b.add(f"if {ex.bool_(1)}:", depth)
                b.add(r.choice(["break", "continue"]), depth + 1)
            elif k == 7 and in_func and not in_gen:
                b.add(f"if {ex.bool_(1)}:", depth)
                b.add(f"return {ex.any_(1)}", depth + 1)
            elif k == 7 and in_gen:
                if r.random() < 0.5:
                    b.add(f"yield {ex.any_(1)}", depth)
                else:
                    b.add(f"got = yield {ex.any_(1)}", depth)
                    b.add("print('got', got)", depth)
            elif k == 8:
                self.try_stmt(depth, ex, loops, in_func, in_gen, budget - 1)
            elif k == 9:
                self.guarded(ex.any_(), depth, f"g{self.n}")
            else:
                b.add(f"if {ex.bool_(1)}:", depth)
                b.add(f"raise {r.choice(['ValueError', 'KeyError', 'RuntimeError'])}({ex.str_(0)})", depth + 1)

    def _assign_int(self, v, depth, ex):
        self.b.add("try:", depth)
        self.b.add(f"{v} = {ex.int_()}", depth + 1)
        self.b.add("except ZeroDivisionError:", depth)
        self.b.add(f"{v} = 0", depth + 1)
        if v not in ex.ints:
            ex.ints.append(v)

    def try_stmt(self, depth, ex, loops, in_func, in_gen, budget):
        r, b = self.r, self.b
        b.add("try:", depth)
        self.body(depth + 1, ex.nested(), loops, in_func, in_gen, budget)
        shape = r.randrange(5)
        if shape in (0, 1, 2):
            excs = r.sample(["ValueError", "KeyError", "RuntimeError", "ZeroDivisionError", "LookupError", "ArithmeticError"], 2)
            b.add(f"except {excs[0]} as err:", depth)
            b.add(f"print('caught {self.n}', type(err).__name__, err.args)", depth + 1)
            if shape == 1:
                b.add(f"except ({excs[1]}, TypeError):", depth)
                b.add(f"print('caught2 {self.n}')", depth + 1)
            if shape == 2:
                b.add("except:", depth)
                b.add(f"print('bare {self.n}')", depth + 1)
                if r.random() < 0.5:
                    b.add("raise", depth + 1)
            if r.random() < 0.4:
                b.add("else:", depth)
                b.add(f"print('else {self.n}')", depth + 1)
        if shape in (2, 3, 4) or r.random() < 0.3:
            b.add("finally:", depth)
            b.add(f"print('finally {self.n}')", depth + 1)
            if shape == 4 and loops and r.random() < 0.5:
                b.add(r.choice(["break", "continue"]), depth + 1)
            elif shape == 4 and in_func and not in_gen and r.random() < 0.5:
                b.add("return 'from-finally'", depth + 1)


# ---- unit kinds -------------------------------------------------------------

def unit_statements(u):
    ex = Exprs(u.r)
    u.b.add(f"def body{u.n}():", 0)
    u.b.add("a = b = c = 1", 1)
    ex.ints += ["a", "b", "c"]
    u.body(1, ex, in_func=True)
    u.b.add("return (a, b, c)", 1)
    u.guarded(f"body{u.n}()", 0, f"r{u.n}")


def unit_module_level(u):
    # The same statements at module level, where names are globals.
    ex = Exprs(u.r, ["a", "b", "c"])
    u.b.add("a = b = c = 2", 0)
    u.b.add("try:", 0)
    u.body(1, ex)
    u.b.add("except Exception as e:", 0)
    u.b.add(f"print('module {u.n}', type(e).__name__)", 1)
    u.b.add(f"print('m{u.n}', a, b, c)", 0)


def unit_generator(u):
    r, b = u.r, u.b
    g = u.name("gen")
    b.add(f"def {g}(n):", 0)
    ex = Exprs(r, ["n", "k"])
    b.add("k = 0", 1)
    b.add("try:", 1)
    b.add("for k in range(n):", 2)
    b.add(f"yield {ex.int_(1)}", 3)
    u.body(3, Exprs(r, ["n", "k"]), loops=1, in_func=True, in_gen=True, budget=2)
    if r.random() < 0.5:
        b.add(f"yield from {r.choice(['range(2)', ex.list_(1), 'sub' + str(u.n) + '()'])}", 2)
    b.add("except GeneratorExit:", 1)
    b.add(f"print('closed {u.n}')", 2)
    b.add("raise", 2)
    b.add("except ValueError as e:", 1)
    b.add(f"print('thrown in {u.n}', e)", 2)
    b.add("yield 'after-throw'", 2)
    b.add("finally:", 1)
    b.add(f"print('gen finally {u.n}')", 2)
    b.add(f"return {ex.int_(1)}", 1)
    b.add(f"def sub{u.n}():", 0)
    b.add("x = yield 'sub-first'", 1)
    b.add("print('sub got', x)", 1)
    b.add("return 'sub-result'", 1)
    n = r.randrange(0, 5)
    op = r.randrange(5)
    b.add(f"it = {g}({n})", 0)
    if op == 0:
        u.guarded("list(it)", 0, f"list{u.n}")
    elif op == 1:
        b.add("try:", 0)
        b.add("print(next(it), it.send(5), next(it))", 1)
        b.add("except StopIteration as s:", 0)
        b.add("print('stop', s.value)", 1)
        b.add("except Exception as e:", 0)
        b.add("print('raised', type(e).__name__)", 1)
        b.add("it.close()", 0)
    elif op == 2:
        b.add("try:", 0)
        b.add("print(next(it))", 1)
        b.add("print(it.throw(ValueError('boom')))", 1)
        b.add("print(next(it, 'exhausted'))", 1)
        b.add("except Exception as e:", 0)
        b.add("print('raised', type(e).__name__)", 1)
    elif op == 3:
        b.add(f"def outer{u.n}():", 0)
        b.add(f"res = yield from {g}({n})", 1)
        b.add("print('delegated result', res)", 1)
        b.add("return res", 1)
        u.guarded(f"list(outer{u.n}())", 0, f"outer{u.n}")
    else:
        u.guarded(f"[v for v in it if v is not None][:3]", 0, f"comp{u.n}")
        b.add("del it", 0)


def unit_class(u):
    r, b = u.r, u.b
    base, cls = u.name("Base"), u.name("Thing")
    b.add(f"class {base}:", 0)
    b.add("kind = 'base'", 1)
    b.add("def __init__(self, v):", 1)
    b.add("self.v = v", 2)
    b.add("def describe(self):", 1)
    b.add("return f'{self.kind}:{self.v!r}'", 2)
    b.add(f"class {cls}({base}):", 0)
    b.add(f"kind = {r.choice(['thing', 'widget'])!r}", 1)
    b.add("count = 0", 1)
    b.add("def __init__(self, v, w=3):", 1)
    b.add("super().__init__(v)", 2)
    b.add("self.w = w", 2)
    b.add(f"{cls}.count += 1", 2)
    b.add("@property", 1)
    b.add("def total(self):", 1)
    ex = Exprs(r, ["self.v", "self.w"])
    b.add(f"return {ex.int_(2)}", 2)
    b.add("def __repr__(self):", 1)
    b.add(f"return f'{cls}({{self.v}}, {{self.w}})'", 2)
    b.add("def __eq__(self, other):", 1)
    b.add(f"return isinstance(other, {cls}) and (self.v, self.w) == (other.v, other.w)", 2)
    b.add("def __hash__(self):", 1)
    b.add("return hash((self.v, self.w))", 2)
    b.add("def __lt__(self, other):", 1)
    b.add("return (self.v, self.w) < (other.v, other.w)", 2)
    if r.random() < 0.5:
        b.add("def __len__(self):", 1)
        b.add("return abs(self.v) % 7", 2)
    if r.random() < 0.5:
        b.add("@classmethod", 1)
        b.add("def make(cls, n):", 1)
        b.add("return [cls(i, n) for i in range(n)]", 2)
        b.add("@staticmethod", 1)
        b.add("def twice(x):", 1)
        b.add("return x * 2", 2)
    vals = [Exprs(r).int_(1) for _ in range(3)]
    b.add("try:", 0)
    b.add(f"objs = [{cls}({vals[0]}), {cls}({vals[1]}, w={vals[2]}), {cls}(1)]", 1)
    b.add("except ZeroDivisionError:", 0)
    b.add(f"objs = [{cls}(0)]", 1)
    for expr in r.sample([
        "objs", "sorted(objs)", "[o.total for o in objs]", "[o.describe() for o in objs]",
        f"{cls}.count", "objs[0] == objs[-1]", "len({*objs})", "[bool(o) for o in objs]",
        f"{cls}.make(2) if hasattr({cls}, 'make') else None", f"{cls}.twice(4) if hasattr({cls}, 'twice') else None",
        f"isinstance(objs[0], {base})", f"{cls}.__mro__[1].__name__", "getattr(objs[0], 'missing', 'dflt')",
        "[o.v for o in sorted(objs, key=lambda o: -o.w)]", "max(objs).w",
    ], 4):
        u.guarded(expr, 0, f"c{u.n}")


def unit_closure(u):
    r, b = u.r, u.b
    mk = u.name("make")
    b.add(f"def {mk}(start):", 0)
    b.add("total = start", 1)
    b.add("def step(d=1):", 1)
    b.add("nonlocal total", 2)
    ex = Exprs(r, ["total", "d"])
    b.add(f"total = {ex.int_(1)}", 2)
    b.add("return total", 2)
    b.add("return step", 1)
    b.add(f"s = {mk}({r.randrange(-3, 5)})", 0)
    u.guarded("[s(), s(2), s(d=3)]", 0, f"cl{u.n}")
    b.add(f"fs = [lambda x, i=i: x + i for i in range({r.randrange(1, 4)})]", 0)
    b.add(f"gs = [lambda x: x * i for i in range({r.randrange(1, 4)})]", 0)
    u.guarded("[f(10) for f in fs] + [g(10) for g in gs]", 0, f"lam{u.n}")
    b.add(f"def deco{u.n}(fn):", 0)
    b.add("def wrapper(*args, **kwargs):", 1)
    b.add("print('call', fn.__name__, args, sorted(kwargs.items()))", 2)
    b.add("return fn(*args, **kwargs)", 2)
    b.add("return wrapper", 1)
    b.add(f"@deco{u.n}", 0)
    b.add(f"def f{u.n}(a, b=2, *rest, key=None, **kw):", 0)
    b.add("return (a, b, rest, key, sorted(kw))", 1)
    for call in r.sample(["1", "1, 2, 3", "a=5", "1, key='k'", "*[1, 2], **{'z': 1}", "", "1, 2, b=3"], 3):
        u.guarded(f"f{u.n}({call})", 0, f"call{u.n}")


def unit_comprehension(u):
    r = u.r
    ex = Exprs(r)
    src = ex.list_(1)
    exprs = [
        f"[x + y for x in {src} for y in range(2) if (x + y) % 2 == 0]",
        f"{{x: x * x for x in {src}}}",
        f"sorted({{x % 3 for x in {src}}})",
        f"sum(x for x in {src} if x > 0)",
        f"[[y for y in range(x % 4)] for x in {src}]",
        f"list(zip({src}, 'abcdef'))",
        f"list(enumerate({ex.str_(1)}, 1))",
        f"dict(zip('abc', {src}))",
        f"[(lambda q: q * 2)(x) for x in {src}]",
        f"any(x > 5 for x in {src}), all(x > -2 for x in {src})",
        f"sorted({ex.str_(1)}.split() + ['b', 'a'], key=len)",
        f"[x for x in {src} if x] or 'empty'",
    ]
    for e in r.sample(exprs, 4):
        u.guarded(e, 0, f"comp{u.n}")
    u.b.add(f"x{u.n} = 'outer'", 0)
    u.b.add(f"_ = [x{u.n} for x{u.n} in range(3)]", 0)
    u.b.add(f"print('scope', x{u.n})", 0)


def unit_dicts(u):
    r, b = u.r, u.b
    d = u.name("d")
    b.add(f"{d} = {{}}", 0)
    ops = []
    for _ in range(r.randrange(3, 9)):
        k = r.choice(["'a'", "'b'", "1", "2", "(1, 2)", "'long key'"])
        ops.append(r.choice([
            f"{d}[{k}] = {Exprs(r).int_(1)}",
            f"{d}.pop({k}, None)",
            f"{d}.setdefault({k}, []).append(1) if isinstance({d}.get({k}, []), list) else None",
            f"{d}.update({{{k}: 'u'}})",
            f"print('get', {d}.get({k}))",
            f"print('in', {k} in {d})",
            f"del {d}[{k}]",
        ]))
    b.add("try:", 0)
    for op in ops:
        b.add(op, 1)
    b.add("except Exception as e:", 0)
    b.add("print('dict raised', type(e).__name__, e)", 1)
    u.guarded(f"{d}", 0, f"dict{u.n}")
    u.guarded(f"(list({d}.keys()), list({d}.values()), len({d}))", 0, f"dk{u.n}")
    u.guarded(f"{{k: v for k, v in {d}.items() if not isinstance(v, list)}}", 0, f"dc{u.n}")


def unit_async(u):
    # Ordering comes from the ready queue (sleep(0) hops) so that it is the
    # same in real time under load and under coil's --virtual-time; the one
    # timed case keeps its two times 20x apart.
    r, b = u.r, u.b
    w = u.name("worker")
    b.add("import asyncio", 0)
    b.add(f"async def {w}(name, hops, fail=False):", 0)
    b.add("print('start', name)", 1)
    b.add("for _ in range(hops):", 1)
    b.add("await asyncio.sleep(0)", 2)
    b.add("if fail:", 1)
    b.add("raise ValueError(name)", 2)
    b.add("print('end', name)", 1)
    b.add("return name * 2", 1)
    b.add(f"async def main{u.n}():", 0)
    kind = r.randrange(6)
    hops = [r.randrange(0, 4) for _ in range(3)]
    fails = [r.random() < 0.25 for _ in range(3)]
    calls = ", ".join(f"{w}('t{i}', {hops[i]}, {fails[i]})" for i in range(3))
    if kind == 0:
        b.add(f"res = await asyncio.gather({calls}, return_exceptions=True)", 1)
        b.add("print([r if isinstance(r, str) else type(r).__name__ for r in res])", 1)
    elif kind == 1:
        b.add(f"tasks = [asyncio.create_task(c) for c in ({calls},)]", 1)
        b.add("for t in tasks:", 1)
        b.add("try:", 2)
        b.add("print('awaited', await t)", 3)
        b.add("except ValueError as e:", 2)
        b.add("print('task failed', e)", 3)
    elif kind == 2:
        b.add("async def slow():", 1)
        b.add("await asyncio.sleep(0.2)", 2)
        b.add("return 'slow done'", 2)
        b.add("try:", 1)
        b.add(f"print(await asyncio.wait_for(slow(), timeout={r.choice([0.01, 1.0])}))", 2)
        b.add("except asyncio.TimeoutError:", 1)
        b.add("print('timed out')", 2)
    elif kind == 3:
        b.add("q = asyncio.Queue()", 1)
        b.add("async def producer():", 1)
        b.add(f"for i in range({r.randrange(1, 5)}):", 2)
        b.add("await q.put(i)", 3)
        b.add("await asyncio.sleep(0)", 3)
        b.add("await q.put(None)", 2)
        b.add("async def consumer():", 1)
        b.add("got = []", 2)
        b.add("while (item := await q.get()) is not None:", 2)
        b.add("got.append(item)", 3)
        b.add("return got", 2)
        b.add("print(await asyncio.gather(producer(), consumer()))", 1)
    elif kind == 4:
        b.add("async def agen(n):", 1)
        b.add("try:", 2)
        b.add("for i in range(n):", 3)
        b.add("await asyncio.sleep(0)", 4)
        b.add("yield i * i", 4)
        b.add("finally:", 2)
        b.add("print('agen closed')", 3)
        b.add(f"print([v async for v in agen({r.randrange(0, 5)})])", 1)
        b.add(f"async for v in agen({r.randrange(1, 5)}):", 1)
        b.add("print('got', v)", 2)
        b.add(f"if v >= {r.randrange(0, 4)}:", 2)
        b.add("break", 3)
    else:
        b.add("class Res:", 1)
        b.add("async def __aenter__(self):", 2)
        b.add("print('enter')", 3)
        b.add("await asyncio.sleep(0)", 3)
        b.add("return self", 3)
        b.add("async def __aexit__(self, et, ev, tb):", 2)
        b.add("print('exit', et.__name__ if et else None)", 3)
        b.add(f"return {r.choice(['True', 'False'])}", 3)
        b.add("try:", 1)
        b.add("async with Res() as res:", 2)
        b.add(f"print(await {w}('inner', 1, {r.random() < 0.5}))", 3)
        b.add("except ValueError as e:", 1)
        b.add("print('escaped', e)", 2)
        b.add(f"task = asyncio.create_task({w}('bg', 3))", 1)
        b.add("await asyncio.sleep(0)", 1)
        b.add(f"if {r.choice(['True', 'False'])}:", 1)
        b.add("task.cancel()", 2)
        b.add("try:", 1)
        b.add("print(await task)", 2)
        b.add("except asyncio.CancelledError:", 1)
        b.add("print('cancelled', task.cancelled())", 2)
    b.add(f"asyncio.run(main{u.n}())", 0)


def unit_with(u):
    r, b = u.r, u.b
    cm = u.name("CM")
    b.add(f"class {cm}:", 0)
    b.add("def __init__(self, name, swallow):", 1)
    b.add("self.name, self.swallow = name, swallow", 2)
    b.add("def __enter__(self):", 1)
    b.add("print('enter', self.name)", 2)
    b.add("return self.name", 2)
    b.add("def __exit__(self, et, ev, tb):", 1)
    b.add("print('exit', self.name, et.__name__ if et else None, ev)", 2)
    b.add("return self.swallow", 2)
    b.add("import contextlib", 0)
    b.add("@contextlib.contextmanager", 0)
    b.add(f"def managed{u.n}(tag):", 0)
    b.add("print('setup', tag)", 1)
    b.add("try:", 1)
    b.add("yield tag.upper()", 2)
    b.add("except KeyError as e:", 1)
    b.add("print('cm caught', e)", 2)
    b.add("finally:", 1)
    b.add("print('teardown', tag)", 2)
    b.add(f"def use{u.n}(flag):", 0)
    b.add("for i in range(3):", 1)
    b.add(f"with {cm}('a', {r.choice(['True', 'False'])}) as x, managed{u.n}('m') as y:", 2)
    b.add("print('body', x, y, i)", 3)
    b.add(f"if flag and i == {r.randrange(3)}:", 3)
    b.add(r.choice(["raise KeyError('k')", "raise ValueError('v')", "break", "continue", "return 'early'"]), 4)
    b.add("return 'done'", 1)
    for flag in ("False", "True"):
        u.guarded(f"use{u.n}({flag})", 0, f"with{u.n}")


def unit_exceptions(u):
    r, b = u.r, u.b
    err = u.name("AppError")
    b.add(f"class {err}(Exception):", 0)
    b.add("def __init__(self, code, msg='app'):", 1)
    b.add("super().__init__(msg)", 2)
    b.add("self.code = code", 2)
    b.add(f"def risky{u.n}(n):", 0)
    b.add("if n % 3 == 0:", 1)
    b.add(f"raise {err}(n)", 2)
    b.add("if n % 3 == 1:", 1)
    b.add("return {}['missing']", 2)
    b.add("return n", 1)
    b.add(f"def wrap{u.n}(n):", 0)
    b.add("try:", 1)
    b.add(f"return risky{u.n}(n)", 2)
    b.add("except KeyError as e:", 1)
    b.add(r.choice([f"raise {err}(-1, 'wrapped') from e", f"raise {err}(-2, 'ctx')",
                    f"raise {err}(-3, 'none') from None"]), 2)
    b.add(f"for n in range({r.randrange(2, 6)}):", 0)
    b.add("try:", 1)
    b.add(f"print('ok', wrap{u.n}(n))", 2)
    b.add(f"except {err} as e:", 1)
    b.add("print('app', e.code, e.args, type(e.__cause__).__name__, type(e.__context__).__name__,"
          " e.__suppress_context__)", 2)
    b.add(f"def nested{u.n}():", 0)
    b.add("try:", 1)
    b.add("try:", 2)
    b.add("1 / 0", 3)
    b.add("finally:", 2)
    b.add("print('inner finally')", 3)
    b.add("except ArithmeticError as e:", 1)
    b.add("print('outer', type(e).__name__, e)", 2)
    b.add(r.choice(["return 'handled'", "raise", "raise RuntimeError('again')"]), 2)
    b.add("finally:", 1)
    b.add("print('outer finally')", 2)
    u.guarded(f"nested{u.n}()", 0, f"nest{u.n}")
    b.add(f"e{u.n} = None", 0)
    b.add("try:", 0)
    b.add(f"raise {err}(7)", 1)
    b.add(f"except {err} as e{u.n}:", 0)
    b.add("pass", 1)
    u.guarded(f"'e{u.n}' in globals()", 0, f"unbound{u.n}")


def unit_unpacking(u):
    r = u.r
    ex = Exprs(r)
    exprs = [
        f"(lambda a, *b: (a, b))(*{ex.list_(1)} or [0])",
        f"[*{ex.list_(1)}, *range(2)]",
        f"{{**{{'a': 1}}, 'b': {ex.int_(1)}, **dict(c=3)}}",
        "(lambda *a, **k: (a, sorted(k.items())))(1, *[2, 3], x=4, **{'y': 5})",
        f"[(a, b) for a, *b in [{ex.list_(1)} or [9], [1, 2, 3]]]",
        f"(n := {ex.int_(1)}, n * 2)",
        f"[y for x in range(4) if (y := x * x) > 2]",
        "divmod(*sorted([7, 2]))",
        f"max({ex.list_(1)}, default='none')",
        f"sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')], key=lambda t: t[0])",
        f"list(reversed({ex.list_(1)}))",
        f"{ex.str_(1)}.partition(' ')",
    ]
    for e in r.sample(exprs, 4):
        u.guarded(e, 0, f"u{u.n}")
    b = u.b
    b.add(f"first{u.n}, *rest{u.n} = {ex.str_(1)} or 'x'", 0)
    b.add(f"print('star', first{u.n}, rest{u.n})", 0)
    b.add(f"(p{u.n}, q{u.n}), r{u.n} = (1, 2), 3", 0)
    b.add(f"p{u.n}, q{u.n} = q{u.n}, p{u.n}", 0)
    b.add(f"print('swap', p{u.n}, q{u.n}, r{u.n})", 0)
    b.add(f"lst{u.n} = list(range(8))", 0)
    b.add(f"del lst{u.n}[{r.randrange(-3, 3)}:{r.randrange(0, 8)}:{r.choice([1, 2])}]", 0)
    b.add(f"lst{u.n}[1:3] = 'xy'", 0)
    b.add(f"print('lst', lst{u.n})", 0)


def unit_numbers(u):
    r = u.r
    int_arg = r.choice(["3.99", "-3.99", "1e10", "'0x1f', 16", "'101', 2", "' 42 '"])
    float_arg = r.choice(["'inf'", "'-nan'", "'1e500'", "'3.25'", "7"])
    exprs = [
        f"{r.choice(['7', '-7', '2**70', '-2**65', '10**20'])} // {r.choice(['3', '-3', '2**33'])}",
        f"{r.choice(['7', '-7', '2**70'])} % {r.choice(['3', '-3', '2**40'])}",
        f"{r.choice(['1/3', '2/3', '1e16', '1e-5', '0.1+0.2', '-0.0', '1e22', '123456789.125'])}",
        f"round({r.choice(['2.5', '3.5', '-2.5', '2.675', '1234.5678'])}, {r.choice(['None', '0', '2', '-2'])})",
        f"int({int_arg})",
        f"float({float_arg})",
        f"{r.choice(['2**100', '3**50', '-(7**30)'])} {r.choice(['*', '+', '-', '//', '%'])} {r.choice(['2**64', '12345678901', '-3'])}",
        f"(2**{r.randrange(60, 70)}).bit_length(), ({r.randrange(-9, 9)}).to_bytes(2, 'big', signed=True)",
        f"pow({r.randrange(2, 9)}, {r.randrange(5, 90)}, {r.choice([7, 1000000007, 97])})",
        f"hex({r.choice(['255', '-255', '2**64'])}), oct(64), bin(-5)",
        f"{r.choice(['1.5', '2', '-0.5'])} ** {r.choice(['2', '0.5', '-1', '3'])}",
        f"(0.1).as_integer_ratio(), (2.5).is_integer(), (10).__truediv__(4)",
        f"sorted([3, 1.5, -2, 2**64, True])",
        "abs(-2**63), -2**63 // -1, (-7) % 2**64",  # no complex: coil lacks it (README)
        f"[x / 7 for x in range(-3, 4)]",
        f"f'{{{r.choice(['3.14159', '1e-9', '123456.789', '-0.0', '2**0.5'])}:{r.choice(['.3g', '.2e', '10.4f', '%', ',.2f', '+.1f', ''])}}}'",
    ]
    for e in r.sample(exprs, 5):
        u.guarded(e, 0, f"num{u.n}")


def unit_strings(u):
    ex = Exprs(u.r)
    for _ in range(4):
        u.guarded(ex.str_(3), 0, f"s{u.n}")
    fmt = u.r.choice(["{:>8.3f}", "{:e}", "{:.2%}", "{!r:^12}", "{:_}", "{:#x}", "{:g}"])
    val = u.r.choice(["3.14159", "1234567", "-0.5", "'txt'", "2**20", "1e-7"])
    u.guarded(f"{fmt!r}.format({val})", 0, f"fmt{u.n}")


def unit_protocols(u):
    # Dunder protocols the VM and the builtins must both honour.
    r, b = u.r, u.b
    v = u.name("Vec")
    b.add(f"class {v}:", 0)
    b.add("__slots__ = ('x', 'y')" if r.random() < 0.4 else "label = 'vec'", 1)
    b.add("def __init__(self, x, y):", 1)
    b.add("self.x, self.y = x, y", 2)
    b.add("def __repr__(self):", 1)
    b.add(f"return f'{v}({{self.x!r}}, {{self.y!r}})'", 2)
    for op, expr in r.sample([("__add__", "self.x + o.x, self.y + o.y"), ("__sub__", "self.x - o.x, self.y - o.y"),
                              ("__mul__", "self.x * o, self.y * o"), ("__rmul__", "self.x * o, self.y * o"),
                              ("__floordiv__", "self.x // o, self.y // o")], 3):
        b.add(f"def {op}(self, o):", 1)
        if op in ("__add__", "__sub__"):
            b.add(f"if not isinstance(o, {v}):", 2)
            b.add("return NotImplemented", 3)
        b.add(f"return {v}({expr})", 2)
    b.add("def __eq__(self, o):", 1)
    b.add(f"return isinstance(o, {v}) and (self.x, self.y) == (o.x, o.y)", 2)
    b.add("__hash__ = None" if r.random() < 0.3 else "def __hash__(self): return hash((self.x, self.y))", 1)
    b.add("def __iter__(self):", 1)
    b.add("yield self.x", 2)
    b.add("yield self.y", 2)
    b.add("def __len__(self):", 1)
    b.add("return 2", 2)
    b.add("def __getitem__(self, i):", 1)
    b.add("return (self.x, self.y)[i]", 2)
    b.add("def __bool__(self):", 1)
    b.add("return bool(self.x or self.y)", 2)
    b.add("def __contains__(self, item):", 1)
    b.add("return item in (self.x, self.y)", 2)
    b.add("def __format__(self, spec):", 1)
    b.add("return f'<{self.x:{spec}}|{self.y:{spec}}>'", 2)
    if r.random() < 0.5:
        b.add("def __getattr__(self, name):", 1)
        b.add("if name.startswith('get_'):", 2)
        b.add("return lambda: name[4:]", 3)
        b.add("raise AttributeError(name)", 2)
    ints = [Exprs(r).int_(0) for _ in range(4)]
    b.add(f"p, q = {v}({ints[0]}, {ints[1]}), {v}({ints[2]}, {ints[3]})", 0)
    for e in r.sample(["p + q", "p - q", "p * 3", "3 * p", "p // 2", "p == q", "p != q", "list(p)", "len(p)",
                       "p[1]", "p[-1]", "bool(p)", "1 in p", "format(p, '>4')",
                       "f'{q:+}'", "{p: 1}", "sorted([q, p], key=list)", "max(p)", "sum(q)", "tuple(reversed(list(p)))",
                       "p + 1", "1 - p", "p.get_thing()", "getattr(p, 'missing', 'd')", "[*p, *q]",
                       "dict(a=p)['a'].x", "p.__class__.__name__", "hash(p) == hash(q)", "(lambda a, b: a)(*q)"], 6):
        u.guarded(e, 0, f"pr{u.n}")


def unit_inheritance(u):
    r, b = u.r, u.b
    n = u.n
    b.add(f"class A{n}:", 0)
    b.add("def who(self):", 1)
    b.add("return ['A']", 2)
    b.add("def __init_subclass__(cls, **kw):", 1)
    b.add("super().__init_subclass__()", 2)
    b.add("cls.tag = kw.get('tag', cls.__name__.lower())", 2)
    b.add(f"class B{n}(A{n}, tag='bee'):", 0)
    b.add("def who(self):", 1)
    b.add("return ['B'] + super().who()", 2)
    b.add(f"class C{n}(A{n}):", 0)
    b.add("def who(self):", 1)
    b.add("return ['C'] + super().who()", 2)
    order = r.choice([f"B{n}, C{n}", f"C{n}, B{n}"])
    b.add(f"class D{n}({order}):", 0)
    b.add("def who(self):", 1)
    b.add("return ['D'] + super().who()", 2)
    if r.random() < 0.5:
        b.add("@property", 1)
        b.add("def size(self):", 1)
        b.add("return self._size", 2)
        b.add("@size.setter", 1)
        b.add("def size(self, v):", 1)
        b.add("if v < 0:", 2)
        b.add("raise ValueError('negative')", 3)
        b.add("self._size = v", 2)
    for e in r.sample([f"D{n}().who()", f"[c.__name__ for c in D{n}.__mro__]", f"D{n}.tag", f"B{n}.tag",
                       f"isinstance(D{n}(), C{n})", f"issubclass(B{n}, C{n})", f"super(B{n}, D{n}()).who()",
                       f"D{n}.who is A{n}.who", f"vars(B{n}).get('tag')", f"type(D{n}()).__bases__[0].__name__"], 5):
        u.guarded(e, 0, f"inh{u.n}")
    b.add(f"d = D{n}()", 0)
    b.add("try:", 0)
    b.add(f"d.size = {r.choice([3, -1])}", 1)
    b.add("print('size', d.size)", 1)
    b.add("except (ValueError, AttributeError) as e:", 0)
    b.add("print('size error', type(e).__name__, e)", 1)


def unit_scopes(u):
    r, b = u.r, u.b
    n = u.n
    b.add(f"counter{n} = 0", 0)
    b.add(f"def bump{n}(k):", 0)
    b.add(f"global counter{n}", 1)
    b.add(f"counter{n} += k", 1)
    b.add(f"return counter{n}", 1)
    b.add(f"print('glob', [bump{n}(i) for i in range({r.randrange(1, 5)})], counter{n})", 0)
    b.add(f"def outer{n}():", 0)
    b.add("x = 'outer'", 1)
    b.add("def middle():", 1)
    b.add("def inner():", 2)
    b.add("nonlocal x", 3)
    b.add("x += '!'", 3)
    b.add("return x", 3)
    b.add("return inner", 2)
    b.add("f = middle()", 1)
    b.add("return f(), f(), x", 1)
    u.guarded(f"outer{n}()", 0, f"sc{n}")
    b.add(f"def shadow{n}():", 0)
    b.add("try:", 1)
    b.add("print(z)", 2)
    b.add("z = 1", 2)
    b.add("except UnboundLocalError as e:", 1)
    b.add("print('unbound', type(e).__name__)", 2)
    b.add(f"shadow{n}()", 0)
    b.add(f"class K{n}:", 0)
    b.add("v = 3", 1)
    b.add("w = [v * i for i in range(3)] if False else v * 2", 1)
    b.add("def m(self):", 1)
    b.add("return self.v, self.w", 2)
    u.guarded(f"K{n}().m()", 0, f"cls{n}")
    b.add(f"tmp{n} = [1, 2, 3]", 0)
    b.add(f"del tmp{n}[0]", 0)
    b.add(f"print('del', tmp{n})", 0)
    b.add(f"del tmp{n}", 0)
    u.guarded(f"tmp{n}", 0, f"deleted{n}")


UNITS = [unit_statements, unit_module_level, unit_generator, unit_class, unit_closure,
         unit_comprehension, unit_dicts, unit_async, unit_strings, unit_with, unit_exceptions,
         unit_unpacking, unit_numbers, unit_protocols, unit_inheritance, unit_scopes]


def make_units(seed, index):
    rng = random.Random(seed * 1_000_003 + index)
    units = []
    for n in range(rng.randrange(3, 7)):
        u = Unit(rng, n)
        rng.choice(UNITS)(u)
        units.append(u.b.text())
    return units


def program_text(units):
    return "\n\n".join(units) + "\n"


# ---- running and comparing ---------------------------------------------------

def run(cmd, path):
    try:
        p = subprocess.run(cmd + [str(path)], capture_output=True, timeout=TIMEOUT,
                           cwd=path.parent, env={**os.environ, "PYTHONHASHSEED": "0"})
    except subprocess.TimeoutExpired:
        return ("timeout", b"", "")
    err = p.stderr.decode("utf-8", "replace").strip().splitlines()
    last = err[-1] if err else ""
    exc = last.split(":")[0] if p.returncode != 0 else ""
    return (p.returncode, p.stdout, exc)


def difference(coil, text, workdir):
    """None if coil and python3 agree on text, else a short kind string."""
    path = Path(workdir) / "prog.py"
    path.write_text(text)
    want = run([sys.executable], path)
    if want[0] == "timeout":
        return None  # a generator bug, not coil's
    got = run(coil, path)
    if got[0] == "timeout":
        return "timeout"
    if isinstance(got[0], int) and (got[0] < 0 or got[0] > 128):
        return f"crash {got[0]}"
    if got[0] != want[0] or got[2] != want[2]:
        return f"exit {got[0]}/{want[0]} {got[2] or '-'}/{want[2] or '-'}"
    if got[1] != want[1]:
        return "stdout"
    return None


def shrink(coil, units, kind, workdir):
    """Drop units, then single lines, while the program still differs as `kind`."""
    def still(us):
        text = program_text(us)
        try:
            compile(text, "prog.py", "exec")
        except SyntaxError:
            return False
        return difference(coil, text, workdir) == kind

    i = 0
    while i < len(units) and len(units) > 1:
        trial = units[:i] + units[i + 1:]
        if still(trial):
            units = trial
        else:
            i += 1
    lines = program_text(units).splitlines()
    i = 0
    while i < len(lines):
        trial = lines[:i] + lines[i + 1:]
        if trial and still(["\n".join(trial)]):
            lines = trial
        else:
            i += 1
    return "\n".join(lines) + "\n"


def check_one(coil, seed, index, do_shrink):
    units = make_units(seed, index)
    with tempfile.TemporaryDirectory(prefix="difftest") as workdir:
        kind = difference(coil, program_text(units), workdir)
        if kind is None:
            return None
        small = shrink(coil, units, kind, workdir) if do_shrink else program_text(units)
        return (index, kind, small)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--coil", required=True, help="the coil binary")
    ap.add_argument("--coil-args", default="--virtual-time",
                    help="options for coil (default: %(default)s)")
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=0, help="first program index")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--show", type=int, metavar="INDEX", help="print program INDEX and exit")
    ap.add_argument("--max-report", type=int, default=10)
    args = ap.parse_args()
    if args.show is not None:
        sys.stdout.write(program_text(make_units(args.seed, args.show)))
        return 0
    coil = [os.path.abspath(args.coil)] + args.coil_args.split()
    found = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(check_one, coil, args.seed, i, not args.no_shrink)
                   for i in range(args.start, args.start + args.count)]
        for f in futures:
            r = f.result()
            if r:
                found.append(r)
    for index, kind, text in found[:args.max_report]:
        print(f"--- program {index} (seed {args.seed}): {kind}; reproducer:")
        print(text)
    print(f"difftest: {args.count} programs from seed {args.seed}, {len(found)} differ"
          + (f": {', '.join(str(i) for i, _, _ in found)}" if found else ""))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
