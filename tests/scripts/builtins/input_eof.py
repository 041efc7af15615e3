# input() at end of input raises EOFError.
print(input())
input()
# stdin: only line
# expect: only line
# expect runtime error: EOFError: EOF when reading a line
