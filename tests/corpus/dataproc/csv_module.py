"""Read and write CSV text with the csv module and io.StringIO: quoting, DictReader, dialects."""
import csv
import io

TEXT = '''name,city,quote,score
"Smith, John",London,"He said ""hi""",7
Ada,Paris,plain,9
"Multi
Line",Rome,"x",3
'''

reader = csv.reader(io.StringIO(TEXT))
header = next(reader)
print(header)
for row in reader:
    print(row)

rows = list(csv.DictReader(io.StringIO(TEXT)))
print([r["name"] for r in rows], sum(int(r["score"]) for r in rows))

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["a", "b,c", 'd"e', 1.5, None])
writer.writerows([[1, 2, 3], ["x y", "", "z"]])
print(out.getvalue(), end="")

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "label"], lineterminator="\n")
dw.writeheader()
for i, label in enumerate(["alpha", "beta"], 1):
    dw.writerow({"id": i, "label": label})
print(out.getvalue(), end="")

tsv = "a\tb\tc\n1\t2\t3\n"
print(list(csv.reader(io.StringIO(tsv), delimiter="\t")))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["q", 1])
print(out.getvalue(), end="")
