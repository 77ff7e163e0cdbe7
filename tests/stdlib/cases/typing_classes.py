from typing import *
import typing
class Movie(TypedDict):
    title: str
    year: NotRequired[int]
m = Movie(title='x')
print(type(m), Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__, Movie.__annotations__, Movie, Movie.__mro__)
try: isinstance(m, Movie)
except TypeError as e: print(e)
T = TypeVar('T')
class Stack(Generic[T]): pass
print(Stack[int], Stack.__parameters__, Stack[int]().__orig_class__, Stack.__orig_bases__, Stack.__mro__)
try: Stack[int, str]
except TypeError as e: print(e)
class E(NamedTuple):
    a: int
    b: str = 'x'
    def m(self): return self.a
print(E(1), E.__annotations__, E._field_defaults, E(2).m(), E.__mro__, E.__new__.__annotations__)
try:
    class E2(NamedTuple):
        a: int = 1
        b: str
except TypeError as e: print(e)
P = NamedTuple('P', [('x', int), ('y', float)])
print(P(1, 2.0), P.__annotations__, P.__module__)
class Proto(Protocol):
    x: int
    def f(self): ...
try: isinstance(1, Proto)
except TypeError as e: print(e)
try: Proto()
except TypeError as e: print(e)
print(sorted(Proto.__protocol_attrs__), typing.get_type_hints(Movie), get_type_hints(E))
def f(a: 'int', b: List['Stack[int]'] = None) -> 'Optional[str]': pass
print(get_type_hints(f))
print(typing.get_overloads, typing.assert_never)
U = NewType('U', int)
print(U, U.__supertype__, U(4), type(U))
class SubStack(Stack[int]): pass
print(SubStack.__orig_bases__, SubStack.__parameters__, SubStack.__mro__)
class Both(Stack[T], Generic[T]): pass
print(Both[int], Both.__parameters__)
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(1, HasLen), issubclass(dict, HasLen), isinstance('a', typing.Sized), isinstance(1, typing.SupportsInt), isinstance('x', SupportsInt), isinstance(1.0, SupportsFloat))
print(get_args(Annotated[int, 'x']), get_origin(Annotated[int, 'x']), get_type_hints(f, include_extras=True))
class G(Generic[T]):
    attr: T
print(G[int].attr if False else 1, G.__annotations__, get_type_hints(G))
print(typing.Union[int, 'str'], Optional['x'], Literal, Tuple[int, ...].__args__, Callable[..., int].__args__, Callable[[int], str].__args__)
print(repr(typing.Any), Any, str(List[int]), List[int].__name__ if hasattr(List[int], '__name__') else '', List.__name__, Dict[str, int]._name)
print(typing.AnyStr.__constraints__, typing.Text)
