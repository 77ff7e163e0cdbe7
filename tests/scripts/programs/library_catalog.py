# A library catalogue with dataclasses, enums, searching, loans and overdue fines.
from dataclasses import dataclass, field
from enum import Enum, auto
class Genre(Enum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()
    POETRY = auto()
@dataclass
class Book:
    isbn: str
    title: str
    author: str
    year: int
    genre: Genre
    copies: int = 1
    on_loan: int = 0
    @property
    def available(self):
        return self.copies - self.on_loan
@dataclass
class Member:
    name: str
    loans: list = field(default_factory=list)
    fines: int = 0
class LibraryError(Exception):
    pass
class Library:
    FINE_PER_DAY = 25
    LOAN_DAYS = 14
    def __init__(self):
        self.books = {}
        self.members = {}
    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b
    def join(self, name):
        self.members[name] = Member(name)
    def search(self, text="", genre=None, before=None):
        text = text.lower()
        hits = [b for b in self.books.values()
                if (text in b.title.lower() or text in b.author.lower())
                and (genre is None or b.genre is genre)
                and (before is None or b.year < before)]
        return sorted(hits, key=lambda b: (b.year, b.title))
    def lend(self, name, isbn, day):
        member = self.members.get(name)
        if member is None:
            raise LibraryError(f"{name} is not a member")
        if member.fines > 100:
            raise LibraryError(f"{name} owes {member.fines} cents")
        book = self.books[isbn]
        if book.available == 0:
            raise LibraryError(f"no copies of {book.title!r} available")
        book.on_loan += 1
        member.loans.append((isbn, day + self.LOAN_DAYS))
    def give_back(self, name, isbn, day):
        member = self.members[name]
        for i, (loaned, due) in enumerate(member.loans):
            if loaned == isbn:
                del member.loans[i]
                self.books[isbn].on_loan -= 1
                late = max(0, day - due)
                member.fines += late * self.FINE_PER_DAY
                return late
        raise LibraryError(f"{name} did not borrow {isbn}")
lib = Library()
lib.add(Book("111", "Dune", "Frank Herbert", 1965, Genre.FICTION, 2),
        Book("222", "A Brief History of Time", "Stephen Hawking", 1988, Genre.SCIENCE),
        Book("333", "The Histories", "Herodotus", -430, Genre.HISTORY),
        Book("444", "Leaves of Grass", "Walt Whitman", 1855, Genre.POETRY),
        Book("555", "Foundation", "Isaac Asimov", 1951, Genre.FICTION))
for name in ["ada", "ben"]:
    lib.join(name)
print([b.title for b in lib.search("history")])
print([b.title for b in lib.search(genre=Genre.FICTION)])
print([(b.title, b.year) for b in lib.search(before=1900)])
events = [("lend", "ada", "111", 1), ("lend", "ben", "111", 2), ("lend", "ada", "111", 3), ("lend", "cy", "222", 3),
          ("return", "ada", "111", 30), ("lend", "ada", "333", 31), ("return", "ben", "111", 10),
          ("return", "ben", "444", 11), ("lend", "ben", "444", 12), ("return", "ben", "444", 40), ("lend", "ben", "555", 41)]
for kind, name, isbn, day in events:
    try:
        if kind == "lend":
            lib.lend(name, isbn, day)
            print(f"day {day:2}: {name} borrows {lib.books[isbn].title}")
        else:
            late = lib.give_back(name, isbn, day)
            print(f"day {day:2}: {name} returns {lib.books[isbn].title}" + (f" ({late} days late)" if late else ""))
    except LibraryError as e:
        print(f"day {day:2}: refused: {e}")
for m in lib.members.values():
    print(m.name, [lib.books[i].title for i, _ in m.loans], f"fines={m.fines / 100:.2f}")
print({g.name: sum(1 for b in lib.books.values() if b.genre is g) for g in Genre})
print(sorted((b.title, b.available) for b in lib.books.values()))
