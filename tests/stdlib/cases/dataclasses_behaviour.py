from dataclasses import *
from collections import namedtuple, defaultdict
import typing
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False, compare=False)
n = Node(1); n.children.append(n)
print(n, n == Node(1, [n]), Node.__doc__)
@dataclass(order=True, frozen=True)
class V:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
print(sorted([V(2), V(1, 5), V(1, 2, 'x')]), V(1) < V(1, 1), V(1, 0, 'a') == V(1, 0, 'b'), hash(V(1, 2)) == hash(V(1, 2, 'z')))
try: V(1).major = 3
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    x: int = 5
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)], Derived.__match_args__)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
@dataclass
class K2(K):
    c: int
print(K2(3, a=1), K2.__match_args__, K2.__doc__)
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int
print(KW(1, c=3), KW.__doc__)
@dataclass
class Post:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
p = Post(3); print(p, Post(3, 10), replace(p, a=5), replace(p, a=1, scale=7), fields(p)[-1])
@dataclass
class Inner:
    v: list
    m: dict
@dataclass
class Outer:
    name: str
    inner: Inner
    items: tuple
    nt: object = None
P = namedtuple('P', 'x y')
o = Outer('o', Inner([1, [2]], {'k': Inner([], {})}), (Inner([3], {}),), P(Inner([], {}), 2))
print(asdict(o))
print(astuple(o))
print(asdict(Inner([1], defaultdict(list, a=[1]))), asdict(o, dict_factory=lambda kv: list(kv)))
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(1), is_dataclass(dict))
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
try: s.c = 1
except AttributeError as e: print('AttributeError')
@dataclass(frozen=True, slots=True)
class FS:
    a: int
print(FS(1), hash(FS(1)) == hash((1,)))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class H:
    a: int
print(H.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(UH(1)) == hash((1,)))
def where(pt):
    match pt:
        case Base(0, y): return f'on axis y={y}'
        case Base(x, y=7): return f'y7 x={x}'
        case _: return 'other'
print(where(Base(0, 3)), where(Base(4, 7)), where(Base(4, 4)))
C = make_dataclass('C', [('x', int), 'y', ('z', int, field(default=5))], namespace={'total': lambda self: self.x + self.z})
c = C(1, 2); print(c, c.total(), C.__module__, fields(C)[1].type)
@dataclass
class Meta:
    a: int = field(default=0, metadata={'unit': 'm'})
    cv: typing.ClassVar[int] = 10
    cv2: 'typing.ClassVar[str]' = 'x'
print(fields(Meta)[0].metadata, fields(Meta)[0].metadata['unit'], len(fields(Meta)), Meta.cv, Meta().a, Meta.__dataclass_fields__['cv2']._field_type)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))
@dataclass
class WithDoc:
    """Documented."""
    a: int
print(WithDoc.__doc__, WithDoc.__init__.__annotations__)
@dataclass
class Self1:
    self: int
print(Self1(3))
@dataclass
class Desc:
    a: int = 3
print(Desc.a, Desc.__eq__.__qualname__, Desc.__repr__.__qualname__, Desc.__init__.__qualname__)
@dataclass
class Defaults:
    a: list = field(default_factory=lambda: [1])
    b: int = field(default=4, init=False)
    c: list = field(default_factory=list, init=False)
print(Defaults(), Defaults([2]), Defaults().a is not Defaults().a)
try:
    Defaults(1, 2)
except TypeError as e: print(e)
