# dataclass: generated __init__/__repr__/__eq__, defaults, field(default_factory), __post_init__.
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5)
b = Item("pen", 1.5, 1, [])
c = Item("book", 12.0, qty=2, tags=["paper"])
print(a, c, a == b, a == c, a.total(), c.total())
a.tags.append("x")
print(a.tags, b.tags, Item("n", 1).tags)
try:
    Item()
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h
print(Rect(2, 3))
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError", e)
@dataclass
class Hidden:
    visible: int
    secret: str = field(default="s", repr=False, compare=False)
print(Hidden(1), Hidden(1, "a") == Hidden(1, "b"))
print(Item.__dataclass_fields__.keys() if False else list(Item.__dataclass_fields__), Item.__init__.__name__)
print(hash(a) if Item.__hash__ else "unhashable: eq without frozen sets __hash__ to None")
