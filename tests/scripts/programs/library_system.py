# A library lending system: classes, exceptions, dict/list bookkeeping, sorting and reports.
from_date = 0

class LibraryError(Exception):
    pass

class NotAvailable(LibraryError):
    def __init__(self, title, holder):
        super().__init__(f"{title!r} is on loan to {holder}")
        self.title = title
        self.holder = holder

class UnknownMember(LibraryError, KeyError):
    pass

class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.holder = None
        self.history = []

    def __repr__(self):
        return f"<Book {self.title} ({self.year})>"

class Library:
    def __init__(self):
        self.books = {}
        self.members = set()
        self.day = 0
        self.fines = {}

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def join(self, name):
        self.members.add(name)

    def _member(self, name):
        if name not in self.members:
            raise UnknownMember(name)
        return name

    def lend(self, isbn, name):
        member = self._member(name)
        book = self.books[isbn]
        if book.holder is not None:
            raise NotAvailable(book.title, book.holder)
        book.holder = member
        book.history.append((self.day, member))
        return book

    def give_back(self, isbn, days_kept):
        book = self.books[isbn]
        holder, book.holder = book.holder, None
        if days_kept > 14:
            self.fines[holder] = self.fines.get(holder, 0) + (days_kept - 14) * 25
        return holder

    def advance(self, days=1):
        self.day += days

lib = Library()
lib.add(Book("111", "Dune", "Herbert", 1965), Book("222", "Emma", "Austen", 1815),
        Book("333", "Ulysses", "Joyce", 1922), Book("444", "Beloved", "Morrison", 1987))
for name in ("ann", "bob", "cy"):
    lib.join(name)

actions = [("lend", "111", "ann"), ("lend", "111", "bob"), ("lend", "222", "dan"),
           ("lend", "999", "cy"), ("return", "111", 20), ("lend", "111", "bob"),
           ("lend", "333", "cy"), ("return", "333", 3), ("return", "111", 30)]
for act in actions:
    lib.advance()
    kind, isbn, arg = act
    try:
        if kind == "lend":
            book = lib.lend(isbn, arg)
            print(f"day {lib.day}: {arg} borrows {book!r}")
        else:
            who = lib.give_back(isbn, arg)
            print(f"day {lib.day}: {who} returns {lib.books[isbn].title} after {arg} days")
    except NotAvailable as e:
        print(f"day {lib.day}: refused - {e} (holder={e.holder})")
    except UnknownMember as e:
        print(f"day {lib.day}: unknown member {e}; is KeyError: {isinstance(e, KeyError)}")
    except KeyError as e:
        print(f"day {lib.day}: no such book {e}")

print("fines:", {k: f"${v / 100:.2f}" for k, v in sorted(lib.fines.items())})
by_age = sorted(lib.books.values(), key=lambda b: b.year)
print("oldest first:", [b.title for b in by_age])
authors = sorted({b.author for b in lib.books.values()}, key=str.lower)
print("authors:", ", ".join(authors))
busiest = max(lib.books.values(), key=lambda b: (len(b.history), b.title))
print("busiest:", busiest.title, busiest.history)
print("on loan:", [b.title for b in lib.books.values() if b.holder] or "nothing")
print(UnknownMember.__mro__[1:3])

# expect: day 1: ann borrows <Book Dune (1965)>
# expect: day 2: refused - 'Dune' is on loan to ann (holder=ann)
# expect: day 3: unknown member 'dan'; is KeyError: True
# expect: day 4: no such book '999'
# expect: day 5: ann returns Dune after 20 days
# expect: day 6: bob borrows <Book Dune (1965)>
# expect: day 7: cy borrows <Book Ulysses (1922)>
# expect: day 8: cy returns Ulysses after 3 days
# expect: day 9: bob returns Dune after 30 days
# expect: fines: {'ann': '$1.50', 'bob': '$4.00'}
# expect: oldest first: ['Emma', 'Ulysses', 'Dune', 'Beloved']
# expect: authors: Austen, Herbert, Joyce, Morrison
# expect: busiest: Dune [(1, 'ann'), (6, 'bob')]
# expect: on loan: nothing
# expect: (<class '__main__.LibraryError'>, <class 'KeyError'>)
