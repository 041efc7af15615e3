# The idna and punycode codecs (CPython's Python files, stringprep on the current Unicode data)
# through str.encode/bytes.decode/codecs.encode, and CPython's wrapping of a codec's plain errors.
print("xn--bcher-kva.example".encode("ascii").decode("idna"), "bücher.example".encode("idna"), "münchen".encode("punycode"))
print(b"mnchen-3ya".decode("punycode"), "Straße.de".encode("idna"), "example.COM".encode("idna"), "ドメイン.テスト".encode("idna"))
import codecs
print(codecs.lookup("idna").name, codecs.encode("bücher", "idna"), codecs.decode(b"xn--bcher-kva", "idna"))
try: ("a" * 64 + ".com").encode("idna")
except UnicodeError as e: print(type(e).__name__, e)
try: "".encode("idna"); print("empty ok")
except UnicodeError as e: print(e)
try: ("a" * 64).encode("idna")
except UnicodeError as e: print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try: codecs.encode("a" * 64, "idna")
except UnicodeError as e: print(e, repr(e.__cause__))
try: codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e: print(e)
try: codecs.decode(b"abc", "hex")
except ValueError as e: print(type(e).__name__, e)
class MyErr(ValueError): pass
def search(name):
    if name == "boom":
        def enc(s, errors="strict"): raise MyErr("mine")
        return codecs.CodecInfo(enc, enc, name="boom")
codecs.register(search)
for call in (lambda: "x".encode("boom"), lambda: codecs.encode("x", "boom")):
    try: call()
    except ValueError as e: print(type(e).__name__, e)
# expect: bücher.example b'xn--bcher-kva.example' b'mnchen-3ya'
# expect: münchen b'strasse.de' b'example.COM' b'xn--eckwd4c7c.xn--zckzah'
# expect: idna b'xn--bcher-kva' bücher
# expect: UnicodeError encoding with 'idna' codec failed (UnicodeError: label empty or too long)
# expect: empty ok
# expect: UnicodeError('label too long') None True
# expect: encoding with 'idna' codec failed (UnicodeError: label too long) UnicodeError('label too long')
# expect: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: Error decoding with 'hex' codec failed (Error: Odd-length string)
# expect: MyErr encoding with 'boom' codec failed (MyErr: mine)
# expect: MyErr encoding with 'boom' codec failed (MyErr: mine)
