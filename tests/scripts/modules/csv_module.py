# csv: writer and reader with each quoting mode and dialect, round trips,
# the parser's errors, DictReader/DictWriter, registered dialects, field
# size limit, and files opened with newline=''.
import csv, sys

class Out:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def text(self): return ''.join(self.parts)

rows = [["name", "age", "note"], ["Ann", 30, 'said "hi"'], ["Bob, Jr.", 4.5, "line1\nline2"], ["", None, " lead"]]
for kw in [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"lineterminator": "\n"},
           {"delimiter": ";"}, {"dialect": "excel-tab"}, {"dialect": "unix"}, {"quotechar": "'", "doublequote": False, "escapechar": "\\"}]:
    o = Out()
    w = csv.writer(o, **kw)
    print(w.writerow(rows[0]))
    w.writerows(rows[1:])
    w.writerow([])
    w.writerow([""])
    print(repr(o.text()))
    back = list(csv.reader(o.text().splitlines(keepends=True), **kw))
    print(back)
o = Out()
w = csv.writer(o, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"x', "n\nl"])
print(repr(o.text()))
try:
    csv.writer(Out(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(Out(), quoting=csv.QUOTE_NONE).writerow([""])
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(Out()).writerow(5)
except csv.Error as e:
    print("Error:", e)
lines = ['id,name,score\r\n', '1,"Smith, J",90\r\n', '2,"multi\r\n', 'line",85\r\n', '\r\n', '3,  spaced ,"q ""x"""\r\n']
r = csv.reader(lines)
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
for bad, kw in [(['a,"b'], {"strict": True}), (['"a"b,c'], {"strict": True}), (['a\rb'], {}), ([b'a'], {}), (['1,x'], {"quoting": csv.QUOTE_NONNUMERIC})]:
    try:
        print(list(csv.reader(bad, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
print(list(csv.reader(['a,"b'])))
for kw in [{"delimiter": "ab"}, {"delimiter": 1}, {"quoting": 7}, {"quotechar": None}, {"lineterminator": None}, {"nosuch": 1}, {"dialect": "nope"}]:
    try:
        csv.reader([], **kw)
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
dr = csv.DictReader(['name,qty\n', 'apple,3\n', 'pear,5,extra\n', 'fig\n'], restval="?")
for d in dr:
    print(d)
print(dr.fieldnames, dr.line_num)
o = Out()
dw = csv.DictWriter(o, fieldnames=["name", "qty"], extrasaction="ignore")
dw.writeheader()
dw.writerow({"name": "apple", "qty": 3, "zzz": 1})
dw.writerows([{"name": "kiwi"}])
print(repr(o.text()))
try:
    csv.DictWriter(Out(), ["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print(e)
class semi(csv.Dialect):
    delimiter = ";"; quotechar = '"'; doublequote = True; skipinitialspace = False; lineterminator = "\n"; quoting = csv.QUOTE_MINIMAL
csv.register_dialect("semi", semi)
print(sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter)
print(list(csv.reader(["x;y"], "semi")))
csv.unregister_dialect("semi")
try:
    csv.get_dialect("semi")
except csv.Error as e:
    print(e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["a" * 11]))
except csv.Error as e:
    print(e)
csv.field_size_limit(131072)
d = csv.get_dialect("excel")
print(d.delimiter, repr(d.lineterminator), d.quoting, d.doublequote, d.escapechar, d.strict)
try:
    d.delimiter = ";"
except AttributeError as e:
    print(e)
class bad(csv.Dialect):
    pass
try:
    bad()
except csv.Error as e:
    print(e)
import os
path = "/tmp/coil_csv_test_%d.csv" % os.getpid()
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["city", "population"])
    w.writerow(["Paris", 2148000])
    w.writerow(["multi\nline", ""])
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    for row in csv.DictReader(f):
        print(row)
os.remove(path)

# expect: 15
# expect: 'name,age,note\r\nAnn,30,"said ""hi"""\r\n"Bob, Jr.",4.5,"line1\nline2"\r\n,, lead\r\n\r\n""\r\n'
# expect: [['name', 'age', 'note'], ['Ann', '30', 'said "hi"'], ['Bob, Jr.', '4.5', 'line1\nline2'], ['', '', ' lead'], [], ['']]
# expect: 21
# expect: '"name","age","note"\r\n"Ann","30","said ""hi"""\r\n"Bob, Jr.","4.5","line1\nline2"\r\n"",""," lead"\r\n\r\n""\r\n'
# expect: [['name', 'age', 'note'], ['Ann', '30', 'said "hi"'], ['Bob, Jr.', '4.5', 'line1\nline2'], ['', '', ' lead'], [], ['']]
# expect: 21
# expect: '"name","age","note"\r\n"Ann",30,"said ""hi"""\r\n"Bob, Jr.",4.5,"line1\nline2"\r\n"",""," lead"\r\n\r\n""\r\n'
# expect: [['name', 'age', 'note'], ['Ann', 30.0, 'said "hi"'], ['Bob, Jr.', 4.5, 'line1\nline2'], ['', '', ' lead'], [], ['']]
# expect: 14
# expect: 'name,age,note\nAnn,30,"said ""hi"""\n"Bob, Jr.",4.5,"line1\nline2"\n,, lead\n\n""\n'
# expect: [['name', 'age', 'note'], ['Ann', '30', 'said "hi"'], ['Bob, Jr.', '4.5', 'line1\nline2'], ['', '', ' lead'], [], ['']]
# expect: 15
# expect: 'name;age;note\r\nAnn;30;"said ""hi"""\r\nBob, Jr.;4.5;"line1\nline2"\r\n;; lead\r\n\r\n""\r\n'
# expect: [['name', 'age', 'note'], ['Ann', '30', 'said "hi"'], ['Bob, Jr.', '4.5', 'line1\nline2'], ['', '', ' lead'], [], ['']]
# expect: 15
# expect: 'name\tage\tnote\r\nAnn\t30\t"said ""hi"""\r\nBob, Jr.\t4.5\t"line1\nline2"\r\n\t\t lead\r\n\r\n""\r\n'
# expect: [['name', 'age', 'note'], ['Ann', '30', 'said "hi"'], ['Bob, Jr.', '4.5', 'line1\nline2'], ['', '', ' lead'], [], ['']]
# expect: 20
# expect: '"name","age","note"\n"Ann","30","said ""hi"""\n"Bob, Jr.","4.5","line1\nline2"\n"",""," lead"\n\n""\n'
# expect: [['name', 'age', 'note'], ['Ann', '30', 'said "hi"'], ['Bob, Jr.', '4.5', 'line1\nline2'], ['', '', ' lead'], [], ['']]
# expect: 15
# expect: 'name,age,note\r\nAnn,30,said "hi"\r\n\'Bob, Jr.\',4.5,\'line1\nline2\'\r\n,, lead\r\n\r\n\'\'\r\n'
# expect: [['name', 'age', 'note'], ['Ann', '30', 'said "hi"'], ['Bob, Jr.', '4.5', 'line1\nline2'], ['', '', ' lead'], [], ['']]
# expect: 'a\\,b,q\\"x,n\\\nl\r\n'
# expect: Error: need to escape, but no escapechar set
# expect: Error: single empty field record must be quoted
# expect: Error: iterable expected, not int
# expect: 1 ['id', 'name', 'score']
# expect: 2 ['1', 'Smith, J', '90']
# expect: 4 ['2', 'multi\r\nline', '85']
# expect: 5 []
# expect: 6 ['3', '  spaced ', 'q "x"']
# expect: [['a', 'b', 'c']]
# expect: [[1.0, 2.5, 'x']]
# expect: Error unexpected end of data
# expect: Error ',' expected after '"'
# expect: Error new-line character seen in unquoted field - do you need to open the file in universal-newline mode?
# expect: Error iterator should return strings, not bytes (the file should be opened in text mode)
# expect: ValueError could not convert string to float: 'x'
# expect: [['a', 'b']]
# expect: TypeError "delimiter" must be a 1-character string
# expect: TypeError "delimiter" must be string, not int
# expect: TypeError bad "quoting" value
# expect: TypeError lineterminator must be set
# expect: TypeError 'nosuch' is an invalid keyword argument for this function
# expect: Error unknown dialect
# expect: {'name': 'apple', 'qty': '3'}
# expect: {'name': 'pear', 'qty': '5', None: ['extra']}
# expect: {'name': 'fig', 'qty': '?'}
# expect: ['name', 'qty'] 4
# expect: 'name,qty\r\napple,3\r\nkiwi,\r\n'
# expect: dict contains fields not in fieldnames: 'b'
# expect: ['excel', 'excel-tab', 'semi', 'unix'] ;
# expect: [['x', 'y']]
# expect: unknown dialect
# expect: 131072 131072 10
# expect: field larger than field limit (10)
# expect: , '\r\n' 0 True None False
# expect: attribute 'delimiter' of '_csv.Dialect' objects is not writable
# expect: "delimiter" must be string, not NoneType
# expect: 'city,population\r\nParis,2148000\r\n"multi\nline",\r\n'
# expect: {'city': 'Paris', 'population': '2148000'}
# expect: {'city': 'multi\nline', 'population': ''}
