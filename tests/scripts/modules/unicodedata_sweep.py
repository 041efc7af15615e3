# unicodedata across the BMP (every 3rd code point): one digest of all twelve functions' answers, from python3.
# (U+0CF3 and U+0ECE, new in Unicode 15.0, which coil's ICU has and CPython 3.11 lacks, are left out.)
import hashlib
import unicodedata as u

funcs = [u.category, u.bidirectional, u.combining, u.east_asian_width, u.mirrored, u.decomposition,
         lambda c: u.name(c, ""), lambda c: u.decimal(c, -1), lambda c: u.digit(c, -1), lambda c: u.numeric(c, -1.0),
         lambda c: u.normalize("NFD", c), lambda c: u.normalize("NFKC", c)]
digest = hashlib.sha256()
count = 0
for cp in range(0, 0x10000, 3):
    if cp in (0x0CF3, 0x0ECE) or 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    digest.update(repr([f(c) for f in funcs]).encode())
    count += 1
print(count, digest.hexdigest())
# expect: 21162 dd3e753b20aaa3ebd9944fbe46246da3047c27d0e7b60c05b57aa60fe89ce633
