# asdict, astuple, replace, fields, is_dataclass, make_dataclass, nested dataclasses.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, make_dataclass
@dataclass
class Address:
    city: str
    zip: str
@dataclass
class Person:
    name: str
    age: int
    address: Address
    tags: list = field(default_factory=list)
p = Person("ann", 30, Address("Paris", "75001"), ["x"])
print(asdict(p))
print(astuple(p))
q = replace(p, age=31)
print(q, p.age, q.address is p.address)
try:
    replace(p, nickname="a")
except TypeError as e:
    print("TypeError", e)
print([(f.name, f.type.__name__ if isinstance(f.type, type) else f.type) for f in fields(Person)])
print(is_dataclass(p), is_dataclass(Person), is_dataclass(5), is_dataclass(Address("a", "b")))
Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=0))])
print(Pt(3), Pt(1, 2) == Pt(1, 2), Pt.__name__)
d = asdict(p)
d["address"]["city"] = "Lyon"
print(p.address.city)
try:
    asdict(5)
except TypeError as e:
    print("TypeError", e)
