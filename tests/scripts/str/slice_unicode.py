# Indexing and slicing count code points, with any step.
s = "héllo wörld 😀!"
print(len(s), s[1], s[-1], s[-2], s[7])       # expect: 14 é ! 😀 ö
print(s[1:5], s[:3], s[-3:], s[6:100])        # expect: éllo hél  😀! wörld 😀!
print(s[::-1])                                # expect: !😀 dlröw olléh
print(s[::2], s[1::3], s[-1:-6:-2])           # expect: hlowrd😀 éoöd! ! l
print(repr(s[5:2]), repr(s[100:]), s[-100:2])  # expect: '' '' hé
a = "abcdef"
print(a[::-1], a[1:5:2], a[5:0:-2], a[::3])   # expect: fedcba bd fdb ad
print(a[True], a[-6], "日本語"[1:])            # expect: b a 本語
