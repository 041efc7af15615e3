# Iterating sys.stdin and sys.stdin.readline().
import sys
first = sys.stdin.readline()
print(repr(first))           # expect: 'header\n'
total = 0
for line in sys.stdin:
    total += int(line)
print(total)                 # expect: 6
print(repr(sys.stdin.readline()))  # expect: ''
# stdin: header
# stdin: 1
# stdin: 2
# stdin: 3
