# unicodedata on ICU: names, lookup, properties, numeric values, normalization forms, errors
# unicodedata: names, lookup, properties, numeric values and the four normalization forms, with errors.
import unicodedata as ud

for ch in "Aé½①٣²⅕ﬁ가一\n😀\u0301\u200b":
    print(repr(ch), ud.name(ch, "<none>"), ud.category(ch), ud.bidirectional(ch), ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), repr(ud.decomposition(ch)),
          ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None))
print(ud.lookup("SNOWMAN"), ud.lookup("latin small letter e with acute"), ud.lookup("LATIN CAPITAL LETTER GHA"))
print("(", ud.mirrored("("), ud.mirrored("a"), ud.name("\u00a0"), ud.category("\u2028"))

s = "Ame\u0301lie  ﬁnal Ⅻ ｆｕｌｌ ½ café"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, s), ud.is_normalized(form, n))
print(ud.normalize("NFC", "e\u0301") == "é", ud.normalize("NFD", "é") == "e\u0301", ud.normalize("NFC", "abc"))
print(ascii(ud.normalize("NFC", "\u1100\u1161\u11a8")), ascii(ud.normalize("NFD", "각")))

def strip_accents(text):
    return "".join(c for c in ud.normalize("NFD", text) if ud.category(c) != "Mn")

print(strip_accents("Crème Brûlée à Zürich, São Paulo"))
for bad in [lambda: ud.name("\n"), lambda: ud.lookup("NO SUCH THING"), lambda: ud.name("ab"), lambda: ud.category(5),
            lambda: ud.decimal("x"), lambda: ud.digit("½"), lambda: ud.numeric("x"), lambda: ud.normalize("NFX", "a"),
            lambda: ud.normalize("NFC", 5), lambda: ud.name("")]:
    try:
        print(bad())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(ud.name("\n", "default"), ud.decimal("x", -1), type(ud.numeric("5")).__name__)

# expect: 'A' LATIN CAPITAL LETTER A Lu L 0 Na 0 '' None None None
# expect: 'é' LATIN SMALL LETTER E WITH ACUTE Ll L 0 A 0 '0065 0301' None None None
# expect: '½' VULGAR FRACTION ONE HALF No ON 0 A 0 '<fraction> 0031 2044 0032' None None 0.5
# expect: '①' CIRCLED DIGIT ONE No ON 0 A 0 '<circle> 0031' None 1 1.0
# expect: '٣' ARABIC-INDIC DIGIT THREE Nd AN 0 N 0 '' 3 3 3.0
# expect: '²' SUPERSCRIPT TWO No EN 0 A 0 '<super> 0032' None 2 2.0
# expect: '⅕' VULGAR FRACTION ONE FIFTH No ON 0 N 0 '<fraction> 0031 2044 0035' None None 0.2
# expect: 'ﬁ' LATIN SMALL LIGATURE FI Ll L 0 N 0 '<compat> 0066 0069' None None None
# expect: '가' HANGUL SYLLABLE GA Lo L 0 W 0 '' None None None
# expect: '一' CJK UNIFIED IDEOGRAPH-4E00 Lo L 0 W 0 '' None None 1.0
# expect: '\n' <none> Cc B 0 N 0 '' None None None
# expect: '😀' GRINNING FACE So ON 0 W 0 '' None None None
# expect: '́' COMBINING ACUTE ACCENT Mn NSM 230 A 0 '' None None None
# expect: '\u200b' ZERO WIDTH SPACE Cf BN 0 N 0 '' None None None
# expect: ☃ é Ƣ
# expect: ( 1 0 NO-BREAK SPACE Zl
# expect: NFC 'Am\xe9lie  \ufb01nal \u216b \uff46\uff55\uff4c\uff4c \xbd caf\xe9' 26 False True
# expect: NFD 'Ame\u0301lie  \ufb01nal \u216b \uff46\uff55\uff4c\uff4c \xbd cafe\u0301' 28 False True
# expect: NFKC 'Am\xe9lie  final XII full 1\u20442 caf\xe9' 31 False True
# expect: NFKD 'Ame\u0301lie  final XII full 1\u20442 cafe\u0301' 33 False True
# expect: True True abc
# expect: '\uac01' '\u1100\u1161\u11a8'
# expect: Creme Brulee a Zurich, Sao Paulo
# expect: ValueError no such name
# expect: KeyError "undefined character name 'NO SUCH THING'"
# expect: TypeError name() argument 1 must be a unicode character, not str
# expect: TypeError category() argument must be a unicode character, not int
# expect: ValueError not a decimal
# expect: ValueError not a digit
# expect: ValueError not a numeric character
# expect: ValueError invalid normalization form
# expect: TypeError normalize() argument 2 must be str, not int
# expect: TypeError name() argument 1 must be a unicode character, not str
# expect: default -1 float
