# string.Formatter subclasses and format_map, used as a template engine:
# custom conversion, format_field, get_value with defaults, parse() output.
import string


class Template(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "t":
            return str(value).title()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec == "money":
            return f"${value:,.2f}"
        return super().format_field(value, spec)


t = Template()
print(t.format("Dear {name!t}, you owe {amount:money} by {date}. {0} {1!r}", "pos", "x", name="ada lovelace", amount=1234.5))
print(t.format("{missing} and {name!u:>10}|", name="bob"))
print(list(string.Formatter().parse("a{0}b{x!r:>5}c{{d}}{}")))
print(string.Formatter().format("{0[k]} {1.real}", {"k": "v"}, 3 + 4j), string.Formatter().vformat("{a}-{b}", (), {"a": 1, "b": 2}))
try:
    t.format("{!z}", 1)
except ValueError as e:
    print("ValueError:", e)
print(string.ascii_letters[:5], string.punctuation[:10], string.hexdigits, string.capwords("the  long   road"))
