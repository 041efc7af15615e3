# A JSON-like pretty printer and a small recursive-descent parser for it.
def dump(value, indent=0, step=2):
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [f'{" " * (indent + step)}{dump(k)}: {dump(v, indent + step)}' for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = [" " * (indent + step) + dump(v, indent + step) for v in value]
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, (int, float)):
        return repr(value)
    raise TypeError(f"cannot serialize {type(value).__name__}")

class ParseError(Exception):
    pass

def parse(text):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1
    def expect(ch):
        nonlocal pos
        skip()
        if text[pos:pos + 1] != ch:
            raise ParseError(f"expected {ch!r} at {pos}, found {text[pos:pos + 1]!r}")
        pos += 1
    def value():
        nonlocal pos
        skip()
        c = text[pos]
        if c == "{":
            pos += 1
            out = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return out
            while True:
                k = value()
                expect(":")
                out[k] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                expect("}")
                return out
        if c == "[":
            pos += 1
            out = []
            skip()
            if text[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                expect("]")
                return out
        if c == '"':
            end = text.index('"', pos + 1)
            s = text[pos + 1:end]
            pos = end + 1
            return s
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and (text[pos].isdigit() or text[pos] in "-.e"):
            pos += 1
        num = text[start:pos]
        if not num:
            raise ParseError(f"unexpected {c!r} at {pos}")
        return float(num) if "." in num or "e" in num else int(num)
    result = value()
    skip()
    if pos != len(text):
        raise ParseError(f"trailing data at {pos}")
    return result

doc = {"name": "coil", "version": [0, 1], "tags": ["vm", "python"], "stable": False,
       "meta": {"stars": 42, "ratio": 0.75, "owner": None, "empty": {}, "list": []},
       "quote": "it's plain"}
text = dump(doc)
print(text)
back = parse(text)
print(back == doc, back["meta"]["ratio"] * 2)
for bad in ['{"a" 1}', '[1, 2', '@', '[1] x']:
    try:
        parse(bad)
    except ParseError as e:
        print("ParseError:", e)
    except IndexError as e:
        print("IndexError:", e)
try:
    dump({"s": {1, 2}})
except TypeError as e:
    print(e)


# expect: {
# expect:   "name": "coil",
# expect:   "version": [
# expect:     0,
# expect:     1
# expect:   ],
# expect:   "tags": [
# expect:     "vm",
# expect:     "python"
# expect:   ],
# expect:   "stable": false,
# expect:   "meta": {
# expect:     "stars": 42,
# expect:     "ratio": 0.75,
# expect:     "owner": null,
# expect:     "empty": {},
# expect:     "list": []
# expect:   },
# expect:   "quote": "it's plain"
# expect: }
# expect: True 1.5
# expect: ParseError: expected ':' at 5, found '1'
# expect: IndexError: string index out of range
# expect: ParseError: unexpected '@' at 0
# expect: ParseError: trailing data at 4
# expect: cannot serialize set
