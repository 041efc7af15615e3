name, n = "Ada", 3
print(f"hello {name}, you have {n} messages")
print(f"{n + 1} {n * 2=}" if False else f"{n + 1} {name!r} {name!s} {name!a}")
print(f"{{literal}} {n}")
print(f"{'nested'} {[1, 2][0]} {dict(a=1)['a']}")
print(f"{3.14159:.2f} {42:5d}| {42:<5}| {42:^5}| {'x':>3}")
print(f"{1234567:,} {0.25:%} {255:x} {255:#X} {5:08.3f} {-3:+d}")
w, p = 10, 3
print(f"[{3.14159:{w}.{p}f}]")
print(f"{'é'!a}", f"{None}", f"{[1, 'a']}")

# expect: hello Ada, you have 3 messages
# expect: 4 'Ada' Ada 'Ada'
# expect: {literal} 3
# expect: nested 1 1
# expect: 3.14    42| 42   |  42  |   x
# expect: 1,234,567 25.000000% ff 0XFF 0005.000 -3
# expect: [     3.142]
# expect: '\xe9' None [1, 'a']
