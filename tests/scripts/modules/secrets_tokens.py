# secrets: tokens and draws from os.urandom (only their shapes are printed), the errors.
import secrets
import string
tok = secrets.token_hex(16)
print(len(tok), all(c in string.hexdigits for c in tok), len(secrets.token_bytes()), len(secrets.token_bytes(5)))
print(len(secrets.token_urlsafe(16)), "=" in secrets.token_urlsafe(16), set(secrets.token_urlsafe(30)) <= set(string.ascii_letters + string.digits + "-_"))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1), 0 <= secrets.randbits(8) < 256, secrets.randbits(0))
print(secrets.choice("a") , secrets.choice([7, 7, 7]), secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.choice([]), lambda: secrets.randbits(-1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)

# expect: 32 True 32 5
# expect: 22 False True
# expect: True 0 True 0
# expect: a 7 True False
# expect: ValueError: Upper bound must be positive.
# expect: IndexError: Cannot choose from an empty sequence
# expect: ValueError: number of bits must be non-negative
