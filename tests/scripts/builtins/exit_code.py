# exit(n) raises SystemExit; the status becomes the process exit code.
print("before")  # expect: before
try:
    exit(7)
except SystemExit as e:
    print("caught", e.code)  # expect: caught 7
quit(2)
print("not reached")
# expect exit: 2
