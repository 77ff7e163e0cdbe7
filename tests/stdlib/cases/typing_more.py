from typing import *
import typing, collections.abc
from dataclasses import dataclass
T = TypeVar('T'); U = TypeVar('U', bound='Comparable'); KT = TypeVar('KT'); VT = TypeVar('VT')
class Pair(Generic[KT, VT]):
    def __init__(self, k: KT, v: VT) -> None: self.k, self.v = k, v
    def __repr__(self): return f'Pair({self.k!r}, {self.v!r})'
p = Pair[str, int]('a', 1)
print(p, p.__orig_class__, Pair[str, int], Pair[str, int] == Pair[str, int], Pair[str, List[int]], Pair.__parameters__)
try: Pair[int]
except TypeError as e: print(e)
class Box(Generic[T]):
    item: T
    def get(self) -> T: return self.item
class IntBox(Box[int]): pass
print(IntBox.__orig_bases__, IntBox.__parameters__, get_type_hints(Box.get), typing.get_origin(Box[int]), typing.get_args(Box[int]))
print(isinstance(len, Callable), isinstance(1, Callable), isinstance([], Iterable), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterator))
print(isinstance([], collections.abc.Sequence), callable(List), List.__origin__, Dict.__origin__, Callable.__origin__)
def process(items: Sequence[Optional[int]], fn: Callable[[int], str] = str) -> Dict[str, Any]:
    return {fn(i): i for i in items if i is not None}
print(process([1, None, 3]), process.__annotations__)
print(get_type_hints(process))
Vector = List[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(scale(2.0, [1.0, 2.5]), Vector, Vector.__args__)
UserId = NewType('UserId', int)
def get(uid: UserId) -> str: return f'user{uid}'
print(get(UserId(5)), UserId.__name__, UserId.__supertype__)
@dataclass
class Rec:
    name: str
    tags: List[str]
    parent: Optional['Rec'] = None
    meta: Dict[str, Union[int, str]] = None
print(Rec.__doc__, get_type_hints(Rec))
class Shape(Protocol):
    def area(self) -> float: ...
class Sq:
    def area(self) -> float: return 4.0
def total(shapes: Iterable[Shape]) -> float: return sum(s.area() for s in shapes)
print(total([Sq(), Sq()]))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
import io
print(isinstance(io.StringIO(), Closable), isinstance(1, Closable))
Json = Union[Dict[str, 'Json'], List['Json'], str, int, float, bool, None]
print(Json)
print(Literal['a', 'b'].__args__, get_args(Literal['x']), Final[int].__origin__, get_origin(ClassVar[int]), Annotated[int, 'meta'].__metadata__)
class Node(TypedDict, total=False):
    value: int
    children: List['Node']
print(Node.__total__, sorted(Node.__optional_keys__), Node(value=1), get_type_hints(Node))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3), len(typing.get_overloads(f)))
try: f.__wrapped__
except AttributeError: print('no wrapped')
print(typing.TYPE_CHECKING, typing.cast('List[int]', 'x'), typing.assert_type(5, int))
try: typing.assert_never(3)
except AssertionError as e: print(e)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def label(self) -> str: return f'{self.name}#{self.id}'
print(Emp('x'), Emp('y', 7).label(), Emp._field_defaults, Emp.__doc__)
S = TypeVar('S', str, bytes)
def concat(a: S, b: S) -> S: return a + b
print(concat('a', 'b'), S.__constraints__, U.__bound__, T.__covariant__)
print(Optional[int] == Union[int, None], Union[int, str] | None, List[int] | None, int | List[str])
