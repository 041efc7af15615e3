# mimetypes (its built-in tables; init(files=[]) reads no system file) and gettext's
# NullTranslations / fallback (CPython's copies).
import mimetypes, gettext
mimetypes.init(files=[])
for name in ["a.html", "b.PNG", "c.tar.gz", "d.json", "e.unknownext", "f.py", "g.txt", "http://x.org/y.pdf"]:
    print(name, mimetypes.guess_type(name))
print(mimetypes.guess_extension("image/jpeg"), mimetypes.guess_extension("text/plain"), sorted(mimetypes.guess_all_extensions("image/jpeg")))
mimetypes.add_type("application/x-coil", ".coil"); print(mimetypes.guess_type("x.coil"))
t = gettext.NullTranslations()
_ = t.gettext
print(_("Hello"), t.ngettext("%d file", "%d files", 1) % 1, t.ngettext("%d file", "%d files", 3) % 3)
print(gettext.gettext("plain"), gettext.ngettext("apple", "apples", 2))
tr = gettext.translation("nosuchdomain", localedir="/nonexistent", fallback=True); print(type(tr).__name__, tr.gettext("x"))
try: gettext.translation("nosuchdomain", localedir="/nonexistent")
except FileNotFoundError as e: print("FileNotFoundError", e.errno)
# expect: a.html ('text/html', None)
# expect: b.PNG ('image/png', None)
# expect: c.tar.gz ('application/x-tar', 'gzip')
# expect: d.json ('application/json', None)
# expect: e.unknownext (None, None)
# expect: f.py ('text/x-python', None)
# expect: g.txt ('text/plain', None)
# expect: http://x.org/y.pdf ('application/pdf', None)
# expect: .jpg .txt ['.jfif', '.jpe', '.jpeg', '.jpg']
# expect: ('application/x-coil', None)
# expect: Hello 1 file 3 files
# expect: plain apples
# expect: NullTranslations x
# expect: FileNotFoundError 2
