# csv.Sniffer (on the re module): delimiter, quote character and header
# detection, and its error.
import csv
samples = ['name,age,city\nAnn,30,Paris\nBob,25,"New York, NY"\n',
           "a;b;c\n1;2;3\n4;5;6\n",
           "'x'\t'y'\n'1'\t'2'\n",
           "id|value\n1|2.5\n2|3.5\n"]
s = csv.Sniffer()
for sample in samples:
    d = s.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting)
    print(s.has_header(sample))
    print(list(csv.reader(sample.splitlines(), d)))
try:
    s.sniff("abc")
except csv.Error as e:
    print(e)
print(s.sniff("a,b\n1,2\n", delimiters=",").delimiter)

# expect: ',' '"' False False '\r\n' 0
# expect: True
# expect: [['name', 'age', 'city'], ['Ann', '30', 'Paris'], ['Bob', '25', 'New York, NY']]
# expect: ';' '"' False False '\r\n' 0
# expect: True
# expect: [['a', 'b', 'c'], ['1', '2', '3'], ['4', '5', '6']]
# expect: '\t' "'" False False '\r\n' 0
# expect: True
# expect: [['x', 'y'], ['1', '2']]
# expect: '|' '"' False False '\r\n' 0
# expect: True
# expect: [['id', 'value'], ['1', '2.5'], ['2', '3.5']]
# expect: ,
