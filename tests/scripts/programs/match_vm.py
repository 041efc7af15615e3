# A small stack machine: a program is a list of instructions (tuples) that
# the interpreter dispatches on with match; includes calls, jumps and errors.
PROGRAM = [
    ("push", 10),
    ("call", "fact", 1),
    ("print",),
    ("push", 7),
    ("push", 3),
    ("call", "gcd", 2),
    ("print",),
    ("push", 1),
    ("push", 0),
    ("div",),
    ("halt",),
]

FUNCTIONS = {
    "fact": [
        ("store", "n"),
        ("push", 1),
        ("store", "acc"),
        ("label", "loop"),
        ("load", "n"),
        ("jump_if_zero", "done"),
        ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"),
        ("load", "n"), ("push", 1), ("sub",), ("store", "n"),
        ("jump", "loop"),
        ("label", "done"),
        ("load", "acc"),
        ("ret",),
    ],
    "gcd": [
        ("store", "b"), ("store", "a"),
        ("label", "top"),
        ("load", "b"), ("jump_if_zero", "end"),
        ("load", "a"), ("load", "b"), ("mod",), ("load", "b"), ("store", "a"), ("store", "b"),
        ("jump", "top"),
        ("label", "end"),
        ("load", "a"), ("ret",),
    ],
}

class VMError(Exception):
    pass

def run(code, stack, env=None, depth=0):
    env = {} if env is None else env
    labels = {ins[1]: i for i, ins in enumerate(code) if ins[0] == "label"}
    pc = 0
    steps = 0
    while pc < len(code):
        steps += 1
        ins = code[pc]
        pc += 1
        match ins:
            case ("push", value):
                stack.append(value)
            case ("load", name):
                stack.append(env[name])
            case ("store", name):
                env[name] = stack.pop()
            case ("add" | "sub" | "mul" | "div" | "mod" as op,):
                b, a = stack.pop(), stack.pop()
                match op:
                    case "add": stack.append(a + b)
                    case "sub": stack.append(a - b)
                    case "mul": stack.append(a * b)
                    case "div" | "mod" if b == 0:
                        raise VMError(f"{op} by zero at {pc - 1}")
                    case "div": stack.append(a // b)
                    case "mod": stack.append(a % b)
            case ("label", _):
                pass
            case ("jump", target):
                pc = labels[target]
            case ("jump_if_zero", target):
                if stack.pop() == 0:
                    pc = labels[target]
            case ("call", name, int(argc)):
                args = [stack.pop() for _ in range(argc)][::-1]
                result = run(FUNCTIONS[name], args, {}, depth + 1)
                stack.append(result)
            case ("ret",):
                return stack.pop()
            case ("print",):
                print("  " * depth + "out:", stack.pop())
            case ("halt",):
                break
            case unknown:
                raise VMError(f"bad instruction {unknown!r}")
    return steps

try:
    run(PROGRAM, [])
except VMError as e:
    print("VMError:", e)
print(run([("push", 2), ("push", 3), ("add",), ("print",), ("halt",)], []))
try:
    run([("push",)], [])
except VMError as e:
    print("VMError:", e)

# expect: out: 3628800
# expect: out: 1
# expect: VMError: div by zero at 9
# expect: out: 5
# expect: 5
# expect: VMError: bad instruction ('push',)
