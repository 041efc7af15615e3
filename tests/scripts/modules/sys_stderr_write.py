# sys.stderr.write goes to standard error.
import sys
sys.stderr.write("warning: something\n")  # expect stderr: warning: something
print("done")                             # expect: done
