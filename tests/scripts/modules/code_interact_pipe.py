# code.interact() reading its input from a pipe: input() shows the prompts
# (on stdout), end of input ends the session; banner, errors and exit message
# go to stderr.
import code

x = 5
code.interact(banner="console on", local={"x": x}, exitmsg="console off")
print("after")
# stdin: x * 2
# stdin: def f():
# stdin:     return x + 1
# stdin:
# stdin: f()
# stdin: 1/0
# stdin: print('printed')
# expect: >>> 10
# expect: >>> ... ... >>> 6
# expect: >>> >>> printed
# expect: >>> after
# expect stderr: console on
# expect stderr: ZeroDivisionError: division by zero
# expect stderr: console off
