from dataclasses import *
import dataclasses
tests = '''
@dataclass
class A:
    x: int = 0
    y: int
---
@dataclass
class A:
    x: list = []
---
@dataclass
class A:
    x = field(default=1)
---
@dataclass(order=True, eq=False)
class A:
    x: int
---
@dataclass(order=True)
class A:
    x: int
    def __lt__(self, o): pass
---
@dataclass(unsafe_hash=True)
class A:
    x: int
    def __hash__(self): pass
---
field(default=1, default_factory=list)
---
@dataclass(frozen=True)
class A:
    x: int
A(1).x = 2
---
@dataclass(frozen=True)
class A:
    x: int
del A(1).x
---
@dataclass
class A:
    x: int
@dataclass(frozen=True)
class B(A):
    y: int
---
@dataclass(frozen=True)
class A:
    x: int
@dataclass
class B(A):
    y: int
---
fields(1)
---
asdict(1)
---
astuple(1)
---
replace(1)
---
@dataclass
class A:
    x: int
    y: int = field(init=False, default=0)
replace(A(1), y=2)
---
@dataclass
class A:
    x: int
    i: InitVar[int]
    def __post_init__(self, i): pass
replace(A(1, 2), x=2)
---
@dataclass
class A:
    x: int
    _: KW_ONLY
    y: int
    _: KW_ONLY
---
@dataclass
class A:
    x: int
A()
---
@dataclass
class A:
    x: int
A(1, 2)
---
@dataclass
class A:
    x: int
A(1, z=2)
---
@dataclass(slots=True)
class A:
    x: int
    __slots__ = ('x',)
---
@dataclass
class A:
    x: dict = {}
---
@dataclass
class A:
    x: int = field(kw_only=True)
    y: int
print(A(1, x=2))
'''
for t in tests.split('---'):
    try:
        exec(t, {**dataclasses.__dict__})
    except Exception as e:
        print(type(e).__name__, e)
@dataclass
class P:
    x: int
    y: list = field(default_factory=list, repr=False)
    z: 'str' = 'a'
print(fields(P)[0])
print(P.__doc__, P.__init__.__qualname__, P.__dataclass_params__, P.__match_args__, InitVar[int], KW_ONLY, MISSING)
print(P.__dataclass_fields__['y'])
import typing
@dataclass
class Q:
    a: typing.List[int]
    b: typing.Optional['P'] = None
    c: typing.ClassVar[int] = 3
    d: dict[str, int] = field(default_factory=dict)
    e: InitVar[int] = 5
    def __post_init__(self, e): pass
print(Q.__doc__, [f.name for f in fields(Q)], Q.__dataclass_fields__['c']._field_type, Q.__dataclass_fields__['e'])
