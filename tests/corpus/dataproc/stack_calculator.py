"""Tokenise, convert infix to RPN with shunting-yard, and evaluate; also a recursive-descent parser."""
import operator
import re

OPS = {"+": (1, "L", operator.add), "-": (1, "L", operator.sub),
       "*": (2, "L", operator.mul), "/": (2, "L", operator.truediv),
       "%": (2, "L", operator.mod), "^": (3, "R", operator.pow)}


def tokenize(expr):
    tokens = re.findall(r"\d+\.?\d*|[-+*/%^()]|\S", expr)
    for t in tokens:
        if not (t[0].isdigit() or t in OPS or t in "()"):
            raise SyntaxError(f"bad token {t!r}")
    return tokens


def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if t[0].isdigit():
            out.append(float(t) if "." in t else int(t))
        elif t in OPS:
            p, assoc, _ = OPS[t]
            while stack and stack[-1] in OPS and (OPS[stack[-1]][0] > p or
                                                  (OPS[stack[-1]][0] == p and assoc == "L")):
                out.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        else:
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced )")
            stack.pop()
    while stack:
        t = stack.pop()
        if t == "(":
            raise SyntaxError("unbalanced (")
        out.append(t)
    return out


def eval_rpn(rpn):
    stack = []
    for t in rpn:
        if isinstance(t, str):
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[t][2](a, b))
        else:
            stack.append(t)
    (result,) = stack
    return result


class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        t = self.peek()
        self.pos += 1
        return t

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = OPS[self.take()][2](value, self.term())
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            value = OPS[self.take()][2](value, self.factor())
        return value

    def factor(self):
        base = self.atom()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        t = self.take()
        if t == "-":
            return -self.atom()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        if t is None:
            raise SyntaxError("unexpected end")
        return float(t) if "." in t else int(t)


for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 8 % 5", "3.5 * (2 - 0.5)",
          "((4))", "7 - 2 - 1", "1 + (2", "2 * x", "1 / 0"]:
    try:
        rpn = to_rpn(tokenize(e))
        print(f"{e:<16} rpn={' '.join(map(str, rpn)):<18} = {eval_rpn(rpn)} / {Parser(e).expr()}")
    except (SyntaxError, ZeroDivisionError) as err:
        print(f"{e:<16} {type(err).__name__}: {err}")
