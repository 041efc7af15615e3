# An arithmetic expression evaluator: tokenizer, recursive-descent parser
# building tuples, and an evaluator and simplifier written with match.
import math

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " ":
                i += 1
            case "+" | "-" | "*" | "/" | "^" | "(" | ")" | ",":
                tokens.append(("op", ch))
                i += 1
            case _ if ch.isdigit() or ch == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                tokens.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
                i = j
            case _ if ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case _:
                raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        left = self.term()
        while True:
            match self.peek():
                case ("op", "+" | "-" as op):
                    self.take()
                    left = (op, left, self.term())
                case _:
                    return left

    def term(self):
        left = self.power()
        while True:
            match self.peek():
                case ("op", "*" | "/" as op):
                    self.take()
                    left = (op, left, self.power())
                case _:
                    return left

    def power(self):
        base = self.unary()
        match self.peek():
            case ("op", "^"):
                self.take()
                return ("^", base, self.power())
        return base

    def unary(self):
        match self.peek():
            case ("op", "-"):
                self.take()
                return ("neg", self.unary())
        return self.atom()

    def atom(self):
        match self.take():
            case ("num", value):
                return value
            case ("name", name):
                match self.peek():
                    case ("op", "("):
                        self.take()
                        args = [self.expr()]
                        while self.peek() == ("op", ","):
                            self.take()
                            args.append(self.expr())
                        self.expect(")")
                        return ("call", name, *args)
                return ("var", name)
            case ("op", "("):
                inner = self.expr()
                self.expect(")")
                return inner
            case tok:
                raise SyntaxError(f"unexpected {tok}")

    def expect(self, op):
        match self.take():
            case ("op", o) if o == op:
                return
            case tok:
                raise SyntaxError(f"expected {op!r}, got {tok}")

FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}

def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"unknown variable {name}") from None
        case ("neg", x):
            return -evaluate(x, env)
        case ("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case ("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("/", a, b):
            return evaluate(a, env) / evaluate(b, env)
        case ("^", a, b):
            return evaluate(a, env) ** evaluate(b, env)
        case ("call", name, *args) if name in FUNCS:
            return FUNCS[name](*(evaluate(a, env) for a in args))
        case ("call", name, *_):
            raise NameError(f"unknown function {name}")

def simplify(node):
    match node:
        case (op, a, b):
            a, b = simplify(a), simplify(b)
            match op, a, b:
                case ("+", 0, x) | ("+", x, 0) | ("*", 1, x) | ("*", x, 1) | ("-", x, 0):
                    return x
                case ("*", 0, _) | ("*", _, 0):
                    return 0
                case (_, int() | float(), int() | float()):
                    return evaluate((op, a, b), {})
                case _:
                    return (op, a, b)
        case ("neg", ("neg", x)):
            return simplify(x)
        case _:
            return node

def show(node):
    match node:
        case ("var", name):
            return name
        case ("neg", x):
            return f"-{show(x)}"
        case ("call", name, *args):
            return f"{name}({', '.join(map(show, args))})"
        case (op, a, b):
            return f"({show(a)} {op} {show(b)})"
        case _:
            return repr(node)

env = {"x": 3, "y": 4.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + 10", "sqrt(x * x + 16)",
            "max(1, x, y) / 2", "x * 1 + 0 * y", "--x", "0 + (y - 0) * 1", "z + 1", "foo(1)", "3 $ 4", "(1 + 2"]:
    try:
        tree = Parser(tokenize(src)).expr()
        print(f"{src:20} => {show(tree):28} = {evaluate(tree, env)!r:8} simplified {show(simplify(tree))}")
    except (SyntaxError, NameError) as e:
        print(f"{src:20} !! {type(e).__name__}: {e}")

# expect: 1 + 2 * 3            => (1 + (2 * 3))                = 7        simplified 7
# expect: (1 + 2) * 3          => ((1 + 2) * 3)                = 9        simplified 9
# expect: 2 ^ 3 ^ 2            => (2 ^ (3 ^ 2))                = 512      simplified 512
# expect: -x + 10              => (-x + 10)                    = 7        simplified (-x + 10)
# expect: sqrt(x * x + 16)     => sqrt(((x * x) + 16))         = 5.0      simplified sqrt(((x * x) + 16))
# expect: max(1, x, y) / 2     => (max(1, x, y) / 2)           = 2.25     simplified (max(1, x, y) / 2)
# expect: x * 1 + 0 * y        => ((x * 1) + (0 * y))          = 3.0      simplified x
# expect: --x                  => --x                          = 3        simplified x
# expect: 0 + (y - 0) * 1      => (0 + ((y - 0) * 1))          = 4.5      simplified y
# expect: z + 1                !! NameError: unknown variable z
# expect: foo(1)               !! NameError: unknown function foo
# expect: 3 $ 4                !! SyntaxError: bad character '$' at 2
# expect: (1 + 2               !! SyntaxError: expected ')', got ('end', None)
