# A JSON parser written with match over characters and tokens, checked
# against the json module on a few documents.
import json

def tokens(text):
    i = 0
    while i < len(text):
        match text[i]:
            case " " | "\n" | "\t" | "\r":
                i += 1
            case "{" | "}" | "[" | "]" | ":" | "," as ch:
                yield ch, ch
                i += 1
            case '"':
                j = i + 1
                out = []
                while text[j] != '"':
                    match text[j], text[j + 1] if j + 1 < len(text) else "":
                        case "\\", "n":
                            out.append("\n"); j += 2
                        case "\\", "t":
                            out.append("\t"); j += 2
                        case "\\", ('"' | "\\" | "/") as esc:
                            out.append(esc); j += 2
                        case "\\", "u":
                            out.append(chr(int(text[j + 2:j + 6], 16))); j += 6
                        case ch, _:
                            out.append(ch); j += 1
                yield "string", "".join(out)
                i = j + 1
            case c if c in "-0123456789":
                j = i + 1
                while j < len(text) and text[j] in "0123456789.eE+-":
                    j += 1
                raw = text[i:j]
                yield "number", float(raw) if any(ch in raw for ch in ".eE") else int(raw)
                i = j
            case _ if text.startswith("true", i):
                yield "const", True; i += 4
            case _ if text.startswith("false", i):
                yield "const", False; i += 5
            case _ if text.startswith("null", i):
                yield "const", None; i += 4
            case bad:
                raise ValueError(f"unexpected {bad!r} at {i}")

def parse(text):
    toks = list(tokens(text))
    value, pos = parse_value(toks, 0)
    if pos != len(toks):
        raise ValueError(f"extra data at token {pos}")
    return value

def parse_value(toks, pos):
    match toks[pos]:
        case ("string" | "number" | "const", value):
            return value, pos + 1
        case ("[", _):
            items = []
            pos += 1
            if toks[pos][0] == "]":
                return items, pos + 1
            while True:
                item, pos = parse_value(toks, pos)
                items.append(item)
                match toks[pos]:
                    case (",", _):
                        pos += 1
                    case ("]", _):
                        return items, pos + 1
                    case tok:
                        raise ValueError(f"expected , or ] got {tok}")
        case ("{", _):
            obj = {}
            pos += 1
            if toks[pos][0] == "}":
                return obj, pos + 1
            while True:
                match toks[pos:pos + 2]:
                    case [("string", key), (":", _)]:
                        obj[key], pos = parse_value(toks, pos + 2)
                    case other:
                        raise ValueError(f"bad object entry {other}")
                match toks[pos]:
                    case (",", _):
                        pos += 1
                    case ("}", _):
                        return obj, pos + 1
                    case tok:
                        raise ValueError(f"expected , or }} got {tok}")
        case tok:
            raise ValueError(f"unexpected token {tok}")

docs = [
    '{"name": "coil", "version": [0, 1], "fast": true, "deps": null}',
    '[1, -2.5, 3e2, "a\\nb", {"nested": {"deep": [[], {}]}}]',
    '"\\u00e9t\\u00e9"',
    '{"a": 1,}',
    '[1 2]',
    '{"k": tru}',
]
for d in docs:
    try:
        mine = parse(d)
        print(mine == json.loads(d), mine)
    except ValueError as e:
        print("error:", e)

# expect: True {'name': 'coil', 'version': [0, 1], 'fast': True, 'deps': None}
# expect: True [1, -2.5, 300.0, 'a\nb', {'nested': {'deep': [[], {}]}}]
# expect: True été
# expect: error: bad object entry [('}', '}')]
# expect: error: expected , or ] got ('number', 2)
# expect: error: unexpected 't' at 6
