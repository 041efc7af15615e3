# Or-patterns try each alternative in order; as-patterns bind the whole
# subject of a sub-pattern; both nest anywhere.
def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["get" | "take", item] | ["pick", "up", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"] as words:
            return f"bye ({words[0]})"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"

for c in ["go north", "go up", "get lamp", "take key", "pick up sword", "drop a b c", "drop",
          "quit", "exit", "dance wildly", ""]:
    print(repr(c), "->", classify(c))

# alternatives binding the same names in different orders
for subject in [(1, "a"), ("b", 2)]:
    match subject:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n", n, "s", s)

# as-pattern around a class pattern, and nested or-patterns
match [1, (2, 3)]:
    case [1 | 2 as first, (2 | 3, 3 | 4) as second]:
        print(first, second)

# or-pattern of literals in a loop with break and continue
for v in range(10):
    match v:
        case 0 | 2 | 4:
            continue
        case 7:
            break
        case _:
            print("v", v)
print("stopped at", v)

# expect: 'go north' -> going north
# expect: 'go up' -> unknown verb go
# expect: 'get lamp' -> taking lamp
# expect: 'take key' -> taking key
# expect: 'pick up sword' -> taking sword
# expect: 'drop a b c' -> dropping a, b, c
# expect: 'drop' -> unknown verb drop
# expect: 'quit' -> bye (quit)
# expect: 'exit' -> bye (exit)
# expect: 'dance wildly' -> unknown verb dance
# expect: '' -> nothing
# expect: n 1 s a
# expect: n 2 s b
# expect: 1 (2, 3)
# expect: v 1
# expect: v 3
# expect: v 5
# expect: v 6
# expect: stopped at 7
