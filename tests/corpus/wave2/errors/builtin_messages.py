# The messages of common built-in errors, as a test suite for another
# implementation would print them: attribute, type, name, index, key, value errors.
import math

checks = [
    "None.upper()", "(1).foo", "'abc'.nope", "int.missing", "len(5)", "len()", "abs('x')", "1 + 'a'",
    "'a' + 1", "[] + ()", "{} | []", "-'x'", "~1.5", "1 < 'a'", "[1] < (1,)", "None()", "'s'()", "[1][0][0]",
    "{}['k']", "[][1]", "().index(1)", "[1, 2].index(3)", "'abc'.index('z')", "int('1.5')", "float('x')",
    "chr(-1)", "ord('ab')", "list(1)", "iter(5)", "next(iter([]))", "undefined_name", "math.sqrt('4')",
    "'%d' % 'x'", "divmod(1, 0)", "[].pop()", "{}.pop('k')", "set().remove(1)", "'x' * 'y'", "'x' * 2.0",
    "range(1.5)", "sum(['a'])", "max()", "min([])", "dict([1])", "tuple(None)", "hash([])", "getattr(1, 'x')",
    "isinstance(1, 2)", "issubclass(1, int)", "object().x = 1", "str.join(1, 2)", "'-'.join([1])",
    "print(sep=1)", "sorted(1)", "zip(1)", "enumerate()", "int(x=1)", "bool.__new__(1)", "type(1, 2)",
    "frozenset().add(1)", "(1, 2)[5]", "'abc'[10]", "b'x'[5]", "bytes('x')", "bytes(-1)", "memoryview('x')",
    "round('x')", "pow(2, 'x')", "complex('x')", "slice()", "f'{1:x<}'", "format(1, 'z')", "'{}'.format()",
    "del undefined_too", "lambda: 1 + ''", "(lambda x: x)()", "(lambda: 1)(2)", "(lambda *, k: k)(1)",
]
for src in checks:
    try:
        if "=" in src and "==" not in src and not src.startswith(("print", "int(")):
            exec(src)
        else:
            eval(src)
        print(f"{src:<24} no error")
    except Exception as e:
        print(f"{src:<24} {type(e).__name__}: {e}")
