# Case mappings beyond ASCII: special casing, final sigma, titlecase digraphs.
print("straße".upper(), "straße".casefold(), "ß".title())  # expect: STRASSE strasse Ss
print("ÉCOLE über".lower(), "éa".upper(), "ÿ".upper())     # expect: école über ÉA Ÿ
print("ΟΔΟΣ ΣΑΣ Σ".lower())                                # expect: οδος σας σ
print("ΣΑΣ.".lower(), "Σ'Α".lower())                       # expect: σας. σ'α
print("ǆemal".title(), "ǅ".upper(), "ǅ".lower())          # expect: ǅemal Ǆ ǆ
print(len("İ".lower()), "ﬁ".upper(), "ŉ".upper())          # expect: 2 FI ʼN
print("привет мир".title(), "ΑΒΓ".swapcase())              # expect: Привет Мир αβγ
print("ﬃ".casefold(), "Ꭰ".casefold(), "µ".casefold())      # expect: ffi Ꭰ μ
