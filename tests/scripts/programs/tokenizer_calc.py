# An expression calculator: tokenizer generator, recursive-descent parser, evaluator with errors.
import sys

class CalcError(Exception):
    pass

def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            yield ("num", float(num) if "." in num else int(num))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ("name", text[i:j])
            i = j
        elif ch in "+-*/%^()=,":
            yield ("op", ch)
            i += 1
        else:
            raise CalcError(f"bad character {ch!r} at {i}")
    yield ("end", None)

class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, text, env):
        self.tokens = list(tokenize(text))
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if kind and tok[0] != kind or value and tok[1] != value:
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.power()
            try:
                value = {"*": lambda: value * rhs, "/": lambda: value / rhs, "%": lambda: value % rhs}[op]()
            except ZeroDivisionError as e:
                raise CalcError("division by zero") from e
        return value

    def power(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                try:
                    return self.FUNCS[value](*args)
                except KeyError:
                    raise CalcError(f"unknown function {value}") from None
            if value not in self.env:
                raise CalcError(f"undefined variable {value}")
            return self.env[value]
        if (kind, value) == ("op", "("):
            inner = self.expr()
            self.take("op", ")")
            return inner
        raise CalcError(f"unexpected {value!r}")

env = {"pi": 3.14159}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10 / 4", "x * 2", "7 % 3 + max(1, x, 2)",
         "y + 1", "1 / (2 - 2)", "3 $ 4", "abs(-5) + min(4, 2)", "sqrt(4)", "(1 + 2", "pi * 2"]
for line in lines:
    try:
        result = Parser(line, env).statement()
        print(f"{line:>22} = {result}")
    except CalcError as e:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{line:>22} ! {e}{cause}")
print(sorted(env.items()))
print("tokens:", list(tokenize("a1 = 2.5*b")))
sys.stdout.write("done\n")

# expect:              1 + 2 * 3 = 7
# expect:            (1 + 2) * 3 = 9
# expect:              2 ^ 3 ^ 2 = 512
# expect:                 -2 ^ 2 = 4
# expect:             x = 10 / 4 = 2.5
# expect:                  x * 2 = 5.0
# expect:   7 % 3 + max(1, x, 2) = 3.5
# expect:                  y + 1 ! undefined variable y
# expect:            1 / (2 - 2) ! division by zero (caused by ZeroDivisionError)
# expect:                  3 $ 4 ! bad character '$' at 2
# expect:    abs(-5) + min(4, 2) = 7
# expect:                sqrt(4) ! unknown function sqrt
# expect:                 (1 + 2 ! expected ), got None
# expect:                 pi * 2 = 6.28318
# expect: [('pi', 3.14159), ('x', 2.5)]
# expect: tokens: [('name', 'a1'), ('op', '='), ('num', 2.5), ('op', '*'), ('name', 'b'), ('end', None)]
# expect: done
