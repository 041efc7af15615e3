# hashlib (OpenSSL digests, native BLAKE2) and hmac against CPython.
import hashlib
import hmac
msg = b'The quick brown fox jumps over the lazy dog'
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'blake2b', 'blake2s']:
    h = hashlib.new(name, msg)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:40], getattr(hashlib, name)(msg).hexdigest() == h.hexdigest())
print(hashlib.shake_128(msg).hexdigest(10), hashlib.shake_256(b'').digest(4))
print(hashlib.blake2b(b'x', digest_size=8).hexdigest(), hashlib.blake2s(b'x', key=b'k', salt=b's', person=b'p', digest_size=16).hexdigest())
print(hashlib.blake2b(msg * 5, key=b'secret' * 10).hexdigest()[:32], hashlib.blake2s(b'a' * 200).hexdigest())
h = hashlib.sha256()
for part in (b'The quick ', b'brown fox ', b'jumps over the lazy dog'):
    h.update(part)
c = h.copy(); c.update(b'!')
print(h.hexdigest() == hashlib.sha256(msg).hexdigest(), c.hexdigest()[:16], h.digest()[:4])
b = hashlib.blake2b(); b.update(b'a' * 300); b2 = b.copy(); b2.update(b'b')
print(b.hexdigest()[:16], b2.hexdigest()[:16], hashlib.blake2b(b'a' * 300).hexdigest()[:16])
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex()[:32], hashlib.pbkdf2_hmac('sha1', b'p', b's', 2, dklen=5))
print(hmac.new(b'key', msg, hashlib.sha256).hexdigest(), hmac.new(b'key', msg, 'md5').hexdigest(), hmac.digest(b'k', b'm', 'sha1'))
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), sorted(hashlib.algorithms_guaranteed))
for bad in [lambda: hashlib.new('nope'), lambda: hashlib.sha256('text'), lambda: hashlib.blake2b(digest_size=65),
            lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0), lambda: hmac.compare_digest('é', 'é')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Expected output (CPython 3.11):
# expect: md5 md5 16 64 9e107d9d372bb6826bd81d3542a419d6 True
# expect: sha1 sha1 20 64 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 True
# expect: sha224 sha224 28 64 730e109bd7a8a32b1cb9d9a09aa2325d2430587d True
# expect: sha256 sha256 32 64 d7a8fbb307d7809469ca9abcb0082e4f8d5651e4 True
# expect: sha384 sha384 48 128 ca737f1014a48f4c0b6dd43cb177b0afd9e51693 True
# expect: sha512 sha512 64 128 07e547d9586f6a73f73fbac0435ed76951218fb7 True
# expect: sha3_256 sha3_256 32 136 69070dda01975c8c120c3aada1b282394e7f032f True
# expect: sha3_512 sha3_512 64 72 01dedd5de4ef14642445ba5f5b97c15e47b9ad93 True
# expect: blake2b blake2b 64 128 a8add4bdddfd93e4877d2746e62817b116364a1f True
# expect: blake2s blake2s 32 64 606beeec743ccbeff6cbcdf5d5302aa855c256c2 True
# expect: f4202e3c5852f9182a04 b'F\xb9\xdd+'
# expect: 4adf4367f96e584f c579ecaf15ec65223245691cfb6aa7a4
# expect: f8f8f72651e17f8cc2faa78a03b7f37c 2b033f9f5ba9cf20671da79e492f41545e673b562603945ffed09662fd92321a
# expect: True 66163cdaaaad4fa4 b'\xd7\xa8\xfb\xb3'
# expect: a2ff3040eda405b9 eaddae1d774c471c a2ff3040eda405b9
# expect: 632c2812e46d4604102ba7618e9d6d7d b'\xeaKf\xd4\x03'
# expect: f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8 80070713463e7749b90c2dc24911e275 b'w+q\xc8\xa2\x99~v\x8b\xe0\x1d\x97\x11\xe4\xa4\xf3J$\xef3'
# expect: True False ['blake2b', 'blake2s', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'sha512', 'shake_128', 'shake_256']
# expect: ValueError unsupported hash type nope
# expect: TypeError Strings must be encoded before hashing
# expect: ValueError digest_size must be between 1 and 64 bytes
# expect: ValueError iteration value must be greater than 0.
# expect: TypeError comparing strings with non-ASCII characters is not supported
