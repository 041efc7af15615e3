# input() reads lines from stdin; the prompt goes to stdout.
name = input("name? ")
n = int(input())
print("hello", name, n * 2)
# stdin: world
# stdin: 21
# expect: name? hello world 42
