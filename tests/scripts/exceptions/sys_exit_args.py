# sys.exit(arg) makes SystemExit's args as PyErr_SetObject does (None: none, tuple: its items); code is the args tuple when there are several.
import sys
for arg in [None, 0, 3, "text", (1, 2), (), (5,), [1]]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)
print(SystemExit(1, 2).code, SystemExit().code, SystemExit("x").code)

# expect: None -> None ()
# expect: 0 -> 0 (0,)
# expect: 3 -> 3 (3,)
# expect: 'text' -> 'text' ('text',)
# expect: (1, 2) -> (1, 2) (1, 2)
# expect: () -> None ()
# expect: (5,) -> 5 (5,)
# expect: [1] -> [1] ([1],)
# expect: None ()
# expect: (1, 2) None x
