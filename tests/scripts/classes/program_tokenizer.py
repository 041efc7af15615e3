class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"
    def __eq__(self, other):
        return (self.kind, self.text) == (other.kind, other.text)

class TokenizeError(Exception):
    pass

class Tokenizer:
    OPS = set("+-*/()=")
    def __init__(self, text):
        self.text = text
        self.pos = 0
    def __iter__(self):
        return self
    def __next__(self):
        text = self.text
        while self.pos < len(text) and text[self.pos].isspace():
            self.pos += 1
        if self.pos >= len(text):
            raise StopIteration
        start = self.pos
        ch = text[start]
        if ch.isdigit():
            while self.pos < len(text) and (text[self.pos].isdigit() or text[self.pos] == "."):
                self.pos += 1
            return Token("NUM", text[start:self.pos], start)
        if ch.isalpha() or ch == "_":
            while self.pos < len(text) and (text[self.pos].isalnum() or text[self.pos] == "_"):
                self.pos += 1
            return Token("NAME", text[start:self.pos], start)
        if ch in self.OPS:
            self.pos += 1
            return Token("OP", ch, start)
        raise TokenizeError(f"bad character {ch!r} at {start}")

class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.i = 0
        self.vars = {}
    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None
    def take(self):
        t = self.peek(); self.i += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() and self.peek().text in "+-":
            op = self.take().text
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.atom()
        while self.peek() and self.peek().text in "*/":
            op = self.take().text
            v = v * self.atom() if op == "*" else v / self.atom()
        return v
    def atom(self):
        t = self.take()
        if t is None:
            raise SyntaxError("unexpected end")
        if t.kind == "NUM":
            return float(t.text) if "." in t.text else int(t.text)
        if t.kind == "NAME":
            return self.vars[t.text]
        if t.text == "(":
            v = self.expr(); self.take(); return v
        if t.text == "-":
            return -self.atom()
        raise SyntaxError(f"unexpected {t!r}")

print(list(Tokenizer("x = 3.5 * (y + 42)")))
print(Token("OP", "+", 0) == Token("OP", "+", 9), Token("OP", "+", 0) != Token("NUM", "+", 0))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-3 * -(2 + 1)", "2 * $", "1 +", "2 3 )"]:
    try:
        print(src, "=", Parser(Tokenizer(src)).expr())
    except (TokenizeError, SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
p = Parser(Tokenizer("a * b"))
p.vars.update(a=6, b=7)
print(p.expr())
try:
    Parser(Tokenizer("q")).expr()
except KeyError as e:
    print("KeyError", e)

# expect: [Token(NAME, 'x', 0), Token(OP, '=', 2), Token(NUM, '3.5', 4), Token(OP, '*', 8), Token(OP, '(', 10), Token(NAME, 'y', 11), Token(OP, '+', 13), Token(NUM, '42', 15), Token(OP, ')', 17)]
# expect: True True
# expect: 1 + 2 * 3 = 7
# expect: (1 + 2) * 3 = 9
# expect: 10 / 4 = 2.5
# expect: -3 * -(2 + 1) = 9
# expect: 2 * $ -> TokenizeError bad character '$' at 4
# expect: 1 + -> SyntaxError unexpected end
# expect: 2 3 ) = 2
# expect: 42
# expect: KeyError 'q'
