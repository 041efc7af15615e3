# Evaluating a small language with Python's own ast-like node classes
# (dataclasses with __match_args__): let, if, functions, closures, recursion.
from dataclasses import dataclass, field

@dataclass
class Num:
    value: int

@dataclass
class Var:
    name: str

@dataclass
class BinOp:
    op: str
    left: object
    right: object

@dataclass
class If:
    test: object
    then: object
    orelse: object

@dataclass
class Let:
    name: str
    value: object
    body: object

@dataclass
class Lambda:
    params: list
    body: object

@dataclass
class Call:
    func: object
    args: list = field(default_factory=list)

@dataclass
class Closure:
    params: list
    body: object
    env: dict

def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name):
            return env[name]
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("<", l, r):
            return evaluate(l, env) < evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")
        case If(test, then, orelse):
            return evaluate(then if evaluate(test, env) else orelse, env)
        case Let(name, Lambda() as fn, body):
            # let-bound functions may call themselves
            new_env = dict(env)
            new_env[name] = Closure(fn.params, fn.body, new_env)
            return evaluate(body, new_env)
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case Lambda(params, body):
            return Closure(params, body, env)
        case Call(func, args):
            match evaluate(func, env):
                case Closure(params, body, cenv) if len(params) == len(args):
                    values = [evaluate(a, env) for a in args]
                    return evaluate(body, {**cenv, **dict(zip(params, values))})
                case Closure(params):
                    raise TypeError(f"expected {len(params)} arguments, got {len(args)}")
                case other:
                    raise TypeError(f"{other!r} is not callable")

def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case If(t, a, b):
            return f"if {show(t)} then {show(a)} else {show(b)}"
        case Let(n, v, b):
            return f"let {n} = {show(v)} in {show(b)}"
        case Lambda(ps, b):
            return f"fn({', '.join(ps)}) => {show(b)}"
        case Call(f, args):
            return f"{show(f)}({', '.join(map(show, args))})"

fact = Let("fact", Lambda(["n"], If(BinOp("<", Var("n"), Num(2)), Num(1),
                                     BinOp("*", Var("n"), Call(Var("fact"), [BinOp("-", Var("n"), Num(1))])))),
           Call(Var("fact"), [Num(10)]))
adder = Let("make_adder", Lambda(["k"], Lambda(["x"], BinOp("+", Var("x"), Var("k")))),
            Let("add5", Call(Var("make_adder"), [Num(5)]), Call(Var("add5"), [Num(37)])))
programs = [
    BinOp("+", Num(1), BinOp("*", Num(2), Num(3))),
    Let("x", Num(4), If(BinOp("<", Var("x"), Num(5)), Num(100), Num(200))),
    fact,
    adder,
    Call(Num(3), []),
    Let("f", Lambda(["a", "b"], Var("a")), Call(Var("f"), [Num(1)])),
    BinOp("/", Num(1), Num(2)),
]
for p in programs:
    try:
        print(show(p), "=>", evaluate(p, {}))
    except (TypeError, ValueError) as e:
        print(show(p), "=>", type(e).__name__, e)

# expect: (1 + (2 * 3)) => 7
# expect: let x = 4 in if (x < 5) then 100 else 200 => 100
# expect: let fact = fn(n) => if (n < 2) then 1 else (n * fact((n - 1))) in fact(10) => 3628800
# expect: let make_adder = fn(k) => fn(x) => (x + k) in let add5 = make_adder(5) in add5(37) => 42
# expect: 3() => TypeError 3 is not callable
# expect: let f = fn(a, b) => a in f(1) => TypeError expected 2 arguments, got 1
# expect: (1 / 2) => ValueError unknown operator /
