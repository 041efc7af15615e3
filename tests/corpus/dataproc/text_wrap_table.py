"""Format a table of records with variable-width columns and wrapped descriptions."""
import textwrap

BOOKS = [
    ("Dune", "Frank Herbert", 1965, 4.25,
     "A desert planet, a precious spice and a young heir caught in the politics of noble houses."),
    ("Neuromancer", "William Gibson", 1984, 3.89,
     "A washed-up hacker is hired for one last job in a world of cyberspace and corporate power."),
    ("Kindred", "Octavia E. Butler", 1979, 4.28,
     "A modern woman is pulled back in time again and again to an antebellum plantation."),
    ("Solaris", "Stanislaw Lem", 1961, 3.98, "Scientists study an ocean that may be alive."),
]

headers = ("Title", "Author", "Year", "Rating")
widths = [max(len(str(row[i])) for row in BOOKS + [headers]) for i in range(4)]


def line(cells):
    return " | ".join(f"{str(c):<{w}}" if i < 2 else f"{str(c):>{w}}" for i, (c, w) in enumerate(zip(cells, widths)))


print(line(headers))
print("-+-".join("-" * w for w in widths))
for row in sorted(BOOKS, key=lambda r: r[2]):
    print(line(row[:3] + (f"{row[3]:.2f}",)))
print()
for title, author, year, rating, blurb in BOOKS:
    print(f"{title} ({year})")
    print(textwrap.fill(blurb, width=40, initial_indent="    ", subsequent_indent="    "))
print(textwrap.shorten(BOOKS[0][4], width=50, placeholder=" [...]"))
print(textwrap.dedent("""
    indented
      more
    back
""").strip())
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10))
print("{:^20}|{:*>8}|{:=+7d}|{:.3e}".format("centre", "r", 42, 12345.678))
print("%-10s|%5.1f|%03d|%x|%r" % ("old", 3.14159, 7, 255, "q"))
