# Argument errors of built-in methods and functions, named as CPython names them
def t(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

s, b, ba = "abc", b"abc", bytearray(b"abc")
t("max(x=1)", lambda: max(x=1))
t("min(key=1)", lambda: min(key=len))
t("max([1], x=1)", lambda: max([1], x=1))
t("sorted(1, x=1)", lambda: sorted(1, x=1))
t("sorted([2,1], x=1)", lambda: sorted([2, 1], x=1))
t("sorted([2,1], reverse=1)", lambda: sorted([2, 1], reverse=1))
t("sorted([2,1], reverse=None)", lambda: sorted([2, 1], reverse=None))
t("sorted([1], 2)", lambda: sorted([1], 2))
t("[].sort(1)", lambda: [].sort(1))
t("[].sort(1,2,3)", lambda: [].sort(1, 2, 3))
t("[].sort(x=1)", lambda: [].sort(x=1))
t("[3,1].sort(key=None, reverse=True)", lambda: [3, 1].sort(key=None, reverse=True))
t("sum(x=1)", lambda: sum(x=1))
t("sum(1, x=1)", lambda: sum(1, x=1))
t("sum([1], 2, 3)", lambda: sum([1], 2, 3))
t("sum([1], 2, start=3)", lambda: sum([1], 2, start=3))
t("sum([1], start=3)", lambda: print(sum([1], start=3)))
t("sum(iterable=[1])", lambda: sum(iterable=[1]))
t("exec(x=1)", lambda: exec(x=1))
t("exec('1', x=1)", lambda: exec("1", x=1))
t("exec('1', closure=None)", lambda: exec("1", closure=None))
t("exec('1', closure=())", lambda: exec("1", closure=()))
t("eval('1', x=1)", lambda: eval("1", x=1))
# Called as methods (obj.find(...)): METH_VARARGS methods name their type
# only then ("str.find() takes no keyword arguments").
for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
    for o in ("s", "b", "ba"):
        t(f"{o}.{m}()", lambda: eval(f"{o}.{m}()"))
        t(f"{o}.{m}(1,2,3,4)", lambda: eval(f"{o}.{m}(1, 2, 3, 4)"))
        t(f"{o}.{m}(zz=1)", lambda: eval(f"{o}.{m}(zz=1)"))
for m in ["lower", "center", "join", "partition"]:
    for o in (b, ba):
        f = getattr(o, m)
        t(f"{type(o).__name__}.{m}(1,2,3,4,5)", lambda: f(1, 2, 3, 4, 5))
        t(f"{type(o).__name__}.{m}(zz=1)", lambda: f(zz=1))
for m in ["append", "extend", "remove", "reverse", "clear", "copy", "pop", "insert"]:
    f = getattr(bytearray(b"ab"), m)
    t(f"bytearray.{m}(1,2,3,4,5)", lambda: f(1, 2, 3, 4, 5))
    t(f"bytearray.{m}(zz=1)", lambda: f(zz=1))
t("bytes.fromhex()", lambda: bytes.fromhex())
t("bytearray.fromhex(zz=1)", lambda: bytearray.fromhex(zz=1))
t("bytes.translate()", lambda: b.translate())
t("bytes.translate(table=None)", lambda: b.translate(table=None))
t("bytes.translate(None, delete=b'a')", lambda: print(b.translate(None, delete=b"a")))
for m in ["union", "intersection", "difference", "update", "difference_update", "intersection_update"]:
    t(f"set.{m}(zz=1)", lambda: eval(f"{{1}}.{m}(zz=1)"))
t("frozenset.union(zz=1)", lambda: frozenset().union(zz=1))
for o, ms in ((5, ["bit_length", "bit_count", "conjugate", "as_integer_ratio"]),
              (2.5, ["is_integer", "hex", "as_integer_ratio", "conjugate"]),
              (1j, ["conjugate"])):
    for m in ms:
        f = getattr(o, m)
        t(f"{type(o).__name__}.{m}(1)", lambda: f(1))
        t(f"{type(o).__name__}.{m}(zz=1)", lambda: f(zz=1))
        t(f"{type(o).__name__}.{m}() unbound", lambda: getattr(type(o), m)())
        t(f"{type(o).__name__}.{m}('x') unbound", lambda: getattr(type(o), m)("x"))
t("int.__index__(5, 1)", lambda: int.__index__(5, 1))
t("complex.__abs__(1j, 1)", lambda: complex.__abs__(1j, 1))
t("complex.__complex__(1j, 1)", lambda: complex.__complex__(1j, 1))

# expect: max(x=1) TypeError max expected at least 1 argument, got 0
# expect: min(key=1) TypeError min expected at least 1 argument, got 0
# expect: max([1], x=1) TypeError 'x' is an invalid keyword argument for max()
# expect: sorted(1, x=1) TypeError 'int' object is not iterable
# expect: sorted([2,1], x=1) TypeError 'x' is an invalid keyword argument for sort()
# expect: sorted([2,1], reverse=1) ok
# expect: sorted([2,1], reverse=None) TypeError 'NoneType' object cannot be interpreted as an integer
# expect: sorted([1], 2) TypeError sorted expected 1 argument, got 2
# expect: [].sort(1) TypeError sort() takes no positional arguments
# expect: [].sort(1,2,3) TypeError sort() takes at most 2 arguments (3 given)
# expect: [].sort(x=1) TypeError 'x' is an invalid keyword argument for sort()
# expect: [3,1].sort(key=None, reverse=True) ok
# expect: sum(x=1) TypeError sum() takes at least 1 positional argument (0 given)
# expect: sum(1, x=1) TypeError 'x' is an invalid keyword argument for sum()
# expect: sum([1], 2, 3) TypeError sum() takes at most 2 arguments (3 given)
# expect: sum([1], 2, start=3) TypeError sum() takes at most 2 arguments (3 given)
# expect: 4
# expect: sum([1], start=3) ok
# expect: sum(iterable=[1]) TypeError sum() takes at least 1 positional argument (0 given)
# expect: exec(x=1) TypeError exec() takes at least 1 positional argument (0 given)
# expect: exec('1', x=1) TypeError 'x' is an invalid keyword argument for exec()
# expect: exec('1', closure=None) ok
# expect: exec('1', closure=()) TypeError closure can only be used when source is a code object
# expect: eval('1', x=1) TypeError eval() takes no keyword arguments
# expect: s.find() TypeError find() takes at least 1 argument (0 given)
# expect: s.find(1,2,3,4) TypeError find() takes at most 3 arguments (4 given)
# expect: s.find(zz=1) TypeError str.find() takes no keyword arguments
# expect: b.find() TypeError find() takes at least 1 argument (0 given)
# expect: b.find(1,2,3,4) TypeError find() takes at most 3 arguments (4 given)
# expect: b.find(zz=1) TypeError bytes.find() takes no keyword arguments
# expect: ba.find() TypeError find() takes at least 1 argument (0 given)
# expect: ba.find(1,2,3,4) TypeError find() takes at most 3 arguments (4 given)
# expect: ba.find(zz=1) TypeError bytearray.find() takes no keyword arguments
# expect: s.rfind() TypeError rfind() takes at least 1 argument (0 given)
# expect: s.rfind(1,2,3,4) TypeError rfind() takes at most 3 arguments (4 given)
# expect: s.rfind(zz=1) TypeError str.rfind() takes no keyword arguments
# expect: b.rfind() TypeError rfind() takes at least 1 argument (0 given)
# expect: b.rfind(1,2,3,4) TypeError rfind() takes at most 3 arguments (4 given)
# expect: b.rfind(zz=1) TypeError bytes.rfind() takes no keyword arguments
# expect: ba.rfind() TypeError rfind() takes at least 1 argument (0 given)
# expect: ba.rfind(1,2,3,4) TypeError rfind() takes at most 3 arguments (4 given)
# expect: ba.rfind(zz=1) TypeError bytearray.rfind() takes no keyword arguments
# expect: s.index() TypeError index() takes at least 1 argument (0 given)
# expect: s.index(1,2,3,4) TypeError index() takes at most 3 arguments (4 given)
# expect: s.index(zz=1) TypeError str.index() takes no keyword arguments
# expect: b.index() TypeError index() takes at least 1 argument (0 given)
# expect: b.index(1,2,3,4) TypeError index() takes at most 3 arguments (4 given)
# expect: b.index(zz=1) TypeError bytes.index() takes no keyword arguments
# expect: ba.index() TypeError index() takes at least 1 argument (0 given)
# expect: ba.index(1,2,3,4) TypeError index() takes at most 3 arguments (4 given)
# expect: ba.index(zz=1) TypeError bytearray.index() takes no keyword arguments
# expect: s.rindex() TypeError rindex() takes at least 1 argument (0 given)
# expect: s.rindex(1,2,3,4) TypeError rindex() takes at most 3 arguments (4 given)
# expect: s.rindex(zz=1) TypeError str.rindex() takes no keyword arguments
# expect: b.rindex() TypeError rindex() takes at least 1 argument (0 given)
# expect: b.rindex(1,2,3,4) TypeError rindex() takes at most 3 arguments (4 given)
# expect: b.rindex(zz=1) TypeError bytes.rindex() takes no keyword arguments
# expect: ba.rindex() TypeError rindex() takes at least 1 argument (0 given)
# expect: ba.rindex(1,2,3,4) TypeError rindex() takes at most 3 arguments (4 given)
# expect: ba.rindex(zz=1) TypeError bytearray.rindex() takes no keyword arguments
# expect: s.count() TypeError count() takes at least 1 argument (0 given)
# expect: s.count(1,2,3,4) TypeError count() takes at most 3 arguments (4 given)
# expect: s.count(zz=1) TypeError str.count() takes no keyword arguments
# expect: b.count() TypeError count() takes at least 1 argument (0 given)
# expect: b.count(1,2,3,4) TypeError count() takes at most 3 arguments (4 given)
# expect: b.count(zz=1) TypeError bytes.count() takes no keyword arguments
# expect: ba.count() TypeError count() takes at least 1 argument (0 given)
# expect: ba.count(1,2,3,4) TypeError count() takes at most 3 arguments (4 given)
# expect: ba.count(zz=1) TypeError bytearray.count() takes no keyword arguments
# expect: s.startswith() TypeError startswith() takes at least 1 argument (0 given)
# expect: s.startswith(1,2,3,4) TypeError startswith() takes at most 3 arguments (4 given)
# expect: s.startswith(zz=1) TypeError str.startswith() takes no keyword arguments
# expect: b.startswith() TypeError startswith() takes at least 1 argument (0 given)
# expect: b.startswith(1,2,3,4) TypeError startswith() takes at most 3 arguments (4 given)
# expect: b.startswith(zz=1) TypeError bytes.startswith() takes no keyword arguments
# expect: ba.startswith() TypeError startswith() takes at least 1 argument (0 given)
# expect: ba.startswith(1,2,3,4) TypeError startswith() takes at most 3 arguments (4 given)
# expect: ba.startswith(zz=1) TypeError bytearray.startswith() takes no keyword arguments
# expect: s.endswith() TypeError endswith() takes at least 1 argument (0 given)
# expect: s.endswith(1,2,3,4) TypeError endswith() takes at most 3 arguments (4 given)
# expect: s.endswith(zz=1) TypeError str.endswith() takes no keyword arguments
# expect: b.endswith() TypeError endswith() takes at least 1 argument (0 given)
# expect: b.endswith(1,2,3,4) TypeError endswith() takes at most 3 arguments (4 given)
# expect: b.endswith(zz=1) TypeError bytes.endswith() takes no keyword arguments
# expect: ba.endswith() TypeError endswith() takes at least 1 argument (0 given)
# expect: ba.endswith(1,2,3,4) TypeError endswith() takes at most 3 arguments (4 given)
# expect: ba.endswith(zz=1) TypeError bytearray.endswith() takes no keyword arguments
# expect: bytes.lower(1,2,3,4,5) TypeError bytes.lower() takes no arguments (5 given)
# expect: bytes.lower(zz=1) TypeError bytes.lower() takes no keyword arguments
# expect: bytearray.lower(1,2,3,4,5) TypeError bytearray.lower() takes no arguments (5 given)
# expect: bytearray.lower(zz=1) TypeError bytearray.lower() takes no keyword arguments
# expect: bytes.center(1,2,3,4,5) TypeError center expected at most 2 arguments, got 5
# expect: bytes.center(zz=1) TypeError bytes.center() takes no keyword arguments
# expect: bytearray.center(1,2,3,4,5) TypeError center expected at most 2 arguments, got 5
# expect: bytearray.center(zz=1) TypeError bytearray.center() takes no keyword arguments
# expect: bytes.join(1,2,3,4,5) TypeError bytes.join() takes exactly one argument (5 given)
# expect: bytes.join(zz=1) TypeError bytes.join() takes no keyword arguments
# expect: bytearray.join(1,2,3,4,5) TypeError bytearray.join() takes exactly one argument (5 given)
# expect: bytearray.join(zz=1) TypeError bytearray.join() takes no keyword arguments
# expect: bytes.partition(1,2,3,4,5) TypeError bytes.partition() takes exactly one argument (5 given)
# expect: bytes.partition(zz=1) TypeError bytes.partition() takes no keyword arguments
# expect: bytearray.partition(1,2,3,4,5) TypeError bytearray.partition() takes exactly one argument (5 given)
# expect: bytearray.partition(zz=1) TypeError bytearray.partition() takes no keyword arguments
# expect: bytearray.append(1,2,3,4,5) TypeError bytearray.append() takes exactly one argument (5 given)
# expect: bytearray.append(zz=1) TypeError bytearray.append() takes no keyword arguments
# expect: bytearray.extend(1,2,3,4,5) TypeError bytearray.extend() takes exactly one argument (5 given)
# expect: bytearray.extend(zz=1) TypeError bytearray.extend() takes no keyword arguments
# expect: bytearray.remove(1,2,3,4,5) TypeError bytearray.remove() takes exactly one argument (5 given)
# expect: bytearray.remove(zz=1) TypeError bytearray.remove() takes no keyword arguments
# expect: bytearray.reverse(1,2,3,4,5) TypeError bytearray.reverse() takes no arguments (5 given)
# expect: bytearray.reverse(zz=1) TypeError bytearray.reverse() takes no keyword arguments
# expect: bytearray.clear(1,2,3,4,5) TypeError bytearray.clear() takes no arguments (5 given)
# expect: bytearray.clear(zz=1) TypeError bytearray.clear() takes no keyword arguments
# expect: bytearray.copy(1,2,3,4,5) TypeError bytearray.copy() takes no arguments (5 given)
# expect: bytearray.copy(zz=1) TypeError bytearray.copy() takes no keyword arguments
# expect: bytearray.pop(1,2,3,4,5) TypeError pop expected at most 1 argument, got 5
# expect: bytearray.pop(zz=1) TypeError bytearray.pop() takes no keyword arguments
# expect: bytearray.insert(1,2,3,4,5) TypeError insert expected 2 arguments, got 5
# expect: bytearray.insert(zz=1) TypeError bytearray.insert() takes no keyword arguments
# expect: bytes.fromhex() TypeError bytes.fromhex() takes exactly one argument (0 given)
# expect: bytearray.fromhex(zz=1) TypeError bytearray.fromhex() takes no keyword arguments
# expect: bytes.translate() TypeError translate() takes at least 1 positional argument (0 given)
# expect: bytes.translate(table=None) TypeError translate() takes at least 1 positional argument (0 given)
# expect: b'bc'
# expect: bytes.translate(None, delete=b'a') ok
# expect: set.union(zz=1) TypeError set.union() takes no keyword arguments
# expect: set.intersection(zz=1) TypeError set.intersection() takes no keyword arguments
# expect: set.difference(zz=1) TypeError set.difference() takes no keyword arguments
# expect: set.update(zz=1) TypeError set.update() takes no keyword arguments
# expect: set.difference_update(zz=1) TypeError set.difference_update() takes no keyword arguments
# expect: set.intersection_update(zz=1) TypeError set.intersection_update() takes no keyword arguments
# expect: frozenset.union(zz=1) TypeError frozenset.union() takes no keyword arguments
# expect: int.bit_length(1) TypeError int.bit_length() takes no arguments (1 given)
# expect: int.bit_length(zz=1) TypeError int.bit_length() takes no keyword arguments
# expect: int.bit_length() unbound TypeError unbound method int.bit_length() needs an argument
# expect: int.bit_length('x') unbound TypeError descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object
# expect: int.bit_count(1) TypeError int.bit_count() takes no arguments (1 given)
# expect: int.bit_count(zz=1) TypeError int.bit_count() takes no keyword arguments
# expect: int.bit_count() unbound TypeError unbound method int.bit_count() needs an argument
# expect: int.bit_count('x') unbound TypeError descriptor 'bit_count' for 'int' objects doesn't apply to a 'str' object
# expect: int.conjugate(1) TypeError int.conjugate() takes no arguments (1 given)
# expect: int.conjugate(zz=1) TypeError int.conjugate() takes no keyword arguments
# expect: int.conjugate() unbound TypeError unbound method int.conjugate() needs an argument
# expect: int.conjugate('x') unbound TypeError descriptor 'conjugate' for 'int' objects doesn't apply to a 'str' object
# expect: int.as_integer_ratio(1) TypeError int.as_integer_ratio() takes no arguments (1 given)
# expect: int.as_integer_ratio(zz=1) TypeError int.as_integer_ratio() takes no keyword arguments
# expect: int.as_integer_ratio() unbound TypeError unbound method int.as_integer_ratio() needs an argument
# expect: int.as_integer_ratio('x') unbound TypeError descriptor 'as_integer_ratio' for 'int' objects doesn't apply to a 'str' object
# expect: float.is_integer(1) TypeError float.is_integer() takes no arguments (1 given)
# expect: float.is_integer(zz=1) TypeError float.is_integer() takes no keyword arguments
# expect: float.is_integer() unbound TypeError unbound method float.is_integer() needs an argument
# expect: float.is_integer('x') unbound TypeError descriptor 'is_integer' for 'float' objects doesn't apply to a 'str' object
# expect: float.hex(1) TypeError float.hex() takes no arguments (1 given)
# expect: float.hex(zz=1) TypeError float.hex() takes no keyword arguments
# expect: float.hex() unbound TypeError unbound method float.hex() needs an argument
# expect: float.hex('x') unbound TypeError descriptor 'hex' for 'float' objects doesn't apply to a 'str' object
# expect: float.as_integer_ratio(1) TypeError float.as_integer_ratio() takes no arguments (1 given)
# expect: float.as_integer_ratio(zz=1) TypeError float.as_integer_ratio() takes no keyword arguments
# expect: float.as_integer_ratio() unbound TypeError unbound method float.as_integer_ratio() needs an argument
# expect: float.as_integer_ratio('x') unbound TypeError descriptor 'as_integer_ratio' for 'float' objects doesn't apply to a 'str' object
# expect: float.conjugate(1) TypeError float.conjugate() takes no arguments (1 given)
# expect: float.conjugate(zz=1) TypeError float.conjugate() takes no keyword arguments
# expect: float.conjugate() unbound TypeError unbound method float.conjugate() needs an argument
# expect: float.conjugate('x') unbound TypeError descriptor 'conjugate' for 'float' objects doesn't apply to a 'str' object
# expect: complex.conjugate(1) TypeError complex.conjugate() takes no arguments (1 given)
# expect: complex.conjugate(zz=1) TypeError complex.conjugate() takes no keyword arguments
# expect: complex.conjugate() unbound TypeError unbound method complex.conjugate() needs an argument
# expect: complex.conjugate('x') unbound TypeError descriptor 'conjugate' for 'complex' objects doesn't apply to a 'str' object
# expect: int.__index__(5, 1) TypeError expected 0 arguments, got 1
# expect: complex.__abs__(1j, 1) TypeError expected 0 arguments, got 1
# expect: complex.__complex__(1j, 1) TypeError complex.__complex__() takes no arguments (1 given)
