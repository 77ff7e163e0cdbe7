# order=True comparisons, frozen=True immutability and hashing, unsafe_hash, eq=False.
from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError", e)
@dataclass(frozen=True)
class Point:
    x: int
    y: int
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Point(1, 2)), len({p, Point(1, 2), Point(2, 1)}), {p: "origin-ish"}[Point(1, 2)])
@dataclass(unsafe_hash=True)
class Tag:
    name: str
print(hash(Tag("a")) == hash(Tag("a")), Tag("a") == Tag("a"))
@dataclass(eq=False)
class Identity:
    v: int
print(Identity(1) == Identity(1), Identity(1) != Identity(1))
try:
    @dataclass(order=True, eq=False)
    class Broken:
        v: int
except ValueError as e:
    print("ValueError", e)
@dataclass(frozen=True)
class Base:
    a: int
try:
    @dataclass
    class Thawed(Base):
        b: int
except TypeError as e:
    print("TypeError", e)
