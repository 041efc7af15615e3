# sys.stdout.write returns the number of characters written.
import sys
n = sys.stdout.write("héllo\n")  # expect: héllo
print(n)                          # expect: 6
sys.stdout.writelines(["a", "b\n"])  # expect: ab
sys.stdout.flush()
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)  # expect: write() argument must be str, not int
