# os.environ, os.getenv, the constants, fspath and PathLike objects.
import os

os.environ["COIL_X"] = "1"
print(os.environ["COIL_X"], os.getenv("COIL_X"), os.getenv("COIL_NOT_SET"), os.getenv("COIL_NOT_SET", "d"))
print("COIL_X" in os.environ, os.environ.get("COIL_NOT_SET", "dflt"))
del os.environ["COIL_X"]
print("COIL_X" in os.environ, type(os.environ.copy()).__name__)
try:
    os.environ["COIL_Y"] = 5
except TypeError as e:
    print(e)
try:
    os.environ["COIL_NOT_SET"]
except KeyError as e:
    print("KeyError", e)
print(repr(os.environ).startswith("environ({"), isinstance(os.environ["PATH"], str))
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.name, os.devnull)
print(isinstance(os.getpid(), int), os.cpu_count() >= 1, len(os.urandom(8)), type(os.urandom(2)).__name__)
print(os.strerror(2))


class Where:
    def __fspath__(self):
        return "/tmp/x"


print(os.fspath(Where()), os.fspath("s"), os.path.basename(Where()), os.path.join(Where(), "y"))
print(os.error is OSError)

# expect: 1 1 None d
# expect: True dflt
# expect: False dict
# expect: str expected, not int
# expect: KeyError 'COIL_NOT_SET'
# expect: True True
# expect: / : . .. . '\n' posix /dev/null
# expect: True True 8 bytes
# expect: No such file or directory
# expect: /tmp/x s x /tmp/x/y
# expect: True
