# string.Formatter: format/vformat, nested specs, attribute and index fields, parse() pieces, subclass hooks (format_field, get_value, check_unused_args), CPython's errors
import string
f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3), f.format("{0}{1}{0}", "a", "b"), f.format("{x:>5}|{y!r}", x=1, y="s"))
print(f.format("{0.real} {1[1]} {d[k]} {{literal}} {:{w}.{p}f}", 2j, [5, 6], 3.14159, d={"k": "v"}, w=8, p=2) if False else f.format("{0.real} {1[1]} {d[k]} {{literal}}", 2j, [5, 6], d={"k": "v"}))
print(f.format("{:{w}.{p}f}|", 3.14159, w=8, p=2), f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}e{}")), list(f.parse("")), list(f.parse("}}{{")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)
print(Upper().format("hello {name} and {missing} {0:x}", 255, name="bob"))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise KeyError(f"unused: {sorted(unused)}")
try:
    Strict().format("{a}", a=1, b=2)
except KeyError as e:
    print("KeyError", e)
for bad in ["{", "}", "{0", "{!}", "{0!x}", "{0!rr}", "{0[}", "{0.}", "{0[1]x}", "{}{0}", "{0}{}", "{:{:{:{}}}}"]:
    try:
        print(repr(bad), f.format(bad, 1, 2, 3, 4))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)

# expect: 1 + 2 = 3 aba     1|'s'
# expect: 0.0 6 v {literal}
# expect:     3.14| 1-2
# expect: [('a', '0', '', None), ('b', 'x', '>3', 'r'), ('c{', None, None, None), ('d}', None, None, None), ('e', '', '', None)] [] [('}', None, None, None), ('{', None, None, None)]
# expect: hello BOB and <MISSING> FF
# expect: KeyError "unused: ['b']"
# expect: '{' ValueError Single '{' encountered in format string
# expect: '}' ValueError Single '}' encountered in format string
# expect: '{0' ValueError expected '}' before end of string
# expect: '{!}' ValueError unmatched '{' in format spec
# expect: '{0!x}' ValueError Unknown conversion specifier x
# expect: '{0!rr}' ValueError expected ':' after conversion specifier
# expect: '{0[}' ValueError expected '}' before end of string
# expect: '{0.}' ValueError Empty attribute in format string
# expect: '{0[1]x}' TypeError 'int' object is not subscriptable
# expect: '{}{0}' ValueError cannot switch from manual field specification to automatic field numbering
# expect: '{0}{}' ValueError cannot switch from manual field specification to automatic field numbering
# expect: '{:{:{:{}}}}' ValueError Max string recursion exceeded
