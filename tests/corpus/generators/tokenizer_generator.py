"""A lexer written as a generator with named groups, feeding a small interpreter for assignments."""
import re
from typing import NamedTuple, Iterator


class Token(NamedTuple):
    kind: str
    value: str
    line: int
    column: int


SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in SPEC))
KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}


def tokenize(code) -> Iterator[Token]:
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        column = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            line_start = m.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line}")
        yield Token(kind, value, line, column)


statements = """
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
"""
for token in tokenize(statements):
    print(token)

env = {}
program = "a := 2; b := a * 3 + 1; c := (b - a) / 2;"
tokens = list(tokenize(program))
i = 0
while i < len(tokens):
    name = tokens[i].value
    assert tokens[i + 1].kind == "ASSIGN"
    j = i + 2
    while tokens[j].kind != "END":
        j += 1
    expr = " ".join(str(env.get(t.value, t.value)) if t.kind == "ID" else str(t.value) for t in tokens[i + 2:j])
    env[name] = eval(expr)
    print(f"{name} = {expr} -> {env[name]}")
    i = j + 1
try:
    list(tokenize("x := 1 $ 2"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(Token("ID", "x", 1, 0)._asdict(), Token._fields)
