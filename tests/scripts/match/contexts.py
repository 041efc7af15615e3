# A match statement in every context: module, function (locals), closure
# (cells), global/nonlocal declarations, generator, coroutine, class body,
# nested matches, loops with break/continue/else, try/finally, with.
import asyncio

def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*" | "/":
                yield ("op", word)
            case w if w.isdigit():
                yield ("num", int(w))
            case "stop":
                return
            case other:
                yield ("name", other)
print(list(tokens("x + 12 * y stop ignored")))

def make_counter():
    count = 0
    def step(event):
        nonlocal count
        match event:
            case "inc":
                count += 1
            case ("add", n):
                count += n
            case "reset":
                count = 0
        return count
    return step
step = make_counter()
print([step(e) for e in ["inc", "inc", ("add", 5), "reset", "inc"]])

def closure_capture(v):
    match v:
        case [a, b]:
            return lambda: a + b
    return lambda: None
print(closure_capture([1, 2])(), closure_capture(3)())

state = None
def set_state(v):
    global state
    match v:
        case int(state):
            pass
        case _:
            state = "not an int"
set_state(4); print(state)
set_state("x"); print(state)

async def handle(request):
    await asyncio.sleep(0)
    match request:
        case {"path": "/", "method": "GET"}:
            return 200, "home"
        case {"path": path, "method": "GET"}:
            await asyncio.sleep(0)
            return 200, f"page {path}"
        case {"method": method}:
            return 405, method
async def main():
    for r in [{"path": "/", "method": "GET"}, {"path": "/a", "method": "GET"}, {"path": "/", "method": "POST"}]:
        print(await handle(r))
asyncio.run(main())

class Config:
    mode = "debug"
    match mode:
        case "debug":
            level = 10
        case _:
            level = 20
    match [1, 2]:
        case [first, *others]:
            pass
print(Config.level, Config.first, Config.others)

def nested(cmd):
    match cmd:
        case (verb, obj):
            match verb, obj:
                case ("open", "door"):
                    return "door opens"
                case ("open", thing):
                    match thing:
                        case "box" | "chest":
                            return f"{thing} opens"
                        case _:
                            return f"cannot open {thing}"
            return "unknown pair"
        case _:
            return "not a pair"
for c in [("open", "door"), ("open", "box"), ("open", "sky"), ("eat", "cake"), "x"]:
    print(nested(c))

found = None
for item in [3, "a", [1], {"k": 1}, 9]:
    match item:
        case int() if item > 5:
            found = item
            break
        case int():
            continue
        case str():
            print("string", item)
        case _:
            print("other", item)
else:
    print("no break")
print("found", found)

i = 0
while True:
    i += 1
    match i % 3, i:
        case (0, n) if n > 6:
            print("done at", n)
            break
        case (0, _):
            continue
    print("i", i)

def in_try(v):
    try:
        match v:
            case 0:
                return "zero"
            case int():
                return 10 // v
            case _:
                raise ValueError(v)
    except ValueError as e:
        return f"error {e}"
    finally:
        print("finally for", v)
print(in_try(0), in_try(5), in_try("s"))

class Ctx:
    def __enter__(self):
        return ["entered", 1]
    def __exit__(self, *a):
        print("exit")
with Ctx() as value:
    match value:
        case [str(s), int(n)]:
            print(s, n)

# the last case has no subject copy; a failed last case falls out
def fallthrough(x):
    match x:
        case 1:
            return "one"
        case [y]:
            return f"list {y}"
    return "no case matched"
print(fallthrough(2), fallthrough([5]), fallthrough(1))

# expect: [('name', 'x'), ('op', '+'), ('num', 12), ('op', '*'), ('name', 'y')]
# expect: [1, 2, 7, 0, 1]
# expect: 3 None
# expect: 4
# expect: not an int
# expect: (200, 'home')
# expect: (200, 'page /a')
# expect: (405, 'POST')
# expect: 10 1 [2]
# expect: door opens
# expect: box opens
# expect: cannot open sky
# expect: unknown pair
# expect: not a pair
# expect: string a
# expect: other [1]
# expect: other {'k': 1}
# expect: found 9
# expect: i 1
# expect: i 2
# expect: i 4
# expect: i 5
# expect: i 7
# expect: i 8
# expect: done at 9
# expect: finally for 0
# expect: finally for 5
# expect: finally for s
# expect: zero 2 error s
# expect: entered 1
# expect: exit
# expect: no case matched list 5 one
