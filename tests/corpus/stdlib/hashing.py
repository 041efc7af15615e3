"""hashlib digests of fixed inputs, incremental updates, hmac signatures, and a content-addressed store."""
import hashlib
import hmac

for algo in ("md5", "sha1", "sha256", "sha512"):
    h = hashlib.new(algo, b"The quick brown fox jumps over the lazy dog")
    print(f"{algo:<7}{h.hexdigest()[:32]} {h.digest_size}")
print(hashlib.sha256(b"").hexdigest())
h = hashlib.sha256()
for chunk in (b"The quick ", b"brown fox ", b"jumps over the lazy dog"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"The quick brown fox jumps over the lazy dog").hexdigest())
c = h.copy()
c.update(b"!")
print(h.hexdigest()[:16], c.hexdigest()[:16], h.name, h.block_size)
sig = hmac.new(b"secret-key", b"message", hashlib.sha256).hexdigest()
print(sig, hmac.compare_digest(sig, hmac.new(b"secret-key", b"message", "sha256").hexdigest()))
store = {}
for text in ["alpha", "beta", "alpha", "gamma"]:
    key = hashlib.sha1(text.encode()).hexdigest()[:10]
    store.setdefault(key, text)
print(sorted(store.items()))
print(hashlib.md5("naïve".encode()).hexdigest(), hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex()[:32])
