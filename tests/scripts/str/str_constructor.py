# str(): the empty str, str(x), decoding bytes, and subclasses.
print(repr(str()), str(12), str(1.5), str(None), str([1, "a"]))  # expect: '' 12 1.5 None [1, 'a']
print(str("x"), str(b"ab"), str(b"ab", "ascii"), str(object=True))  # expect: x b'ab' ab True
class Name:
    def __str__(self):
        return "custom"
print(str(Name()), "%s" % Name(), "{}".format(Name()), f"{Name()}")  # expect: custom custom custom custom
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: str("a", "utf-8"))   # expect: TypeError: decoding str is not supported
show(lambda: str(1, "utf-8"))     # expect: TypeError: decoding to str: need a bytes-like object, int found
show(lambda: str(b"\xff", "utf-8"))  # expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
