# A small inventory system touching many modules together.
from __future__ import annotations
import dataclasses, enum, functools, itertools, operator, typing, collections, contextlib, heapq, copy
from dataclasses import dataclass, field
from typing import Optional, ClassVar, Protocol, runtime_checkable

class Category(enum.Enum):
    FOOD = 'food'
    TOOL = 'tool'
    TOY = 'toy'

class Flags(enum.IntFlag):
    NONE = 0
    FRAGILE = enum.auto()
    HEAVY = enum.auto()
    COLD = enum.auto()

@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    category: Category
    price: float
    qty: int = 0
    flags: Flags = Flags.NONE
    tags: list[str] = field(default_factory=list, compare=False)
    registry: ClassVar[dict] = {}

    def __post_init__(self):
        self.sort_key = (self.category.value, -self.price)
        Item.registry[self.name] = self

    @property
    def total(self) -> float:
        return round(self.price * self.qty, 2)

@runtime_checkable
class Priced(Protocol):
    price: float
    def total(self) -> float: ...

items = [
    Item('apple', Category.FOOD, 0.5, 100, Flags.COLD, ['fruit']),
    Item('hammer', Category.TOOL, 12.99, 3, Flags.HEAVY),
    Item('vase', Category.TOY, 30.0, 1, Flags.FRAGILE | Flags.HEAVY),
    Item('milk', Category.FOOD, 1.2, 20, Flags.COLD | Flags.FRAGILE, ['dairy']),
]
print(sorted(items)[0].name, [i.name for i in sorted(items)])
print(items[2], items[2].flags, repr(items[3].flags), Flags.COLD in items[3].flags, isinstance(items[0], Priced))
by_cat = collections.defaultdict(list)
for it in items:
    by_cat[it.category].append(it.name)
print(dict(by_cat))
print({k: list(g) for k, g in itertools.groupby(sorted(items, key=operator.attrgetter('category.value')), key=lambda i: i.category.name)}.keys())
totals = collections.Counter({i.name: i.total for i in items})
print(totals.most_common(2), sum(totals.values()))
print(functools.reduce(operator.or_, (i.flags for i in items)), heapq.nlargest(2, items, key=operator.attrgetter('price'))[1].name)
@functools.lru_cache
def price_of(name: str) -> Optional[float]:
    it = Item.registry.get(name)
    return it.price if it else None
print(price_of('milk'), price_of('nope'), price_of('milk'), price_of.cache_info())
snap = copy.deepcopy(items[0]); snap.tags.append('x'); print(items[0].tags, snap.tags, snap == items[0])
print(dataclasses.asdict(items[1]))
print(dataclasses.replace(items[1], qty=10).total, typing.get_type_hints(Item)['qty'], Item.__dataclass_fields__['tags'].default_factory)
with contextlib.suppress(KeyError):
    Item.registry['ghost']
stack = contextlib.ExitStack()
with stack:
    stack.callback(print, 'closing inventory')
    print('open')
Point = collections.namedtuple('Point', 'x y')
print(Point(1, 2)._replace(y=5), list(itertools.starmap(operator.mul, [Point(2, 3), Point(4, 5)])))
print(list(itertools.accumulate(i.qty for i in items)), list(itertools.chain.from_iterable(i.tags for i in items)))
print(Category('tool'), Category['TOY'].value, list(Category), len(Flags), list(Flags))
od = collections.OrderedDict((i.name, i.qty) for i in items); od.move_to_end('apple'); print(od)
