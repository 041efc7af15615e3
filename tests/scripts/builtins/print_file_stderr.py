# print(file=sys.stderr) writes to standard error, not standard output.
import sys
print("to stdout")                      # expect: to stdout
print("to stderr", 42, file=sys.stderr)  # expect stderr: to stderr 42
print("flushed", file=sys.stdout, flush=True)  # expect: flushed
