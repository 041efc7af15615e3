# sys.argv holds the script name then the command-line arguments.
import sys
print(sys.argv[1:])         # expect: ['one', 'two words', '3']
print(sys.argv[0].endswith("sys_argv.py"))  # expect: True
# args: one "two words" 3
